// The keyboard on the diagram: which scene the arrow keys move to, duplicating a scene (Ctrl+D)
// and pasting lines of text as scenes (Ctrl+V). No display needed.
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

// The selected scene moved to the lane above (`up`) or below, keeping its stage and place
// (Ctrl+Up, Ctrl+Down): one step "Change scene lane". Refused above the customer lane, below the
// support lane, or with no scene selected.
Action move_to_next_lane(const Journey& journey, const Selection& selection, bool up);

// The emotion a digit key gives the selected scene, as on a five-point rating scale: 1 is -2
// (very negative) ... 3 is 0 (neutral) ... 5 is +2 (very positive); 0 clears it. Nullopt for any
// other key or no scene selected; otherwise the command ("Change scene emotion").
CommandPtr emotion_from_key(const Journey& journey, const Selection& selection, char key);

// A copy of scene `id` right after it, with the same content (name, lane, cast, lists, markers)
// and an id made from its name; flows are not copied. Selected after.
Action duplicate_scene(const Journey& journey, const std::string& id);

// A copied scene pasted (Ctrl+C, then Ctrl+V): a copy with its content (name, lane, cast, lists,
// markers) and a new id made from its name, right after the selected scene or at the end of the
// selected stage; parts of roles and tags of principles the journey no longer has are left out;
// flows are not copied. One step "Paste scene", the copy selected after; refused with no stage or
// scene selected.
Action paste_scene_copy(const Journey& journey, const Scene& copied, const Selection& selection);

// Text pasted on the diagram: one new scene per non-empty line (spaces at either end dropped),
// after the selected scene (in its lane) or at the end of the selected stage, as one undo step
// "Paste scenes"; the first new scene selected after. Refused with no stage or scene selected,
// or no line of text.
Action paste_scenes(const Journey& journey, const Selection& selection, const std::string& text);

}   // namespace stagecraft::editor
