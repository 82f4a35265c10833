// Where the elements of a rendered picture are: plain values for drawing, hit-testing and
// deciding what a gesture means, without Graphviz (render.hpp fills them).
#pragma once

#include <string>
#include <vector>

namespace stagecraft::diagram {

// A rectangle in points (1/72 inch) in the picture's frame: origin at the top-left corner of
// the rendered image, y growing downwards. A PNG rendered at D dpi maps a point p to pixel
// p * D / 72; an SVG uses these units for its viewBox.
struct Box {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool contains(double px, double py) const { return px >= x && py >= y && px <= x + width && py <= y + height; }
};

// Lane: a blueprint lane's heading in the left column; Title: the journey's title.
enum class ElementKind { Scene, Role, Stage, Flow, Lane, Title };

// An element of the picture and where it is: what a node, a flow or the title stands for.
struct LayoutElement {
    ElementKind kind = ElementKind::Scene;
    // Scene, Role or Stage id; for a Flow its index in the journey's flow list; for a Lane its
    // index in the order of enum Lane (0 = customer … 3 = support); empty for the Title.
    std::string id;
    Box box;
};

struct DiagramLayout {
    Box bounds;   // the whole picture (x = y = 0)
    // The title, the blueprint's lane headings, every flow drawn (one box per stretch of its line,
    // one for its label; the blueprint draws flows), then every scene and role node and stage
    // title, in graph order: later ones are on top.
    std::vector<LayoutElement> elements;
    // The element under a point, or nullptr: the last one drawn there, as it is on top.
    const LayoutElement* element_at(double px, double py) const {
        for (auto it = elements.rbegin(); it != elements.rend(); ++it)
            if (it->box.contains(px, py)) return &*it;
        return nullptr;
    }
};

}   // namespace stagecraft::diagram
