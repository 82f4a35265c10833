// The concrete edits of a journey, each a Command (command.hpp) with a user-facing name.
// Elements are addressed by id (flows and list items by index), so a command stays valid while
// other commands before it are undone and redone. Removing a stage, scene, role or principle also
// removes what refers to it (flows, parts, principle tags); undo restores all of it in place.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::edits {

// Position "at the end" for insertions and moves.
constexpr std::size_t kEnd = static_cast<std::size_t>(-1);

// Generic edits: change anything about one element with `change`; undo restores the element.
// `change` must not alter the element's id (use the set_*_id edits, which fix references).
CommandPtr edit_scene(std::string scene_id, std::string name, std::function<void(Scene&)> change);
CommandPtr edit_role(std::string role_id, std::string name, std::function<void(Role&)> change);
CommandPtr edit_stage(std::string stage_id, std::string name, std::function<void(Stage&)> change);
CommandPtr edit_principle(std::string principle_id, std::string name, std::function<void(Principle&)> change);

// Journey properties.
CommandPtr set_journey_title(std::string title);
CommandPtr set_journey_description(std::string description);
CommandPtr set_journey_kind(JourneyKind kind);
CommandPtr set_journey_id(std::string id);
CommandPtr set_meta(Meta meta);
// Persona: replace it whole (nullopt removes it), or change one field.
CommandPtr set_persona(std::optional<Persona> persona);
CommandPtr edit_persona(std::string name, std::function<void(Persona&)> change);

// Stages.
CommandPtr add_stage(Stage stage, std::size_t index = kEnd);
CommandPtr remove_stage(std::string stage_id);           // with its scenes and their flows
CommandPtr rename_stage(std::string stage_id, std::string name);
CommandPtr set_stage_goal(std::string stage_id, std::string goal);
CommandPtr set_stage_id(std::string stage_id, std::string new_id);
CommandPtr move_stage(std::string stage_id, std::size_t index);

// Scenes.
CommandPtr add_scene(std::string stage_id, Scene scene, std::size_t index = kEnd);
CommandPtr remove_scene(std::string scene_id);           // with the flows that touch it
CommandPtr rename_scene(std::string scene_id, std::string name);
CommandPtr move_scene(std::string scene_id, std::string to_stage_id, std::size_t index);
CommandPtr set_scene_id(std::string scene_id, std::string new_id);   // flows follow
CommandPtr set_scene_lane(std::string scene_id, Lane lane);
CommandPtr set_scene_channel(std::string scene_id, Channel channel);
CommandPtr set_scene_description(std::string scene_id, std::string text);
CommandPtr set_scene_script(std::string scene_id, std::string text);
CommandPtr set_scene_emotion(std::string scene_id, std::optional<int> emotion);
CommandPtr set_scene_minutes(std::string scene_id, std::optional<double> minutes);
CommandPtr set_scene_wait(std::string scene_id, std::optional<double> wait);
CommandPtr set_scene_fail_point(std::string scene_id, bool on);
CommandPtr set_scene_moment_of_truth(std::string scene_id, bool on);
CommandPtr set_scene_follow_up(std::string scene_id, std::string delay);

// Cast parts in a scene.
CommandPtr assign_part(std::string scene_id, std::string role_id, PartKind kind);
CommandPtr unassign_part(std::string scene_id, std::string role_id);
CommandPtr set_part_kind(std::string scene_id, std::string role_id, PartKind kind);

// Lists on a scene. Indexes count within the list; add appends.
enum class SceneList { Props, Pains, Opportunities };
CommandPtr add_scene_item(std::string scene_id, SceneList list, std::string text);
CommandPtr remove_scene_item(std::string scene_id, SceneList list, std::size_t index);
CommandPtr set_scene_item(std::string scene_id, SceneList list, std::size_t index, std::string text);
CommandPtr add_kpi(std::string scene_id, Kpi kpi);
CommandPtr remove_kpi(std::string scene_id, std::size_t index);
CommandPtr set_kpi(std::string scene_id, std::size_t index, Kpi kpi);
CommandPtr add_principle_tag(std::string scene_id, std::string principle_id);
CommandPtr remove_principle_tag(std::string scene_id, std::string principle_id);

// Roles.
CommandPtr add_role(Role role, std::size_t index = kEnd);
CommandPtr remove_role(std::string role_id);             // with its parts in every scene
CommandPtr rename_role(std::string role_id, std::string name);
CommandPtr move_role(std::string role_id, std::size_t index);
CommandPtr set_role_id(std::string role_id, std::string new_id);     // parts follow
CommandPtr set_role_zone(std::string role_id, Zone zone);
CommandPtr set_role_colour(std::string role_id, std::string colour);
CommandPtr set_role_description(std::string role_id, std::string text);
CommandPtr set_role_capacity(std::string role_id, std::optional<double> minutes);

// Principles.
CommandPtr add_principle(Principle principle, std::size_t index = kEnd);
CommandPtr remove_principle(std::string principle_id);   // with its tags on every scene
CommandPtr rename_principle(std::string principle_id, std::string name);
CommandPtr set_principle_description(std::string principle_id, std::string text);

// Flows (addressed by their index in the journey's flow list).
CommandPtr add_flow(Flow flow, std::size_t index = kEnd);
CommandPtr remove_flow(std::size_t index);
CommandPtr set_flow(std::size_t index, Flow flow);

// An id not yet used by any stage, scene, role or principle: "<prefix>-<n>".
std::string unused_id(const Journey& journey, const std::string& prefix);

}  // namespace stagecraft::edits
