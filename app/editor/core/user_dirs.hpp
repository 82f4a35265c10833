// Where the editor keeps per-user state (settings, the autosave recovery file): one folder,
// per the XDG Base Directory specification, created when first needed.
#pragma once

#include <optional>
#include <string>

#include "model/error.hpp"

namespace stagecraft::editor {

// $XDG_CONFIG_HOME/stagecraft when XDG_CONFIG_HOME is set to an absolute path, otherwise
// $HOME/.config/stagecraft (the specification's default); "./.config/stagecraft" without HOME.
std::string user_state_dir();

// The settings file inside user_state_dir().
std::string user_settings_file();

// Creates `dir` and its parents when missing. Returns nothing on success, otherwise what went
// wrong in plain words (e.g. "cannot create /x/.config/stagecraft: Not a directory").
Error ensure_dir(const std::string& dir);

}   // namespace stagecraft::editor
