// Zip packages for tests of the workbook reader and writer: build one from named parts, and read
// one part of one back (libzip).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace stagecraft::test {

// A zip package holding `parts` (name -> content), deflated but for those named in `stored`, and
// those named in `encrypted` encrypted with the password "secret", as bytes.
std::string zip_of(const std::map<std::string, std::string>& parts, const std::set<std::string>& stored = {},
                   const std::set<std::string>& encrypted = {});

// `zip` with what its headers say of part `name` changed: its inflated size, or its CRC-32.
std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size);
std::string with_declared_crc(std::string zip, const std::string& name, std::uint32_t crc);

// Every part of the zip package `bytes`, by name.
std::map<std::string, std::string> zip_contents(const std::string& bytes);

// The content of part `name` of the zip package `bytes`; nullopt when it has none.
std::optional<std::string> zip_part(const std::string& bytes, const std::string& name);

}   // namespace stagecraft::test
