// The diagram's context menus: what each offers, what is checked, and what choosing does.
#include <catch2/catch.hpp>

#include "app/editor/core/element_menu.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {

const MenuItem& item(const std::vector<MenuItem>& items, const std::vector<std::string>& path) {
    for (const auto& i : items)
        if (i.path == path) return i;
    FAIL("no menu item " << path.back());
    return items.front();
}

Journey chosen(const MenuItem& item) {
    REQUIRE(item.command);
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, item.command()));
    return journey;
}

}   // namespace

TEST_CASE("A scene's menu offers each emotion with the current one checked, and sets it", "[menu]") {
    const auto items = scene_menu(test::edit_fixture(), "greet");   // emotion +1
    CHECK(item(items, {"Emotion", "+1 positive"}).checked);
    CHECK_FALSE(item(items, {"Emotion", "-2 very negative"}).checked);
    CHECK_FALSE(item(items, {"Emotion", "Not scored"}).checked);
    CHECK(find_scene(chosen(item(items, {"Emotion", "-2 very negative"})), "greet")->emotion == -2);
    CHECK_FALSE(find_scene(chosen(item(items, {"Emotion", "Not scored"})), "greet")->emotion.has_value());
}

TEST_CASE("A scene's menu moves it to another lane, the current one checked", "[menu]") {
    const auto items = scene_menu(test::edit_fixture(), "greet");   // frontstage
    CHECK(item(items, {"Lane", "Frontstage"}).checked);
    CHECK(find_scene(chosen(item(items, {"Lane", "Backstage"})), "greet")->lane == Lane::Backstage);
}

TEST_CASE("A scene's menu toggles its fail point and moment of truth", "[menu]") {
    const auto items = scene_menu(test::edit_fixture(), "greet");   // a moment of truth, no fail point
    CHECK(item(items, {"Moment of Truth"}).checked);
    CHECK_FALSE(item(items, {"Fail Point"}).checked);
    CHECK_FALSE(find_scene(chosen(item(items, {"Moment of Truth"})), "greet")->moment_of_truth);
    CHECK(find_scene(chosen(item(items, {"Fail Point"})), "greet")->fail_point);
}

TEST_CASE("A scene's menu casts every role as lead, support or understudy, or not at all", "[menu]") {
    const auto items = scene_menu(test::edit_fixture(), "greet");   // Barista leads, Shift lead understudies
    const MenuItem& lead = item(items, {"Cast", "Barista", "Lead"});
    CHECK(lead.checked);
    CHECK_FALSE(lead.command);   // already so: nothing to do
    CHECK(item(items, {"Cast", "Roaster", "Not Cast"}).checked);
    const Journey cast = chosen(item(items, {"Cast", "Roaster", "Understudy"}));
    REQUIRE(find_part(*find_scene(cast, "greet"), "roaster"));
    CHECK(find_part(*find_scene(cast, "greet"), "roaster")->kind == PartKind::Understudy);
    const Journey promoted = chosen(item(items, {"Cast", "Shift lead", "Support"}));
    CHECK(find_part(*find_scene(promoted, "greet"), "lead")->kind == PartKind::Support);
    const Journey uncast = chosen(item(items, {"Cast", "Barista", "Not Cast"}));
    CHECK(find_part(*find_scene(uncast, "greet"), "barista") == nullptr);
}

TEST_CASE("A scene's menu asks the window to rename, add after, delete and rehearse from it", "[menu]") {
    const auto items = scene_menu(test::edit_fixture(), "greet");
    CHECK(item(items, {"Rename"}).window == WindowCommand::Rename);
    CHECK(item(items, {"Add Scene After"}).window == WindowCommand::AddScene);
    CHECK(item(items, {"Delete Scene"}).window == WindowCommand::Delete);
    CHECK(item(items, {"Rehearse From Here"}).window == WindowCommand::Rehearse);
}

TEST_CASE("A role's menu renames and deletes; the paper's adds a stage or a scene; a missing element has none",
          "[menu]") {
    const Journey j = test::edit_fixture();
    CHECK(item(role_menu(j, "barista"), {"Delete Role"}).window == WindowCommand::Delete);
    CHECK(item(paper_menu(j), {"Add Stage"}).window == WindowCommand::AddStage);
    CHECK(item(paper_menu(j), {"Add Scene"}).window == WindowCommand::AddScene);
    CHECK(scene_menu(j, "ghost").empty());
    CHECK(role_menu(j, "ghost").empty());
}

TEST_CASE("A stage's menu renames it, adds a scene to it or a stage after it, and deletes it", "[menu]") {
    const auto items = stage_menu(test::edit_fixture(), "serve");
    CHECK(item(items, {"Rename"}).window == WindowCommand::Rename);
    CHECK(item(items, {"Add Scene"}).window == WindowCommand::AddScene);
    CHECK(item(items, {"Add Stage After"}).window == WindowCommand::AddStage);
    CHECK(item(items, {"Delete Stage"}).window == WindowCommand::Delete);
    CHECK(stage_menu(test::edit_fixture(), "ghost").empty());
}

TEST_CASE("A flow's menu edits its label, changes its kind and deletes it", "[menu]") {
    const Journey j = test::edit_fixture();   // flow 1: order to brew, a handoff labelled "ticket"
    const auto items = flow_menu(j, 1);
    CHECK(item(items, {"Edit Label"}).window == WindowCommand::Rename);
    CHECK(item(items, {"Delete Flow"}).window == WindowCommand::Delete);
    CHECK(item(items, {"Kind", "Handoff"}).checked);
    CHECK_FALSE(item(items, {"Kind", "Handoff"}).command);
    const Journey changed = chosen(item(items, {"Kind", "Alternative"}));
    CHECK(changed.flows[1].kind == FlowKind::Alternative);
    CHECK(changed.flows[1].label == "ticket");
    CHECK(flow_menu(j, 99).empty());
}

TEST_CASE("An empty place's menu adds a scene or a stage right there, before the paper's items", "[menu]") {
    const Journey j = test::edit_fixture();
    AddPlace cell;
    cell.stage = 1;
    cell.lane = Lane::Backstage;
    const auto items = place_menu(j, cell);
    REQUIRE(items.size() == paper_menu(j).size() + 1);
    CHECK(items[0].path == std::vector<std::string>{"Add Scene Here"});
    CHECK(items[0].window == WindowCommand::AddHere);
    CHECK(items[1].separator_before);
    AddPlace gap;
    gap.what = AddPlace::What::Stage;
    CHECK(place_menu(j, gap)[0].path == std::vector<std::string>{"Add Stage Here"});
}
