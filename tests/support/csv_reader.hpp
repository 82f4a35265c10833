// An RFC 4180 reader for re-parsing CSV exports in tests: quoted fields, doubled quotes,
// CR LF or LF line ends, line breaks inside quoted fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::test {

using CsvRows = std::vector<std::vector<std::string>>;

// The rows, or nullopt when a quoted field is not closed or a quote appears mid-field.
std::optional<CsvRows> parse_csv(std::string_view text);

}   // namespace stagecraft::test
