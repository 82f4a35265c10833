// Helvetica advance widths (Adobe AFM, 1/1000 em) and width-based wrapping.
#include "export/text_metrics.hpp"

namespace stagecraft::diagram {

namespace {

// Printable ASCII 32..126.
constexpr short kRegular[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // p..~
constexpr short kBold[95] = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

constexpr double kSafety = 1.24;   // Graphviz lays text out about a fifth wider than the AFM advances

std::size_t utf8_length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

unsigned decode(std::string_view s) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (s.size() == 1) return b0;
    unsigned cp = s.size() == 2 ? (b0 & 0x1Fu) : s.size() == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (std::size_t i = 1; i < s.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3Fu);
    return cp;
}

double glyph_units(std::string_view g, bool bold) {
    if (g.size() == 1) {
        const auto c = static_cast<unsigned char>(g[0]);
        if (c >= 32 && c <= 126) return (bold ? kBold : kRegular)[c - 32];
        return c == '\t' ? 1112 : 556;
    }
    const unsigned cp = decode(g);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 1000 : (bold ? 700 : 650);
}

std::vector<std::string_view> glyphs(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = utf8_length(static_cast<unsigned char>(text[i]));
        if (i + n > text.size()) n = text.size() - i;
        out.push_back(text.substr(i, n));
        i += n;
    }
    return out;
}

bool is_space(std::string_view g) { return g.size() == 1 && (g[0] == ' ' || g[0] == '\t' || g[0] == '\n' || g[0] == '\r'); }

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
    double units = 0;
    for (auto g : glyphs(text)) units += glyph_units(g, bold);
    return units * size / 1000.0 * kSafety;
}

double lines_height(std::size_t lines, double size) { return static_cast<double>(lines) * size * 1.17; }

std::vector<std::string> wrap_to_width(std::string_view text, double width, double size, bool bold,
                                       std::size_t max_lines) {
    const auto gs = glyphs(text);
    const double limit = width * 1000.0 / (size * kSafety);   // in glyph units
    std::vector<std::string> lines;
    std::size_t i = 0;
    bool cut = false;
    while (i < gs.size()) {
        while (i < gs.size() && is_space(gs[i])) ++i;
        if (i >= gs.size()) break;
        if (lines.size() == max_lines) {
            cut = true;
            break;
        }
        double used = 0;
        std::size_t end = i;
        std::size_t last_space = 0;
        bool have_space = false;
        while (end < gs.size()) {
            if (gs[end] == "\n") break;
            const double w = glyph_units(gs[end], bold);
            if (used + w > limit && end > i) break;
            if (is_space(gs[end])) {
                last_space = end;
                have_space = true;
            }
            used += w;
            ++end;
        }
        if (end < gs.size() && !is_space(gs[end]) && gs[end] != "\n" && have_space && last_space > i)
            end = last_space;
        std::string line;
        for (std::size_t k = i; k < end; ++k) line += is_space(gs[k]) ? std::string_view(" ") : gs[k];
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(std::move(line));
        i = end;
    }
    if (cut && !lines.empty()) {
        const std::string ellipsis = "\xE2\x80\xA6";
        std::string& last = lines.back();
        while (!last.empty() && text_width(last + ellipsis, size, bold) > width) {
            // drop one whole UTF-8 sequence from the end
            std::size_t n = last.size() - 1;
            while (n > 0 && (static_cast<unsigned char>(last[n]) & 0xC0u) == 0x80u) --n;
            last.resize(n);
        }
        last += ellipsis;
    }
    return lines;
}

}  // namespace stagecraft::diagram
