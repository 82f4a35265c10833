// The arrow keys on the diagram step between scenes; Ctrl+D duplicates one.
#include <catch2/catch.hpp>

#include "app/editor/core/scene_keys.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {
std::optional<std::string> scene(const char* id) { return std::string(id); }
}   // namespace

// The fixture: Arrive = greet (frontstage), order (customer); Serve = brew (backstage),
// beans (support), survey (frontstage).
TEST_CASE("Left and right step through the scenes in the journey's order, across stages", "[keys]") {
    const Journey j = test::edit_fixture();
    CHECK(scene_after_step(j, "greet", Step::Next) == scene("order"));
    CHECK(scene_after_step(j, "order", Step::Next) == scene("brew"));
    CHECK(scene_after_step(j, "brew", Step::Previous) == scene("order"));
    CHECK_FALSE(scene_after_step(j, "greet", Step::Previous));
    CHECK_FALSE(scene_after_step(j, "survey", Step::Next));
}

TEST_CASE("Up and down step to the nearest lane above or below with a scene in the same stage", "[keys]") {
    const Journey j = test::edit_fixture();
    CHECK(scene_after_step(j, "greet", Step::Up) == scene("order"));
    CHECK(scene_after_step(j, "order", Step::Down) == scene("greet"));
    CHECK_FALSE(scene_after_step(j, "greet", Step::Down));   // nothing backstage in Arrive
    CHECK(scene_after_step(j, "beans", Step::Up) == scene("brew"));
    CHECK(scene_after_step(j, "brew", Step::Up) == scene("survey"));   // frontstage, the nearest lane above
    CHECK(scene_after_step(j, "survey", Step::Down) == scene("brew"));
    CHECK_FALSE(scene_after_step(j, "ghost", Step::Up));
}

TEST_CASE("Duplicating a scene puts a copy with its content and a new id right after it", "[keys]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    Action action = duplicate_scene(journey, "greet");
    REQUIRE(action.command);
    CHECK(action.command->name() == "Duplicate scene");
    CHECK(action.select_after == Selection::scene("greeting"));
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(action.command)));
    const auto& scenes = journey.stages[0].scenes;
    REQUIRE(scenes.size() == 3);
    CHECK(scenes[1].id == "greeting");
    Scene copy = scenes[1];
    copy.id = "greet";
    CHECK(copy == scenes[0]);
    CHECK(journey.flows == before.flows);
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
    CHECK_FALSE(duplicate_scene(journey, "ghost").command);
}
