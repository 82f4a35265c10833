// Labels, boxes, text and background drawing for views laid out on a computed grid.
#include "export/grid_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/escape.hpp"
#include "export/text_metrics.hpp"

namespace stagecraft::diagram::grid {

std::string fixed(double v, int decimals) {
    // Integer formatting: the views write tens of thousands of coordinates, and printf's
    // floating-point path would be a large share of building a big view.
    long long scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    long long n = std::llround(v * static_cast<double>(scale));
    std::string out;
    if (n < 0) {
        out += '-';
        n = -n;
    }
    const long long whole = n / scale;
    long long frac = n % scale;
    out += std::to_string(whole);
    if (decimals > 0) {
        char digits[20];
        for (int i = decimals - 1; i >= 0; --i) {
            digits[i] = static_cast<char>('0' + frac % 10);
            frac /= 10;
        }
        out += '.';
        out.append(digits, static_cast<std::size_t>(decimals));
    }
    return out;
}

std::string num(double v) { return fixed(v, 1); }

std::string point(double x, double y) { return num(x) + "," + num(y); }

void Label::add(const std::vector<std::string>& lines, double size, const char* colour, const char* open,
                const char* close, const char* background) {
    if (lines.empty()) return;
    html += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"";
    if (background) html += std::string(" BGCOLOR=\"") + background + "\"";
    html += "><FONT POINT-SIZE=\"" + num(size) + "\" COLOR=\"" + colour + "\">" + open;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) html += "<BR ALIGN=\"LEFT\"/>";
        html += graphviz_html_escape(lines[i]);
    }
    html += std::string(close) + "</FONT></TD></TR>";
    height += lines_height(lines.size(), size) + 5;
}

std::string Label::finish() const {
    if (table_width <= 0) return html + "</TABLE>";
    return "<TABLE WIDTH=\"" + std::to_string(static_cast<int>(table_width)) + "\" " + html.substr(7) + "</TABLE>";
}

void Label::text(std::string_view s, double size, bool bold, const char* colour, std::size_t max_lines,
                 const char* open, const char* close, const char* background) {
    add(wrap_to_width(s, text_width, size, bold, max_lines), size, colour, open, close, background);
}

void place(DotNode& node, const Box& b) {
    set_attr(node.attrs, "pos", point(b.x, b.y) + "!");
    set_attr(node.attrs, "width", fixed(b.w / 72.0, 4));
    set_attr(node.attrs, "height", fixed(b.h / 72.0, 4));
    set_attr(node.attrs, "fixedsize", "true");
}

DotNode text_node(const std::string& name, const std::string& html, const Box& b) {
    DotNode node;
    node.name = name;
    set_attr(node.attrs, "shape", "plaintext");
    set_attr(node.attrs, "margin", "0");
    set_attr(node.attrs, "label", html, true);
    place(node, b);
    return node;
}

void Ops::op(const char* code, const std::string& s) {
    text += std::string(code) + " " + std::to_string(s.size()) + " -" + s + " ";
}

void Ops::rect(double x0, double y0, double x1, double y1, const std::string& fill) {
    op("C", fill);
    op("c", fill);
    text += "P 4 " + num(x0) + " " + num(y0) + " " + num(x1) + " " + num(y0) + " " + num(x1) + " " + num(y1) + " " +
            num(x0) + " " + num(y1) + " ";
}

void Ops::line(double x0, double y0, double x1, double y1, const std::string& colour, double width, bool dashed) {
    op("c", colour);
    op("S", dashed ? "dashed" : "solid");
    op("S", "setlinewidth(" + num(width) + ")");
    text += "L 2 " + num(x0) + " " + num(y0) + " " + num(x1) + " " + num(y1) + " ";
}

std::string polyline_pos(std::vector<std::pair<double, double>> points, double arrow) {
    std::vector<std::pair<double, double>> clean;
    for (const auto& p : points)
        if (clean.empty() || std::abs(clean.back().first - p.first) > 0.05 ||
            std::abs(clean.back().second - p.second) > 0.05)
            clean.push_back(p);
    if (clean.size() < 2) return {};
    const auto tip = clean.back();
    const auto prev = clean[clean.size() - 2];
    const double dx = tip.first - prev.first, dy = tip.second - prev.second;
    const double len = std::max(1e-6, std::sqrt(dx * dx + dy * dy));
    const double cut = std::min(arrow, len * 0.5);
    clean.back() = {tip.first - dx / len * cut, tip.second - dy / len * cut};
    std::string pos = "e," + point(tip.first, tip.second) + " " + point(clean[0].first, clean[0].second);
    for (std::size_t i = 1; i < clean.size(); ++i) {
        const auto& p = clean[i - 1];
        const auto& q = clean[i];
        pos += " " + point(p.first + (q.first - p.first) / 3, p.second + (q.second - p.second) / 3);
        pos += " " + point(p.first + 2 * (q.first - p.first) / 3, p.second + 2 * (q.second - p.second) / 3);
        pos += " " + point(q.first, q.second);
    }
    return pos;
}

}   // namespace stagecraft::diagram::grid
