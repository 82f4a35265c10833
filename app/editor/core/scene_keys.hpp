// The keyboard on the diagram: which scene the arrow keys move to, and duplicating a scene
// (Ctrl+D). No display needed.
#pragma once

#include <optional>
#include <string>

#include "app/editor/core/selection_actions.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

enum class Step { Previous, Next, Up, Down };

// The scene an arrow key moves to from scene `from`: Previous/Next (left, right) the scene before
// or after it in the journey's order, across stages; Up/Down the nearest scene of the same
// stage in the nearest lane above or below that has one (customer, frontstage, backstage,
// support), the one closest to it in the stage's order. Nullopt at an end, or when `from` is not
// a scene.
std::optional<std::string> scene_after_step(const Journey& journey, const std::string& from, Step step);

// A copy of scene `id` right after it, with the same content (name, lane, cast, lists, markers)
// and an id made from its name; flows are not copied. Selected after.
Action duplicate_scene(const Journey& journey, const std::string& id);

}   // namespace stagecraft::editor
