// Emotion curve: the customer's emotion scene by scene (the customer-facing scenes), on a fixed
// grid (positions computed here, Graphviz only draws): stages marked by vertical rules and
// named on top, each scene's name under the chart joined to its point by a dotted line, and
// every dip to -1 or below labelled with its first pain point (the lowest as the low point).
#include <algorithm>
#include <cstdio>

#include "export/escape.hpp"
#include "export/scene_order.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

constexpr double kStep = 120;      // points between scenes
constexpr double kLeft = 150;      // x of the first scene
constexpr double kNeutral = 320;   // y of emotion 0
constexpr double kUnit = 60;       // points per emotion step
constexpr double kNamesY = 105;    // scene names below the chart
constexpr double kStagesY = 480;   // stage names above the chart

std::string pos(double x, double y) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1f,%.1f!", x, y);
    return buffer;
}

DotNode point(const std::string& name, double x, double y) {
    DotNode n;
    n.name = name;
    set_attr(n.attrs, "shape", "point");
    set_attr(n.attrs, "style", "invis");
    set_attr(n.attrs, "width", "0.01");
    set_attr(n.attrs, "pos", pos(x, y));
    return n;
}

DotNode text_node(const std::string& name, double x, double y, const std::string& html) {
    DotNode n;
    n.name = name;
    set_attr(n.attrs, "shape", "plaintext");
    set_attr(n.attrs, "margin", "0");
    set_attr(n.attrs, "pos", pos(x, y));
    set_attr(n.attrs, "label", html, true);
    return n;
}

DotEdge rule(const std::string& from, const std::string& to, const char* style_name, const char* colour,
             const char* width) {
    DotEdge e{from, to, {}};
    set_attr(e.attrs, "arrowhead", "none");
    set_attr(e.attrs, "style", style_name);
    set_attr(e.attrs, "color", colour);
    set_attr(e.attrs, "penwidth", width);
    return e;
}

// Whether scene i of the path is a dip: no higher than the scored scenes before and after it.
bool dip(const std::vector<const Scene*>& path, std::size_t i) {
    const int e = *path[i]->emotion;
    for (std::size_t j = i; j-- > 0;)
        if (path[j]->emotion) {
            if (*path[j]->emotion < e) return false;
            break;
        }
    for (std::size_t j = i + 1; j < path.size(); ++j)
        if (path[j]->emotion) return *path[j]->emotion >= e;
    return true;
}

}   // namespace

DotGraph build_emotion_curve(const Journey& journey, const ViewOptions& view_options) {
    DotGraph g;
    g.name = "emotion_curve";
    style::apply_common(g, journey.title, display_name(View::Emotion), view_options.page,
                        style::legend_emotion_row(style::legend_marker_cells()));
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "splines", "false");
    set_attr(g.graph_attrs, "outputorder", "edgesfirst");

    std::vector<const Scene*> path;
    std::vector<std::size_t> stage_index;
    for (const auto& o : customer_scenes(journey)) {
        path.push_back(o.scene);
        stage_index.push_back(o.stage);
    }
    const double right = kLeft + kStep * static_cast<double>(path.empty() ? 1 : path.size() - 1) + 60;

    // Horizontal rules for each emotion level, with the scale on the left.
    for (int e = -2; e <= 2; ++e) {
        const double y = kNeutral + e * kUnit;
        const std::string l = "grid:l" + std::to_string(e + 2);
        const std::string r = "grid:r" + std::to_string(e + 2);
        g.nodes.push_back(point(l, kLeft - 60, y));
        g.nodes.push_back(point(r, right, y));
        g.edges.push_back(rule(l, r, e == 0 ? "solid" : "dotted", e == 0 ? "#969696" : "#cccccc", "1"));
        const std::string text = "<FONT POINT-SIZE=\"11\" COLOR=\"#555555\">" +
                                 std::string(e > 0 ? "+" : (e < 0 ? "&#8722;" : "")) + std::to_string(std::abs(e)) +
                                 " " + std::string(style::emotion_word(e)) + "</FONT>";
        g.nodes.push_back(text_node("scale:" + std::to_string(e + 2), kLeft - 110, y, text));
    }

    // Stage rules and names.
    std::vector<std::pair<const Stage*, std::vector<std::size_t>>> stage_runs;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Stage* stage = &journey.stages[stage_index[i]];
        if (stage_runs.empty() || stage_runs.back().first != stage) stage_runs.push_back({stage, {}});
        stage_runs.back().second.push_back(i);
    }
    for (std::size_t s = 0; s < stage_runs.size(); ++s) {
        const auto& run = stage_runs[s];
        const double first = kLeft + kStep * static_cast<double>(run.second.front());
        const double last = kLeft + kStep * static_cast<double>(run.second.back());
        const std::string name = run.first ? name_or_id(*run.first) : "";
        g.nodes.push_back(text_node("stage:" + std::to_string(s), (first + last) / 2, kStagesY,
                                    "<FONT POINT-SIZE=\"14\"><B>" +
                                        style::html_lines(wrap_to_width(name, last - first + kStep - 16, 14, true, 3)) +
                                        "</B></FONT>"));
        if (run.first) set_attr(g.nodes.back().attrs, "id", "stage-" + run.first->id);
        if (s > 0) {
            const double x = first - kStep / 2;
            const std::string top = "rule:t" + std::to_string(s);
            const std::string bottom = "rule:b" + std::to_string(s);
            g.nodes.push_back(point(top, x, kStagesY + 15));
            g.nodes.push_back(point(bottom, x, kNamesY - 25));
            g.edges.push_back(rule(top, bottom, "dashed", "#969696", "1.2"));
        }
    }

    // The scenes, the curve and the lowest points.
    // The low point is the whole journey's, when this is a page of it.
    int lowest = 3;
    for (const auto& o : customer_scenes(view_options.whole ? *view_options.whole : journey))
        if (o.scene->emotion) lowest = std::min(lowest, *o.scene->emotion);
    std::string previous;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Scene& t = *path[i];
        const double x = kLeft + kStep * static_cast<double>(i);
        const bool scored = t.emotion.has_value();
        const int e = scored ? *t.emotion : 0;
        DotNode n;
        n.name = scene_node_name(t.id);
        set_attr(n.attrs, "id", "scene-" + t.id);
        set_attr(n.attrs, "shape", "circle");
        set_attr(n.attrs, "fixedsize", "true");
        set_attr(n.attrs, "width", "0.42");
        set_attr(n.attrs, "pos", pos(x, kNeutral + e * kUnit));
        set_attr(n.attrs, "style", scored ? "filled" : "dashed");
        set_attr(n.attrs, "fillcolor", scored ? style::emotion_fill(e) : "white");
        // A dark ring for a fail point, visible on the red of a -2 point too.
        set_attr(n.attrs, "color", t.moment_of_truth ? "#1a1a1a" : (t.fail_point ? "#67001f" : "#555555"));
        set_attr(n.attrs, "penwidth", (t.moment_of_truth || t.fail_point) ? "3.5" : "1.2");
        set_attr(n.attrs, "fontsize", "11");
        set_attr(n.attrs, "fontcolor", scored ? style::emotion_text(e) : style::kMuted);
        set_attr(n.attrs, "label", scored ? (e > 0 ? "+" + std::to_string(e) : std::to_string(e)) : "?");
        g.nodes.push_back(std::move(n));

        std::string marked;
        if (t.moment_of_truth) marked += "\xE2\x98\x85 ";   // ★
        if (t.fail_point) marked += "\xE2\x9A\xA0 ";        // ⚠
        marked += marked.empty() ? name_or_id(t) : style::isolated(name_or_id(t));
        const std::string name =
            "<FONT POINT-SIZE=\"10\">" + style::html_lines(wrap_to_width(marked, kStep - 10, 10, false, 3)) + "</FONT>";
        g.nodes.push_back(text_node("name:" + t.id, x, kNamesY, name));

        if (scored) {
            if (!previous.empty()) {
                DotEdge edge = rule(previous, scene_node_name(t.id), "solid", "#333333", "2.2");
                g.edges.push_back(std::move(edge));
            }
            previous = scene_node_name(t.id);
        }
        // The name's line up to the point, or to the note under a dip.
        double top = kNeutral + e * kUnit - 18;
        if (scored && e <= -1 && dip(path, i)) {
            std::vector<std::string> lines;
            const bool low = e == lowest;
            if (!t.pains.empty()) lines = wrap_to_width(t.pains.front(), kStep - 10, 10, false, 3);
            std::string note = "<FONT POINT-SIZE=\"10\" COLOR=\"#b2182b\">";
            if (low) note += "<B>Low point</B>" + std::string(lines.empty() ? "" : "<BR/>");
            note += style::html_lines(lines) + "</FONT>";
            if (low || !lines.empty()) {
                const double h = lines_height(lines.size() + (low ? 1 : 0), 10);
                const double centre = kNeutral + e * kUnit - 20 - h / 2;
                g.nodes.push_back(text_node((low ? "low:" : "dip:") + t.id, x, centre, note));
                top = centre - h / 2 - 4;
            }
        }
        const std::string from = "tie:" + t.id, to = "tie-end:" + t.id;
        g.nodes.push_back(point(from, x, top));
        g.nodes.push_back(point(to, x, kNamesY + 22));
        if (top > kNamesY + 30) g.edges.push_back(rule(from, to, "dotted", "#b0b0b0", "1"));
    }
    return g;
}

}   // namespace stagecraft::diagram
