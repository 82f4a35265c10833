// Cast view, built around load: the roles as rows grouped by zone, the stages as columns, and in
// each cell the role's parts in that stage (how many it leads, supports and understudies). Each
// role's row shows its minutes against its capacity as a bar (red when over), its lead parts,
// and the load findings of the staging checks (over capacity, far more than its peers). No lines
// cross; 15 roles by 60 scenes stay readable on one slide. Positions are computed here and
// Graphviz only draws (nop2).
#include <algorithm>
#include <cstdio>
#include <map>

#include "export/grid_parts.hpp"
#include "export/scene_label.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"
#include "model/checks/checks.hpp"

namespace stagecraft::diagram {

namespace {

using namespace grid;

constexpr double kMostName = 250;       // a role's name chip at the widest (longer names are cut short)
constexpr double kFiguresWidth = 180;   // "120 min of 180 min · 12 leads"
constexpr double kCellWidth = 96;       // a stage's column
constexpr double kRowGap = 4;           // between role rows
constexpr double kZoneTitle = 20;       // above each zone's rows
constexpr double kStageTitle = 36;      // the stages' names over the columns
constexpr double kBarWidth = 70;        // the load bar at full capacity
constexpr double kOverBar = 1.5;        // the bar stops at this share of the capacity

// The load findings of the staging checks, as short words, by role id.
std::map<std::string, std::vector<std::string>> load_findings(const Journey& whole) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& f : run_checks(whole))
        if (f.element == stagecraft::ElementKind::Role) {
            if (f.check == "over-capacity")
                out[f.element_id].push_back("\xE2\x9A\xA0 over capacity");
            else if (f.check == "load-imbalance")
                out[f.element_id].push_back("\xE2\x9A\xA0 far more than its peers");
        }
    return out;
}

std::string minutes(double m) { return format_number(m) + " min"; }

// A role's row head on one line: its name on a chip of its colour, a bar of its minutes against
// its capacity, the figures and its lead parts; then a line per load finding.
DotNode role_row(const Journey& whole, const Role& role, const RoleLoad& load, const std::vector<std::string>& findings,
                 double name_width, double& height) {
    const std::string fill = role_fill(whole, role);
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">";
    html += "<TR><TD ALIGN=\"LEFT\" CELLPADDING=\"3\" WIDTH=\"" + format_number(name_width) + "\" BGCOLOR=\"" + fill +
            "\"><FONT POINT-SIZE=\"12\" COLOR=\"" + ink_on(fill) + "\"><B>" +
            style::html_line(wrap_to_width(name_or_id(role), name_width - 6, 12, true, 1).front()) + "</B></FONT></TD>";
    std::string figures = minutes(load.minutes);
    if (role.capacity) figures += " of " + minutes(*role.capacity);
    figures += " \xC2\xB7 " + std::to_string(load.leads) + (load.leads == 1 ? " lead" : " leads");
    if (role.capacity && *role.capacity > 0) {
        const double share = std::min(kOverBar, load.minutes / *role.capacity);
        const double full = std::max(1.0, kBarWidth * share / kOverBar);
        const bool over = load.minutes > *role.capacity;
        html += "<TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=\"" +
                format_number(full) + "\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"" +
                (over ? "#d6604d" : "#4393c3") + "\"></TD>" +
                (full < kBarWidth ? "<TD WIDTH=\"" + format_number(kBarWidth - full) +
                                        "\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"#e6e6e6\"></TD>"
                                  : std::string()) +
                "</TR></TABLE></TD>";
    } else {
        html += "<TD WIDTH=\"" + format_number(kBarWidth) +
                "\"><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">no capacity</FONT></TD>";
    }
    html += "<TD ALIGN=\"LEFT\" WIDTH=\"" + format_number(kFiguresWidth) + "\"><FONT POINT-SIZE=\"11\">" +
            style::html_line(figures) + "</FONT></TD></TR>";
    for (const auto& f : findings)
        html += "<TR><TD></TD><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"11\" COLOR=\"#b2182b\"><B>" +
                style::html_line(f) + "</B></FONT></TD></TR>";
    html += "</TABLE>";
    height = 14 + lines_height(1, 12) + static_cast<double>(findings.size()) * (lines_height(1, 11) + 4);
    DotNode node;
    node.name = role_node_name(role.id);
    set_attr(node.attrs, "id", "role-" + role.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", "rounded,filled");
    set_attr(node.attrs, "fillcolor", "#ffffff");
    set_attr(node.attrs, "color", style::safe_colour(role.colour, "#bdbdbd"));
    set_attr(node.attrs, "penwidth", "1.2");
    set_attr(node.attrs, "margin", "0.02");
    set_attr(node.attrs, "label", html, true);
    return node;
}

// A cell: the role's parts in one stage on one line: "2 L" on the role's colour (leads), "1 S"
// (supports), "1 U" (understudies), as the cast sheet writes them.
std::string cell_html(int leads, int supports, int understudies, const std::string& fill) {
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\"><TR>";
    if (leads > 0)
        html += "<TD BGCOLOR=\"" + fill + "\"><FONT POINT-SIZE=\"11\" COLOR=\"" + ink_on(fill) + "\"><B>" +
                std::to_string(leads) + " L</B></FONT></TD>";
    if (supports > 0)
        html += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#2166ac\">" + std::to_string(supports) + " S</FONT></TD>";
    if (understudies > 0)
        html +=
            "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\"><I>" + std::to_string(understudies) + " U</I></FONT></TD>";
    return html + "</TR></TABLE>";
}

}   // namespace

DotGraph build_cast_view(const Journey& journey, const ViewOptions& view_options) {
    const Journey& whole = view_options.whole ? *view_options.whole : journey;
    // The name chips as wide as the longest name needs, within reason.
    double name_width = 100;
    for (const auto& role : journey.cast)
        name_width = std::max(name_width, std::min(kMostName, text_width(name_or_id(role), 12, true) + 10));
    const double role_width = name_width + kBarWidth + kFiguresWidth + 16;
    DotGraph g;
    g.name = "cast";
    style::apply_common(g, journey.title, display_name(View::Cast), view_options.page, style::legend_parts_row());
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "notranslate", "true");

    const auto loads = role_loads(whole);
    const auto findings = load_findings(whole);
    const std::size_t stages = journey.stages.size();
    const double left = 8;
    const double cells_left = left + role_width + 12;
    const double width = cells_left + kCellWidth * static_cast<double>(std::max<std::size_t>(1, stages)) + 8;

    // Rows, top-down: the stage titles, then each zone's title and its roles.
    struct Row {
        std::size_t role;
        double top, height;
    };
    std::vector<Row> rows;
    std::vector<std::pair<Zone, double>> zone_tops;
    std::vector<std::size_t> role_nodes;
    double y = kStageTitle;
    for (Zone zone : {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner}) {
        bool first = true;
        for (std::size_t i = 0; i < journey.cast.size(); ++i) {
            const Role& role = journey.cast[i];
            if (role.zone != zone) continue;
            if (first) {
                zone_tops.push_back({zone, y});
                y += kZoneTitle;
                first = false;
            }
            const Role* in_whole = find_role(whole, role.id);
            RoleLoad load;
            for (const auto& l : loads)
                if (l.role == role.id) load = l;
            const auto found = findings.find(role.id);
            double h = 0;
            g.nodes.push_back(role_row(whole, in_whole ? *in_whole : role, load,
                                       found == findings.end() ? std::vector<std::string>{} : found->second, name_width,
                                       h));
            role_nodes.push_back(g.nodes.size() - 1);
            rows.push_back({i, y, h});
            y += h + kRowGap;
        }
    }
    const double height = y + 8;
    auto gy = [&](double top_down) { return height - top_down; };

    Ops ops;
    // Zebra rows across the cells, and a rule between stages.
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (r % 2 == 0)
            ops.rect(cells_left, gy(rows[r].top + rows[r].height + kRowGap / 2), width - 8,
                     gy(rows[r].top - kRowGap / 2), "#f4f6f8");
    for (std::size_t s = 1; s < stages; ++s) {
        const double x = cells_left + kCellWidth * static_cast<double>(s);
        ops.line(x, gy(4), x, gy(height - 4), "#d0d0d0", 1, false);
    }
    set_attr(g.graph_attrs, "_background", ops.text);

    for (std::size_t s = 0; s < stages; ++s) {
        const Stage& stage = journey.stages[s];
        const double x = cells_left + kCellWidth * (static_cast<double>(s) + 0.5);
        const auto lines = wrap_to_width(name_or_id(stage), kCellWidth - 8, 11, true, 2);
        g.nodes.push_back(text_node("stage:" + std::to_string(s),
                                    "<FONT POINT-SIZE=\"11\"><B>" + style::html_lines(lines) + "</B></FONT>",
                                    Box{x, gy(kStageTitle / 2), kCellWidth - 4, kStageTitle - 4}));
        set_attr(g.nodes.back().attrs, "id", "stage-" + stage.id);
    }
    for (const auto& [zone, top] : zone_tops)
        g.nodes.push_back(text_node("zone:" + std::string(to_string(zone)),
                                    "<FONT POINT-SIZE=\"13\" COLOR=\"#444444\"><B>" +
                                        style::html_line(std::string(display_name(zone))) + "</B></FONT>",
                                    Box{left + role_width / 2, gy(top + kZoneTitle / 2), role_width, kZoneTitle}));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Role& role = journey.cast[rows[r].role];
        place(g.nodes[role_nodes[r]],
              Box{left + role_width / 2, gy(rows[r].top + rows[r].height / 2), role_width, rows[r].height});
        const Role* in_whole = find_role(whole, role.id);
        const std::string fill = role_fill(whole, in_whole ? *in_whole : role);
        for (std::size_t s = 0; s < stages; ++s) {
            int counts[3] = {0, 0, 0};
            for (const auto& scene : journey.stages[s].scenes)
                for (const auto& part : scene.parts)
                    if (part.role == role.id) ++counts[static_cast<int>(part.kind)];
            if (counts[0] + counts[1] + counts[2] == 0) continue;
            const double x = cells_left + kCellWidth * (static_cast<double>(s) + 0.5);
            g.nodes.push_back(text_node("cell:" + role.id + ":" + std::to_string(s),
                                        cell_html(counts[0], counts[1], counts[2], fill),
                                        Box{x, gy(rows[r].top + rows[r].height / 2), kCellWidth - 6, rows[r].height}));
        }
    }
    return g;
}

}   // namespace stagecraft::diagram
