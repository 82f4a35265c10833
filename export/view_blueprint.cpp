// Service blueprint: a column per stage, a row per lane (evidence, customer, frontstage,
// backstage, support) separated by the lines of interaction, visibility and internal interaction.
// Rows are Graphviz ranks, so every lane is one straight band across all stages; invisible
// chains fix the order of columns, and flows are drawn on top without moving anything.
#include <string>
#include <vector>

#include "export/blueprint_grid.hpp"
#include "export/scene_label.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"

namespace stagecraft::diagram {

namespace {

// The rows of the grid, top to bottom.
enum class RowKind { Evidence, Lane, Line };
struct Row {
    RowKind kind;
    Lane lane;               // for Lane rows
    const char* title;
};

const std::vector<Row>& rows() {
    static const std::vector<Row> r{
        {RowKind::Evidence, Lane::Customer, "Evidence (props)"},
        {RowKind::Lane, Lane::Customer, "Customer actions"},
        {RowKind::Line, Lane::Customer, "line of interaction"},
        {RowKind::Lane, Lane::Frontstage, "Frontstage"},
        {RowKind::Line, Lane::Customer, "line of visibility"},
        {RowKind::Lane, Lane::Backstage, "Backstage"},
        {RowKind::Line, Lane::Customer, "line of internal interaction"},
        {RowKind::Lane, Lane::Support, "Support processes"},
    };
    return r;
}

std::string cell_name(std::size_t row, std::size_t column) {
    return "cell:" + std::to_string(row) + ":" + std::to_string(column);
}

DotNode evidence_node(const GridColumn& column, const std::string& name) {
    std::vector<std::string> props;
    for (const Touchpoint* scene : column.lanes)
        if (scene && (scene->lane == Lane::Customer || scene->lane == Lane::Frontstage))
            for (const auto& p : scene->props) props.push_back(p);
    DotNode node;
    node.name = name;
    if (props.empty()) {
        set_attr(node.attrs, "style", "invis");
        set_attr(node.attrs, "shape", "point");
        set_attr(node.attrs, "width", "0.01");
        return node;
    }
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">";
    for (const auto& p : props)
        label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">&#9642; " +
                 style::html_text(p, 26, 2) + "</FONT></TD></TR>";
    label += "</TABLE>";
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", "filled,dashed");
    set_attr(node.attrs, "fillcolor", "#f3f0fa");
    set_attr(node.attrs, "color", "#9e9ac8");
    set_attr(node.attrs, "margin", "0.06");
    set_attr(node.attrs, "label", label, true);
    return node;
}

DotNode placeholder(const std::string& name) {
    DotNode node;
    node.name = name;
    set_attr(node.attrs, "style", "invis");
    set_attr(node.attrs, "shape", "point");
    set_attr(node.attrs, "width", "0.01");
    return node;
}

DotNode header_node(const Row& row, std::size_t index) {
    DotNode node;
    node.name = "header:" + std::to_string(index);
    set_attr(node.attrs, "shape", "plaintext");
    if (row.kind == RowKind::Line) {
        set_attr(node.attrs, "label", std::string("<FONT POINT-SIZE=\"11\" COLOR=\"#4d4d4d\"><I>") + row.title +
                                          "</I></FONT>", true);
        set_attr(node.attrs, "height", "0.1");
    } else {
        set_attr(node.attrs, "label", std::string("<FONT POINT-SIZE=\"15\"><B>") + row.title + "</B></FONT>", true);
    }
    return node;
}

std::string stage_label(const Stage& stage) {
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"2\"><TR><TD ALIGN=\"LEFT\">"
                        "<FONT POINT-SIZE=\"16\"><B>" +
                        style::html_line(stage.name.empty() ? stage.id : stage.name) + "</B></FONT></TD></TR>";
    if (!stage.goal.empty())
        label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#555555\"><I>Goal: " +
                 style::html_text(stage.goal, 34, 2) + "</I></FONT></TD></TR>";
    return label + "</TABLE>";
}

}  // namespace

DotGraph build_blueprint(const Journey& journey) {
    DotGraph g;
    g.name = "service_blueprint";
    style::apply_common(g, journey.title, display_name(View::Blueprint),
                        style::legend_emotion_row() + style::legend_markers_row() + style::legend_flows_row());
    set_attr(g.graph_attrs, "layout", "dot");
    set_attr(g.graph_attrs, "rankdir", "TB");
    set_attr(g.graph_attrs, "newrank", "true");
    set_attr(g.graph_attrs, "nodesep", "0.3");
    set_attr(g.graph_attrs, "ranksep", "0.25");
    set_attr(g.graph_attrs, "splines", "true");

    const auto columns = blueprint_columns(journey);
    const auto& grid_rows = rows();
    const std::size_t nrows = grid_rows.size();

    // names[r][c]: the node in row r, column c (column 0 holds the row titles).
    std::vector<std::vector<std::string>> names(nrows, std::vector<std::string>(columns.size() + 1));
    for (std::size_t r = 0; r < nrows; ++r) {
        g.nodes.push_back(header_node(grid_rows[r], r));
        names[r][0] = g.nodes.back().name;
    }

    std::vector<DotSubgraph> stage_clusters(journey.stages.size());
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        auto& cluster = stage_clusters[s];
        cluster.name = "cluster_stage_" + std::to_string(s);
        set_attr(cluster.attrs, "id", "stage-" + stage.id);
        set_attr(cluster.attrs, "label", stage_label(stage), true);
        set_attr(cluster.attrs, "labeljust", "l");
        set_attr(cluster.attrs, "style", "rounded");
        set_attr(cluster.attrs, "color", "#bdbdbd");
        set_attr(cluster.attrs, "penwidth", "1.5");
        set_attr(cluster.attrs, "margin", "12");
    }

    SceneLabelOptions options;
    options.show_cast = true;
    options.show_lane = false;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const GridColumn& column = columns[c];
        for (std::size_t r = 0; r < nrows; ++r) {
            const Row& row = grid_rows[r];
            const std::string name = cell_name(r, c + 1);
            switch (row.kind) {
                case RowKind::Evidence: g.nodes.push_back(evidence_node(column, name)); break;
                case RowKind::Line: g.nodes.push_back(placeholder(name)); break;
                case RowKind::Lane: {
                    const Touchpoint* scene = column.lanes[static_cast<int>(row.lane)];
                    if (scene)
                        g.nodes.push_back(scene_node(journey, *scene, options));
                    else
                        g.nodes.push_back(placeholder(name));
                    break;
                }
            }
            names[r][c + 1] = g.nodes.back().name;
            stage_clusters[column.stage].nodes.push_back(names[r][c + 1]);
        }
    }
    for (auto& cluster : stage_clusters) g.subgraphs.push_back(std::move(cluster));

    // One rank per row, in order left to right.
    for (std::size_t r = 0; r < nrows; ++r) {
        DotSubgraph same;
        same.name = "row_" + std::to_string(r);
        set_attr(same.attrs, "rank", "same");
        same.nodes = names[r];
        g.subgraphs.push_back(std::move(same));
        for (std::size_t c = 1; c < names[r].size(); ++c) {
            DotEdge e{names[r][c - 1], names[r][c], {}};
            if (grid_rows[r].kind == RowKind::Line && c > 1) {
                set_attr(e.attrs, "style", r == 4 ? "solid" : "dashed");
                set_attr(e.attrs, "color", r == 4 ? "#4d4d4d" : "#969696");
                set_attr(e.attrs, "penwidth", r == 4 ? "1.6" : "1.2");
                set_attr(e.attrs, "arrowhead", "none");
            } else {
                set_attr(e.attrs, "style", "invis");
            }
            set_attr(e.attrs, "weight", "0");
            g.edges.push_back(std::move(e));
        }
    }
    // Columns hold together top to bottom.
    for (std::size_t c = 0; c < columns.size() + 1; ++c) {
        for (std::size_t r = 1; r < nrows; ++r) {
            DotEdge e{names[r - 1][c], names[r][c], {}};
            set_attr(e.attrs, "style", "invis");
            set_attr(e.attrs, "weight", "50");
            g.edges.push_back(std::move(e));
        }
    }
    // The journey's flows, drawn without constraining the grid.
    for (const auto& f : journey.flows) {
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
