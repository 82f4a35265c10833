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
