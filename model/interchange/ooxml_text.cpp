// _xHHHH_ sequences in Office Open XML text (see ooxml_text.hpp).
#include "model/interchange/ooxml_text.hpp"

#include <cstdint>

namespace stagecraft::ooxml {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code unit of an _xHHHH_ sequence starting at `at`; -1 when there is none.
long code_unit_at(const std::string& s, std::size_t at) {
    if (at + 7 > s.size() || s[at] != '_' || s[at + 1] != 'x' || s[at + 6] != '_') return -1;
    long unit = 0;
    for (std::size_t k = at + 2; k < at + 6; ++k) {
        const int d = hex_digit(s[k]);
        if (d < 0) return -1;
        unit = unit * 16 + d;
    }
    return unit;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool journey_can_hold(std::uint32_t cp) {
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    return !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
}

}   // namespace

std::string decoded_text(std::string text) {
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const long unit = code_unit_at(text, i);
        if (unit < 0) {
            out += text[i++];
            continue;
        }
        std::uint32_t cp = static_cast<std::uint32_t>(unit);
        std::size_t length = 7;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            const long low = code_unit_at(text, i + 7);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
                length = 14;
            }
        }
        if (journey_can_hold(cp))
            append_utf8(out, cp);
        else
            out.append(text, i, length);
        i += length;
    }
    return out;
}

std::string escaped_text(std::string text) {
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size() + 14);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (code_unit_at(text, i) >= 0) {
            out += "_x005F_";   // the underscore, then the rest of "_xHHHH_" as typed
            continue;
        }
        out += text[i];
    }
    return out;
}

}   // namespace stagecraft::ooxml
