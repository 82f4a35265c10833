// Pango measurement in the diagram face, cached per thread, and width-based wrapping.
#include "export/text_metrics.hpp"

#include <pango/pangocairo.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "export/pango_context.hpp"
#include "export/view_style.hpp"

namespace stagecraft::diagram {

namespace {

// Graphviz's pango plugin lays text out at 96 dpi with these font options and converts pango
// units to points (plugin/pango/gvtextlayout_pango.c); measuring the same way gives its widths.
constexpr double kFontDpi = 96.0;
constexpr double kPointsPerUnit = 72.0 / (kFontDpi * PANGO_SCALE);
// A little room against rounding differences between the sum of words and the whole line.
constexpr double kRoom = 1.01;

std::size_t utf8_length(unsigned char c);
unsigned decode(std::string_view s);

// Characters whose advance does not depend on their neighbours: Latin letters without
// combining marks, Latin-1 and general punctuation, the isolate marks (no width).
bool simple_character(unsigned cp) {
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x20AC || cp == 0x2122 || cp == 0x2212;
}

// One pango context and layout for the process, used under a lock (pango objects must not be
// used by two threads at once), with the widths it measured.
class Measurer {
public:
    Measurer() {
        layout_ = pango_layout_new(diagram_pango_context());
        pango_layout_set_auto_dir(layout_, FALSE);   // as the text layout given to Graphviz
    }
    ~Measurer() { g_object_unref(layout_); }
    Measurer(const Measurer&) = delete;
    Measurer& operator=(const Measurer&) = delete;

    // Width in points of `text` on one line.
    double width(std::string_view text, double size, bool bold) {
        if (text.empty()) return 0;
        // Latin text and its punctuation, the bulk of most journeys: the sum of each
        // character's advance (the face's kerning only ever narrows a line, so the sum leaves
        // room), each measured once per size and weight. Anything else (other scripts, which
        // need shaping; combining marks; emoji) is laid out whole.
        double sum = 0;
        bool simple = true;
        for (std::size_t i = 0; i < text.size() && simple;) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c < 0x7F) {
                sum += ascii_advances(size, bold)[static_cast<std::size_t>(c - 0x20)];
                ++i;
                continue;
            }
            const std::size_t n = utf8_length(c);
            if (i + n > text.size()) {
                simple = false;
                break;
            }
            const unsigned cp = decode(text.substr(i, n));
            if (!simple_character(cp)) {
                simple = false;
                break;
            }
            sum += advance(text.substr(i, n), cp, size, bold);
            i += n;
        }
        if (simple) return sum;
        std::string key;
        key.reserve(text.size() + 8);
        key += bold ? 'B' : 'R';
        key += std::to_string(static_cast<int>(std::lround(size * 10)));
        key += ':';
        key.append(text);
        auto it = widths_.find(key);
        if (it != widths_.end()) return it->second;
        return widths_.emplace(std::move(key), laid_out_width(text, size, bold)).first->second;
    }

    // The advance of one character measured alone, cached per size and weight.
    double advance(std::string_view character, unsigned cp, double size, bool bold) {
        const std::uint64_t key =
            (static_cast<std::uint64_t>(std::lround(size * 10)) << 33) | (static_cast<std::uint64_t>(bold) << 32) | cp;
        auto it = advances_of_.find(key);
        if (it != advances_of_.end()) return it->second;
        return advances_of_.emplace(key, laid_out_width(character, size, bold)).first->second;
    }

    // The width of `text` as pango lays it out on one line, in points.
    double laid_out_width(std::string_view text, double size, bool bold) {
        set(text, size, bold);
        PangoRectangle logical;
        pango_layout_get_extents(layout_, nullptr, &logical);
        return logical.width * kPointsPerUnit;
    }

    const std::vector<double>& ascii_advances(double size, bool bold) {
        const int key = static_cast<int>(std::lround(size * 10)) * 2 + (bold ? 1 : 0);
        std::vector<double>& advances = advances_[key];
        if (advances.empty()) {
            // One layout of all printable ASCII, each character's advance read from it.
            std::string all;
            for (char c = 0x20; c < 0x7F; ++c) all += c;
            set(all, size, bold);
            advances.resize(all.size());
            for (std::size_t i = 0; i < all.size(); ++i) {
                PangoRectangle rect;
                pango_layout_index_to_pos(layout_, static_cast<int>(i), &rect);
                advances[i] = std::abs(rect.width) * kPointsPerUnit;
            }
        }
        return advances;
    }

    int unknown(std::string_view text, bool bold) {
        set(text, 14, bold);
        return pango_layout_get_unknown_glyphs_count(layout_);
    }

private:
    void set(std::string_view text, double size, bool bold) {
        PangoFontDescription* desc = pango_font_description_from_string(style::kFont);
        pango_font_description_set_size(desc, static_cast<gint>(size * PANGO_SCALE));
        if (bold) pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
        pango_layout_set_font_description(layout_, desc);
        pango_font_description_free(desc);
        pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
    }

    PangoLayout* layout_ = nullptr;
    std::unordered_map<std::string, double> widths_;
    std::unordered_map<int, std::vector<double>> advances_;
    std::unordered_map<std::uint64_t, double> advances_of_;
};

std::mutex& measurer_lock() {
    static std::mutex lock;
    return lock;
}

Measurer& measurer() {
    static Measurer m;
    return m;
}

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

// A character that belongs to the one before it: combining marks, joiners, variation
// selectors and emoji modifiers. A long word is never broken before one.
bool joins_previous(unsigned cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) ||
           cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED) || (cp >= 0x0591 && cp <= 0x05C7) || cp == 0x200C ||
           cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
           (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0x20D0 && cp <= 0x20FF);
}

// The text split into clusters: a character with the ones that join it.
std::vector<std::string_view> clusters(std::string_view text) {
    std::vector<std::string_view> out;
    bool after_joiner = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = utf8_length(static_cast<unsigned char>(text[i]));
        if (i + n > text.size()) n = text.size() - i;
        const std::string_view g = text.substr(i, n);
        const unsigned cp = decode(g);
        if (!out.empty() && (joins_previous(cp) || after_joiner))
            out.back() = std::string_view(out.back().data(), out.back().size() + n);
        else
            out.push_back(g);
        after_joiner = cp == 0x200D;
        i += n;
    }
    return out;
}

bool is_space(std::string_view g) { return g.size() == 1 && (g[0] == ' ' || g[0] == '\t' || g[0] == '\r'); }

// The words of one paragraph (no line breaks in it), split at white space.
std::vector<std::string_view> words_of(std::string_view paragraph) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < paragraph.size()) {
        while (i < paragraph.size() && is_space(paragraph.substr(i, 1))) ++i;
        std::size_t end = i;
        while (end < paragraph.size() && !is_space(paragraph.substr(end, 1))) ++end;
        if (end > i) words.push_back(paragraph.substr(i, end - i));
        i = end;
    }
    return words;
}

}   // namespace

double text_width(std::string_view text, double size, bool bold) {
    std::lock_guard<std::mutex> hold(measurer_lock());
    return measurer().width(text, size, bold) * kRoom;
}

void warm_up_text_metrics() {
    std::lock_guard<std::mutex> hold(measurer_lock());
    for (double size : {10.0, 11.0, 12.0, 13.0, 14.0, 16.0}) {
        measurer().ascii_advances(size, false);
        measurer().ascii_advances(size, true);
    }
}

double lines_height(std::size_t lines, double size) { return static_cast<double>(lines) * size * 1.17; }

int unknown_glyphs(std::string_view text, bool bold) {
    std::lock_guard<std::mutex> hold(measurer_lock());
    return measurer().unknown(text, bold);
}

std::vector<std::string> wrap_to_width(std::string_view text, double width, double size, bool bold,
                                       std::size_t max_lines) {
    std::unique_lock<std::mutex> hold(measurer_lock());
    Measurer& m = measurer();
    const double limit = width / kRoom;
    const double space = m.width(" ", size, bold);
    std::vector<std::string> lines;
    bool cut = false;
    // Paragraph by paragraph (a line break in the text always breaks the line), word by word.
    std::size_t from = 0;
    while (from <= text.size() && !cut) {
        std::size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        std::string line;
        double used = 0;
        auto flush = [&] {
            if (line.empty()) return;
            if (lines.size() == max_lines) {
                cut = true;
                return;
            }
            lines.push_back(std::move(line));
            line.clear();
            used = 0;
        };
        for (std::string_view word : words_of(text.substr(from, end - from))) {
            if (cut) break;
            const double w = m.width(word, size, bold);
            if (!line.empty() && used + space + w <= limit) {
                line += ' ';
                line.append(word);
                used += space + w;
                continue;
            }
            flush();
            if (cut) break;
            if (w <= limit) {
                line.assign(word);
                used = w;
                continue;
            }
            // A word wider than a line: break it between clusters.
            for (std::string_view g : clusters(word)) {
                const double gw = m.width(g, size, bold);
                if (!line.empty() && used + gw > limit) {
                    flush();
                    if (cut) break;
                }
                line.append(g);
                used += gw;
            }
        }
        if (!cut) flush();
        from = end + 1;
    }
    hold.unlock();
    if (cut && !lines.empty()) {
        const std::string ellipsis = "\xE2\x80\xA6";
        std::string& last = lines.back();
        while (!last.empty() && text_width(last + ellipsis, size, bold) > width) {
            // drop one whole cluster from the end
            const auto cs = clusters(last);
            last.resize(last.size() - cs.back().size());
            while (!last.empty() && last.back() == ' ') last.pop_back();
        }
        last += ellipsis;
    }
    return lines;
}

}   // namespace stagecraft::diagram
