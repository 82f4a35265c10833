// Zip packages for tests of the workbook reader and writer: build one from named parts, and read
// one part of one back (libzip).
#pragma once

#include <map>
#include <optional>
#include <string>

namespace stagecraft::test {

// A zip package holding `parts` (name -> content), deflated, as bytes.
std::string zip_of(const std::map<std::string, std::string>& parts);

// The content of part `name` of the zip package `bytes`; nullopt when it has none.
std::optional<std::string> zip_part(const std::string& bytes, const std::string& name);

}   // namespace stagecraft::test
