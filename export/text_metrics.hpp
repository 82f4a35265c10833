// Text measured the way Graphviz's pango plugin lays it out (the same font description, 96 dpi,
// hinted metrics), so that layouts computed here leave room for every label exactly, and
// wrapping by width in points. The face is style::kFont: fontconfig falls back, glyph by
// glyph, to the installed faces that cover other scripts and emoji, for measuring and
// drawing alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::diagram {

// Width in points of one line of UTF-8 text at `size` points, as pango lays it out in the
// diagram face (right-to-left runs and shaping included).
double text_width(std::string_view text, double size, bool bold = false);

// Height in points of `lines` lines at `size` points, as Graphviz lays them out (with room).
double lines_height(std::size_t lines, double size);

// Lines no wider than `width` points, broken at spaces where possible (a word wider than a
// line, or text without spaces such as Chinese, is broken between characters); at most
// `max_lines`, the last ending in an ellipsis when text was cut.
std::vector<std::string> wrap_to_width(std::string_view text, double width, double size, bool bold,
                                       std::size_t max_lines = 6);

// Loads the diagram face and measures its common characters now, so that another thread can
// do it while this one starts Graphviz. Measuring works without it.
void warm_up_text_metrics();

// The glyphs of `text` that no installed face has (drawn as boxes), as pango reports them
// (pango_layout_get_unknown_glyphs_count).
int unknown_glyphs(std::string_view text, bool bold = false);

}   // namespace stagecraft::diagram
