// The text of a file being imported, as UTF-8: within the size limit, UTF-16 with a byte order
// mark decoded, a UTF-8 one dropped, and every character one a journey can hold; for spreadsheets,
// text that is not UTF-8 read as Windows-1252 (Excel's "CSV" on Windows), with a note.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft {

// Where a byte of a text is, as problems give it; a spreadsheet's text says it as a record and a
// field rather than a line and a column.
using PlaceOf = std::function<SourcePos(std::string_view text, std::size_t offset)>;

// The text of `bytes` as UTF-8, or nullopt after an error in `problems` (at its line and
// column, or where `place` says). `file` names it in problems.
std::optional<std::string> import_text_utf8(std::string_view bytes, const std::string& file,
                                            std::vector<Problem>& problems, bool windows_1252 = false,
                                            const PlaceOf& place = nullptr);

}   // namespace stagecraft
