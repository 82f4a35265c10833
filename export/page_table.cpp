// Tables on pages (see page_table.hpp).
#include "export/page_table.hpp"

#include <algorithm>

namespace stagecraft::diagram {

namespace {

constexpr double kPad = 6;   // inside a cell, px

TextStyle cell_style(const PageTable& t, const TableColumn& c, const TableCell& cell) {
    TextStyle s;
    s.size = t.text_px;
    s.bold = cell.bold;
    s.colour = cell.ink;
    s.align = c.align;
    return s;
}

double row_height(PageWriter& writer, const PageTable& t, const std::vector<TableCell>& row) {
    double h = t.text_px * 1.3;
    for (std::size_t c = 0; c < t.columns.size() && c < row.size(); ++c)
        if (row[c].bar < 0)
            h = std::max(h, writer.text_height(row[c].text, t.columns[c].width - 2 * kPad,
                                               cell_style(t, t.columns[c], row[c]), t.max_lines));
    return h + 2 * kPad;
}

double header_height(PageWriter& writer, const PageTable& t) {
    std::vector<TableCell> header;
    for (const auto& c : t.columns) header.push_back(cell(c.header, {}, "#222222", true));
    return row_height(writer, t, header);
}

}   // namespace

namespace {

// Breaks filling each page up to `height` before the next: the first row of each page, then the end.
std::vector<std::size_t> fill_pages(const std::vector<double>& rows, double head, double height) {
    std::vector<std::size_t> breaks{0};
    double used = head;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (used + rows[r] > height && r > breaks.back()) {
            breaks.push_back(r);
            used = head;
        }
        used += rows[r];
    }
    if (breaks.back() != rows.size()) breaks.push_back(rows.size());
    return breaks;
}

}   // namespace

std::vector<std::size_t> table_page_breaks(PageWriter& writer, const PageTable& table, double height) {
    const double head = header_height(writer, table);
    std::vector<double> rows;
    for (const auto& row : table.rows) rows.push_back(row_height(writer, table, row));
    const std::vector<std::size_t> fewest = fill_pages(rows, head, height);
    // As many pages, evened out: the least page height that still needs no more of them (a
    // last page of one row is a page no one wants to turn to).
    double low = head, high = height;
    for (double r : rows) low = std::max(low, head + r);
    for (int i = 0; i < 24 && high - low > 0.5; ++i) {
        const double mid = (low + high) / 2;
        if (fill_pages(rows, head, mid).size() == fewest.size())
            high = mid;
        else
            low = mid;
    }
    return fill_pages(rows, head, high);
}

double draw_table(PageWriter& writer, const PageTable& table, std::size_t first, std::size_t last, double x, double y) {
    double width = 0;
    for (const auto& c : table.columns) width += c.width;
    auto draw_row = [&](const std::vector<TableCell>& row, double top, bool header) {
        const double h = row_height(writer, table, row);
        if (header) writer.box(x, top, width, h, 0, "#e8e8e8");
        double cx = x;
        for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
            const TableColumn& col = table.columns[c];
            const TableCell& cell = row[c];
            if (cell.bar >= 0) {
                const double full = col.width - 2 * kPad;
                writer.box(cx + kPad, top + kPad, full, h - 2 * kPad, 3, "#f0f0f0");
                writer.box(cx + kPad, top + kPad, std::min(full, full * cell.bar / 1.5), h - 2 * kPad, 3,
                           cell.bar_colour);
                if (!cell.text.empty()) {
                    TextStyle s = cell_style(table, col, cell);
                    writer.text(cell.text, cx + kPad + 4, top + kPad, full - 8, s, 1);
                }
            } else {
                if (!cell.fill.empty()) writer.box(cx + 2, top + 2, col.width - 4, h - 4, 4, cell.fill);
                writer.text(cell.text, cx + kPad, top + kPad, col.width - 2 * kPad, cell_style(table, col, cell),
                            table.max_lines);
            }
            cx += col.width;
        }
        writer.box(x, top + h - 1, width, 1, 0, header ? "#999999" : "#dddddd");
        return h;
    };
    std::vector<TableCell> header;
    for (const auto& c : table.columns) header.push_back(cell(c.header, {}, "#222222", true));
    double top = y + draw_row(header, y, true);
    for (std::size_t r = first; r < last && r < table.rows.size(); ++r) top += draw_row(table.rows[r], top, false);
    return top - y;
}

}   // namespace stagecraft::diagram
