// Working with scenes by dragging on the diagram: connecting two scenes (which flow kind is
// proposed, the command that adds the flow), moving a scene, and casting a role dropped on a
// scene. No display needed.
#pragma once

#include <string>

#include "app/editor/core/selection_actions.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The flow kind proposed for a flow from scene `from` to scene `to`: follow-up when `to` is
// played after the visit (it has a follow-up delay); handoff when both scenes have a lead and
// the leads differ (the work changes hands, README "Diagrams"); sequence otherwise.
FlowKind proposed_flow_kind(const Journey& journey, const std::string& from, const std::string& to);

// The command adding a flow of `kind` (and `label`) from `from` to `to` at the end of the flow list, with the
// new flow selected after. Refused (with the reason) for a scene joined to itself, a scene that
// does not exist, or a flow of the same kind that already joins the two in that direction.
Action connect_scenes(const Journey& journey, const std::string& from, const std::string& to, FlowKind kind,
                      const std::string& label = {});

// Moving by dragging a scene's card: dropped on another scene it goes into that scene's stage and
// lane, just before it (or just after it, with `after`: the drop was on its right half); dropped
// on a stage's title it goes to the end of that stage, in its own lane. One undo step "Move
// scene"; the moved scene selected after. Nothing to do (a null command, no refusal) when it
// would not move; refused for a missing scene or stage.
Action move_scene_onto(const Journey& journey, const std::string& scene_id, const Selection& target, bool after);

// Moving a stage by dragging its title onto another stage's title: it goes before that stage, or
// after it with `after` (dropped on its right half). One step "Move stage", the stage selected
// after; a null command when it would not move; refused for a missing stage.
Action move_stage_onto(const Journey& journey, const std::string& stage_id, const std::string& target_id, bool after);

// Casting by dropping a role on a scene: as lead when the scene has no lead, else as support;
// as understudy when `understudy` (the drop was made holding Shift). A role that already has a
// part there gets the new kind instead. Refused for a missing scene or role, or when the role
// already plays that very part. The scene is selected after.
Action cast_on_drop(const Journey& journey, const std::string& scene_id, const std::string& role_id, bool understudy);

}   // namespace stagecraft::editor
