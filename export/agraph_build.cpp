// Building a graph value straight into cgraph, declaring attributes as the DOT parser would.
#include <map>
#include <string>

#include "export/graphviz.hpp"

namespace stagecraft::diagram::gv {

namespace {

class Builder {
public:
    explicit Builder(Agraph_t* root) : root_(root) {}

    void set(void* object, int kind, const DotAttr& a) {
        Agsym_t* sym = symbol(kind, a.name);
        if (a.html) {
            char* value = agstrdup_html(root_, const_cast<char*>(a.value.c_str()));
            agxset(object, sym, value);
            agstrfree(root_, value);
        } else {
            agxset(object, sym, const_cast<char*>(a.value.c_str()));
        }
    }

    // Defaults are plain values (HTML-like labels are only set on objects).
    void defaults(int kind, const DotAttrs& attrs) {
        for (const auto& a : attrs) {
            symbols_[kind][a.name] =
                agattr(root_, kind, const_cast<char*>(a.name.c_str()), const_cast<char*>(a.value.c_str()));
        }
    }

    Agnode_t* node(const std::string& name) { return agnode(root_, const_cast<char*>(name.c_str()), 1); }

    void subgraph(Agraph_t* parent, const DotSubgraph& s) {
        Agraph_t* sub = agsubg(parent, const_cast<char*>(s.name.c_str()), 1);
        for (const auto& a : s.attrs) set(sub, AGRAPH, a);
        for (const auto& n : s.nodes) agsubnode(sub, node(n), 1);
        for (const auto& inner : s.subgraphs) subgraph(sub, inner);
    }

private:
    Agsym_t* symbol(int kind, const std::string& name) {
        auto& table = symbols_[kind];
        auto it = table.find(name);
        if (it != table.end()) return it->second;
        Agsym_t* sym = agattr(root_, kind, const_cast<char*>(name.c_str()), nullptr);
        if (!sym) sym = agattr(root_, kind, const_cast<char*>(name.c_str()), const_cast<char*>(""));
        table.emplace(name, sym);
        return sym;
    }

    Agraph_t* root_;
    std::map<std::string, Agsym_t*> symbols_[3];   // indexed by AGRAPH, AGNODE, AGEDGE (0..2)
};

}   // namespace

GraphPtr to_agraph(const DotGraph& graph) {
    GraphPtr g(agopen(const_cast<char*>(graph.name.c_str()), Agdirected, nullptr));
    if (!g) return g;
    Builder b(g.get());
    for (const auto& a : graph.graph_attrs) b.set(g.get(), AGRAPH, a);
    b.defaults(AGNODE, graph.node_defaults);
    b.defaults(AGEDGE, graph.edge_defaults);
    for (const auto& n : graph.nodes) {
        Agnode_t* node = b.node(n.name);
        for (const auto& a : n.attrs) b.set(node, AGNODE, a);
    }
    for (const auto& s : graph.subgraphs) b.subgraph(g.get(), s);
    for (const auto& e : graph.edges) {
        Agedge_t* edge = agedge(g.get(), b.node(e.from), b.node(e.to), nullptr, 1);
        for (const auto& a : e.attrs) b.set(edge, AGEDGE, a);
    }
    return g;
}

}   // namespace stagecraft::diagram::gv
