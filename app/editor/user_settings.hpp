// The editor's settings (recent files, window and pane layout) in the one per-user folder:
// a wxFileConfig on user_settings_file(), written without ever showing a dialog.
#pragma once

#include <optional>
#include <string>

#include "model/error.hpp"

class wxFileHistory;

namespace stagecraft::editor {

// Makes a wxFileConfig on user_settings_file() the application's wxConfigBase (reading it now
// if it exists; an unreadable file gives empty settings, silently).
void install_user_settings();

// Writes the settings, creating their folder first. Returns nothing on success, otherwise
// what went wrong in plain words; never logs or shows a dialog.
Error flush_user_settings();

// The main window as the user last left it: AUI pane layout, size in pixels (0 when unknown)
// and whether it was maximized.
struct WindowState {
    std::string perspective;
    int width = 0;    // pixels
    int height = 0;   // pixels
    bool maximized = false;
};
WindowState read_window_state();
void write_window_state(const WindowState& state);   // kept in memory until flush_user_settings

// The recently opened files, read into and written from `history`.
void read_recent_files(wxFileHistory& history);
void write_recent_files(wxFileHistory& history);

}   // namespace stagecraft::editor
