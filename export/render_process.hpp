// Rendering in a helper process (stagecraft-render) that is replaced every so many renders:
// Graphviz 2.43 keeps memory from every layout of HTML-like labels (its HTML parser's lists,
// about 100 KB per layout of a 200-scene blueprint), and a long editing session would pile it
// up; a Graphviz crash ends the helper, not the caller. Without a helper, renders in-process.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

#include "export/render.hpp"
#include "export/render_protocol.hpp"

namespace stagecraft::diagram {

class RenderProcess {
public:
    // `helper`: the path of stagecraft-render; empty or not executable: render in this process.
    // A helper is replaced after `renders_per_helper` renders (and when it fails).
    explicit RenderProcess(std::string helper, int renders_per_helper = 100);
    ~RenderProcess();   // ends the helper
    RenderProcess(const RenderProcess&) = delete;
    RenderProcess& operator=(const RenderProcess&) = delete;

    // As Renderer::render_graph and Renderer::layout, in the helper when there is one. A helper
    // that stops mid-request is replaced and the request tried once more.
    RenderResult render_graph(const DotGraph& graph, Format format, const RenderOptions& options = {});
    LayoutResult layout(const DotGraph& graph);

    bool uses_helper() const { return !helper_.empty(); }
    int helpers_started() const { return started_; }

private:
    std::optional<RenderResult> ask(const RenderRequest& request);
    std::optional<RenderResult> ask_once(const std::string& message);
    bool start();
    void stop();

    std::string helper_;
    int renders_per_helper_;
    int renders_ = 0;   // by the running helper
    int started_ = 0;
    pid_t pid_ = -1;
    int socket_ = -1;   // our end of the helper's standard input and output
    Renderer local_;
};

// Where the editor finds stagecraft-render: $STAGECRAFT_RENDER_HELPER when set, else beside the
// running program (the build tree), else in ../libexec/stagecraft/ from it (installed); empty
// when there is none (then rendering stays in-process).
std::string default_render_helper();

}   // namespace stagecraft::diagram
