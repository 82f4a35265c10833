// Drawing one region of a large diagram: the cards far from it keep their place and size but
// lose their labels, so Graphviz neither parses nor measures text that will not be drawn. The
// layout (every element's box, the bounds) is unchanged; only what lies outside looks empty.
#pragma once

#include <string_view>

#include "export/dot_graph.hpp"

namespace stagecraft::diagram {

// Keeps the labels of nodes whose box meets the rectangle `half_width` × `half_height` points
// either side of the centre of node `anchor` (Graphviz coordinates, as in its "pos"); blanks
// the others' labels when they are fixed-size and placed ("pos" with "!", "width", "height").
// Nodes of any other kind keep their labels. Returns how many labels were blanked; 0 when there
// is no such anchor.
int blank_labels_outside(DotGraph& graph, std::string_view anchor, double half_width, double half_height);

}   // namespace stagecraft::diagram
