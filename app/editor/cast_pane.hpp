// The Cast pane: every role with its colour and its load (scenes, lead parts, minutes, and
// a load bar against capacity), so imbalance is visible while editing. Selecting a row selects
// the role everywhere; its name is typed in place (double-click, Enter, F2); dragging a row onto a
// scene on the diagram casts the role there.
#pragma once

#include <string>
#include <vector>

#include <wx/imaglist.h>
#include <wx/listctrl.h>

#include "app/editor/core/document.hpp"
#include "app/editor/core/rename.hpp"
#include "app/editor/core/selection.hpp"

namespace stagecraft::editor {

class CastPane : public wxListCtrl {
public:
    CastPane(wxWindow* parent, Document& document, SelectionModel& selection);

    // The row of a role, or -1.
    long row_of(const std::string& role_id) const;
    // Starts typing a new name for a role in its row; false when it has none.
    bool begin_rename(const std::string& role_id);

private:
    void rebuild();
    // Number columns as wide as their text, the Role column the rest of the pane.
    void fit_columns();
    void follow_selection(const Selection& selection);
    void on_selected(wxListEvent& event);

    struct Row {
        std::string id;
        Zone zone = Zone::Frontstage;
        std::string colour;   // the role's own ("#rrggbb"), or empty
        bool over = false;
        std::vector<wxString> cells;
        wxString tip;   // the whole row in words, for the tooltip
        bool operator==(const Row& o) const {
            return id == o.id && zone == o.zone && colour == o.colour && over == o.over && cells == o.cells &&
                   tip == o.tip;
        }
    };
    std::vector<Row> rows_;

    Document& document_;
    SelectionModel& selection_;
    wxImageList images_;
    std::vector<std::string> ids_;
    Subscription document_subscription_;
    Subscription selection_subscription_;
    bool updating_ = false;
    Rename pending_rename_;   // a name typed in a row, run once the row's editor is gone
};

// What a role dragged out of the Cast pane carries: this prefix and the role's id, as text.
inline constexpr const char* kRoleDragPrefix = "stagecraft-role:";

// The colour the Cast pane shows for a role of a zone that has no colour of its own.
wxColour zone_colour(Zone zone);

}   // namespace stagecraft::editor
