// The Outline pane: the journey, its stages and their scenes as a tree, and its flows under a
// node of their own. Selecting an item selects the element everywhere; dragging a scene onto
// another scene or stage moves it there, and dragging a stage onto another stage reorders the
// stages (each a command, so undoable).
#pragma once

#include <wx/treectrl.h>

#include "app/editor/core/document.hpp"
#include "app/editor/core/selection.hpp"

namespace stagecraft::editor {

class OutlinePane : public wxTreeCtrl {
public:
    OutlinePane(wxWindow* parent, Document& document, SelectionModel& selection);

    // The tree item showing an element, or an invalid id.
    wxTreeItemId find_item(const Selection& selection) const;
    // Select an element through the tree, exactly as a click would.
    void select_item(const Selection& selection);
    // Called with an error message when a drag could not be applied.
    std::function<void(const wxString&)> on_error;

private:
    void rebuild();
    bool update_in_place();
    void follow_selection(const Selection& selection);
    void on_selection_changed(wxTreeEvent& event);
    void on_menu(wxTreeEvent& event);
    void on_begin_drag(wxTreeEvent& event);
    void on_end_drag(wxTreeEvent& event);

    Document& document_;
    SelectionModel& selection_;
    Subscription document_subscription_;
    Subscription selection_subscription_;
    bool updating_ = false;
    wxTreeItemId dragged_;
};

}   // namespace stagecraft::editor
