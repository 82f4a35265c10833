// Cast view: each role (grouped by zone) joined to the scenes it plays, the part on the edge,
// and the role's load (scenes, minutes, lead parts, capacity) in its label.
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

std::string load_line(const Role& role, const RoleLoad& load) {
    std::string line = std::to_string(load.scenes) + (load.scenes == 1 ? " scene" : " scenes") + " &#183; " +
                       format_number(load.minutes) + " min &#183; " + std::to_string(load.leads) +
                       (load.leads == 1 ? " lead" : " leads");
    if (role.capacity) {
        const bool over = load.minutes > *role.capacity;
        std::string cap = " &#183; capacity " + format_number(*role.capacity) + " min";
        if (over) cap = "<FONT COLOR=\"#b2182b\"><B>" + cap + " &#9888; OVER</B></FONT>";
        line += cap;
    }
    return line;
}

DotNode role_node(const Role& role, const RoleLoad& load) {
    const std::string colour = style::safe_colour(role.colour, "#7f7f7f");
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">";
    label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\"><B>" +
             style::html_text(role.name.empty() ? role.id : role.name, 24, 3) + "</B></FONT></TD></TR>";
    label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">" +
             style::html_line(display_name(role.zone)) + "</FONT></TD></TR>";
    label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">" + load_line(role, load) + "</FONT></TD></TR>";
    label += "</TABLE>";
    DotNode node;
    node.name = role_node_name(role.id);
    set_attr(node.attrs, "id", "role-" + role.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", "rounded,filled");
    set_attr(node.attrs, "fillcolor", "#ffffff");
    set_attr(node.attrs, "color", colour);
    set_attr(node.attrs, "penwidth", "3");
    set_attr(node.attrs, "label", label, true);
    return node;
}

DotNode cast_scene_node(const Touchpoint& scene) {
    const bool scored = scene.emotion.has_value();
    const int emotion = scored ? *scene.emotion : 0;
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
    std::string marks;
    if (scene.moment_of_truth) marks += "&#9733; ";
    if (scene.fail_point) marks += "&#9888; ";
    label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\" COLOR=\"" +
             std::string(scored ? style::emotion_text(emotion) : style::kInk) + "\">" + marks +
             style::html_text(scene.name.empty() ? scene.id : scene.name, 26, 3) + "</FONT></TD></TR>";
    if (scene.minutes)
        label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" +
                 std::string(scored ? style::emotion_text(emotion) : style::kMuted) + "\">" +
                 format_number(*scene.minutes) + " min</FONT></TD></TR>";
    label += "</TABLE>";
    DotNode node;
    node.name = scene_node_name(scene.id);
    set_attr(node.attrs, "id", "scene-" + scene.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", scene.fail_point ? "rounded,filled,dashed" : "rounded,filled");
    set_attr(node.attrs, "fillcolor", scored ? style::emotion_fill(emotion) : style::kNoEmotionFill);
    set_attr(node.attrs, "color", scene.fail_point ? "#b2182b" : (scene.moment_of_truth ? "#1a1a1a" : "#7f7f7f"));
    if (scene.fail_point || scene.moment_of_truth) set_attr(node.attrs, "penwidth", "2.5");
    set_attr(node.attrs, "label", label, true);
    return node;
}

std::string legend_parts_row() {
    return "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>"
           "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">Legend</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\">Parts:</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\"><B>&#9473;&#9473;&#9654; lead</B></FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\">&#9472;&#9472;&#9654; support</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">&#9588;&#9588;&#9654; understudy</FONT></TD>"
           "<TD><FONT POINT-SIZE=\"11\">Load: scenes &#183; minutes led or supported &#183; lead parts</FONT></TD>"
           "</TR></TABLE></TD></TR>";
}

}  // namespace

DotGraph build_cast_view(const Journey& journey) {
    DotGraph g;
    g.name = "cast";
    style::apply_common(g, journey.title, display_name(View::Cast),
                        legend_parts_row() + style::legend_emotion_row());
    set_attr(g.graph_attrs, "layout", "dot");
    set_attr(g.graph_attrs, "rankdir", "LR");
    set_attr(g.graph_attrs, "nodesep", "0.2");
    set_attr(g.graph_attrs, "ranksep", "2.2");

    const auto loads = role_loads(journey);
    const Zone zones[] = {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner};
    for (Zone zone : zones) {
        DotSubgraph cluster;
        cluster.name = "cluster_zone_" + std::string(to_string(zone));
        set_attr(cluster.attrs, "label", "<FONT POINT-SIZE=\"15\"><B>" + style::html_line(display_name(zone)) +
                                              "</B></FONT>", true);
        set_attr(cluster.attrs, "labeljust", "l");
        set_attr(cluster.attrs, "style", "rounded,filled");
        set_attr(cluster.attrs, "fillcolor", "#f7f7f7");
        set_attr(cluster.attrs, "color", "#cccccc");
        for (std::size_t i = 0; i < journey.cast.size(); ++i) {
            const Role& role = journey.cast[i];
            if (role.zone != zone) continue;
            g.nodes.push_back(role_node(role, i < loads.size() ? loads[i] : RoleLoad{}));
            cluster.nodes.push_back(g.nodes.back().name);
        }
        if (!cluster.nodes.empty()) g.subgraphs.push_back(std::move(cluster));
    }

    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        DotSubgraph cluster;
        cluster.name = "cluster_stage_" + std::to_string(s);
        set_attr(cluster.attrs, "id", "stage-" + stage.id);
        set_attr(cluster.attrs, "label", "<FONT POINT-SIZE=\"14\"><B>" +
                                              style::html_line(stage.name.empty() ? stage.id : stage.name) +
                                              "</B></FONT>", true);
        set_attr(cluster.attrs, "labeljust", "l");
        set_attr(cluster.attrs, "style", "rounded");
        set_attr(cluster.attrs, "color", "#bdbdbd");
        for (const auto& scene : stage.touchpoints) {
            g.nodes.push_back(cast_scene_node(scene));
            cluster.nodes.push_back(g.nodes.back().name);
        }
        g.subgraphs.push_back(std::move(cluster));
    }

    for (const auto& stage : journey.stages) {
        for (const auto& scene : stage.touchpoints) {
            for (const auto& part : scene.cast) {
                if (!find_role(journey, part.role)) continue;
                DotEdge e{role_node_name(part.role), scene_node_name(scene.id), {}};
                set_attr(e.attrs, "label", std::string(to_string(part.kind)));
                switch (part.kind) {
                    case PartKind::Lead:
                        set_attr(e.attrs, "penwidth", "2.4");
                        set_attr(e.attrs, "color", "#333333");
                        break;
                    case PartKind::Support:
                        set_attr(e.attrs, "penwidth", "1.2");
                        set_attr(e.attrs, "color", "#555555");
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

}  // namespace stagecraft::diagram
