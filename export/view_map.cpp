// Journey map: stages as columns left to right, scenes in the customer's order coloured by
// emotion, pain points and opportunities as notes hung under their scene.
#include <map>
#include <set>

#include "export/scene_label.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

std::string stage_label(const Stage& stage) {
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"2\"><TR><TD ALIGN=\"LEFT\">"
                        "<FONT POINT-SIZE=\"16\"><B>" +
                        style::html_line(stage.name.empty() ? stage.id : stage.name) + "</B></FONT></TD></TR>";
    if (!stage.goal.empty())
        label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#555555\"><I>Goal: " +
                 style::html_text(stage.goal, 34, 3) + "</I></FONT></TD></TR>";
    return label + "</TABLE>";
}

}  // namespace

DotGraph build_journey_map(const Journey& journey) {
    DotGraph g;
    g.name = "journey_map";
    style::apply_common(g, journey.title, display_name(View::Map),
                        style::legend_emotion_row() + style::legend_markers_row());
    set_attr(g.graph_attrs, "layout", "dot");
    set_attr(g.graph_attrs, "rankdir", "LR");
    set_attr(g.graph_attrs, "newrank", "true");
    set_attr(g.graph_attrs, "nodesep", "0.35");
    set_attr(g.graph_attrs, "ranksep", "0.45");
    set_attr(g.graph_attrs, "compound", "true");

    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        DotSubgraph cluster;
        cluster.name = "cluster_stage_" + std::to_string(s);
        set_attr(cluster.attrs, "id", "stage-" + stage.id);
        set_attr(cluster.attrs, "label", stage_label(stage), true);
        set_attr(cluster.attrs, "labeljust", "l");
        set_attr(cluster.attrs, "style", "rounded,filled");
        set_attr(cluster.attrs, "fillcolor", "#f5f5f5");
        set_attr(cluster.attrs, "color", "#cccccc");
        set_attr(cluster.attrs, "margin", "14");
        for (const auto& scene : stage.touchpoints) {
            SceneLabelOptions options;
            g.nodes.push_back(scene_node(journey, scene, options));
            DotNode note = scene_note_node(scene);
            if (note.name.empty()) {
                cluster.nodes.push_back(g.nodes.back().name);
                continue;
            }
            // The note hangs under its scene: same rank, joined by a short dashed line.
            DotSubgraph pair;
            pair.name = "pair_" + std::to_string(g.nodes.size());
            set_attr(pair.attrs, "rank", "same");
            pair.nodes = {g.nodes.back().name, note.name};
            DotEdge link{g.nodes.back().name, note.name, {}};
            set_attr(link.attrs, "style", "dashed");
            set_attr(link.attrs, "arrowhead", "none");
            set_attr(link.attrs, "color", "#bfb38f");
            g.edges.push_back(std::move(link));
            g.nodes.push_back(std::move(note));
            cluster.subgraphs.push_back(std::move(pair));
        }
        g.subgraphs.push_back(std::move(cluster));
    }

    // The customer's path, drawn as the spine of the map.
    std::map<std::pair<std::string, std::string>, const Flow*> flow_between;
    for (const auto& f : journey.flows) flow_between.emplace(std::make_pair(f.from, f.to), &f);
    const auto path = customer_path(journey);
    std::set<std::pair<std::string, std::string>> drawn;
    for (std::size_t i = 1; i < path.size(); ++i) {
        DotEdge e{scene_node_name(path[i - 1]->id), scene_node_name(path[i]->id), {}};
        auto it = flow_between.find({path[i - 1]->id, path[i]->id});
        style::apply_flow_style(e.attrs, it != flow_between.end() ? it->second->kind : FlowKind::Sequence);
        if (it != flow_between.end() && !it->second->label.empty())
            set_attr(e.attrs, "label", style::html_text(it->second->label, 20, 2), true);
        set_attr(e.attrs, "weight", "10");
        drawn.insert({path[i - 1]->id, path[i]->id});
        g.edges.push_back(std::move(e));
    }
    // Alternatives and follow-ups branch off the path.
    for (const auto& f : journey.flows) {
        if (f.kind != FlowKind::Alternative && f.kind != FlowKind::FollowUp) continue;
        if (drawn.count({f.from, f.to})) continue;
        DotEdge e{scene_node_name(f.from), scene_node_name(f.to), {}};
        style::apply_flow_style(e.attrs, f.kind);
        set_attr(e.attrs, "constraint", "false");
        const std::string text = !f.label.empty() ? f.label : f.condition;
        if (!text.empty()) set_attr(e.attrs, "label", style::html_text(text, 20, 2), true);
        g.edges.push_back(std::move(e));
    }
    return g;
}

}  // namespace stagecraft::diagram
