// Service blueprint: a column per scene slot, grouped by stage left to right, and a band per lane
// top to bottom (evidence, customer actions, frontstage, backstage, support) with the lines of
// interaction, visibility and internal interaction drawn between them. The grid is known in
// advance, so positions, sizes and flow routes are computed here and Graphviz only draws
// (engine nop2): lanes line up exactly, and large journeys cost no layout search.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "export/blueprint_grid.hpp"
#include "export/escape.hpp"
#include "export/grid_parts.hpp"
#include "export/scene_label.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

using namespace grid;

constexpr double kSceneWidth = kCardWidth;
constexpr double kGutter = 40;         // between columns of a stage
constexpr double kStageGap = 60;       // between stages (the stage rule runs in its middle)
constexpr double kHeaderWidth = 190;   // the column of lane names
constexpr double kChannel = 48;        // between lanes: the line, and room for flows
constexpr double kBandPad = 12;        // above and below the boxes of a band
constexpr double kArrow = 10;
constexpr double kFlowLabelWidth = 110;   // flow labels wrap at this width, on two lines at most

constexpr const char* kLaneTitles[4] = {"Customer actions", "Frontstage", "Backstage", "Support processes"};
constexpr const char* kLineTitles[3] = {"line of interaction", "line of visibility", "line of internal interaction"};

DotNode evidence_box(const GridColumn& column, std::size_t index, double& height) {
    Label label;
    label.table_width = kSceneWidth - 14;
    for (const Scene* scene : column.lanes)
        if (scene)
            for (const auto& prop : scene->props)
                label.text("\xE2\x96\xAA " + style::isolated(prop), 10, false, style::kInk, 2);
    height = label.height;
    DotNode node;
    node.name = "evidence:" + std::to_string(index);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", "filled,dashed");
    set_attr(node.attrs, "fillcolor", "#ffffff");
    set_attr(node.attrs, "color", "#9e9ac8");
    set_attr(node.attrs, "label", label.finish(), true);
    return node;
}

}   // namespace

DotGraph build_blueprint(const Journey& journey, const ViewOptions& view_options) {
    DotGraph g;
    g.name = "service_blueprint";
    style::apply_common(
        g, journey.title, display_name(View::Blueprint), view_options.page,
        style::legend_emotion_row() + style::legend_markers_row(journey.kind, true, false) + style::legend_flows_row());
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "notranslate", "true");
    set_attr(g.graph_attrs, "outputorder", "edgesfirst");

    const auto columns = blueprint_columns(journey);

    // Horizontal: column left edges, stage spans and rules.
    std::vector<double> left(columns.size());
    std::vector<double> gap_before(columns.size());
    std::vector<double> stage_rules;
    std::vector<std::pair<double, double>> stage_span(journey.stages.size(), {0, 0});
    // A labelled flow between neighbours in one lane runs straight across the gap between
    // them, with its label in the gap: the gap is made wide enough for the label.
    std::vector<double> label_room(columns.size() + 1, 0.0);
    {
        std::map<std::string, std::pair<int, std::size_t>> cell;
        for (std::size_t c = 0; c < columns.size(); ++c)
            for (int lane = 0; lane < 4; ++lane)
                if (columns[c].lanes[lane]) cell[columns[c].lanes[lane]->id] = {lane, c};
        for (const auto& f : journey.flows) {
            const std::string& text = !f.label.empty() ? f.label : f.condition;
            auto a = cell.find(f.from), b = cell.find(f.to);
            if (text.empty() || a == cell.end() || b == cell.end() || a->second.first != b->second.first) continue;
            const std::size_t ca = a->second.second, cb = b->second.second;
            if (ca + 1 != cb && cb + 1 != ca) continue;
            double widest = 0;
            for (const auto& line : wrap_to_width(text, kFlowLabelWidth, 10, false, 2))
                widest = std::max(widest, text_width(line, 10));
            double& room = label_room[std::max(ca, cb)];
            room = std::max(room, widest + 2 * kArrow + 8);
        }
    }
    double cursor = kHeaderWidth + kStageGap;
    stage_rules.push_back(kHeaderWidth + kStageGap / 2);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const bool new_stage = c > 0 && columns[c].stage != columns[c - 1].stage;
        gap_before[c] = std::max(c == 0 || new_stage ? kStageGap : kGutter, label_room[c]);
        if (c > 0) cursor += gap_before[c];
        if (new_stage) stage_rules.push_back(cursor - gap_before[c] / 2);
        left[c] = cursor;
        auto& span = stage_span[columns[c].stage];
        if (c == 0 || new_stage) span.first = cursor;
        span.second = cursor + kSceneWidth;
        cursor += kSceneWidth;
    }
    const double width = cursor + kStageGap / 2;
    if (!columns.empty()) stage_rules.push_back(width);
    auto gap_after = [&](std::size_t c) { return c + 1 < columns.size() ? gap_before[c + 1] : kStageGap; };

    // Nodes with their heights, before vertical placement.
    SceneLabelOptions card_options;
    card_options.show_cast = !view_options.summary;   // a summary names who leads, on the chip
    card_options.show_lead = true;
    card_options.show_counts = view_options.summary;
    std::map<const Scene*, std::size_t> node_of;   // index into g.nodes
    std::map<std::size_t, double> height_of;       // node index -> height
    std::vector<std::size_t> evidence_node(columns.size(), SIZE_MAX);
    double lane_height[4] = {0, 0, 0, 0};
    double evidence_height = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        bool has_props = false;   // a summary leaves the props out: the band stays, narrow
        for (const Scene* t : columns[c].lanes)
            has_props = has_props || (t && !t->props.empty() && !view_options.summary);
        if (has_props) {
            double h = 0;
            g.nodes.push_back(evidence_box(columns[c], c, h));
            evidence_node[c] = g.nodes.size() - 1;
            height_of[g.nodes.size() - 1] = h;
            evidence_height = std::max(evidence_height, h);
        }
        for (int lane = 0; lane < 4; ++lane) {
            const Scene* t = columns[c].lanes[lane];
            if (!t) continue;
            double h = 0;
            g.nodes.push_back(scene_card(journey, *t, card_options, h));
            node_of[t] = g.nodes.size() - 1;
            height_of[g.nodes.size() - 1] = h;
            lane_height[lane] = std::max(lane_height[lane], h);
        }
    }

    // Stage titles.
    double title_height = 0;
    std::vector<std::string> stage_titles(journey.stages.size());
    std::vector<double> stage_title_w(journey.stages.size()), stage_title_h(journey.stages.size());
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        const double span = std::max(kSceneWidth, stage_span[s].second - stage_span[s].first);
        Label label;
        label.height = 8;
        label.table_width = span - 4;
        label.add(wrap_to_width(name_or_id(stage), span - 8, 16, true, 2), 16, style::kInk, "<B>", "</B>");
        if (!stage.goal.empty())
            label.add(wrap_to_width("Goal: " + stage.goal, span - 8, 11, false, 2), 11, "#555555", "<I>", "</I>");
        stage_titles[s] = label.finish();
        stage_title_w[s] = span;
        stage_title_h[s] = label.height;
        title_height = std::max(title_height, label.height);
    }

    // Vertical, top-down: titles, evidence band, then the lanes with channels between them; on a
    // page, closer together.
    const double channel = view_options.page ? 34 : kChannel;
    const double band_pad = view_options.page ? 8 : kBandPad;
    // A summary leaves the props out, and with them the evidence band.
    const bool evidence = !view_options.summary;
    for (double& h : lane_height) h = std::max(h, 44.0);
    evidence_height = std::max(evidence_height, 30.0);
    std::vector<double> band_top(5), band_bottom(5);   // 0 = evidence, 1..4 = lanes
    double y = title_height + 10;
    band_top[0] = y;
    if (evidence) y += evidence_height + 2 * band_pad;
    band_bottom[0] = y;
    y += evidence ? channel * 0.6 : band_pad;
    double channel_mid[5];   // 0..2 between lanes, 3 below support, 4 above customer
    channel_mid[4] = (band_bottom[0] + y) / 2;
    for (int lane = 0; lane < 4; ++lane) {
        band_top[lane + 1] = y;
        y += lane_height[lane] + 2 * band_pad;
        band_bottom[lane + 1] = y;
        channel_mid[lane] = y + channel * 0.62;   // flows run below the line, not on it
        y += channel;
    }
    const double height = y;
    auto gy = [&](double top_down) { return height - top_down; };   // Graphviz's y grows upwards

    Ops ops;
    for (int b = evidence ? 0 : 1; b < 5; ++b)
        ops.rect(4, gy(band_bottom[b]), width, gy(band_top[b]), b == 0 ? "#f5f3fb" : (b % 2 ? "#f6f8fa" : "#fcfcfc"));
    std::vector<double> rule_y(3);   // top-down height of each line, near the band above it
    for (int k = 0; k < 3; ++k) rule_y[k] = band_bottom[k + 1] + 11;
    for (int k = 0; k < 3; ++k)
        ops.line(kHeaderWidth, gy(rule_y[k]), width, gy(rule_y[k]), k == 1 ? "#4d4d4d" : "#8c8c8c", k == 1 ? 1.8 : 1.2,
                 k != 1);
    for (double x : stage_rules) ops.line(x, gy(0), x, gy(band_bottom[4]), "#c8c8c8", 1.2, false);
    set_attr(g.graph_attrs, "_background", ops.text);

    // Row titles and line names in the left column.
    auto header = [&](const std::string& name, const std::string& html, double top_down, double h) {
        g.nodes.push_back(text_node(name, html, Box{kHeaderWidth / 2, gy(top_down), kHeaderWidth - 8, h}));
    };
    if (evidence)
        header("header:evidence", "<FONT POINT-SIZE=\"15\"><B>Evidence (props)</B></FONT>",
               (band_top[0] + band_bottom[0]) / 2, 24);
    for (int lane = 0; lane < 4; ++lane)
        header("header:lane" + std::to_string(lane),
               std::string("<FONT POINT-SIZE=\"15\"><B>") + kLaneTitles[lane] + "</B></FONT>",
               (band_top[lane + 1] + band_bottom[lane + 1]) / 2, 24);
    for (int k = 0; k < 3; ++k)
        header("header:line" + std::to_string(k),
               std::string("<FONT POINT-SIZE=\"11\" COLOR=\"#4d4d4d\"><I>") + kLineTitles[k] + "</I></FONT>",
               rule_y[k] + 9, 16);
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        if (stage_span[s].second <= 0) continue;
        g.nodes.push_back(text_node("stage:" + std::to_string(s), stage_titles[s],
                                    Box{stage_span[s].first + stage_title_w[s] / 2 - 4,
                                        gy(title_height - stage_title_h[s] / 2), stage_title_w[s], stage_title_h[s]}));
        set_attr(g.nodes.back().attrs, "id", "stage-" + journey.stages[s].id);
    }

    // Place the boxes.
    std::map<std::string, Box> box_of;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const double x = left[c] + kSceneWidth / 2;
        if (evidence_node[c] != SIZE_MAX) {
            const Box b{x, gy((band_top[0] + band_bottom[0]) / 2), kSceneWidth, height_of[evidence_node[c]]};
            place(g.nodes[evidence_node[c]], b);
        }
        for (int lane = 0; lane < 4; ++lane) {
            const Scene* t = columns[c].lanes[lane];
            if (!t) continue;
            const std::size_t n = node_of[t];
            const Box b{x, gy((band_top[lane + 1] + band_bottom[lane + 1]) / 2), kSceneWidth, height_of[n]};
            place(g.nodes[n], b);
            box_of[g.nodes[n].name] = b;
        }
    }

    // Where each scene is in the grid.
    std::map<std::string, std::pair<int, std::size_t>> cell_of;   // scene id -> (lane, column)
    for (std::size_t c = 0; c < columns.size(); ++c)
        for (int lane = 0; lane < 4; ++lane)
            if (columns[c].lanes[lane]) cell_of[columns[c].lanes[lane]->id] = {lane, c};

    // Flows, routed through the channels between lanes and the gutters between columns.
    std::map<int, int> channel_use;
    std::map<long, int> gutter_use;
    auto spread = [](int k) { return ((k % 5) - 2) * 5.0; };
    for (std::size_t index = 0; index < journey.flows.size(); ++index) {
        const Flow& f = journey.flows[index];
        auto from = cell_of.find(f.from);
        auto to = cell_of.find(f.to);
        if (from == cell_of.end() || to == cell_of.end() || f.from == f.to) continue;
        const Box& s = box_of[scene_node_name(f.from)];
        const Box& t = box_of[scene_node_name(f.to)];
        const auto [rs, cs] = from->second;
        const auto [rt, ct] = to->second;
        std::vector<std::pair<double, double>> pts;
        std::pair<double, double> label_at;
        const std::string text = !f.label.empty() ? f.label : f.condition;
        const auto lines =
            text.empty() ? std::vector<std::string>{} : wrap_to_width(text, kFlowLabelWidth, 10, false, 2);
        // The label sits clear of its own line: above a straight flow, below a routed one.
        const double half = lines.empty() ? 0 : lines_height(lines.size(), 10) / 2 + 4;
        if (rs == rt && (ct == cs + 1 || cs == ct + 1)) {
            // Neighbours in one lane: straight across, never out of the lane (a frontstage
            // handoff does not cross the line of visibility).
            const double dir = ct > cs ? 1 : -1;
            pts = {{s.x + dir * s.w / 2, s.y}, {t.x - dir * t.w / 2, t.y}};
            label_at = {(pts[0].first + pts[1].first) / 2, s.y + half};
        } else {
            const bool down = rt > rs;
            const bool same = rt == rs;
            const int a = down || same ? rs : (rs == 0 ? 4 : rs - 1);
            const int b = same ? rs : (down ? rt - 1 : rt);
            const double ya = gy(channel_mid[a]) + spread(channel_use[a]++);
            const double exit_y = down || same ? s.bottom() : s.top();
            const double entry_y = down ? t.top() : t.bottom();
            pts.push_back({s.x, exit_y});
            pts.push_back({s.x, ya});
            if (a == b) {
                pts.push_back({t.x, ya});
                label_at = {(s.x + t.x) / 2, ya - half};
            } else {
                const double xg = ct > cs ? left[ct] - gap_before[ct] / 2 : left[ct] + kSceneWidth + gap_after(ct) / 2;
                const long gutter_key = static_cast<long>(xg);
                const double xo = xg + spread(gutter_use[gutter_key]++) * 0.8;
                const double yb = gy(channel_mid[b]) + spread(channel_use[b]++);
                pts.push_back({xo, ya});
                pts.push_back({xo, yb});
                pts.push_back({t.x, yb});
                label_at = {(s.x + xo) / 2, ya - half};
            }
            pts.push_back({t.x, entry_y});
        }
        const std::string pos = polyline_pos(pts, kArrow);
        if (pos.empty()) continue;
        DotEdge e{scene_node_name(f.from), scene_node_name(f.to), {}};
        style::apply_flow_style(e.attrs, f.kind);
        set_attr(e.attrs, "pos", pos);
        set_attr(e.attrs, "id", "flow-" + std::to_string(index));   // the editor finds the flow by it
        if (!lines.empty()) {
            // On a backing of the band's colour, so no line or rule runs through the words.
            std::string html =
                "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" "
                "BGCOLOR=\"#ffffff\"><TR><TD>";
            for (std::size_t i = 0; i < lines.size(); ++i) html += (i ? "<BR/>" : "") + graphviz_html_escape(lines[i]);
            html += "</TD></TR></TABLE>";
            set_attr(e.attrs, "label", html, true);
            set_attr(e.attrs, "lp", point(label_at.first, label_at.second));
        }
        g.edges.push_back(std::move(e));
    }
    return g;
}

}   // namespace stagecraft::diagram
