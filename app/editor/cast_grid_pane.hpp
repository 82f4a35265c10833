// The Cast Grid pane: roles down, scenes across (stage by stage), each cell the role's part in
// the scene (L lead, S support, U understudy) and each role's load first (scenes, lead parts,
// minutes against capacity, red when over). A click on a cell changes the part
// (core/cast_grid.hpp), as one undo step, and the load follows at once.
#pragma once

#include <functional>
#include <memory>

#include <wx/grid.h>

#include "app/editor/core/cast_grid.hpp"
#include "app/editor/core/document.hpp"
#include "app/editor/core/selection.hpp"

namespace stagecraft::editor {

class CastGridPane : public wxGrid {
public:
    CastGridPane(wxWindow* parent, Document& document, SelectionModel& selection);
    ~CastGridPane() override;

    // Columns before the scenes' columns: Scenes, Leads, Minutes.
    static constexpr int kLoadColumns = 3;
    // Does what a click on the cell of `role_id` and `scene_id` does; false when neither is shown.
    bool click(const std::string& role_id, const std::string& scene_id);
    // Where the cell is, for a click (client coordinates of the grid's cell window), if shown.
    std::optional<wxRect> cell_rect(const std::string& role_id, const std::string& scene_id);

    // Runs a command made here, selecting `after` when it succeeds.
    std::function<void(CommandPtr, const Selection& after)> run_command;

private:
    class Table;
    void rebuild();
    void on_cell_click(wxGridEvent& event);

    Document& document_;
    SelectionModel& selection_;
    Table* table_ = nullptr;   // owned by the grid
    Subscription document_subscription_;
};

}   // namespace stagecraft::editor
