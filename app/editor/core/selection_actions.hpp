// What the editor's Add, Delete and Find commands do for the current selection: where a new
// stage or scene goes, which command deletes what is selected, which scene Find selects next.
// The window only runs what these decide. No display needed.
#pragma once

#include <optional>
#include <string>

#include "app/editor/core/selection.hpp"
#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// A command to run and what to select once it has run; or, when `command` is null, why the
// action cannot be done (`refusal`, shown to the user).
struct Action {
    CommandPtr command;
    Selection select_after;
    std::string refusal;
};

// A new stage "New stage" right after the selected stage or the selected scene's stage, at the
// end otherwise; selected after.
Action add_stage_for(const Journey& journey, const Selection& selection);
// A new scene "New scene" right after the selected scene (in its lane), at the end of the
// selected stage, otherwise at the end of the last stage; refused when the journey has no stage.
// New elements get ids made from their names ("new-scene", "new-scene-2"; see rename.hpp).
Action add_scene_for(const Journey& journey, const Selection& selection);
// A new role "New role" at the end of the cast, coloured with edits::next_role_colour.
Action add_role_to(const Journey& journey);

// A new principle "New principle" at the end of the list, selected after.
Action add_principle_to(const Journey& journey);
// A persona "Customer" (or "Employee" on an employee journey) for a journey that has none;
// refused when it has one. The journey is selected after, where the persona is edited.
Action add_persona_to(const Journey& journey);
// A KPI "New KPI" on the selected scene; refused when no scene is selected.
Action add_kpi_to(const Journey& journey, const Selection& selection);

// True when the selection is an element Delete removes (a stage, scene, role, principle or flow).
bool can_delete(const Selection& selection);
// The command deleting the selected element; null when can_delete is false.
CommandPtr delete_selected(const Selection& selection);

// The id of the next scene, in document order after the selected scene and wrapping round,
// whose name or id contains `text` (ignoring ASCII case); nullopt when none does or `text` is
// empty.
std::optional<std::string> find_next_scene(const Journey& journey, const Selection& selection, const std::string& text);

}   // namespace stagecraft::editor
