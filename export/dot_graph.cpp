// Graph value helpers and DOT text output.
#include "export/dot_graph.hpp"

namespace stagecraft::diagram {

void set_attr(DotAttrs& attrs, std::string_view name, std::string value, bool html) {
    for (auto& a : attrs) {
        if (a.name == name) {
            a.value = std::move(value);
            a.html = html;
            return;
        }
    }
    attrs.push_back(DotAttr{std::string(name), std::move(value), html});
}

std::string attr(const DotAttrs& attrs, std::string_view name) {
    for (const auto& a : attrs)
        if (a.name == name) return a.value;
    return {};
}

bool has_attr(const DotAttrs& attrs, std::string_view name) {
    for (const auto& a : attrs)
        if (a.name == name) return true;
    return false;
}

const DotNode* find_node(const DotGraph& g, std::string_view name) {
    for (const auto& n : g.nodes)
        if (n.name == name) return &n;
    return nullptr;
}

namespace {

const DotSubgraph* find_in(const std::vector<DotSubgraph>& subs, std::string_view name) {
    for (const auto& s : subs) {
        if (s.name == name) return &s;
        if (const DotSubgraph* inner = find_in(s.subgraphs, name)) return inner;
    }
    return nullptr;
}

void append_attrs(std::string& out, const DotAttrs& attrs) {
    if (attrs.empty()) return;
    out += " [";
    bool first = true;
    for (const auto& a : attrs) {
        if (!first) out += ", ";
        first = false;
        out += a.name;   // attribute names are chosen by the program, never user text
        out += '=';
        if (a.html) {
            out += '<';
            out += a.value;
            out += '>';
        } else {
            out += dot_quote(a.value);
        }
    }
    out += ']';
}

void append_subgraph(std::string& out, const DotSubgraph& s, int depth) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out += indent + "subgraph " + dot_quote(s.name) + " {\n";
    for (const auto& a : s.attrs) {
        out += indent + "  ";
        DotAttrs one{a};
        out += "graph";
        append_attrs(out, one);
        out += ";\n";
    }
    for (const auto& n : s.nodes) out += indent + "  " + dot_quote(n) + ";\n";
    for (const auto& inner : s.subgraphs) append_subgraph(out, inner, depth + 1);
    out += indent + "}\n";
}

}   // namespace

const DotSubgraph* find_subgraph(const DotGraph& g, std::string_view name) { return find_in(g.subgraphs, name); }

std::string dot_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20) {
            // control characters have no place in a label
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

std::string to_dot(const DotGraph& g) {
    std::string out;
    out.reserve(256 + g.nodes.size() * 200 + g.edges.size() * 80);
    out += "digraph " + dot_quote(g.name) + " {\n";
    if (!g.graph_attrs.empty()) {
        out += "  graph";
        append_attrs(out, g.graph_attrs);
        out += ";\n";
    }
    if (!g.node_defaults.empty()) {
        out += "  node";
        append_attrs(out, g.node_defaults);
        out += ";\n";
    }
    if (!g.edge_defaults.empty()) {
        out += "  edge";
        append_attrs(out, g.edge_defaults);
        out += ";\n";
    }
    for (const auto& n : g.nodes) {
        out += "  " + dot_quote(n.name);
        append_attrs(out, n.attrs);
        out += ";\n";
    }
    for (const auto& s : g.subgraphs) append_subgraph(out, s, 1);
    for (const auto& e : g.edges) {
        out += "  " + dot_quote(e.from) + " -> " + dot_quote(e.to);
        append_attrs(out, e.attrs);
        out += ";\n";
    }
    out += "}\n";
    return out;
}

}   // namespace stagecraft::diagram
