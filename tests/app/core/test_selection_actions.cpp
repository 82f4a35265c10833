// Where Add puts a new stage, scene or role for the selection, what Delete removes, and which
// scene Find selects next.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/editor/core/selection_actions.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {

// Runs the command on the fixture and returns the journey after it; it must succeed.
Journey run(CommandPtr command) {
    REQUIRE(command);
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(command)));
    return journey;
}
Journey run(Action action) { return run(std::move(action.command)); }

std::vector<std::string> stage_ids(const Journey& j) {
    std::vector<std::string> ids;
    for (const auto& s : j.stages) ids.push_back(s.id);
    return ids;
}

std::vector<std::string> scene_ids(const Stage& s) {
    std::vector<std::string> ids;
    for (const auto& t : s.scenes) ids.push_back(t.id);
    return ids;
}

}   // namespace

TEST_CASE("A new stage goes after the selected stage, or after the selected scene's stage", "[actions]") {
    const Journey j = test::edit_fixture();
    Action after_stage = add_stage_for(j, Selection::stage("arrive"));
    CHECK(after_stage.select_after == Selection::stage("new-stage"));
    CHECK(stage_ids(run(std::move(after_stage))) == std::vector<std::string>{"arrive", "new-stage", "serve"});
    CHECK(stage_ids(run(add_stage_for(j, Selection::scene("order")))) ==
          std::vector<std::string>{"arrive", "new-stage", "serve"});
    CHECK(stage_ids(run(add_stage_for(j, Selection::none()))) ==
          std::vector<std::string>{"arrive", "serve", "new-stage"});
}

TEST_CASE("A new scene goes after the selected scene, at the end of the selected stage, or at the end", "[actions]") {
    const Journey j = test::edit_fixture();
    Action after_scene = add_scene_for(j, Selection::scene("greet"));
    CHECK(after_scene.select_after == Selection::scene("new-scene"));
    CHECK(scene_ids(run(std::move(after_scene)).stages[0]) == std::vector<std::string>{"greet", "new-scene", "order"});
    CHECK(scene_ids(run(add_scene_for(j, Selection::stage("arrive"))).stages[0]) ==
          std::vector<std::string>{"greet", "order", "new-scene"});
    CHECK(scene_ids(run(add_scene_for(j, Selection::role("barista"))).stages[1]) ==
          std::vector<std::string>{"brew", "beans", "survey", "new-scene"});
}

TEST_CASE("A scene cannot be added to a journey without stages, and the refusal says why", "[actions]") {
    Journey j = test::edit_fixture();
    j.stages.clear();
    j.flows.clear();
    const Action action = add_scene_for(j, Selection::journey());
    CHECK_FALSE(action.command);
    CHECK(action.refusal == "Add a stage first: every scene belongs to a stage.");
}

TEST_CASE("New roles get distinct colours from a colour-blind safe palette", "[actions]") {
    Journey j = test::edit_fixture();
    j.cast.clear();
    for (Stage& s : j.stages)
        for (Scene& t : s.scenes) t.parts.clear();
    std::vector<std::string> colours;
    History history;
    for (int i = 0; i < 9; ++i) {
        Action add = add_role_to(j);
        REQUIRE_FALSE(history.execute(j, std::move(add.command)));
        colours.push_back(j.cast.back().colour);
    }
    std::sort(colours.begin(), colours.end());
    CHECK(std::unique(colours.begin(), colours.end()) == colours.end());
    CHECK(colours.front().size() == 7);
}

TEST_CASE("A new role joins the end of the cast and is selected", "[actions]") {
    Action action = add_role_to(test::edit_fixture());
    CHECK(action.select_after == Selection::role("new-role"));
    CHECK(run(std::move(action)).cast.back().name == "New role");
}

TEST_CASE("Delete removes the selected stage, scene, role, principle or flow, and nothing else", "[actions]") {
    const Journey before = test::edit_fixture();
    CHECK(find_stage(run(delete_selected(Selection::stage("serve"))), "serve") == nullptr);
    CHECK(find_scene(run(delete_selected(Selection::scene("brew"))), "brew") == nullptr);
    CHECK(find_role(run(delete_selected(Selection::role("lead"))), "lead") == nullptr);
    CHECK(find_principle(run(delete_selected(Selection::principle("honest"))), "honest") == nullptr);
    CHECK(run(delete_selected(Selection::flow(0))).flows.size() == before.flows.size() - 1);
    CHECK_FALSE(can_delete(Selection::journey()));
    CHECK_FALSE(can_delete(Selection::none()));
    CHECK(can_delete(Selection::scene("greet")));
}

TEST_CASE("Find walks through the matching scenes after the selected one, ignoring case, and wraps round",
          "[actions]") {
    const Journey j = test::edit_fixture();
    CHECK(find_next_scene(j, Selection::none(), "B") == std::optional<std::string>("brew"));
    CHECK(find_next_scene(j, Selection::scene("brew"), "b") == std::optional<std::string>("beans"));
    CHECK(find_next_scene(j, Selection::scene("beans"), "b") == std::optional<std::string>("brew"));
    CHECK(find_next_scene(j, Selection::none(), "EMAIL") == std::optional<std::string>("survey"));
    CHECK_FALSE(find_next_scene(j, Selection::none(), "tea"));
    CHECK_FALSE(find_next_scene(j, Selection::none(), ""));
}

TEST_CASE("A principle, a persona for a journey without one, and a KPI on a scene can be added", "[actions]") {
    Journey journey = test::edit_fixture();
    History history;
    Action principle = add_principle_to(journey);
    CHECK(principle.select_after == Selection::principle("new-principle"));
    REQUIRE_FALSE(history.execute(journey, std::move(principle.command)));
    CHECK(journey.principles.back().name == "New principle");

    CHECK(add_persona_to(journey).refusal == "This journey has a persona: edit it in Properties.");
    journey.persona.reset();
    journey.kind = JourneyKind::Employee;
    REQUIRE_FALSE(history.execute(journey, add_persona_to(journey).command));
    REQUIRE(journey.persona);
    CHECK(journey.persona->name == "Employee");
    CHECK(history.undo_name() == "Add persona");

    CHECK(add_kpi_to(journey, Selection::journey()).refusal == "Select a scene to add a KPI to it.");
    const std::size_t kpis = find_scene(journey, "order")->kpis.size();
    REQUIRE_FALSE(history.execute(journey, add_kpi_to(journey, Selection::scene("order")).command));
    CHECK(find_scene(journey, "order")->kpis.size() == kpis + 1);
    CHECK(find_scene(journey, "order")->kpis.back().name == "New KPI");
}
