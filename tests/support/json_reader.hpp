// A small JSON reader for checking the shape of `stagecraft-cli check --json` output in tests.
// Strict enough to reject malformed documents; numbers are read as doubles.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::test {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::map<std::string, JsonValue> object;

    bool has(const std::string& key) const { return type == Type::Object && object.count(key) > 0; }
    const JsonValue& operator[](const std::string& key) const { return object.at(key); }
    const JsonValue& operator[](std::size_t i) const { return array.at(i); }
};

// The document, or nullopt when `text` is not exactly one well-formed JSON value.
std::optional<JsonValue> parse_json(std::string_view text);

}   // namespace stagecraft::test
