// Checks on the flows between scenes: handoffs say what is handed over, and every scene is
// connected to the customer path when the journey draws its path with sequence flows.
#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>

#include "model/checks/detail.hpp"

namespace stagecraft::checks_detail {

namespace {

// Who owns a scene: its lead roles, or its whole cast when no one leads. Sorted.
std::vector<std::string_view> owners(const Scene& t) {
    std::vector<std::string_view> v;
    for (const auto& p : t.parts)
        if (p.kind == PartKind::Lead) v.push_back(p.role);
    if (v.empty())
        for (const auto& p : t.parts) v.push_back(p.role);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::string owner_names(const Context& c, const std::vector<std::string_view>& ids) {
    std::string s;
    for (auto id : ids) {
        if (!s.empty()) s += ", ";
        const Role* r = c.role(id);
        s += "'" + (r && !one_line(r->name).empty() ? one_line(r->name) : std::string(id)) + "'";
    }
    return s;
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; });
}

// Union-find over scene indexes.
struct Components {
    std::vector<std::size_t> parent;
    explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

}   // namespace

void check_unlabelled_handoff(const Context& c, Sink& out) {
    const auto& flows = c.journey.flows;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        if (f.kind != FlowKind::Handoff || !blank(f.label)) continue;
        const std::size_t a = c.scene_index(f.from), b = c.scene_index(f.to);
        if (a >= c.scenes.size() || b >= c.scenes.size()) continue;
        auto from = owners(*c.scenes[a]), to = owners(*c.scenes[b]);
        if (from.empty() || to.empty() || from == to) continue;
        out.flow(f, static_cast<int>(i),
                 "handoff from " + owner_names(c, from) + " to " + owner_names(c, to) + " (scenes " + c.scenes[a]->id +
                     " -> " + c.scenes[b]->id + ") has no label: what is handed over?",
                 "label the flow with what passes between the roles, e.g. label=\"case notes\"");
    }
}

void check_unreachable_scene(const Context& c, Sink& out) {
    const std::size_t n = c.scenes.size();
    std::vector<bool> enters(n, false), leaves(n, false);
    Components parts(n);
    bool sequence = false;
    for (const auto& f : c.journey.flows) {
        const std::size_t a = c.scene_index(f.from), b = c.scene_index(f.to);
        if (a >= n || b >= n) continue;
        parts.join(a, b);
        if (f.kind == FlowKind::Sequence && a != b) {
            sequence = true;
            leaves[a] = true;
            enters[b] = true;
        }
    }
    if (!sequence) return;   // the customer path is the document order: every scene is on it

    // The entry: the first scene (document order) that starts a sequence; when every sequence
    // scene is entered (a cycle), the first scene any sequence flow touches.
    std::size_t entry = n;
    for (std::size_t i = 0; i < n && entry == n; ++i)
        if (leaves[i] && !enters[i]) entry = i;
    for (std::size_t i = 0; i < n && entry == n; ++i)
        if (leaves[i] || enters[i]) entry = i;
    const std::size_t path = parts.find(entry);
    for (std::size_t i = 0; i < n; ++i) {
        if (parts.find(i) == path) continue;
        const Scene& t = *c.scenes[i];
        out.scene(t,
                  "scene " + name_of(t) + " is not connected to the customer path (which starts at " +
                      name_of(*c.scenes[entry]) + ") by any flow",
                  "add a flow linking it to the scene it follows, supports or hands off to, or "
                  "remove it if it is no longer played");
    }
}

}   // namespace stagecraft::checks_detail
