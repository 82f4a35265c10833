// The editor's settings (recent files, window and pane layout) in the one per-user folder:
// a wxFileConfig on user_settings_file(), written without ever showing a dialog.
#pragma once

#include <optional>
#include <string>

#include "model/error.hpp"

namespace stagecraft::editor {

// Makes a wxFileConfig on user_settings_file() the application's wxConfigBase (reading it now
// if it exists; an unreadable file gives empty settings, silently).
void install_user_settings();

// Writes the settings, creating their folder first. Returns nothing on success, otherwise
// what went wrong in plain words; never logs or shows a dialog.
Error flush_user_settings();

}  // namespace stagecraft::editor
