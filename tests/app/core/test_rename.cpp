// Renaming keeps ids readable: an id still made from the name follows the new name in the same
// undo step; any other id stays.
#include <catch2/catch.hpp>

#include "app/editor/core/rename.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("Ids are made from names: lower case, dashes, unique, starting with a letter", "[rename]") {
    const Journey j = test::edit_fixture();
    CHECK(edits::id_from_name(j, "Check-in at the desk!", "scene") == "check-in-at-the-desk");
    CHECK(edits::id_from_name(j, "Greet", "scene") == "greet-2");   // "greet" is taken
    CHECK(edits::id_from_name(j, "2nd visit", "scene") == "scene-2nd-visit");
    CHECK(edits::id_from_name(j, "\xE6\x97\xA5\xE6\x9C\xAC", "scene") == "scene-1");   // no ASCII letter
    CHECK(edits::id_made_from("greet-2", "Greet"));
    CHECK(edits::id_made_from("scene-2nd-visit", "2nd visit"));
    CHECK_FALSE(edits::id_made_from("greet", "Greeting"));
    CHECK_FALSE(edits::id_made_from("greet-x", "Greet"));
}

TEST_CASE("A new scene renamed takes an id from its new name, flows follow, and one undo takes both back", "[rename]") {
    Journey journey = test::edit_fixture();
    History history;
    Action add = add_scene_for(journey, Selection::scene("greet"));
    REQUIRE_FALSE(history.execute(journey, std::move(add.command)));
    REQUIRE(add.select_after == Selection::scene("new-scene"));
    Flow flow;
    flow.from = "greet";
    flow.to = "new-scene";
    REQUIRE_FALSE(history.execute(journey, edits::add_flow(flow)));
    const Journey before = journey;

    Rename rename = rename_element(journey, Selection::scene("new-scene"), "Check in");
    REQUIRE(rename.command);
    CHECK(rename.command->name() == "Rename scene");
    CHECK(rename.after == Selection::scene("check-in"));
    REQUIRE_FALSE(history.execute(journey, std::move(rename.command)));
    REQUIRE(find_scene(journey, "check-in"));
    CHECK(find_scene(journey, "check-in")->name == "Check in");
    CHECK(journey.flows.back().to == "check-in");
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}

TEST_CASE("An id that does not follow the name stays when the element is renamed", "[rename]") {
    Journey journey = test::edit_fixture();   // scene "greet" is named "Greeting"
    Rename rename = rename_element(journey, Selection::scene("greet"), "Welcome");
    REQUIRE(rename.command);
    CHECK(rename.after == Selection::scene("greet"));
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(rename.command)));
    CHECK(find_scene(journey, "greet")->name == "Welcome");
}

TEST_CASE("Stages and roles follow the same rule; an unchanged name makes no command", "[rename]") {
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, add_stage_for(journey, Selection::none()).command));
    REQUIRE_FALSE(history.execute(journey, add_role_to(journey).command));
    CHECK(rename_element(journey, Selection::stage("new-stage"), "Leave").after == Selection::stage("leave"));
    CHECK(rename_element(journey, Selection::role("new-role"), "Host").after == Selection::role("host"));
    CHECK(rename_element(journey, Selection::role("new-role"), "New role").command == nullptr);
}

TEST_CASE("Renaming the journey sets its title, and its id while the id follows the title", "[rename]") {
    Journey journey = test::edit_fixture();
    journey.title = "Untitled journey";
    journey.id = "untitled-journey";
    const Journey before = journey;
    History history;
    Rename rename = rename_element(journey, Selection::journey(), "Dentist check-up");
    REQUIRE(rename.command);
    CHECK(rename.after == Selection::journey());
    REQUIRE_FALSE(history.execute(journey, std::move(rename.command)));
    CHECK(journey.title == "Dentist check-up");
    CHECK(journey.id == "dentist-check-up");
    // An id that does not follow the title stays.
    journey.id = "dentist-2026";
    Rename again = rename_element(journey, Selection::journey(), "Dental visit");
    REQUIRE_FALSE(history.execute(journey, std::move(again.command)));
    CHECK(journey.id == "dentist-2026");
    CHECK_FALSE(rename_element(journey, Selection::journey(), "Dental visit").command);   // unchanged
    journey.id = "dentist-check-up";
    REQUIRE(history.undo(journey));
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}
