// Role names as importers compare them: a spreadsheet or a diagram that writes "Barista",
// "barista" and "Barista " means one role.
#pragma once

#include <string>
#include <string_view>

namespace stagecraft {

// `name` as role names are compared: ASCII letters in lower case, each run of blanks (space, tab,
// line break, no-break space U+00A0) as one space, none at the ends.
std::string role_key(std::string_view name);

}   // namespace stagecraft
