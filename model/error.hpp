// The one error type: why an operation was refused or failed, in words for the user (what is
// wrong and what to do), or no value when it succeeded. Commands (Command::apply), saving
// (write_file_atomically, save_journey_file) and the editor's document all return it.
#pragma once

#include <optional>
#include <string>

namespace stagecraft {

using Error = std::optional<std::string>;

}   // namespace stagecraft
