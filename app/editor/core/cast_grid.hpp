// The cast grid: roles down, scenes across, each cell the role's part in the scene, and each
// role's load beside it; the place to balance who does what. One click on a cell changes the
// part, as one undo step. No display needed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The part a click on the cell gives the role in the scene, from the part it has: not cast →
// lead when the scene has no lead, else support; lead → support; support → understudy;
// understudy → not cast (nullopt).
std::optional<PartKind> part_after_click(const Scene& scene, const std::string& role_id);

// The command for that click ("Cast lead", "Change part", "Uncast"); null when the scene or role
// does not exist.
CommandPtr click_cast_cell(const Journey& journey, const std::string& scene_id, const std::string& role_id);

// One role's row: its load (scenes it plays in, lead parts, minutes of the scenes it leads or
// supports against its capacity) and its part in every scene, in the order of cast_grid_scenes.
struct CastGridRow {
    std::string role;   // Role id
    std::string name;
    int scenes = 0;
    int leads = 0;
    double minutes = 0;
    std::optional<double> capacity;   // minutes; none: unlimited
    bool over_capacity = false;
    std::vector<std::optional<PartKind>> parts;
};
// Every scene, stage by stage in document order: the grid's columns.
std::vector<const Scene*> cast_grid_scenes(const Journey& journey);
std::vector<CastGridRow> cast_grid_rows(const Journey& journey);

// The text of a cell: "L", "S", "U", or empty.
const char* part_letter(const std::optional<PartKind>& part);

}   // namespace stagecraft::editor
