// HTML/XML and CSV escaping of user text.
#include "escape.hpp"

#include <algorithm>
#include <cstdint>

namespace stagecraft {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
                out += c;
        }
    }
    return out;
}

namespace {

// U+FFFD for the noncharacters (U+FDD0..U+FDEF and the last two of every plane): XML allows
// them, but cairo's PDF output fails on them ("out of memory") and draws the page blank.
std::string without_noncharacters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n > 1 && i + n <= text.size()) {
            std::uint32_t cp = n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
            for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
            if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu) {
                out += "\xEF\xBF\xBD";
                i += n;
                continue;
            }
        }
        out.append(text.substr(i, std::min(n, text.size() - i)));
        i += n;
    }
    return out;
}

}   // namespace

std::string graphviz_html_escape(std::string_view text) {
    std::string out = html_escape(without_noncharacters(text));
    for (std::size_t at = out.find('\\'); at != std::string::npos; at = out.find('\\', at + 2)) out.insert(at, 1, '\\');
    return out;
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}   // namespace stagecraft
