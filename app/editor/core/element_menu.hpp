// What the diagram's context menu offers for what was clicked: a scene (rename, add after,
// delete, emotion, lane, markers, its cast, rehearse from here), a role (rename, delete), a
// stage's title (rename, add a scene to it, add a stage after it, delete it), a flow (its label,
// its kind, delete it) or the paper (add a stage or a scene). Each item either makes a command or asks the window to do one of its own
// commands. No display needed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/editor/core/add_in_place.hpp"
#include "model/edits/command.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The window's own commands a menu item can ask for (they act on the selection).
// AddHere: add at the place the menu was opened on, and type the new name (add_in_place.hpp).
enum class WindowCommand {
    None,
    Rename,
    AddStage,
    AddScene,
    Delete,
    Rehearse,
    AddKpi,
    AddPain,
    AddOpportunity,
    AddHere
};

struct MenuItem {
    std::vector<std::string> path;   // submenus, then the item's label: {"Emotion", "+1 positive"}
    bool checkable = false;          // shown with a check mark when `checked`
    bool checked = false;
    bool separator_before = false;
    WindowCommand window = WindowCommand::None;
    std::function<CommandPtr()> command;   // when `window` is None
};

// The items for a scene, a role, or the paper (no element), in menu order.
std::vector<MenuItem> scene_menu(const Journey& journey, const std::string& scene_id);
std::vector<MenuItem> role_menu(const Journey& journey, const std::string& role_id);
std::vector<MenuItem> stage_menu(const Journey& journey, const std::string& stage_id);
// A flow (by its index in the flow list): edit its label, change its kind, delete it.
std::vector<MenuItem> flow_menu(const Journey& journey, std::size_t flow_index);
std::vector<MenuItem> paper_menu(const Journey& journey);
// An empty place that adds (a blueprint cell, a stage's column on the map, the gap between stages):
// "Add Scene Here" or "Add Stage Here" first, then the paper's items.
std::vector<MenuItem> place_menu(const Journey& journey, const AddPlace& place);

}   // namespace stagecraft::editor
