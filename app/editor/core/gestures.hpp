// The diagram's keys and mouse gestures, in words, for Help › Keyboard Shortcuts (the menus'
// own shortcuts are listed from the menus). No display needed.
#pragma once

#include <string>
#include <vector>

namespace stagecraft::editor {

struct Gesture {
    std::string keys;     // "Double-click, F2"
    std::string action;   // "Rename the scene, role or stage in place"
};

// Every gesture the diagram understands, in the order a new user meets them.
const std::vector<Gesture>& diagram_gestures();

}   // namespace stagecraft::editor
