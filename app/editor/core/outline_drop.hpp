// What dropping an outline item on another does: a scene dropped on a stage moves to the top of
// that stage, on a scene takes that scene's place; a stage dropped on a stage (or on one of its
// scenes) takes that stage's place. No display needed.
#pragma once

#include "app/editor/core/selection.hpp"
#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The command for the drop, or nullptr when the drop means nothing.
CommandPtr outline_drop(const Journey& journey, const Selection& dragged, const Selection& target);

}   // namespace stagecraft::editor
