// Blanking the labels of cards outside a region (see region_cull.hpp).
#include "export/region_cull.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

namespace stagecraft::diagram {

namespace {

struct Placed {
    double x = 0, y = 0;   // centre, points
    double half_w = 0, half_h = 0;
};

// A fixed-size node's box from its attributes; nullopt when it is not fixed in place and size.
std::optional<Placed> placed(const DotNode& node) {
    if (attr(node.attrs, "fixedsize") != "true") return std::nullopt;
    const std::string pos = attr(node.attrs, "pos");
    Placed p;
    char bang = 0;
    if (std::sscanf(pos.c_str(), "%lf,%lf%c", &p.x, &p.y, &bang) != 3 || bang != '!') return std::nullopt;
    double w = 0, h = 0;
    if (std::sscanf(attr(node.attrs, "width").c_str(), "%lf", &w) != 1 ||
        std::sscanf(attr(node.attrs, "height").c_str(), "%lf", &h) != 1)
        return std::nullopt;
    p.half_w = w * 72.0 / 2;
    p.half_h = h * 72.0 / 2;
    return p;
}

// The centre of the node named `name`, or nullopt.
std::optional<Placed> centre_of(const DotGraph& graph, std::string_view name) {
    for (const auto& n : graph.nodes) {
        if (n.name != name) continue;
        std::optional<Placed> p = placed(n);
        if (!p) {
            p.emplace();
            char bang = 0;
            if (std::sscanf(attr(n.attrs, "pos").c_str(), "%lf,%lf%c", &p->x, &p->y, &bang) < 2) return std::nullopt;
        }
        return p;
    }
    return std::nullopt;
}

}   // namespace

int blank_labels_outside(DotGraph& graph, std::string_view anchor, double half_width, double half_height) {
    const std::optional<Placed> centre = centre_of(graph, anchor);
    if (!centre) return 0;
    int blanked = 0;
    for (auto& n : graph.nodes) {
        const std::optional<Placed> p = placed(n);
        if (!p) continue;
        const bool meets = std::abs(p->x - centre->x) <= half_width + p->half_w &&
                           std::abs(p->y - centre->y) <= half_height + p->half_h;
        if (meets || !has_attr(n.attrs, "label")) continue;
        set_attr(n.attrs, "label", "");
        ++blanked;
    }
    return blanked;
}

}   // namespace stagecraft::diagram
