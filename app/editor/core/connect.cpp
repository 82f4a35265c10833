// Proposing a flow kind and connecting two scenes (see connect.hpp).
#include "app/editor/core/connect.hpp"

#include <optional>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// The role leading a scene, or nullptr when it has no lead part.
const std::string* lead_of(const Scene& scene) {
    for (const Part& p : scene.parts)
        if (p.kind == PartKind::Lead) return &p.role;
    return nullptr;
}

}   // namespace

FlowKind proposed_flow_kind(const Journey& journey, const std::string& from, const std::string& to) {
    const Scene* a = find_scene(journey, from);
    const Scene* b = find_scene(journey, to);
    if (!a || !b) return FlowKind::Sequence;
    if (!b->follow_up.empty()) return FlowKind::FollowUp;
    const std::string* lead_a = lead_of(*a);
    const std::string* lead_b = lead_of(*b);
    if (lead_a && lead_b && *lead_a != *lead_b) return FlowKind::Handoff;
    return FlowKind::Sequence;
}

Action connect_scenes(const Journey& journey, const std::string& from, const std::string& to, FlowKind kind,
                      const std::string& label) {
    if (from == to) return {nullptr, {}, "A flow joins two different scenes: drop it on another scene."};
    for (const std::string* id : {&from, &to})
        if (!find_scene(journey, *id)) return {nullptr, {}, "There is no scene '" + *id + "'."};
    for (const Flow& f : journey.flows)
        if (f.from == from && f.to == to && f.kind == kind)
            return {nullptr, {}, "These scenes are already joined by a " + std::string(to_string(kind)) + " flow."};
    Flow flow;
    flow.from = from;
    flow.to = to;
    flow.kind = kind;
    flow.label = label;
    return {edits::add_flow(std::move(flow)), Selection::flow(static_cast<int>(journey.flows.size())), {}};
}

Action move_scene_onto(const Journey& j, const std::string& id, const Selection& target, bool after) {
    // Where the scene is now.
    std::size_t from_stage = 0, from_index = 0;
    const Scene* scene = nullptr;
    for (std::size_t s = 0; s < j.stages.size() && !scene; ++s)
        for (std::size_t i = 0; i < j.stages[s].scenes.size(); ++i)
            if (j.stages[s].scenes[i].id == id) {
                scene = &j.stages[s].scenes[i];
                from_stage = s;
                from_index = i;
                break;
            }
    if (!scene) return {nullptr, {}, "There is no scene '" + id + "'."};
    // Where it goes: a stage, the place in it (counted without the scene itself) and a lane.
    std::size_t to_stage = 0, to_index = 0;
    Lane lane = scene->lane;
    bool found = false;
    for (std::size_t s = 0; s < j.stages.size() && !found; ++s) {
        const auto& scenes = j.stages[s].scenes;
        if (target.kind == SelectionKind::Stage && j.stages[s].id == target.id) {
            to_stage = s;
            to_index = scenes.size() - (s == from_stage ? 1 : 0);
            found = true;
        }
        for (std::size_t i = 0; i < scenes.size() && !found; ++i)
            if (target.kind == SelectionKind::Scene && scenes[i].id == target.id) {
                if (target.id == id) return {nullptr, {}, {}};
                to_stage = s;
                to_index = i + (after ? 1 : 0);
                if (s == from_stage && from_index < i) --to_index;
                lane = scenes[i].lane;
                found = true;
            }
    }
    if (!found) return {nullptr, {}, "There is nowhere to move the scene to there."};
    if (to_stage == from_stage && to_index == from_index && lane == scene->lane) return {nullptr, {}, {}};
    std::vector<CommandPtr> steps;
    steps.push_back(edits::move_scene(id, j.stages[to_stage].id, to_index));
    if (lane != scene->lane) steps.push_back(edits::set_scene_lane(id, lane));
    return {edits::batch("Move scene", std::move(steps)), Selection::scene(id), {}};
}

Action move_stage_onto(const Journey& j, const std::string& id, const std::string& target, bool after) {
    std::optional<std::size_t> from, to;
    for (std::size_t i = 0; i < j.stages.size(); ++i) {
        if (j.stages[i].id == id) from = i;
        if (j.stages[i].id == target) to = i;
    }
    if (!from || !to) return {nullptr, {}, "There is no stage '" + (from ? target : id) + "'."};
    std::size_t index = *to + (after ? 1 : 0);
    if (*from < index) --index;   // counted without the stage itself
    if (index == *from) return {nullptr, {}, {}};
    return {edits::move_stage(id, index), Selection::stage(id), {}};
}

Action cast_on_drop(const Journey& journey, const std::string& scene_id, const std::string& role_id, bool understudy) {
    const Scene* scene = find_scene(journey, scene_id);
    if (!scene) return {nullptr, {}, "There is no scene '" + scene_id + "'."};
    const Role* role = find_role(journey, role_id);
    if (!role) return {nullptr, {}, "There is no role '" + role_id + "'."};
    const PartKind kind = understudy                         ? PartKind::Understudy
                          : has_part(*scene, PartKind::Lead) ? PartKind::Support
                                                             : PartKind::Lead;
    const Part* part = find_part(*scene, role_id);
    if (part && part->kind == kind)
        return {nullptr, {}, name_or_id(*role) + " already plays " + std::string(to_string(kind)) + " in this scene."};
    CommandPtr command =
        part ? edits::set_part_kind(scene_id, role_id, kind) : edits::assign_part(scene_id, role_id, kind);
    return {std::move(command), Selection::scene(scene_id), {}};
}

}   // namespace stagecraft::editor
