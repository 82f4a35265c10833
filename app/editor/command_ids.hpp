// The editor's own menu command ids, shared by the main menu and the panes' context menus
// (a pane's menu command travels up to the main window, which carries it out).
#pragma once

#include <wx/defs.h>

namespace stagecraft::editor {

enum CommandId {
    ID_EXPORT = wxID_HIGHEST + 1,
    ID_ADD_STAGE,
    ID_ADD_SCENE,
    ID_ADD_ROLE,
    ID_VIEW_FIRST,   // four consecutive ids, one per view
    ID_VIEW_LAST = ID_VIEW_FIRST + 3,
    ID_ZOOM_IN,
    ID_ZOOM_OUT,
    ID_ZOOM_FIT,
    ID_ZOOM_ACTUAL,
    ID_PANE_OUTLINE,
    ID_PANE_CAST,
    ID_PANE_PROPERTIES,
    ID_PANE_PROBLEMS,
    ID_RESET_LAYOUT,
    ID_REHEARSE,
    ID_RENAME,
    ID_DUPLICATE,
    ID_SHORTCUTS,
    ID_ADD_PRINCIPLE,
    ID_ADD_PERSONA,
    ID_ADD_KPI,
    ID_LANE_UP,
    ID_LANE_DOWN,
    ID_ADD_PAIN,
    ID_ADD_OPPORTUNITY,
    ID_CAST_GRID,   // the Cast Grid in the diagram's place
    ID_IMPORT,
    ID_EXPORT_DECK,
};

// The docked panes' names in the window layout, in the order of ID_PANE_OUTLINE .. ID_PANE_PROBLEMS.
inline constexpr const char* kPaneNames[] = {"outline", "cast", "properties", "problems"};

}   // namespace stagecraft::editor
