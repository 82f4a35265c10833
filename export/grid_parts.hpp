// Pieces of the views whose positions are computed here rather than by a Graphviz layout
// engine: labels that know their own height, fixed boxes, free text, and background drawing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/dot_graph.hpp"

namespace stagecraft::diagram::grid {

constexpr double kCardWidth = 190;              // every scene card
constexpr double kCardText = kCardWidth - 22;   // text width inside a card

std::string fixed(double v, int decimals);   // fixed-point text, "12.50" for (12.5, 2)
std::string num(double v);                   // "12.5"
std::string point(double x, double y);       // "12.5,40.0"

// An HTML-like table label built row by row, tracking the height it will need.
struct Label {
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
    double height = 12;              // points needed so far, starting with the box's margins
    double text_width = kCardText;   // points a line of text may take
    double table_width = 0;          // points; when set, the table fills this width so text starts at the left edge

    // One row of already-wrapped lines, escaped here.
    void add(const std::vector<std::string>& lines, double size, const char* colour, const char* open,
             const char* close, const char* background = nullptr);
    // One row of text wrapped to the label's width.
    void text(std::string_view s, double size, bool bold, const char* colour, std::size_t max_lines,
              const char* open = "", const char* close = "", const char* background = nullptr);
    std::string finish() const;
};

// A rectangle by centre and size, in Graphviz coordinates (points, y up).
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    double top() const { return y + h / 2; }
    double bottom() const { return y - h / 2; }
    double left() const { return x - w / 2; }
    double right() const { return x + w / 2; }
};

// Pins a node at the box with exactly its size.
void place(DotNode& node, const Box& b);

// A plain text node at the box.
DotNode text_node(const std::string& name, const std::string& html, const Box& b);

// xdot drawing operations, for a graph's _background attribute.
struct Ops {
    std::string text;
    void op(const char* code, const std::string& s);
    void rect(double x0, double y0, double x1, double y1, const std::string& fill);
    void line(double x0, double y0, double x1, double y1, const std::string& colour, double width, bool dashed);
};

// The "pos" of an edge along a polyline (straight segments as Bezier pieces), ending in an
// arrowhead at the last point.
std::string polyline_pos(std::vector<std::pair<double, double>> points, double arrow = 10);

}   // namespace stagecraft::diagram::grid
