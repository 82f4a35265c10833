// Removing an element removes what refers to it; undo brings every piece back in place.
#include <catch2/catch.hpp>

#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
namespace ed = stagecraft::edits;

namespace {
bool any_part_of(const Journey& j, const std::string& role) {
    for (const auto* t : all_scenes(j))
        if (find_part(*t, role)) return true;
    return false;
}
bool any_flow_touching(const Journey& j, const std::string& scene) {
    for (const auto& f : j.flows)
        if (f.from == scene || f.to == scene) return true;
    return false;
}
}   // namespace

TEST_CASE("Removing a role removes its parts in every scene and undo restores them", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::remove_role("barista")));
    CHECK(find_role(journey, "barista") == nullptr);
    CHECK_FALSE(any_part_of(journey, "barista"));
    CHECK(find_part(*find_scene(journey, "brew"), "lead") != nullptr);
    history.undo(journey);
    CHECK(journey == before);
    CHECK(find_scene(journey, "brew")->parts[1].role == "barista");
}

TEST_CASE("Removing a scene removes the flows that touch it and undo restores their order", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::remove_scene("brew")));
    CHECK(find_scene(journey, "brew") == nullptr);
    CHECK_FALSE(any_flow_touching(journey, "brew"));
    CHECK(journey.flows.size() == 1);
    history.undo(journey);
    CHECK(journey == before);
}

TEST_CASE("Removing a stage removes its scenes and their flows", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::remove_stage("arrive")));
    CHECK(find_scene(journey, "greet") == nullptr);
    CHECK_FALSE(any_flow_touching(journey, "greet"));
    CHECK_FALSE(any_flow_touching(journey, "order"));
    history.undo(journey);
    CHECK(journey == before);
}

TEST_CASE("Removing a principle removes its tags and undo restores them", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::remove_principle("attention")));
    for (const auto* t : all_scenes(journey))
        for (const auto& tag : t->principles) CHECK(tag.ref != "attention");
    history.undo(journey);
    CHECK(journey == before);
}

TEST_CASE("Changing a scene id updates the flows that name it", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::set_scene_id("brew", "brewing")));
    CHECK_FALSE(any_flow_touching(journey, "brew"));
    int uses = 0;
    for (const auto& f : journey.flows) uses += (f.from == "brewing") + (f.to == "brewing");
    CHECK(uses == 4);
}

TEST_CASE("Changing a role id updates the parts that name it", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::set_role_id("barista", "brewer")));
    CHECK_FALSE(any_part_of(journey, "barista"));
    CHECK(find_part(*find_scene(journey, "survey"), "brewer") != nullptr);
}

TEST_CASE("A sequence of edits undone in reverse returns the original journey", "[edits][cascade]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    REQUIRE_FALSE(history.execute(journey, ed::rename_scene("brew", "Pull the shot")));
    REQUIRE_FALSE(history.execute(journey, ed::move_scene("brew", "arrive", 0)));
    REQUIRE_FALSE(history.execute(journey, ed::remove_role("lead")));
    REQUIRE_FALSE(history.execute(journey, ed::remove_scene("greet")));
    REQUIRE_FALSE(history.execute(journey, ed::move_stage("serve", 0)));
    const Journey after = journey;
    while (history.undo(journey)) {}
    CHECK(journey == before);
    while (history.redo(journey)) {}
    CHECK(journey == after);
}
