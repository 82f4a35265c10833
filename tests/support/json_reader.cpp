// Recursive-descent JSON reader used by the tests.
#include "json_reader.hpp"

#include <cstdlib>

namespace stagecraft::test {

namespace {

struct Reader {
    std::string_view s;
    std::size_t i = 0;
    int depth = 0;

    void space() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
    }
    bool eat(char c) {
        space();
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word) {
        if (s.substr(i, word.size()) != word) return false;
        i += word.size();
        return true;
    }

    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool string(std::string& out) {
        if (!eat('"')) return false;
        while (i < s.size()) {
            char c = s[i++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i >= s.size()) return false;
            char e = s[i++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    if (i + 4 > s.size()) return false;
                    unsigned cp = 0;
                    for (int k = 0; k < 4; ++k) {
                        char h = s[i++];
                        cp <<= 4;
                        if (h >= '0' && h <= '9')
                            cp |= static_cast<unsigned>(h - '0');
                        else if (h >= 'a' && h <= 'f')
                            cp |= static_cast<unsigned>(h - 'a' + 10);
                        else if (h >= 'A' && h <= 'F')
                            cp |= static_cast<unsigned>(h - 'A' + 10);
                        else
                            return false;
                    }
                    utf8(out, cp);
                    break;
                }
                default: return false;
            }
        }
        return false;
    }

    bool value(JsonValue& v) {
        if (++depth > 64) return false;
        space();
        if (i >= s.size()) return false;
        bool ok = true;
        char c = s[i];
        if (c == '{') {
            ++i;
            v.type = JsonValue::Type::Object;
            if (!eat('}')) {
                do {
                    std::string key;
                    space();
                    JsonValue member;
                    if (!string(key) || !eat(':') || !value(member)) return false;
                    if (v.object.count(key)) return false;   // duplicate keys are a defect here
                    v.object.emplace(std::move(key), std::move(member));
                } while (eat(','));
                ok = eat('}');
            }
        } else if (c == '[') {
            ++i;
            v.type = JsonValue::Type::Array;
            if (!eat(']')) {
                do {
                    JsonValue item;
                    if (!value(item)) return false;
                    v.array.push_back(std::move(item));
                } while (eat(','));
                ok = eat(']');
            }
        } else if (c == '"') {
            v.type = JsonValue::Type::String;
            ok = string(v.string);
        } else if (literal("true")) {
            v.type = JsonValue::Type::Bool;
            v.boolean = true;
        } else if (literal("false")) {
            v.type = JsonValue::Type::Bool;
        } else if (literal("null")) {
            v.type = JsonValue::Type::Null;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t start = i;
            if (s[i] == '-') ++i;
            while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
                                    s[i] == '+' || s[i] == '-'))
                ++i;
            std::string digits(s.substr(start, i - start));
            char* end = nullptr;
            v.type = JsonValue::Type::Number;
            v.number = std::strtod(digits.c_str(), &end);
            ok = end && *end == '\0' && !digits.empty() && digits != "-";
        } else {
            ok = false;
        }
        --depth;
        return ok;
    }
};

}   // namespace

std::optional<JsonValue> parse_json(std::string_view text) {
    Reader r{text};
    JsonValue v;
    if (!r.value(v)) return std::nullopt;
    r.space();
    if (r.i != text.size()) return std::nullopt;
    return v;
}

}   // namespace stagecraft::test
