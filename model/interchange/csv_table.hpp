// Reading a CSV (or TSV) file into a table with libcsv, whatever dialect the spreadsheet that
// wrote it uses: UTF-8 with or without a byte order mark, UTF-16 with one ("Unicode text" from
// Excel), Windows-1252 (decoded, with a note), CRLF or LF, comma, semicolon or tab delimiters
// (detected), quoted fields with line breaks and doubled quotes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/interchange/table.hpp"
#include "model/problem.hpp"

namespace stagecraft {

// The table of `bytes`; nullopt after an error in `problems` when they cannot be read at all (a
// file over 64 MB or 4,000,000 cells, binary data, an encoding it is not in). A record with a
// misplaced quote, or a quoted field never closed, is an error at its record and column, and is
// left out of the table, which holds every other record (so that the rest can be checked too).
// Notes say which encoding and delimiter were read when they were not UTF-8 and comma. `file`
// names the text in problems; `delimiter` 0 detects it.
std::optional<Table> read_csv_table(std::string_view bytes, const std::string& file, std::vector<Problem>& problems,
                                    char delimiter = 0);

}   // namespace stagecraft
