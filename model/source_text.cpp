// Line/column mapping and character checks over the raw text of a journey file.
#include "source_text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <cstring>

namespace stagecraft {

SourceText::SourceText(std::string_view text) : text_(text) {
    line_starts_.reserve(text.size() / 32 + 1);
    line_starts_.push_back(0);
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        line_starts_.push_back(static_cast<std::size_t>(p - begin));
    }
}

SourcePos SourceText::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());   // >= 1
    std::size_t col = offset - line_starts_[line - 1] + 1;
    return SourcePos{static_cast<int>(line), static_cast<int>(col)};
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

std::size_t SourceText::attribute_offset(std::size_t tag_offset, std::string_view name) const {
    const std::size_t n = text_.size();
    std::size_t i = tag_offset;
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
        if (attr == name) return start;
    }
    return tag_offset;
}

std::size_t find_bad_character(std::string_view text, std::string& what) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    char buf[96];
    while (i < n) {
        // Fast path over plain printable ASCII.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            // Any byte >= 0x80 or < 0x20 leaves the fast path.
            if ((w & 0x8080808080808080ull) ||
                ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull))
                break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                std::snprintf(buf, sizeof buf,
                              "control character 0x%02X is not allowed in XML; is this a binary file?", c);
                what = buf;
                return i;
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) ok = false;
            else cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (ok) {
            if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
                ok = false;
            if (cp == 0xFFFE || cp == 0xFFFF) ok = false;
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

}  // namespace stagecraft
