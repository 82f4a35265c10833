// The keys a text field keeps (see shortcuts.hpp).
#include "app/editor/core/shortcuts.hpp"

namespace stagecraft::editor {

bool text_field_keeps(const KeyChord& chord) {
    if (!chord.ctrl && !chord.alt) return true;
    if (!chord.ctrl || chord.alt) return false;
    switch (chord.key) {
        case 'A':
        case 'C':
        case 'V':
        case 'X':
        case 'Y':
        case 'Z': return true;
        default: return false;
    }
}

}   // namespace stagecraft::editor
