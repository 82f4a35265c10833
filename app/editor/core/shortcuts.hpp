// Which window shortcuts a focused pane may keep for itself. The window's shortcuts (zoom,
// views, add, save ...) work whatever pane has the focus; only a field being typed in keeps the
// editing keys every text field has.
#pragma once

namespace stagecraft::editor {

struct KeyChord {
    int key = 0;         // the key: an upper-case letter, a digit, '-', '=', or a wx key code
    bool ctrl = false;   // Ctrl (Cmd on macOS)
    bool shift = false;
    bool alt = false;
};

// True when a text field with the focus should get `chord` rather than the window: cut, copy,
// paste, select all, undo and redo of the text typed, and the keys without Ctrl or Alt that
// type or delete (Delete deletes a character, not the selected scene).
bool text_field_keeps(const KeyChord& chord);

}   // namespace stagecraft::editor
