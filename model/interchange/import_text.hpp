// The text of a file being imported, as UTF-8: within the size limit, UTF-16 with a byte order
// mark decoded, a UTF-8 one dropped, and every character one a journey can hold; for spreadsheets,
// text that is not UTF-8 read as Windows-1252 (Excel's "CSV" on Windows), with a note.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/problem.hpp"

namespace stagecraft {

// The text of `bytes` as UTF-8, or nullopt after an error in `problems` (at its line and
// column). `file` names it in problems.
std::optional<std::string> import_text_utf8(std::string_view bytes, const std::string& file,
                                            std::vector<Problem>& problems, bool windows_1252 = false);

}   // namespace stagecraft
