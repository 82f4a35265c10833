// The diagram's context menus (see element_menu.hpp).
#include "app/editor/core/element_menu.hpp"

#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

MenuItem window_item(std::string label, WindowCommand command, bool separator_before = false) {
    MenuItem item;
    item.path = {std::move(label)};
    item.window = command;
    item.separator_before = separator_before;
    return item;
}

MenuItem command_item(std::vector<std::string> path, std::function<CommandPtr()> command, bool checkable = false,
                      bool checked = false, bool separator_before = false) {
    MenuItem item;
    item.path = std::move(path);
    item.command = std::move(command);
    item.checkable = checkable;
    item.checked = checked;
    item.separator_before = separator_before;
    return item;
}

}   // namespace

std::vector<MenuItem> scene_menu(const Journey& j, const std::string& id) {
    std::vector<MenuItem> items;
    const Scene* scene = find_scene(j, id);
    if (!scene) return items;
    items.push_back(window_item("Rename", WindowCommand::Rename));
    items.push_back(window_item("Add Scene After", WindowCommand::AddScene));
    items.push_back(window_item("Add Pain Point", WindowCommand::AddPain));
    items.push_back(window_item("Add Opportunity", WindowCommand::AddOpportunity));
    items.push_back(window_item("Delete Scene", WindowCommand::Delete));

    static const char* const kEmotions[] = {"-2 very negative", "-1 negative", "0 neutral", "+1 positive",
                                            "+2 very positive"};
    for (int e = -2; e <= 2; ++e)
        items.push_back(command_item(
            {"Emotion", kEmotions[e + 2]}, [id, e] { return edits::set_scene_emotion(id, e); }, true,
            scene->emotion == e, e == -2));
    items.push_back(command_item(
        {"Emotion", "Not scored"}, [id] { return edits::set_scene_emotion(id, std::nullopt); }, true,
        !scene->emotion.has_value(), true));
    for (Lane lane : {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support})
        items.push_back(command_item(
            {"Lane", std::string(display_name(lane))}, [id, lane] { return edits::set_scene_lane(id, lane); }, true,
            scene->lane == lane));
    const bool fail = scene->fail_point, truth = scene->moment_of_truth;
    items.push_back(command_item(
        {"Fail Point"}, [id, fail] { return edits::set_scene_fail_point(id, !fail); }, true, fail));
    items.push_back(command_item(
        {"Moment of Truth"}, [id, truth] { return edits::set_scene_moment_of_truth(id, !truth); }, true, truth));

    // Cast ▸ Role ▸ Lead / Support / Understudy / Not cast, the current part checked.
    bool first_role = true;
    for (const Role& role : j.cast) {
        const Part* part = find_part(*scene, role.id);
        const std::string name = name_or_id(role);
        for (PartKind kind : {PartKind::Lead, PartKind::Support, PartKind::Understudy}) {
            const bool current = part && part->kind == kind;
            auto make = [id, role_id = role.id, kind, had = part != nullptr]() {
                return had ? edits::set_part_kind(id, role_id, kind) : edits::assign_part(id, role_id, kind);
            };
            items.push_back(command_item({"Cast", name, std::string(display_name(kind))},
                                         current ? std::function<CommandPtr()>{} : make, true, current,
                                         first_role && kind == PartKind::Lead));
        }
        items.push_back(command_item(
            {"Cast", name, "Not Cast"},
            part ? std::function<CommandPtr()>([id, role_id = role.id] { return edits::unassign_part(id, role_id); })
                 : std::function<CommandPtr()>{},
            true, part == nullptr, true));
        first_role = false;
    }
    items.push_back(window_item("Add KPI", WindowCommand::AddKpi, true));
    items.push_back(window_item("Rehearse From Here", WindowCommand::Rehearse, true));
    return items;
}

std::vector<MenuItem> role_menu(const Journey& j, const std::string& id) {
    std::vector<MenuItem> items;
    if (!find_role(j, id)) return items;
    items.push_back(window_item("Rename", WindowCommand::Rename));
    items.push_back(window_item("Delete Role", WindowCommand::Delete));
    return items;
}

std::vector<MenuItem> stage_menu(const Journey& j, const std::string& id) {
    std::vector<MenuItem> items;
    if (!find_stage(j, id)) return items;
    items.push_back(window_item("Rename", WindowCommand::Rename));
    items.push_back(window_item("Add Scene", WindowCommand::AddScene));
    items.push_back(window_item("Add Stage After", WindowCommand::AddStage));
    items.push_back(window_item("Delete Stage", WindowCommand::Delete, true));
    return items;
}

std::vector<MenuItem> flow_menu(const Journey& j, std::size_t index) {
    std::vector<MenuItem> items;
    if (index >= j.flows.size()) return items;
    const Flow flow = j.flows[index];
    items.push_back(window_item("Edit Label", WindowCommand::Rename));
    for (FlowKind kind :
         {FlowKind::Sequence, FlowKind::Handoff, FlowKind::Support, FlowKind::Alternative, FlowKind::FollowUp}) {
        Flow changed = flow;
        changed.kind = kind;
        items.push_back(command_item(
            {"Kind", std::string(display_name(kind))},
            flow.kind == kind ? std::function<CommandPtr()>{}
                              : [index, changed] { return edits::set_flow(index, changed); },
            true, flow.kind == kind));
    }
    items.push_back(window_item("Delete Flow", WindowCommand::Delete, true));
    return items;
}

std::vector<MenuItem> paper_menu(const Journey&) {
    return {window_item("Add Stage", WindowCommand::AddStage), window_item("Add Scene", WindowCommand::AddScene)};
}

std::vector<MenuItem> place_menu(const Journey& j, const AddPlace& place) {
    std::vector<MenuItem> items{
        window_item(place.what == AddPlace::What::Stage ? "Add Stage Here" : "Add Scene Here", WindowCommand::AddHere)};
    for (MenuItem& item : paper_menu(j)) items.push_back(std::move(item));
    items[1].separator_before = true;
    return items;
}

}   // namespace stagecraft::editor
