// Renaming a stage, scene or role, and what happens to its id. New elements get an id made from
// their name (edits::id_from_name). While an element still has the id made from its name, a
// rename gives it the id made from the new name in the same undo step, so ids stay readable
// ("new-scene" becomes "check-in"); an id set by hand, or one that does not follow the name,
// stays as it is, because flows, notes and other tools refer to elements by id. References in
// the journey follow a changed id. No display needed.
#pragma once

#include <string>

#include "app/editor/core/selection.hpp"
#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The command renaming the selected stage, scene or role to `name` ("Rename scene"), or giving
// the journey (Selection::journey) the title `name`, and the selection of the element after it
// (its id may change); a null command when the name is unchanged or the selection is not one of
// those.
struct Rename {
    CommandPtr command;
    Selection after;
};
Rename rename_element(const Journey& journey, const Selection& element, const std::string& name);

}   // namespace stagecraft::editor
