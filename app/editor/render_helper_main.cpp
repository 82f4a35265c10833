// stagecraft-render: the editor's rendering helper. Reads requests (DOT text to lay out and
// draw) on standard input and writes the results on standard output, one framed message each
// (export/render_protocol.hpp), until its input ends. The editor replaces it every so many
// renders, which hands back the memory Graphviz keeps (export/render_process.hpp).
// `stagecraft-render --check` draws a small picture as the editor does (a bitmap) and says
// whether Graphviz can: for packagers, and for the package's install test.
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <string>

#include "export/render.hpp"
#include "export/render_protocol.hpp"

namespace {

bool read_all(char* out, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(0, out + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

bool write_all(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::write(1, bytes.data() + sent, bytes.size() - sent);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

}   // namespace

int main(int argc, char** argv) {
    using namespace stagecraft::diagram;
    Renderer renderer;
    if (argc > 1) {
        if (std::string(argv[1]) != "--check") {
            std::fprintf(stderr, "usage: stagecraft-render [--check] (the editor starts it; it is not a command)\n");
            return 2;
        }
        const RenderResult r = renderer.render_dot_text(
            "digraph { layout=nop2; a [pos=\"0,0!\", label=\"Stagecraft\"]; }", Format::Bitmap);
        if (!r.ok) {
            std::fprintf(stderr, "stagecraft-render: the editor's diagrams cannot be drawn: %s\n", r.error.c_str());
            return 1;
        }
        std::printf("stagecraft-render: diagrams are drawn as the editor shows them (%zu bytes)\n", r.bytes.size());
        return 0;
    }
    for (;;) {
        char head[8];
        if (!read_all(head, sizeof head)) return 0;   // the editor is done with us
        std::uint64_t size = 0;
        for (int i = 7; i >= 0; --i) size = (size << 8) | static_cast<unsigned char>(head[i]);
        if (size > (std::uint64_t{1} << 31)) return 2;
        std::string payload(static_cast<std::size_t>(size), '\0');
        if (!read_all(payload.data(), payload.size())) return 2;
        const auto request = decode_request(payload);
        if (!request) return 2;
        RenderResult result;
        if (request->layout_only) {
            LayoutResult laid_out = renderer.layout_dot_text(request->dot);
            result.ok = laid_out.ok;
            result.layout = std::move(laid_out.layout);
            result.error = std::move(laid_out.error);
        } else {
            result = renderer.render_dot_text(request->dot, request->format, request->options);
        }
        if (!write_all(frame_message(encode_result(result)))) return 0;
    }
}
