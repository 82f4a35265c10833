// A Graphviz graph as a plain value (nodes, edges, nested subgraphs, attributes) and its DOT text.
// The views build this value; tests inspect it; the renderer hands its DOT text to Graphviz.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::diagram {

// One attribute. `html` values are HTML-like labels written between < > instead of quotes; their
// text must already be escaped (see html_label.hpp).
struct DotAttr {
    std::string name;
    std::string value;
    bool html = false;
};
using DotAttrs = std::vector<DotAttr>;

struct DotNode {
    std::string name;
    DotAttrs attrs;
};

struct DotEdge {
    std::string from;
    std::string to;
    DotAttrs attrs;
};

// A subgraph names its member nodes (declared at the top level) and may nest further subgraphs.
// A name starting with "cluster" makes Graphviz draw it as a box.
struct DotSubgraph {
    std::string name;
    DotAttrs attrs;
    std::vector<std::string> nodes;
    std::vector<DotSubgraph> subgraphs;
};

struct DotGraph {
    std::string name;
    DotAttrs graph_attrs;
    DotAttrs node_defaults;
    DotAttrs edge_defaults;
    std::vector<DotNode> nodes;
    std::vector<DotEdge> edges;
    std::vector<DotSubgraph> subgraphs;
};

// Set (or replace) an attribute.
void set_attr(DotAttrs& attrs, std::string_view name, std::string value, bool html = false);
// The value of an attribute, or "" when absent.
std::string attr(const DotAttrs& attrs, std::string_view name);
bool has_attr(const DotAttrs& attrs, std::string_view name);

// Lookups for tests and tools; nullptr when absent. find_subgraph searches nested subgraphs too.
const DotNode* find_node(const DotGraph& g, std::string_view name);
const DotSubgraph* find_subgraph(const DotGraph& g, std::string_view name);

// DOT text of the graph (a digraph), with every name and value quoted for DOT.
std::string to_dot(const DotGraph& g);

// A DOT quoted string: "..." with quotes and backslashes escaped and control characters dropped.
std::string dot_quote(std::string_view text);

}   // namespace stagecraft::diagram
