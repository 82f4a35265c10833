// Text between the model and the window: the model holds UTF-8 (std::string), wxWidgets holds
// wxString. The one place the conversion is written; every pane uses these two.
#pragma once

#include <string>
#include <string_view>

#include <wx/string.h>

namespace stagecraft::editor {

// UTF-8 text as a wxString (invalid UTF-8 gives an empty string, wxWidgets' own rule).
inline wxString wx(std::string_view utf8_text) { return wxString::FromUTF8(utf8_text.data(), utf8_text.size()); }
inline wxString wx(const char* utf8_text) { return wxString::FromUTF8(utf8_text); }

// A wxString as UTF-8 text.
inline std::string utf8(const wxString& text) { return std::string(text.utf8_str()); }

}   // namespace stagecraft::editor
