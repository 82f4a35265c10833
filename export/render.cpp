// Laying out and rendering view graphs through Graphviz, with errors returned as values.
#include "export/render.hpp"

#include "export/view_style.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "export/graphviz.hpp"
#include "export/text_metrics.hpp"
#include "model/error.hpp"

namespace stagecraft::diagram {

std::string_view to_string(Format f) {
    switch (f) {
        case Format::Svg: return "svg";
        case Format::Png: return "png";
        case Format::Pdf: return "pdf";
        case Format::Dot: return "dot";
        case Format::Bitmap: return "bmp";
    }
    return "svg";
}

std::optional<Format> parse_format(std::string_view s) {
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "svg") return Format::Svg;
    if (lower == "png") return Format::Png;
    if (lower == "pdf") return Format::Pdf;
    if (lower == "dot" || lower == "gv") return Format::Dot;
    return std::nullopt;
}

std::optional<Format> format_from_path(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    return parse_format(name.substr(dot + 1));
}

std::string_view file_extension(Format f) { return to_string(f); }

namespace {

// Graphviz writes the pango family list as the SVG font-family; a viewer without Nimbus Sans
// should fall back to the faces with the same metrics (Helvetica, Arial), not to its default.
void ask_viewer_for_diagram_face(std::string& svg) {
    const std::string from = std::string("font-family=\"") + style::kFont + "\"";
    const std::string to = std::string("font-family=\"") + style::kSvgFontFamily + "\"";
    std::string out;
    out.reserve(svg.size() + svg.size() / 8);
    std::size_t done = 0;
    for (std::size_t at = svg.find(from); at != std::string::npos; at = svg.find(from, done)) {
        out.append(svg, done, at - done);
        out += to;
        done = at + from.size();
    }
    out.append(svg, done, std::string::npos);
    svg = std::move(out);
}

constexpr double kDefaultDpi = 96.0;

const char* graphviz_format(Format f) {
    switch (f) {
        case Format::Svg: return "svg";
        case Format::Png: return "png:cairo";
        case Format::Bitmap: return "bmp";
        case Format::Pdf: return "pdf:cairo";
        case Format::Dot: return "dot";
    }
    return "svg";
}

std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
        if (!out.empty()) out += "; ";
        out += l;
    }
    return out;
}

// Graphviz's `pad` attribute in points (default 4 points), as "x" or "x,y" in inches.
std::pair<double, double> pad_points(Agraph_t* g) {
    const char* pad = agget(g, const_cast<char*>("pad"));
    double px = 4.0, py = 4.0;
    if (pad && *pad) {
        double x = 0, y = 0;
        const int n = std::sscanf(pad, "%lf,%lf", &x, &y);
        if (n >= 1) px = py = x * 72.0;
        if (n == 2) py = y * 72.0;
    }
    return {px, py};
}

// The journey's title, the first row of the graph's label (view_style.cpp: apply_common): as wide
// as the label, as high as its lines of 24-point text (a <BR> between the <B> and </B> that
// hold it starts a second line) and the table's padding and spacing.
std::optional<Box> title_box(Agraph_t* g, double left, double top) {
    const textlabel_t* label = GD_label(g);
    const char* source = agget(g, const_cast<char*>("label"));   // the HTML as written (label->text is not)
    if (!label || !label->set || !source) return std::nullopt;
    const std::string_view text = source;
    const std::size_t open = text.find("<B>"), close = text.find("</B>");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::nullopt;
    std::size_t lines = 1;
    for (std::size_t at = text.find("<BR", open); at != std::string_view::npos && at < close;
         at = text.find("<BR", at + 3))
        ++lines;
    const double x = label->pos.x - label->dimen.x / 2 - left;
    const double y = top - (label->pos.y + label->dimen.y / 2);
    return Box{x, y, label->dimen.x, lines_height(lines, 24) + 8};
}

DiagramLayout extract_layout(Agraph_t* g) {
    DiagramLayout layout;
    const boxf bb = GD_bb(g);
    const auto [padx, pady] = pad_points(g);
    layout.bounds = Box{0, 0, bb.UR.x - bb.LL.x + 2 * padx, bb.UR.y - bb.LL.y + 2 * pady};
    // Under everything else: the title and the blueprint's lane headings.
    std::vector<LayoutElement> under;
    if (auto box = title_box(g, bb.LL.x - padx, bb.UR.y + pady)) under.push_back({ElementKind::Title, {}, *box});
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const std::string name = agnameof(n);
        LayoutElement e;
        if (name.rfind("header:lane", 0) == 0) {
            e.kind = ElementKind::Lane;
            e.id = name.substr(11);
        } else if (name.rfind("scene:", 0) == 0) {
            e.kind = ElementKind::Scene;
            e.id = name.substr(6);
        } else if (name.rfind("role:", 0) == 0) {
            e.kind = ElementKind::Role;
            e.id = name.substr(5);
        } else if (const char* id = agget(n, const_cast<char*>("id")); id && std::strncmp(id, "stage-", 6) == 0) {
            e.kind = ElementKind::Stage;   // a stage's title (a stage folded over strips has several)
            e.id = id + 6;
        } else {
            continue;
        }
        const double w = ND_width(n) * 72.0;
        const double h = ND_height(n) * 72.0;
        const pointf c = ND_coord(n);
        e.box = Box{c.x - w / 2 - bb.LL.x + padx, bb.UR.y - (c.y + h / 2) + pady, w, h};
        (e.kind == ElementKind::Lane ? under : layout.elements).push_back(std::move(e));
    }
    // Flows: boxes around each stretch of the line (4 points either side), then around the labels,
    // before the nodes, so that a node drawn over a line's end takes the click and a label the
    // lines under it.
    std::vector<LayoutElement> flows, labels;
    auto to_layout = [&](double x, double y) { return std::make_pair(x - bb.LL.x + padx, bb.UR.y - y + pady); };
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const char* id = agget(e, const_cast<char*>("id"));
            if (!id || std::strncmp(id, "flow-", 5) != 0) continue;
            LayoutElement stretch;
            stretch.kind = ElementKind::Flow;
            stretch.id = id + 5;
            if (const splines* spl = ED_spl(e)) {
                for (int b = 0; b < spl->size; ++b) {
                    const bezier& bz = spl->list[b];
                    std::vector<pointf> points;
                    for (int i = 0; i < bz.size; i += 3) points.push_back(bz.list[i]);
                    if (bz.eflag) points.push_back(bz.ep);
                    for (std::size_t i = 1; i < points.size(); ++i) {
                        const auto [x1, y1] = to_layout(points[i - 1].x, points[i - 1].y);
                        const auto [x2, y2] = to_layout(points[i].x, points[i].y);
                        stretch.box = Box{std::min(x1, x2) - 4, std::min(y1, y2) - 4, std::abs(x2 - x1) + 8,
                                          std::abs(y2 - y1) + 8};
                        flows.push_back(stretch);
                    }
                }
            }
            if (const textlabel_t* label = ED_label(e); label && label->set) {
                const auto [x, y] = to_layout(label->pos.x, label->pos.y);
                stretch.box = Box{x - label->dimen.x / 2, y - label->dimen.y / 2, label->dimen.x, label->dimen.y};
                labels.push_back(stretch);
            }
        }
    flows.insert(flows.end(), labels.begin(), labels.end());   // labels over every line
    layout.elements.insert(layout.elements.begin(), flows.begin(), flows.end());
    layout.elements.insert(layout.elements.begin(), under.begin(), under.end());
    return layout;
}

// Why a PNG of `bounds` (points) at these options cannot be drawn, or nothing when it can.
Error png_too_large(const Box& bounds, const RenderOptions& options) {
    const double scale = options.scale > 0 ? options.scale : 1.0;
    const double dpi = (options.dpi > 0 ? options.dpi : kDefaultDpi) * scale;
    const double w = std::ceil(bounds.width * dpi / 72.0), h = std::ceil(bounds.height * dpi / 72.0);
    if (w <= kMaxPngSide && h <= kMaxPngSide && w * h <= kMaxPngPixels) return std::nullopt;
    // The largest scale that fits, rounded down to a tenth.
    const double fit = std::min({kMaxPngSide / w, kMaxPngSide / h, std::sqrt(kMaxPngPixels / (w * h))});
    const double largest = std::floor(scale * fit * 10.0) / 10.0;
    auto grouped = [](double v) {
        std::string digits = std::to_string(static_cast<long long>(v));
        for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
            digits.insert(static_cast<std::size_t>(at), ",");
        return digits;
    };
    const std::string size = "the PNG would be " + grouped(w) + " x " + grouped(h) + " pixels (" +
                             grouped(std::round(w * h / 1e6)) + " million)";
    std::string message = size +
                          ", more than a PNG can be drawn at (32,767 pixels a side and 100 million pixels in all); "
                          "export SVG or PDF, which have no such limit";
    if (options.dpi > 0) {
        const double largest_dpi = std::floor(dpi * fit);
        if (largest_dpi >= 10)
            message += ", or lower the resolution to " + grouped(largest_dpi) + " dpi (--dpi " + grouped(largest_dpi) +
                       ") or less";
    } else if (largest >= 0.1) {
        char hint[96];
        std::snprintf(hint, sizeof hint, ", or lower the scale to %.1f (--scale %.1f) or less", largest, largest);
        message += hint;
    }
    return message;
}

// Graphviz's warnings in Stagecraft's words: the diagram was drawn, and this is what may look
// wrong in it.
std::string explain_warning(const std::string& warning) {
    if (warning.find("too small for label") != std::string::npos) {
        const std::size_t q = warning.find('\'');
        const std::size_t end = q == std::string::npos ? q : warning.find('\'', q + 1);
        std::string node = end == std::string::npos ? std::string() : warning.substr(q + 1, end - q - 1);
        for (const char* prefix : {"scene:", "role:", "stage:"})
            if (node.rfind(prefix, 0) == 0)
                node = std::string(prefix, std::strlen(prefix) - 1) + " '" + node.substr(std::strlen(prefix)) + "'";
        return "a label is wider than its box and may overlap its border" +
               (node.empty() ? std::string() : " (" + node + ")");
    }
    if (warning.find("too large for cairo") != std::string::npos)
        return "the picture was too large to draw at full size and was scaled down";
    return "the diagram was drawn, but Graphviz reported a problem that may show in it";
}

enum class Work { Parse, Layout, Render };

// Runs Graphviz on the graph given either as DOT text or as a graph value (built in cgraph
// directly, which spares writing and re-parsing the text).
RenderResult run_graphviz_in_its_words(std::string_view dot, const DotGraph* value, Format format,
                                       const RenderOptions& options, Work work) {
    RenderResult result;
    gv::Session session;
    if (!session.context()) {
        result.error = "Graphviz could not be started (no layout or render plugins were found).";
        return result;
    }
    gv::GraphPtr graph;
    if (value) {
        graph = gv::to_agraph(*value);
    } else {
        const std::string text(dot);
        graph.reset(agmemread(text.c_str()));
    }
    auto messages = session.take_messages();
    if (!graph || !messages.errors.empty()) {
        result.error = "Graphviz could not read the diagram: " +
                       (messages.errors.empty() ? std::string("syntax error") : join(messages.errors));
        return result;
    }
    Agraph_t* g = graph.get();
    if (work == Work::Parse) {
        result.ok = true;
        result.warnings = std::move(messages.warnings);
        return result;
    }
    if (format == Format::Png || format == Format::Bitmap) {
        const double dpi = (options.dpi > 0 ? options.dpi : kDefaultDpi) * (options.scale > 0 ? options.scale : 1.0);
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.2f", dpi);
        agsafeset(g, const_cast<char*>("dpi"), buffer, const_cast<char*>(""));
    }
    const char* engine_attr = agget(g, const_cast<char*>("layout"));
    const std::string engine = engine_attr && *engine_attr ? engine_attr : "dot";
    const int laid_out = gvLayout(session.context(), g, engine.c_str());
    messages = session.take_messages();
    if (laid_out != 0 || !messages.errors.empty()) {
        if (laid_out == 0) gvFreeLayout(session.context(), g);
        result.error = "Graphviz could not lay out the diagram: " +
                       (messages.errors.empty() ? "layout engine '" + engine + "' failed" : join(messages.errors));
        return result;
    }
    // After this routing failure, dot's layout data is inconsistent and freeing it crashes
    // Graphviz 2.43; the graph is then closed without freeing the layout (a leak, not a crash).
    bool layout_damaged = false;
    for (const auto& w : messages.warnings)
        layout_damaged = layout_damaged || w.find("Unable to reclaim box space") != std::string::npos;
    gv::Layout layout_guard(session.context(), g, !layout_damaged);
    result.warnings = std::move(messages.warnings);
    result.layout = extract_layout(g);
    if (work == Work::Render && format == Format::Png) {
        if (auto refusal = png_too_large(result.layout.bounds, options)) {
            result.error = std::move(*refusal);   // the layout guard frees the layout
            return result;
        }
    }
    if (work == Work::Render) {
        char* data = nullptr;
        unsigned int length = 0;
        const int rendered = gvRenderData(session.context(), g, graphviz_format(format), &data, &length);
        gv::RenderData owned(data);
        messages = session.take_messages();
        if (rendered != 0 || !messages.errors.empty() || !data || length == 0) {
            result.error = "Graphviz could not render the diagram as " + std::string(to_string(format)) + ": " +
                           (messages.errors.empty() ? std::string("no output was produced") : join(messages.errors));
            return result;
        }
        result.bytes.assign(data, length);
        if (format == Format::Svg) ask_viewer_for_diagram_face(result.bytes);
        for (auto& w : messages.warnings) result.warnings.push_back(std::move(w));
    }
    result.ok = true;
    return result;
}

// The same, with every warning in Stagecraft's words, whichever way the work ended.
RenderResult run_graphviz(std::string_view dot, const DotGraph* value, Format format, const RenderOptions& options,
                          Work work) {
    RenderResult result = run_graphviz_in_its_words(dot, value, format, options, work);
    for (auto& w : result.warnings) w = explain_warning(w);
    return result;
}

}   // namespace

struct Renderer::Impl {};

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {}
Renderer::~Renderer() = default;

RenderResult Renderer::render(const Journey& journey, View view, Format format, const RenderOptions& options) {
    return render_graph(build_view(journey, view), format, options);
}

RenderResult Renderer::render_graph(const DotGraph& graph, Format format, const RenderOptions& options) {
    if (format == Format::Dot) {
        const std::string dot = to_dot(graph);
        // Check that Graphviz reads it, then hand back our own text (no positions baked in).
        RenderResult checked = run_graphviz(dot, nullptr, format, options, Work::Parse);
        if (!checked.ok) return checked;
        checked.bytes = dot;
        return checked;
    }
    return run_graphviz({}, &graph, format, options, Work::Render);
}

RenderResult Renderer::render_dot_text(std::string_view dot, Format format, const RenderOptions& options) {
    return run_graphviz(dot, nullptr, format, options, Work::Render);
}

LayoutResult Renderer::layout_dot_text(std::string_view dot) {
    RenderResult r = run_graphviz(dot, nullptr, Format::Svg, {}, Work::Layout);
    LayoutResult out;
    out.ok = r.ok;
    out.layout = std::move(r.layout);
    out.error = std::move(r.error);
    return out;
}

LayoutResult Renderer::layout(const Journey& journey, View view) { return layout_graph(build_view(journey, view)); }

LayoutResult Renderer::layout_graph(const DotGraph& graph) {
    RenderResult r = run_graphviz({}, &graph, Format::Svg, {}, Work::Layout);
    LayoutResult out;
    out.ok = r.ok;
    out.layout = std::move(r.layout);
    out.error = std::move(r.error);
    return out;
}

void warm_up_graphviz() {
    // Laying out and rendering a one-node graph loads the layout and render plugins and
    // initialises the font machinery, which the first real render would otherwise pay for.
    // The views use the nop2 engine, so only that plugin is loaded.
    static const char* const kTiny =
        "digraph { layout=nop2; node [fontname=\"Nimbus Sans,DejaVu Sans\"]; a [pos=\"0,0!\", label=<<B>a</B>>]; }";
    run_graphviz(kTiny, nullptr, Format::Svg, {}, Work::Render);
}

RenderResult render_view(const Journey& journey, View view, Format format, const RenderOptions& options) {
    Renderer renderer;
    return renderer.render(journey, view, format, options);
}

}   // namespace stagecraft::diagram
