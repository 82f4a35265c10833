// The diagram's gestures in words (see gestures.hpp).
#include "app/editor/core/gestures.hpp"

namespace stagecraft::editor {

const std::vector<Gesture>& diagram_gestures() {
    static const std::vector<Gesture> gestures = {
        {"Click",
         "Select a scene, role, stage or flow (its line or label, on the blueprint); on the paper, the "
         "journey"},
        {"Double-click, F2", "Type a new name (a flow's label) in place: Enter keeps it, Esc leaves it"},
        {"Double-click the title", "Type the journey's title in place"},
        {"Double-click where \"+\" shows",
         "Add a scene there (a blueprint cell, a stage's column on the map), or a "
         "stage (between stages), and type its name"},
        {"Esc (while naming a scene or stage just added)", "Take the addition back"},
        {"Tab, Shift+Tab (while typing a name)", "Keep the name and type the next (previous) scene's"},
        {"Enter (scene selected)", "Add the next scene after it, in the same lane, and type its name"},
        {"1 ... 5 (scene selected)", "Its emotion, as a rating: 1 very negative, 3 neutral, 5 very positive; 0 clears"},
        {"Left, Right", "Step to the previous or next scene"},
        {"Up, Down", "Step to the nearest scene in the lane above or below"},
        {"Drag a scene's card onto another scene", "Move it there: that scene's stage and lane, before or after it"},
        {"Drag a scene's card onto a stage's title", "Move it to the end of that stage"},
        {"Drag a scene's card where \"+\" would show", "Move it into that stage and lane, there"},
        {"Drag a stage's title onto another stage's title", "Move the stage before it (after it on its right half)"},
        {"Drag from a scene's edge to another scene", "Join them with a flow: choose its kind, type its label"},
        {"Drag a role from the Cast pane onto a scene", "Cast it: lead, or support when the scene has a lead"},
        {"... holding Shift", "Cast it as understudy"},
        {"Double-click a role in the Cast pane", "Type its name in place"},
        {"Right-click", "What applies there: emotion, lane, markers, cast, add, delete, rehearse"},
        {"Drag the paper", "Pan"},
        {"Ctrl+V (stage or scene selected)",
         "Paste a copy of the scene Ctrl+C copied, or copied lines of text as "
         "scenes, one per line"},
        {"Ctrl+wheel", "Zoom"},
    };
    return gestures;
}

}   // namespace stagecraft::editor
