// Cast view: the roles (grouped by zone) in a column on the left, the scenes (grouped by stage,
// in document order) in a column on the right, each part a line from role to scene marked
// lead / support / understudy, and each role's load (scenes, minutes, lead parts, capacity) in
// its label. Positions are computed here; Graphviz only draws (nop2), so large casts stay fast.
#include <algorithm>
#include <map>

#include "export/grid_parts.hpp"
#include "export/scene_label.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

using namespace grid;

constexpr double kRoleWidth = 250;
constexpr double kSceneWidth = 230;
constexpr double kSpan = 300;   // between the columns, where the parts are drawn
constexpr double kRoleGap = 16;
constexpr double kSceneGap = 8;
constexpr double kGroupGap = 34;   // above each zone or stage group (its title)

std::string load_line(const Role& role, const RoleLoad& load) {
    std::string line = std::to_string(load.scenes) + (load.scenes == 1 ? " scene" : " scenes") + " \xC2\xB7 " +
                       format_number(load.minutes) + " min \xC2\xB7 " + std::to_string(load.leads) +
                       (load.leads == 1 ? " lead" : " leads");
    if (role.capacity) line += " \xC2\xB7 capacity " + format_number(*role.capacity) + " min";
    return line;
}

DotNode role_card(const Role& role, const RoleLoad& load, double& height) {
    Label label;
    label.text_width = kRoleWidth - 24;
    label.table_width = kRoleWidth - 14;
    label.text(name_or_id(role), 14, true, style::kInk, 3, "<B>", "</B>");
    label.text(std::string(display_name(role.zone)), 10, false, style::kMuted, 1);
    label.text(load_line(role, load), 11, false, style::kInk, 2);
    if (role.capacity && load.minutes > *role.capacity)
        label.text("\xE2\x9A\xA0 OVER CAPACITY", 11, true, "#b2182b", 1, "<B>", "</B>");
    height = label.height;
    DotNode node;
    node.name = role_node_name(role.id);
    set_attr(node.attrs, "id", "role-" + role.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", "rounded,filled");
    set_attr(node.attrs, "fillcolor", "#ffffff");
    set_attr(node.attrs, "color", style::safe_colour(role.colour, "#7f7f7f"));
    set_attr(node.attrs, "penwidth", "3");
    set_attr(node.attrs, "label", label.finish(), true);
    return node;
}

DotNode cast_scene_card(const Scene& scene, double& height) {
    const char* ink = scene_ink(scene);
    std::string marks;
    if (scene.moment_of_truth) marks += "\xE2\x98\x85 ";
    if (scene.fail_point) marks += "\xE2\x9A\xA0 ";
    Label label;
    label.height = 8;
    label.text_width = kSceneWidth - 22;
    label.table_width = kSceneWidth - 14;
    label.text(marks + name_or_id(scene), 12, false, ink, 3);
    if (scene.minutes) label.text(format_number(*scene.minutes) + " min", 10, false, ink, 1);
    height = label.height;
    DotNode node = scene_node(scene);
    set_attr(node.attrs, "label", label.finish(), true);
    return node;
}

std::string legend_parts_row() {
    return "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>"
           "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">Legend</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\">Parts:</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\"><B>&#9473;&#9473;&#9654; lead</B></FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#2166ac\">&#9472;&#9472;&#9654; support</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">&#9588;&#9588;&#9654; understudy</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\">Load: scenes &#183; minutes led or supported &#183; lead parts</FONT></TD>"
           "</TR></TABLE></TD></TR>";
}

DotNode group_title(const std::string& name, const std::string& text, double x_left, double y, double width) {
    Label label;
    label.height = 4;
    label.text_width = width;
    label.add(wrap_to_width(text, width, 14, true, 1), 14, style::kInk, "<B>", "</B>");
    const double w = std::min(width, text_width(text, 14, true) + 12);
    return text_node(name, label.finish(), Box{x_left + w / 2, y, w, label.height});
}

}   // namespace

DotGraph build_cast_view(const Journey& journey, const ViewOptions& view_options) {
    DotGraph g;
    g.name = "cast";
    style::apply_common(g, journey.title, display_name(View::Cast), view_options.page,
                        legend_parts_row() + style::legend_emotion_row());
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "notranslate", "true");
    set_attr(g.graph_attrs, "outputorder", "edgesfirst");

    const auto loads = role_loads(journey);
    const double role_x = 20 + kRoleWidth / 2;
    const double scene_left = 20 + kRoleWidth + kSpan;
    const double scene_x = scene_left + kSceneWidth / 2;

    // The scenes column, top-down.
    std::map<std::string, std::pair<double, double>> scene_at;   // id -> (top-down centre, height)
    std::vector<std::pair<std::size_t, double>> scene_nodes;     // node index, top-down centre
    double y = 0;
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        y += kGroupGap;
        g.nodes.push_back(
            group_title("stage:" + std::to_string(s), name_or_id(stage), scene_left, y - 12, kSceneWidth));
        set_attr(g.nodes.back().attrs, "id", "stage-" + stage.id);
        scene_nodes.push_back({g.nodes.size() - 1, y - 12});
        for (const auto& scene : stage.scenes) {
            double h = 0;
            g.nodes.push_back(cast_scene_card(scene, h));
            scene_at[scene.id] = {y + h / 2, h};
            scene_nodes.push_back({g.nodes.size() - 1, y + h / 2});
            y += h + kSceneGap;
        }
    }
    const double scenes_height = y;

    // The roles column, spread over the same height so the parts fan out evenly.
    std::vector<std::size_t> role_nodes;
    std::vector<double> role_h;
    std::vector<std::pair<std::string, std::size_t>> zone_titles;   // before role index
    const Zone zones[] = {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner};
    std::vector<std::size_t> order;
    for (Zone zone : zones)
        for (std::size_t i = 0; i < journey.cast.size(); ++i)
            if (journey.cast[i].zone == zone) order.push_back(i);
    double roles_height = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        double h = 0;
        const std::size_t i = order[k];
        g.nodes.push_back(role_card(journey.cast[i], i < loads.size() ? loads[i] : RoleLoad{}, h));
        role_nodes.push_back(g.nodes.size() - 1);
        role_h.push_back(h);
        roles_height += h + kRoleGap;
        if (k == 0 || journey.cast[order[k - 1]].zone != journey.cast[i].zone) roles_height += kGroupGap;
    }
    const double spare = std::max(0.0, scenes_height - roles_height);
    const double spread = order.empty() ? 0 : std::min(spare / static_cast<double>(order.size()), 160.0);
    const double height = std::max(scenes_height, roles_height + spread * static_cast<double>(order.size())) + 20;
    auto gy = [&](double top_down) { return height - top_down; };

    std::map<std::string, double> role_y;   // id -> top-down centre
    y = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Role& role = journey.cast[order[k]];
        if (k == 0 || journey.cast[order[k - 1]].zone != role.zone) {
            y += kGroupGap;
            g.nodes.push_back(group_title("zone:" + std::string(to_string(role.zone)),
                                          std::string(display_name(role.zone)), 20, gy(y - 12), kRoleWidth));
        }
        y += spread / 2;
        place(g.nodes[role_nodes[k]], Box{role_x, gy(y + role_h[k] / 2), kRoleWidth, role_h[k]});
        role_y[role.id] = y + role_h[k] / 2;
        y += role_h[k] + kRoleGap + spread / 2;
    }
    for (const auto& [index, centre] : scene_nodes) {
        if (g.nodes[index].name.rfind("stage:", 0) == 0) {
            const std::string pos = attr(g.nodes[index].attrs, "pos");
            double x = 0, yy = 0;
            std::sscanf(pos.c_str(), "%lf,%lf", &x, &yy);
            set_attr(g.nodes[index].attrs, "pos", point(x, gy(centre)) + "!");
            continue;
        }
        place(g.nodes[index], Box{scene_x, gy(centre), kSceneWidth, scene_at[g.nodes[index].name.substr(6)].second});
    }

    // The parts, fanned over the left side of each scene card.
    for (const auto& stage : journey.stages) {
        for (const auto& scene : stage.scenes) {
            const auto [centre, h] = scene_at[scene.id];
            std::vector<const Part*> parts;
            for (const auto& part : scene.parts)
                if (role_y.count(part.role)) parts.push_back(&part);
            for (std::size_t k = 0; k < parts.size(); ++k) {
                const Part& part = *parts[k];
                const double offset = (static_cast<double>(k) - (static_cast<double>(parts.size()) - 1) / 2) *
                                      std::min(12.0, h / static_cast<double>(parts.size() + 1));
                const double x0 = role_x + kRoleWidth / 2, y0 = gy(role_y[part.role]);
                const double x1 = scene_left, y1 = gy(centre + offset);
                const double mid = kSpan / 2;
                std::string pos = "e," + point(x1, y1) + " " + point(x0, y0) + " " + point(x0 + mid, y0) + " " +
                                  point(x1 - mid, y1) + " " + point(x1 - 9, y1);
                DotEdge e{role_node_name(part.role), scene_node_name(scene.id), {}};
                set_attr(e.attrs, "pos", pos);
                set_attr(e.attrs, "label", std::string(to_string(part.kind)));
                set_attr(e.attrs, "fontsize", "8");
                set_attr(e.attrs, "lp", point(x1 - 36, y1 + 5));
                switch (part.kind) {
                    case PartKind::Lead:
                        set_attr(e.attrs, "penwidth", "2.2");
                        set_attr(e.attrs, "color", "#333333");
                        break;
                    case PartKind::Support:
                        set_attr(e.attrs, "penwidth", "1.2");
                        set_attr(e.attrs, "color", "#2166ac");
                        break;
                    case PartKind::Understudy:
                        set_attr(e.attrs, "style", "dashed");
                        set_attr(e.attrs, "color", "#888888");
                        break;
                }
                g.edges.push_back(std::move(e));
            }
        }
    }
    return g;
}

}   // namespace stagecraft::diagram
