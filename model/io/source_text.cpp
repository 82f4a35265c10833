// Line/column mapping and character checks over the raw text of a journey file.
#include "model/io/source_text.hpp"

#include <emmintrin.h>
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

namespace stagecraft {

SourceText::SourceText(std::string_view text) : SourceText(text, 0, 0, 0) {}

SourceText::SourceText(std::string_view part, std::size_t offset, std::size_t line, std::size_t line_start)
    : text_(part), offset_(offset), first_line_(line) {
    line_starts_.reserve(part.size() / 32 + 1);
    line_starts_.push_back(std::min(line_start, offset));
    const char* base = part.data();
    const char* stop = base + part.size();
    for (const char* p = base; p < stop;) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(stop - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        line_starts_.push_back(offset + static_cast<std::size_t>(p - base));
    }
}

SourcePos SourceText::position(std::size_t offset) const {
    std::size_t hint = 0;
    return position(offset, hint);
}

SourcePos SourceText::position(std::size_t offset, std::size_t& hint) const {
    offset = std::max(std::min(offset, offset_ + text_.size()), line_starts_[0]);
    if (hint >= line_starts_.size()) hint = 0;
    std::size_t index;   // 0-based line
    const std::size_t n = line_starts_.size();
    if (offset >= line_starts_[hint]) {
        // Forward from the hint: a few lines by steps, the rest by binary search.
        index = hint;
        const std::size_t near = std::min(n, hint + 16);
        while (index + 1 < near && offset >= line_starts_[index + 1]) ++index;
        if (index + 1 == near && near < n && offset >= line_starts_[near]) {
            auto it =
                std::upper_bound(line_starts_.begin() + static_cast<std::ptrdiff_t>(near), line_starts_.end(), offset);
            index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
        }
    } else {
        auto it =
            std::upper_bound(line_starts_.begin(), line_starts_.begin() + static_cast<std::ptrdiff_t>(hint), offset);
        index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    }
    hint = index;
    std::size_t line = first_line_ + index + 1;
    std::size_t col = offset - line_starts_[index] + 1;
    return SourcePos{static_cast<int>(line), static_cast<int>(col)};
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}   // namespace

std::size_t SourceText::attribute_offset(std::size_t tag_offset, std::string_view name) const {
    const std::size_t n = text_.size();
    if (tag_offset < offset_) return tag_offset;
    std::size_t i = tag_offset - offset_;
    if (i >= n || text_[i] != '<') return tag_offset;
    ++i;
    while (i < n && !is_space(text_[i]) && text_[i] != '>' && text_[i] != '/') ++i;   // element name
    while (i < n) {
        while (i < n && is_space(text_[i])) ++i;
        if (i >= n || text_[i] == '>' || text_[i] == '/') break;
        std::size_t start = i;
        while (i < n && !is_space(text_[i]) && text_[i] != '=' && text_[i] != '>') ++i;
        std::string_view attr = text_.substr(start, i - start);
        while (i < n && is_space(text_[i])) ++i;
        if (i < n && text_[i] == '=') {
            ++i;
            while (i < n && is_space(text_[i])) ++i;
            if (i < n && (text_[i] == '"' || text_[i] == '\'')) {
                char q = text_[i++];
                while (i < n && text_[i] != q) ++i;
                ++i;
            }
        }
        if (attr == name) return offset_ + start;
    }
    return tag_offset;
}

std::size_t find_bad_character(std::string_view text, std::string& what) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    char buf[96];
    while (i < n) {
        // Fast path over plain printable ASCII, 16 bytes at a time: as signed bytes, both
        // control characters and non-ASCII bytes compare below 0x20.
        // Tabs and line breaks are let through as well.
        const __m128i space = _mm_set1_epi8(0x20);
        const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            __m128i low = _mm_cmplt_epi8(v, space);
            __m128i ok =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
            if (_mm_movemask_epi8(_mm_andnot_si128(ok, low)) != 0) break;
            i += 16;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                std::snprintf(buf, sizeof buf, "control character 0x%02X is not allowed in XML; is this a binary file?",
                              c);
                what = buf;
                return i;
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (ok) {
            if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
                ok = false;
        }
        if (ok && (cp == 0xFFFE || cp == 0xFFFF)) {
            std::snprintf(buf, sizeof buf, "character U+%04X is a noncharacter XML does not allow; remove it",
                          static_cast<unsigned>(cp));
            what = buf;
            return i;
        }
        if (!ok) {
            std::snprintf(buf, sizeof buf, "invalid UTF-8 byte 0x%02X; save the file with UTF-8 encoding", c);
            what = buf;
            return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

namespace {

// True for the characters XML 1.0 allows (production [2] Char).
bool is_xml_char(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Skips a comment, CDATA section, processing instruction or declaration starting at `i` (a
// '<' in content), whose contents are not markup; returns where to go on from, or `i` when
// `i` starts a tag.
std::size_t skip_unparsed(std::string_view text, std::size_t i) {
    struct Section {
        std::string_view open, close;
    };
    constexpr Section kSections[] = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}};
    for (const Section& s : kSections) {
        if (text.compare(i, s.open.size(), s.open) != 0) continue;
        const std::size_t end = text.find(s.close, i + s.open.size());
        return end == std::string_view::npos ? text.size() : end + s.close.size();
    }
    return i;
}

// The character a reference starting at `i` ("&#") stands for (values past U+10FFFF as
// 0x110000), or nothing when it is not a reference the parser decodes (no digits, no ';').
std::optional<std::uint32_t> reference_value(std::string_view text, std::size_t i) {
    const bool hex = i + 2 < text.size() && text[i + 2] == 'x';
    std::size_t k = i + (hex ? 3 : 2);
    std::uint32_t cp = 0;
    bool digits = false;
    for (; k < text.size(); ++k) {
        const char c = text[k];
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0) break;
        cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d), 0x110000);
        digits = true;
    }
    if (!digits || k >= text.size() || text[k] != ';') return std::nullopt;
    return cp;
}

// What is wrong with the '&' at `i`, or nothing when it starts a reference XML defines to a
// character it allows.
std::optional<std::string> reference_problem(std::string_view text, std::size_t i) {
    static constexpr std::string_view kEntities[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    const std::string_view rest = text.substr(i + 1, 12);
    for (std::string_view e : kEntities)
        if (rest.substr(0, e.size()) == e) return std::nullopt;
    if (rest.substr(0, 1) == "#") {
        const std::optional<std::uint32_t> value = reference_value(text, i);
        if (!value) {
            return std::string("'") +
                   std::string(text.substr(i, std::min<std::size_t>(8, text.find_first_of(" <\"'\n", i) - i))) +
                   "' is not a character reference (&#NUMBER; or &#xHEX;); write a '&' as &amp;";
        }
        if (is_xml_char(*value)) return std::nullopt;
        const std::uint32_t cp = *value;
        const std::size_t semicolon = text.find(';', i);
        const std::string ref = semicolon - i > 16 ? std::string(text.substr(i, 12)) + "..."
                                                   : std::string(text.substr(i, semicolon - i + 1));
        char code[32];
        if (cp > 0x10FFFF)
            std::snprintf(code, sizeof code, "a number beyond U+10FFFF");
        else
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        const char* kind = cp > 0x10FFFF                  ? "no character"
                           : cp < 0x20                    ? (cp == 0 ? "the NUL character" : "a control character")
                           : cp >= 0xD800 && cp <= 0xDFFF ? "half of a UTF-16 surrogate pair"
                                                          : "a noncharacter";
        return "character reference " + ref + " stands for " + code + ", " + kind +
               ", which XML 1.0 does not allow; remove it (tabs and line breaks are allowed)";
    }
    // A name: an entity XML does not define (journey files declare none), or a bare '&'.
    std::size_t end = i + 1;
    while (end < text.size() && end - i < 32 &&
           (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '-' ||
            text[end] == '.'))
        ++end;
    if (end > i + 1 && end < text.size() && text[end] == ';') {
        struct Named {
            std::string_view name;
            unsigned code;
        };
        static constexpr Named kHtml[] = {{"nbsp", 160},   {"copy", 169},   {"reg", 174},    {"euro", 8364},
                                          {"pound", 163},  {"mdash", 8212}, {"ndash", 8211}, {"hellip", 8230},
                                          {"lsquo", 8216}, {"rsquo", 8217}, {"ldquo", 8220}, {"rdquo", 8221},
                                          {"laquo", 171},  {"raquo", 187},  {"trade", 8482}, {"deg", 176}};
        const std::string_view name = text.substr(i + 1, end - i - 1);
        std::string message = "'&" + std::string(name) + ";' is not defined in XML, which knows only &amp; &lt; &gt; " +
                              "&quot; and &apos;; write the character itself";
        for (const Named& n : kHtml)
            if (n.name == name) message += " or &#" + std::to_string(n.code) + ";";
        return message;
    }
    return std::string("a '&' that starts no reference; write it as &amp;");
}

}   // namespace

std::vector<BadReference> find_bad_references(std::string_view text, std::size_t most) {
    std::vector<BadReference> found;
    // Most texts have no '&', or only well-formed references to allowed characters: one pass
    // over the '&'s settles them without reading the markup.
    bool suspicious = false;
    for (std::size_t i = text.find('&'); i != std::string_view::npos && !suspicious; i = text.find('&', i + 1))
        suspicious = reference_problem(text, i).has_value();
    if (!suspicious) return found;
    // A small lexer: character data and quoted attribute values hold references; comments,
    // CDATA sections, processing instructions and the rest of a tag do not.
    auto check = [&](std::size_t at) {
        if (found.size() >= most) return;
        if (auto problem = reference_problem(text, at)) found.push_back(BadReference{at, std::move(*problem)});
    };
    std::size_t i = 0;
    bool in_tag = false;
    while (i < text.size() && found.size() < most) {
        if (in_tag) {
            i = text.find_first_of("\"'>", i);
            if (i == std::string_view::npos) break;
            if (text[i] == '>') {
                in_tag = false;
                ++i;
                continue;
            }
            const char quote = text[i];
            const std::size_t close = text.find(quote, i + 1);
            const std::size_t end = close == std::string_view::npos ? text.size() : close;
            for (std::size_t r = text.find('&', i + 1); r < end; r = text.find('&', r + 1)) check(r);
            i = end + 1;
            continue;
        }
        i = text.find_first_of("&<", i);
        if (i == std::string_view::npos) break;
        if (text[i] == '<') {
            const std::size_t next = skip_unparsed(text, i);
            in_tag = next == i;
            i = in_tag ? i + 1 : next;
            continue;
        }
        check(i);
        ++i;
    }
    return found;
}

}   // namespace stagecraft
