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

TEST_CASE("Lines of text pasted after a scene become scenes in its lane, in order, as one undo step", "[paste]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    Action paste = paste_scenes(journey, Selection::scene("greet"), "  Take a number \r\n\nWait, watch the screen\n");
    REQUIRE(paste.command);
    CHECK(paste.command->name() == "Paste scenes");
    CHECK(paste.select_after == Selection::scene("take-a-number"));
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(paste.command)));
    const auto& scenes = journey.stages[0].scenes;
    REQUIRE(scenes.size() == 4);
    CHECK(scenes[1].name == "Take a number");
    CHECK(scenes[2].name == "Wait, watch the screen");
    CHECK(scenes[2].id == "wait-watch-the-screen");
    CHECK(scenes[1].lane == Lane::Frontstage);
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}

TEST_CASE("Lines pasted on a stage go to its end; the same name twice gets two ids", "[paste]") {
    Journey journey = test::edit_fixture();
    Action paste = paste_scenes(journey, Selection::stage("serve"), "Refill\nRefill");
    REQUIRE(paste.command);
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(paste.command)));
    const auto& scenes = journey.stages[1].scenes;
    REQUIRE(scenes.size() == 5);
    CHECK(scenes[3].id == "refill");
    CHECK(scenes[4].id == "refill-2");
}

TEST_CASE("Nothing is pasted without a stage or scene selected, or without a line of text", "[paste]") {
    const Journey j = test::edit_fixture();
    CHECK(paste_scenes(j, Selection::journey(), "A").refusal == "Select a stage or a scene to paste scenes into.");
    CHECK(paste_scenes(j, Selection::stage("serve"), " \n\t\n").refusal ==
          "There is no line of text to paste as a scene.");
}

TEST_CASE("Ctrl+Up and Ctrl+Down move the selected scene one lane up or down, stopping at the edges", "[keys]") {
    Journey journey = test::edit_fixture();   // greet: frontstage; order: customer; beans: support
    History history;
    REQUIRE_FALSE(history.execute(journey, move_to_next_lane(journey, Selection::scene("greet"), false).command));
    CHECK(find_scene(journey, "greet")->lane == Lane::Backstage);
    CHECK(history.undo_name() == "Change scene lane");
    CHECK(move_to_next_lane(journey, Selection::scene("order"), true).refusal ==
          "The scene is in the top lane already.");
    CHECK(move_to_next_lane(journey, Selection::scene("beans"), false).refusal ==
          "The scene is in the bottom lane already.");
    CHECK(move_to_next_lane(journey, Selection::role("lead"), true).refusal ==
          "Select a scene to move it to another lane.");
}

TEST_CASE("The digit keys rate the selected scene's emotion: 1 is -2, 3 is neutral, 5 is +2, 0 clears", "[keys]") {
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, emotion_from_key(journey, Selection::scene("order"), '1')));
    CHECK(find_scene(journey, "order")->emotion == -2);
    REQUIRE_FALSE(history.execute(journey, emotion_from_key(journey, Selection::scene("order"), '5')));
    CHECK(find_scene(journey, "order")->emotion == 2);
    REQUIRE_FALSE(history.execute(journey, emotion_from_key(journey, Selection::scene("order"), '3')));
    CHECK(find_scene(journey, "order")->emotion == 0);
    REQUIRE_FALSE(history.execute(journey, emotion_from_key(journey, Selection::scene("order"), '0')));
    CHECK_FALSE(find_scene(journey, "order")->emotion.has_value());
    CHECK(history.undo_name() == "Change scene emotion");
    CHECK_FALSE(emotion_from_key(journey, Selection::scene("order"), '6'));
    CHECK_FALSE(emotion_from_key(journey, Selection::role("lead"), '3'));
}

TEST_CASE("A copied scene pastes as a copy with its content and a new id, after the selected scene; one undo step",
          "[keys]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    const Scene copied = *find_scene(journey, "greet");
    History history;
    Action paste = paste_scene_copy(journey, copied, Selection::scene("brew"));
    REQUIRE(paste.command);
    REQUIRE_FALSE(history.execute(journey, std::move(paste.command)));
    const Stage& serve = *find_stage(journey, "serve");
    REQUIRE(serve.scenes.size() == 4);
    const Scene& copy = serve.scenes[1];   // right after "brew"
    CHECK(copy.id == "greeting");
    CHECK(paste.select_after == Selection::scene("greeting"));
    CHECK(copy.name == copied.name);
    CHECK(copy.parts == copied.parts);
    CHECK(copy.pains == copied.pains);
    CHECK(copy.kpis == copied.kpis);
    CHECK(copy.lane == copied.lane);
    CHECK(journey.flows.size() == before.flows.size());   // flows are not copied
    CHECK(history.undo_name() == "Paste scene");
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}

TEST_CASE("A copied scene keeps only the parts and tags the journey still has, and needs a place to go", "[keys]") {
    Journey journey = test::edit_fixture();
    Scene copied = *find_scene(journey, "greet");
    copied.parts.push_back({"gone-role", PartKind::Support, {}, {}});
    copied.principles.push_back({"gone-principle", {}, {}});
    Action paste = paste_scene_copy(journey, copied, Selection::stage("arrive"));
    REQUIRE(paste.command);
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(paste.command)));
    const Scene& copy = find_stage(journey, "arrive")->scenes.back();   // the end of the stage
    CHECK(copy.parts.size() == find_scene(journey, "greet")->parts.size());
    CHECK(copy.principles.size() == find_scene(journey, "greet")->principles.size());
    CHECK_FALSE(paste_scene_copy(journey, copied, Selection::none()).command);
    CHECK_FALSE(paste_scene_copy(journey, copied, Selection::none()).refusal.empty());
}
