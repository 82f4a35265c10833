// Tables on pages (the deck's findings, cast-and-load and cast-sheet slides): columns of given
// widths, a shaded header row, rows as tall as their wrapped text, split between pages where the
// page ends.
#pragma once

#include <string>
#include <vector>

#include "export/page_writer.hpp"

namespace stagecraft::diagram {

struct TableCell {
    std::string text;
    std::string fill;   // "#rrggbb" behind the text; empty for none
    std::string ink = "#222222";
    bool bold = false;
    double bar = -1;   // 0..1.5: a bar of that share of the cell's width instead of a fill; <0: none
    std::string bar_colour = "#4d9221";
};

// A cell of text, with a fill behind it and its ink and weight.
inline TableCell cell(std::string text, std::string fill = {}, std::string ink = "#222222", bool bold = false) {
    TableCell c;
    c.text = std::move(text);
    c.fill = std::move(fill);
    c.ink = std::move(ink);
    c.bold = bold;
    return c;
}

struct TableColumn {
    std::string header;
    double width = 100;   // px
    TextStyle::Align align = TextStyle::Left;
};

struct PageTable {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    double text_px = 16;
    int max_lines = 3;   // a cell's text wraps to at most this many lines
};

// The rows of `table` that fit, page by page, under a header row, in `height` px: the first row of
// each page, with the end as the last entry.
std::vector<std::size_t> table_page_breaks(PageWriter& writer, const PageTable& table, double height);

// Draws rows [first, last) of `table` under its header at (x, y); returns the height used.
double draw_table(PageWriter& writer, const PageTable& table, std::size_t first, std::size_t last, double x, double y);

}   // namespace stagecraft::diagram
