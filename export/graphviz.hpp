// The one owner of Graphviz's process-wide state: the GVC context with its plugins, the
// cgraph error handler, and the lock that serialises every Graphviz call (Graphviz is not
// thread-safe). Also RAII handles for graphs, layouts and render buffers.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "export/dot_graph.hpp"

namespace stagecraft::diagram::gv {

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

struct RenderDataFree {
    void operator()(char* data) const { gvFreeRenderData(data); }
};
using RenderData = std::unique_ptr<char, RenderDataFree>;

// Builds the graph in cgraph directly (what agmemread would build from to_dot(graph), without
// writing and parsing the text). Call while a Session is open.
GraphPtr to_agraph(const DotGraph& graph);

// What Graphviz reported while a Session was open.
struct Messages {
    std::vector<std::string> errors;     // without the "Error: " prefix
    std::vector<std::string> warnings;   // without the "Warning: " prefix
};

// Exclusive use of Graphviz for as long as it lives: holds the lock, gives the context and
// collects every message Graphviz reports instead of letting it print to stderr.
class Session {
public:
    Session();
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // The process's GVC context (created on first use); nullptr if Graphviz failed to start.
    GVC_t* context() const { return context_; }

    // Messages reported since the session began (or since the last take).
    Messages take_messages();

private:
    std::unique_lock<std::mutex> lock_;
    GVC_t* context_ = nullptr;
};

// Frees a graph's layout when it goes away.
class Layout {
public:
    Layout(GVC_t* gvc, Agraph_t* g, bool free_on_exit = true) : gvc_(gvc), g_(g), free_(free_on_exit) {}
    ~Layout() {
        if (free_) gvFreeLayout(gvc_, g_);
    }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

private:
    GVC_t* gvc_;
    Agraph_t* g_;
    bool free_;
};

}   // namespace stagecraft::diagram::gv
