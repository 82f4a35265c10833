// Estimated text widths in Helvetica (the metrics of the fonts Graphviz renders it with), so
// that layouts computed here leave room for every label, and wrapping by width in points.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::diagram {

// Width in points of one line of UTF-8 text at `size` points; errs on the wide side.
double text_width(std::string_view text, double size, bool bold = false);

// Height in points of `lines` lines at `size` points, as Graphviz lays them out (with room).
double lines_height(std::size_t lines, double size);

// Lines no wider than `width` points, broken at spaces where possible (long words are split);
// at most `max_lines`, the last ending in an ellipsis when text was cut.
std::vector<std::string> wrap_to_width(std::string_view text, double width, double size, bool bold,
                                       std::size_t max_lines = 6);

}  // namespace stagecraft::diagram
