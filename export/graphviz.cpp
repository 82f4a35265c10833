// Graphviz's process-wide context, error capture and lock.
#include "export/graphviz.hpp"

#include "export/text_layout_plugin.hpp"

#include <cstring>

namespace stagecraft::diagram::gv {
namespace {

std::mutex& graphviz_mutex() {
    static std::mutex m;
    return m;
}

// Text reported by Graphviz while a Session holds the lock (guarded by that lock).
std::string& captured() {
    static std::string text;
    return text;
}

int capture_message(char* message) {
    if (message) captured() += message;
    return 0;
}

struct ContextDeleter {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

GVC_t* shared_context() {
    static std::unique_ptr<GVC_t, ContextDeleter> context;
    if (!context) {
        agseterrf(capture_message);
        agseterr(AGWARN);
        context.reset(context_with_text_layout());
    }
    return context.get();
}

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

}   // namespace

Session::Session() : lock_(graphviz_mutex()) {
    captured().clear();
    context_ = shared_context();
    agreseterrors();
}

Session::~Session() {
    // The graphs of this session are closed: the text layouts they pointed at can go.
    release_text_layouts();
    captured().clear();
}

Messages Session::take_messages() {
    Messages out;
    std::string text;
    text.swap(captured());
    // Messages arrive as "Error: ..." or "Warning: ..." and may continue on following lines.
    std::vector<std::string>* current = nullptr;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.rfind("Error: ", 0) == 0) {
            out.errors.push_back(trim(line.substr(7)));
            current = &out.errors;
        } else if (line.rfind("Warning: ", 0) == 0) {
            out.warnings.push_back(trim(line.substr(9)));
            current = &out.warnings;
        } else if (!trim(line).empty()) {
            if (current && !current->empty()) {
                current->back() += ' ';
                current->back() += trim(line);
            } else {
                out.errors.push_back(trim(line));
                current = &out.errors;
            }
        }
    }
    return out;
}

}   // namespace stagecraft::diagram::gv
