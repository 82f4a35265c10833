// List fields (props, pain points, opportunities, goals, needs) as the editor shows them: one
// item per line. Nothing else in an item is interpreted: commas, semicolons, quotes and spaces
// at either end are kept exactly as typed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::editor {

// The items, one per line, joined with '\n' (no trailing line break).
std::string items_to_lines(const std::vector<std::string>& items);

// The lines of `text` as items: split at each '\n' (a '\r' right before it is part of the line
// break), lines that are empty dropped, every other line kept byte for byte.
std::vector<std::string> lines_to_items(std::string_view text);

}   // namespace stagecraft::editor
