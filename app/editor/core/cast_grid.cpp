// The cast grid's rows and what a click on a cell does (see cast_grid.hpp).
#include "app/editor/core/cast_grid.hpp"

#include "model/analysis.hpp"
#include "model/edits/edits.hpp"

namespace stagecraft::editor {

std::optional<PartKind> part_after_click(const Scene& scene, const std::string& role_id) {
    const Part* part = find_part(scene, role_id);
    if (!part) return has_part(scene, PartKind::Lead) ? PartKind::Support : PartKind::Lead;
    switch (part->kind) {
        case PartKind::Lead: return PartKind::Support;
        case PartKind::Support: return PartKind::Understudy;
        case PartKind::Understudy: return std::nullopt;
    }
    return std::nullopt;
}

CommandPtr click_cast_cell(const Journey& j, const std::string& scene_id, const std::string& role_id) {
    const Scene* scene = find_scene(j, scene_id);
    if (!scene || !find_role(j, role_id)) return nullptr;
    const auto next = part_after_click(*scene, role_id);
    if (!next) return edits::unassign_part(scene_id, role_id);
    if (find_part(*scene, role_id)) return edits::set_part_kind(scene_id, role_id, *next);
    return edits::assign_part(scene_id, role_id, *next);
}

std::vector<const Scene*> cast_grid_scenes(const Journey& j) {
    std::vector<const Scene*> scenes;
    for (const Stage& stage : j.stages)
        for (const Scene& scene : stage.scenes) scenes.push_back(&scene);
    return scenes;
}

std::vector<CastGridRow> cast_grid_rows(const Journey& j) {
    const auto scenes = cast_grid_scenes(j);
    const auto loads = role_loads(j);
    std::vector<CastGridRow> rows;
    for (std::size_t r = 0; r < j.cast.size(); ++r) {
        const Role& role = j.cast[r];
        CastGridRow row;
        row.role = role.id;
        row.name = name_or_id(role);
        if (r < loads.size()) {
            row.scenes = loads[r].scenes;
            row.leads = loads[r].leads;
            row.minutes = loads[r].minutes;
        }
        row.capacity = role.capacity;
        row.over_capacity = role.capacity && row.minutes > *role.capacity;
        row.parts.reserve(scenes.size());
        for (const Scene* scene : scenes) {
            const Part* part = find_part(*scene, role.id);
            row.parts.push_back(part ? std::optional<PartKind>(part->kind) : std::nullopt);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

const char* part_letter(const std::optional<PartKind>& part) {
    if (!part) return "";
    switch (*part) {
        case PartKind::Lead: return "L";
        case PartKind::Support: return "S";
        case PartKind::Understudy: return "U";
    }
    return "";
}

}   // namespace stagecraft::editor
