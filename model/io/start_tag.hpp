// Finding a start tag in XML text without parsing it: the scan that cuts a large document into
// pieces before its repeated elements (read_in_parts, ooxml_part).
#pragma once

#include <cstddef>
#include <string_view>

namespace stagecraft {

// Where the next start tag `open` (such as "<row") begins at or after `from`: the name followed by
// white space, '>' or '/', so "<rows" is not "<row"; npos when there is none. A match may lie in a
// comment or CDATA: the callers check that their cuts parse.
inline std::size_t find_start_tag(std::string_view text, std::string_view open, std::size_t from) {
    for (std::size_t at = text.find(open, from); at != std::string_view::npos; at = text.find(open, at + open.size())) {
        const char next = at + open.size() < text.size() ? text[at + open.size()] : '\0';
        if (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>' || next == '/') return at;
    }
    return std::string_view::npos;
}

}   // namespace stagecraft
