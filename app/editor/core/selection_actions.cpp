// The editor's selection-driven actions (see selection_actions.hpp).
#include "app/editor/core/selection_actions.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}   // namespace

Action add_stage_for(const Journey& j, const Selection& sel) {
    std::size_t index = edits::kEnd;
    for (std::size_t i = 0; i < j.stages.size(); ++i) {
        if (sel.kind == SelectionKind::Stage && j.stages[i].id == sel.id) index = i + 1;
        for (const auto& t : j.stages[i].scenes)
            if (sel.kind == SelectionKind::Scene && t.id == sel.id) index = i + 1;
    }
    Stage stage;
    stage.name = "New stage";
    stage.id = edits::id_from_name(j, stage.name, "stage");
    Selection after = Selection::stage(stage.id);
    return {edits::add_stage(std::move(stage), index), std::move(after), {}};
}

Action add_scene_for(const Journey& j, const Selection& sel) {
    if (j.stages.empty()) return {nullptr, {}, "Add a stage first: every scene belongs to a stage."};
    std::string stage_id = j.stages.back().id;
    std::size_t index = edits::kEnd;
    Scene scene;
    scene.name = "New scene";
    scene.id = edits::id_from_name(j, scene.name, "scene");
    for (const auto& stage : j.stages) {
        if (sel.kind == SelectionKind::Stage && stage.id == sel.id) stage_id = stage.id;
        for (std::size_t i = 0; i < stage.scenes.size(); ++i)
            if (sel.kind == SelectionKind::Scene && stage.scenes[i].id == sel.id) {
                stage_id = stage.id;
                index = i + 1;
                scene.lane = stage.scenes[i].lane;   // the next step in the same lane
            }
    }
    Selection after = Selection::scene(scene.id);
    return {edits::add_scene(stage_id, std::move(scene), index), std::move(after), {}};
}

Action add_role_to(const Journey& j) {
    Role role;
    role.name = "New role";
    role.id = edits::id_from_name(j, role.name, "role");
    role.colour = edits::next_role_colour(j);
    Selection after = Selection::role(role.id);
    return {edits::add_role(std::move(role)), std::move(after), {}};
}

Action add_principle_to(const Journey& j) {
    Principle principle;
    principle.name = "New principle";
    principle.id = edits::id_from_name(j, principle.name, "principle");
    Selection after = Selection::principle(principle.id);
    return {edits::add_principle(std::move(principle)), std::move(after), {}};
}

Action add_persona_to(const Journey& j) {
    if (j.persona) return {nullptr, {}, "This journey has a persona: edit it in Properties."};
    Persona persona;
    persona.name = j.kind == JourneyKind::Employee ? "Employee" : "Customer";
    persona.id = edits::id_from_name(j, persona.name, "persona");
    return {edits::add_persona(std::move(persona)), Selection::journey(), {}};
}

Action add_kpi_to(const Journey& j, const Selection& sel) {
    if (sel.kind != SelectionKind::Scene || !find_scene(j, sel.id))
        return {nullptr, {}, "Select a scene to add a KPI to it."};
    Kpi kpi;
    kpi.name = "New KPI";
    return {edits::add_kpi(sel.id, std::move(kpi)), sel, {}};
}

bool can_delete(const Selection& sel) { return delete_selected(sel) != nullptr; }

CommandPtr delete_selected(const Selection& sel) {
    switch (sel.kind) {
        case SelectionKind::Stage: return edits::remove_stage(sel.id);
        case SelectionKind::Scene: return edits::remove_scene(sel.id);
        case SelectionKind::Role: return edits::remove_role(sel.id);
        case SelectionKind::Principle: return edits::remove_principle(sel.id);
        case SelectionKind::Flow:
            return sel.flow_index < 0 ? nullptr : edits::remove_flow(static_cast<std::size_t>(sel.flow_index));
        case SelectionKind::None:
        case SelectionKind::Journey: break;
    }
    return nullptr;
}

std::optional<std::string> find_next_scene(const Journey& journey, const Selection& sel, const std::string& text) {
    const std::string needle = lower(text);
    const auto scenes = all_scenes(journey);
    if (needle.empty() || scenes.empty()) return std::nullopt;
    // Start after the selected scene so repeated finds walk through the matches.
    std::size_t start = 0;
    for (std::size_t i = 0; i < scenes.size(); ++i)
        if (sel.kind == SelectionKind::Scene && scenes[i]->id == sel.id) start = i + 1;
    for (std::size_t n = 0; n < scenes.size(); ++n) {
        const Scene* t = scenes[(start + n) % scenes.size()];
        if (lower(t->name).find(needle) != std::string::npos || lower(t->id).find(needle) != std::string::npos)
            return t->id;
    }
    return std::nullopt;
}

}   // namespace stagecraft::editor
