// Connecting two scenes: the flow kind proposed, and what is refused.
#include <catch2/catch.hpp>

#include "app/editor/core/connect.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("A flow between scenes led by different roles is proposed as a handoff", "[connect]") {
    const Journey j = test::edit_fixture();
    CHECK(proposed_flow_kind(j, "beans", "brew") == FlowKind::Handoff);   // roaster, then barista
}

TEST_CASE("A flow between scenes with the same lead, or without one, is proposed as a sequence", "[connect]") {
    const Journey j = test::edit_fixture();
    CHECK(proposed_flow_kind(j, "greet", "brew") == FlowKind::Sequence);   // barista leads both
    CHECK(proposed_flow_kind(j, "order", "brew") == FlowKind::Sequence);   // the customer's own action
}

TEST_CASE("A flow into a scene played after the visit is proposed as a follow-up", "[connect]") {
    const Journey j = test::edit_fixture();
    CHECK(proposed_flow_kind(j, "beans", "survey") == FlowKind::FollowUp);
}

TEST_CASE("Connecting adds the flow at the end, selects it, and undo takes it back", "[connect]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    Action action = connect_scenes(journey, "order", "survey", FlowKind::Alternative);
    REQUIRE(action.command);
    CHECK(action.select_after == Selection::flow(static_cast<int>(before.flows.size())));
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(action.command)));
    REQUIRE(journey.flows.size() == before.flows.size() + 1);
    CHECK(journey.flows.back().from == "order");
    CHECK(journey.flows.back().to == "survey");
    CHECK(journey.flows.back().kind == FlowKind::Alternative);
    CHECK(history.undo_name() == "Add flow");
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}

TEST_CASE("A scene is not connected to itself, to a missing scene, or twice the same way", "[connect]") {
    const Journey j = test::edit_fixture();
    CHECK(connect_scenes(j, "greet", "greet", FlowKind::Sequence).refusal ==
          "A flow joins two different scenes: drop it on another scene.");
    CHECK(connect_scenes(j, "greet", "ghost", FlowKind::Sequence).refusal == "There is no scene 'ghost'.");
    CHECK(connect_scenes(j, "beans", "brew", FlowKind::Support).refusal ==
          "These scenes are already joined by a support flow.");
    CHECK(connect_scenes(j, "beans", "brew", FlowKind::Handoff).command);   // another kind may join them too
}

TEST_CASE("A role dropped on a scene without a lead leads it; on a led scene it supports", "[cast-drop]") {
    Journey journey = test::edit_fixture();
    History history;
    Action lead = cast_on_drop(journey, "order", "lead", false);   // the customer's scene: no lead yet
    REQUIRE(lead.command);
    CHECK(lead.select_after == Selection::scene("order"));
    REQUIRE_FALSE(history.execute(journey, std::move(lead.command)));
    CHECK(find_part(*find_scene(journey, "order"), "lead")->kind == PartKind::Lead);
    REQUIRE_FALSE(history.execute(journey, cast_on_drop(journey, "order", "roaster", false).command));
    CHECK(find_part(*find_scene(journey, "order"), "roaster")->kind == PartKind::Support);
    CHECK(history.undo_name() == "Cast role");
}

TEST_CASE("A role dropped holding Shift understudies; a role already cast changes its part", "[cast-drop]") {
    Journey journey = test::edit_fixture();   // greet: Barista leads, Shift lead understudies
    History history;
    REQUIRE_FALSE(history.execute(journey, cast_on_drop(journey, "greet", "roaster", true).command));
    CHECK(find_part(*find_scene(journey, "greet"), "roaster")->kind == PartKind::Understudy);
    REQUIRE_FALSE(history.execute(journey, cast_on_drop(journey, "greet", "lead", false).command));
    CHECK(find_part(*find_scene(journey, "greet"), "lead")->kind == PartKind::Support);
    CHECK(cast_on_drop(journey, "greet", "roaster", true).refusal == "Roaster already plays understudy in this scene.");
    CHECK(cast_on_drop(journey, "ghost", "roaster", true).refusal == "There is no scene 'ghost'.");
    CHECK(cast_on_drop(journey, "greet", "ghost", true).refusal == "There is no role 'ghost'.");
}

// The fixture: Arrive = greet (frontstage), order (customer); Serve = brew (backstage),
// beans (support), survey (frontstage).
namespace {
std::vector<std::string> ids(const Stage& s) {
    std::vector<std::string> out;
    for (const auto& t : s.scenes) out.push_back(t.id);
    return out;
}
Journey moved(Action action) {
    REQUIRE(action.command);
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(action.command)));
    CHECK(history.undo_name() == "Move scene");
    return journey;
}
}   // namespace

TEST_CASE("A scene dropped on another goes just before it, into its stage and lane", "[move-drop]") {
    const Journey j = test::edit_fixture();
    const Journey after = moved(move_scene_onto(j, "greet", Selection::scene("beans"), false));
    CHECK(ids(after.stages[0]) == std::vector<std::string>{"order"});
    CHECK(ids(after.stages[1]) == std::vector<std::string>{"brew", "greet", "beans", "survey"});
    CHECK(find_scene(after, "greet")->lane == Lane::Support);
}

TEST_CASE("A scene dropped on the right half of another goes just after it; within a stage too", "[move-drop]") {
    const Journey j = test::edit_fixture();
    CHECK(ids(moved(move_scene_onto(j, "brew", Selection::scene("survey"), true)).stages[1]) ==
          std::vector<std::string>{"beans", "survey", "brew"});
    CHECK(ids(moved(move_scene_onto(j, "survey", Selection::scene("brew"), false)).stages[1]) ==
          std::vector<std::string>{"survey", "brew", "beans"});
}

TEST_CASE("A scene dropped on a stage's title goes to its end in its own lane; no move, no command", "[move-drop]") {
    const Journey j = test::edit_fixture();
    const Journey after = moved(move_scene_onto(j, "greet", Selection::stage("serve"), false));
    CHECK(ids(after.stages[1]).back() == "greet");
    CHECK(find_scene(after, "greet")->lane == Lane::Frontstage);
    const Action nothing = move_scene_onto(j, "greet", Selection::scene("greet"), false);
    CHECK_FALSE(nothing.command);
    CHECK(nothing.refusal.empty());
    CHECK_FALSE(move_scene_onto(j, "order", Selection::stage("arrive"), false).command);   // already last there
}

TEST_CASE("A stage dropped on another stage's title goes before it, or after it on its right half", "[move-drop]") {
    Journey journey = test::edit_fixture();   // arrive, serve
    History history;
    Action move = move_stage_onto(journey, "serve", "arrive", false);
    REQUIRE(move.command);
    CHECK(move.select_after == Selection::stage("serve"));
    REQUIRE_FALSE(history.execute(journey, std::move(move.command)));
    CHECK(journey.stages[0].id == "serve");
    CHECK(history.undo_name() == "Move stage");
    REQUIRE_FALSE(history.execute(journey, move_stage_onto(journey, "serve", "arrive", true).command));
    CHECK(journey.stages[1].id == "serve");
    CHECK_FALSE(move_stage_onto(journey, "serve", "arrive", true).command);   // already there
    CHECK(move_stage_onto(journey, "ghost", "arrive", true).refusal == "There is no stage 'ghost'.");
}
