// The edits of a journey, each a Command (command.hpp) with the name Undo shows ("Undo Rename
// scene"). Elements are addressed by id (flows and list items by index), so a command stays
// valid while other commands before it are undone and redone. Every edit is one of four
// generic commands (element_commands.hpp): insert, remove with what refers to the element,
// edit in place, move. Every apply that refuses leaves the journey exactly as it was and says
// why; every edit refuses when the element it names is missing.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::edits {

// Position "at the end" for insertions and moves; any index past the end means the end.
constexpr std::size_t kEnd = static_cast<std::size_t>(-1);

// Journey properties. set_journey_id refuses an invalid id; edit_persona refuses when there is
// no persona or `change` alters its id.
CommandPtr set_journey_title(std::string title);
CommandPtr set_journey_description(std::string description);
CommandPtr set_journey_kind(JourneyKind kind);
CommandPtr set_journey_id(std::string id);
CommandPtr set_meta(Meta meta);
CommandPtr edit_persona(std::string name, std::function<void(Persona&)> change);
// Gives a journey without a persona the one given ("Add persona"); refuses when it has one or
// the persona's id is invalid or in use.
CommandPtr add_persona(Persona persona);

// Stages. add_stage refuses an id (its own or one of its scenes') that is invalid or in use;
// set_stage_id the same for the new id. Removing a stage removes its scenes and their flows.
CommandPtr add_stage(Stage stage, std::size_t index = kEnd);
CommandPtr remove_stage(std::string stage_id);
CommandPtr rename_stage(std::string stage_id, std::string name);
CommandPtr set_stage_goal(std::string stage_id, std::string goal);
CommandPtr set_stage_id(std::string stage_id, std::string new_id);
CommandPtr move_stage(std::string stage_id, std::size_t index);

// Scenes. add_scene and set_scene_id refuse an id that is invalid or in use, and a stage that is
// missing; the value setters refuse what a journey file could not hold (emotion outside -2..+2,
// negative minutes, a follow-up delay that is not a count and a unit). Removing a scene removes
// the flows that touch it; a new id is followed by the flows.
CommandPtr add_scene(std::string stage_id, Scene scene, std::size_t index = kEnd);
CommandPtr remove_scene(std::string scene_id);
CommandPtr rename_scene(std::string scene_id, std::string name);
CommandPtr move_scene(std::string scene_id, std::string to_stage_id, std::size_t index);
CommandPtr set_scene_id(std::string scene_id, std::string new_id);
CommandPtr set_scene_lane(std::string scene_id, Lane lane);
CommandPtr set_scene_channel(std::string scene_id, Channel channel);
CommandPtr set_scene_description(std::string scene_id, std::string text);
CommandPtr set_scene_script(std::string scene_id, std::string text);
CommandPtr set_scene_emotion(std::string scene_id, std::optional<int> emotion);   // -2 .. +2
CommandPtr set_scene_minutes(std::string scene_id, std::optional<double> minutes);
CommandPtr set_scene_wait(std::string scene_id, std::optional<double> minutes);
CommandPtr set_scene_fail_point(std::string scene_id, bool on);
CommandPtr set_scene_moment_of_truth(std::string scene_id, bool on);
CommandPtr set_scene_follow_up(std::string scene_id, std::string delay);   // "3d"; empty for none

// Parts (a role cast in a scene). assign_part refuses a missing role or one already cast in the
// scene; unassign_part and set_part_kind refuse a role with no part there.
CommandPtr assign_part(std::string scene_id, std::string role_id, PartKind kind);
CommandPtr unassign_part(std::string scene_id, std::string role_id);
CommandPtr set_part_kind(std::string scene_id, std::string role_id, PartKind kind);

// Lists on a scene: one item added, deleted or edited (Undo names the step: "Add prop"), or
// the whole list replaced. Indexes count within the list; remove and set refuse an index past
// its end. add_kpi and set_kpi refuse a KPI without a name; add_principle_tag refuses a missing principle
// or a tag the scene has; remove_principle_tag a tag it has not.
enum class SceneList { Props, Pains, Opportunities };
CommandPtr add_scene_item(std::string scene_id, SceneList list, std::string text, std::size_t index = kEnd);
CommandPtr remove_scene_item(std::string scene_id, SceneList list, std::size_t index);
CommandPtr set_scene_item(std::string scene_id, SceneList list, std::size_t index, std::string text);
CommandPtr set_scene_items(std::string scene_id, SceneList list, std::vector<std::string> items);
CommandPtr add_kpi(std::string scene_id, Kpi kpi);
CommandPtr set_kpi(std::string scene_id, std::size_t index, Kpi kpi);
CommandPtr add_principle_tag(std::string scene_id, std::string principle_id);
CommandPtr remove_principle_tag(std::string scene_id, std::string principle_id);

// Roles. add_role and set_role_id refuse an id that is invalid or in use; set_role_colour a
// colour that is not #rgb or #rrggbb; set_role_capacity a negative number. Removing a role
// removes its parts in every scene; a new id is followed by the parts.
CommandPtr add_role(Role role, std::size_t index = kEnd);
CommandPtr remove_role(std::string role_id);
CommandPtr rename_role(std::string role_id, std::string name);
CommandPtr set_role_id(std::string role_id, std::string new_id);
CommandPtr set_role_zone(std::string role_id, Zone zone);
CommandPtr set_role_colour(std::string role_id, std::string colour);
// The first colour of a colour-blind safe palette (Paul Tol's "muted", nine colours:
// personal.sron.nl/~pault, "Colour schemes", 2021) that no role of the journey has yet
// ("#rrggbb"); when all are taken, the palette again from the start. New roles get it.
std::string next_role_colour(const Journey& journey);
CommandPtr set_role_description(std::string role_id, std::string text);
CommandPtr set_role_capacity(std::string role_id, std::optional<double> minutes);   // none: unlimited

// Principles. add_principle refuses an id that is invalid or in use. Removing a principle
// removes its tags on every scene.
CommandPtr add_principle(Principle principle, std::size_t index = kEnd);
CommandPtr remove_principle(std::string principle_id);
CommandPtr rename_principle(std::string principle_id, std::string name);
CommandPtr set_principle_description(std::string principle_id, std::string text);

// Flows, addressed by their index in the journey's flow list. add_flow and set_flow refuse a
// flow whose ends are not both scenes.
CommandPtr add_flow(Flow flow, std::size_t index = kEnd);
CommandPtr remove_flow(std::size_t index);
CommandPtr set_flow(std::size_t index, Flow flow);

// An id not yet used by any stage, scene, role, principle or the persona: "<prefix>-<n>".
std::string unused_id(const Journey& journey, const std::string& prefix);

// An id made from a name, not yet used in the journey: the name's ASCII letters and digits in
// lower case, every other run of characters as one '-' ("Check-in at the desk" gives
// "check-in-at-the-desk"; a name starting with a digit gets `prefix` before it, since ids start
// with a letter), then "-2", "-3" ... until unused; unused_id(journey, prefix) when the name has
// no ASCII letter or digit. At most 40 characters before the suffix.
std::string id_from_name(const Journey& journey, const std::string& name, const std::string& prefix);
// The stem of the ids made from `name`: its ASCII letters and digits in lower case, every other
// run as one '-', at most 40 characters; empty when it has none.
std::string id_stem(const std::string& name);
// True when `id` is what id_from_name made (or would make) of `name`, with or without a suffix.
bool id_made_from(const std::string& id, const std::string& name);

// Several commands as one undo step named `name`: applied in order; when one refuses, those
// applied are undone and its reason is returned. Undo takes them back in reverse order.
CommandPtr batch(std::string name, std::vector<CommandPtr> commands);

}   // namespace stagecraft::edits
