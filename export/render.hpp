// Rendering a view of a journey to SVG, PNG, PDF or DOT bytes, and the laid-out positions of
// its scenes and roles for drawing and hit-testing. Errors come back as values.
//
// Graphviz is not thread-safe. Every Graphviz call in the program goes through a Renderer and
// is serialised by a process-wide lock, so a Renderer may live on any one thread (for example an
// editor's layout worker); it is meant to be created and used on that thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/layout.hpp"
#include "export/views.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

// Bitmap is an uncompressed raster (BMP) for drawing on screen: it skips PNG's compression,
// which the editor would only undo again. It is not offered as an export format.
enum class Format { Svg, Png, Pdf, Dot, Bitmap };

std::string_view to_string(Format f);                     // "svg", "png", "pdf", "dot", "bmp"
std::optional<Format> parse_format(std::string_view s);   // case-insensitive; export formats only
// The format a file name's extension asks for ("out.PNG" -> Png), nullopt when unknown.
std::optional<Format> format_from_path(std::string_view path);
std::string_view file_extension(Format f);   // without the dot

// The largest PNG drawn: cairo's image surfaces hold at most 32,767 pixels a side, and the
// drawing needs 4 bytes a pixel, so 100 million pixels (400 MB while drawing) is the budget.
// A PNG over either limit is refused with a message saying what would fit; SVG and PDF have none.
inline constexpr double kMaxPngSide = 32767;
inline constexpr double kMaxPngPixels = 100e6;

struct RenderOptions {
    double scale = 1.0;   // multiplies the resolution of PNG and bitmap output (slides: 2 or 3)
    double dpi = 0;       // PNG and bitmap resolution in dots per inch; 0 = 96
};

struct RenderResult {
    bool ok = false;
    std::string bytes;                   // the file's content when ok
    DiagramLayout layout;                // filled when ok and the format is not Dot
    std::string error;                   // plain-English message when !ok
    std::vector<std::string> warnings;   // what Graphviz warned about, in Stagecraft's words
};

struct LayoutResult {
    bool ok = false;
    DiagramLayout layout;
    std::string error;
};

class Renderer {
public:
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Build the view's graph and render it. Dot returns the graph's DOT text (with a `layout`
    // attribute naming the engine), which Graphviz re-reads into the same picture.
    RenderResult render(const Journey& journey, View view, Format format, const RenderOptions& options = {});

    // Lay out a graph and render it; `render` is this plus building the view.
    RenderResult render_graph(const DotGraph& graph, Format format, const RenderOptions& options = {});

    // Render DOT text as Graphviz reads it (engine from its `layout` attribute, else dot).
    RenderResult render_dot_text(std::string_view dot, Format format, const RenderOptions& options = {});

    // Positions only, without producing a file.
    LayoutResult layout(const Journey& journey, View view);
    LayoutResult layout_graph(const DotGraph& graph);
    // Positions only, of DOT text as Graphviz reads it.
    LayoutResult layout_dot_text(std::string_view dot);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Starts Graphviz (its context, plugins and fonts) ahead of the first render, so that a caller
// can do it on another thread while it loads a journey. Renders work without it.
void warm_up_graphviz();

// One-shot convenience: a Renderer for a single call.
RenderResult render_view(const Journey& journey, View view, Format format, const RenderOptions& options = {});

}   // namespace stagecraft::diagram
