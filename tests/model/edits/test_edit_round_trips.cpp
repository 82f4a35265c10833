// Every edit applied, undone and redone: the journey changes, comes back exactly, and redo gives
// the same result as the first apply.
#include <catch2/catch.hpp>

#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
namespace ed = stagecraft::edits;

namespace {

void check_round_trip(CommandPtr command) {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    const std::string name = command->name();
    auto error = history.execute(journey, std::move(command));
    INFO(name << ": " << error.value_or(""));
    REQUIRE_FALSE(error);
    CHECK(journey != before);
    const Journey after = journey;
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
    REQUIRE(history.redo(journey));
    CHECK(journey == after);
    REQUIRE(history.undo(journey));
    CHECK(journey == before);
}

Stage new_stage() {
    Stage s;
    s.id = "leave";
    s.name = "Leave";
    return s;
}

Scene new_scene() {
    Scene t;
    t.id = "pay";
    t.name = "Pay";
    return t;
}

Role new_role() {
    Role r;
    r.id = "runner";
    r.name = "Runner";
    return r;
}

Flow new_flow() {
    Flow f;
    f.from = "order";
    f.to = "survey";
    f.kind = FlowKind::FollowUp;
    return f;
}

}   // namespace

TEST_CASE("Journey property edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::set_journey_title("Evening tea"));
    check_round_trip(ed::set_journey_description("Another description"));
    check_round_trip(ed::set_journey_kind(JourneyKind::Employee));
    check_round_trip(ed::set_journey_id("tea"));
    Meta meta;
    meta.organisation = "Bean & Co";
    check_round_trip(ed::set_meta(meta));
}

TEST_CASE("Persona edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::edit_persona("Add persona need", [](Persona& persona) { persona.needs.push_back("Wi-Fi"); }));
}

TEST_CASE("Stage edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::add_stage(new_stage()));
    check_round_trip(ed::add_stage(new_stage(), 0));
    check_round_trip(ed::remove_stage("arrive"));
    check_round_trip(ed::rename_stage("serve", "Hand over"));
    check_round_trip(ed::set_stage_goal("serve", "Get the coffee"));
    check_round_trip(ed::set_stage_id("serve", "handover"));
    check_round_trip(ed::move_stage("serve", 0));
    check_round_trip(ed::move_stage("arrive", ed::kEnd));
}

TEST_CASE("Scene edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::add_scene("serve", new_scene()));
    check_round_trip(ed::add_scene("arrive", new_scene(), 0));
    check_round_trip(ed::remove_scene("brew"));
    check_round_trip(ed::rename_scene("greet", "Welcome"));
    check_round_trip(ed::move_scene("greet", "serve", 1));
    check_round_trip(ed::move_scene("survey", "serve", 0));
    check_round_trip(ed::set_scene_id("brew", "brewing"));
    check_round_trip(ed::set_scene_lane("greet", Lane::Customer));
    check_round_trip(ed::set_scene_channel("greet", Channel::App));
    check_round_trip(ed::set_scene_description("greet", "Hello"));
    check_round_trip(ed::set_scene_script("greet", "Good morning!"));
    check_round_trip(ed::set_scene_emotion("greet", -2));
    check_round_trip(ed::set_scene_emotion("greet", std::nullopt));
    check_round_trip(ed::set_scene_minutes("greet", 2.5));
    check_round_trip(ed::set_scene_wait("greet", 4.0));
    check_round_trip(ed::set_scene_fail_point("greet", true));
    check_round_trip(ed::set_scene_moment_of_truth("greet", false));
    check_round_trip(ed::set_scene_follow_up("survey", "1w"));
}

TEST_CASE("Cast part edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::assign_part("order", "barista", PartKind::Lead));
    check_round_trip(ed::unassign_part("greet", "barista"));
    check_round_trip(ed::set_part_kind("greet", "lead", PartKind::Support));
}

TEST_CASE("Scene list edits round-trip through undo and redo", "[edits]") {
    for (auto list : {ed::SceneList::Props, ed::SceneList::Pains, ed::SceneList::Opportunities}) {
        check_round_trip(ed::add_scene_item("greet", list, "New item"));
        check_round_trip(ed::remove_scene_item("greet", list, 0));
        check_round_trip(ed::set_scene_item("greet", list, 0, "Changed"));
        check_round_trip(ed::add_scene_item("greet", list, "First", 0));
        check_round_trip(ed::set_scene_items("greet", list, {"One", "Two"}));
    }
    check_round_trip(ed::set_kpi("greet", 0, {"Wait", "min", "2", "4", {}, {}}));
    check_round_trip(ed::add_principle_tag("brew", "attention"));
    check_round_trip(ed::remove_principle_tag("order", "honest"));
}

TEST_CASE("Role edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::add_role(new_role()));
    check_round_trip(ed::add_role(new_role(), 1));
    check_round_trip(ed::remove_role("barista"));
    check_round_trip(ed::rename_role("lead", "Supervisor"));
    check_round_trip(ed::set_role_id("barista", "brewer"));
    check_round_trip(ed::set_role_zone("lead", Zone::Support));
    check_round_trip(ed::set_role_colour("lead", "#abc"));
    check_round_trip(ed::set_role_description("lead", "Runs the shift"));
    check_round_trip(ed::set_role_capacity("lead", 120.0));
    check_round_trip(ed::set_role_capacity("barista", std::nullopt));
}

TEST_CASE("Principle edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::remove_principle("attention"));
    check_round_trip(ed::rename_principle("honest", "Honesty"));
    check_round_trip(ed::set_principle_description("honest", "Say what will happen"));
}

TEST_CASE("Flow edits round-trip through undo and redo", "[edits]") {
    check_round_trip(ed::remove_flow(2));
    check_round_trip(ed::set_flow(1, new_flow()));
}

TEST_CASE("An edit that cannot apply leaves the journey and the history untouched", "[edits]") {
    Journey journey = test::edit_fixture();
    const Journey before = journey;
    History history;
    CHECK(history.execute(journey, ed::rename_scene("nope", "x")));
    CHECK(history.execute(journey, ed::add_scene("serve", [] {
                              Scene t;
                              t.id = "greet";
                              return t;
                          }())));
    CHECK(history.execute(journey, ed::add_role([] {
                              Role r;
                              r.id = "9bad";
                              return r;
                          }())));
    CHECK(history.execute(journey, ed::assign_part("order", "ghost", PartKind::Lead)));
    CHECK(history.execute(journey, ed::assign_part("greet", "barista", PartKind::Support)));
    CHECK(history.execute(journey, ed::set_scene_emotion("greet", 3)));
    CHECK(history.execute(journey, ed::set_scene_minutes("greet", -1.0)));
    CHECK(history.execute(journey, ed::set_scene_follow_up("survey", "soon")));
    CHECK(history.execute(journey, ed::set_role_colour("lead", "teal")));
    CHECK(history.execute(journey, ed::set_scene_id("greet", "order")));
    CHECK(history.execute(journey, ed::set_flow(0, [] {
                              Flow f;
                              f.from = "greet";
                              f.to = "ghost";
                              return f;
                          }())));
    CHECK(history.execute(journey, ed::remove_flow(99)));
    CHECK(history.execute(journey, ed::detail::edit_always<Scene>(ed::detail::by_id<Scene>("greet"), "Sneaky",
                                                                  [](Scene& t) { t.id = "x"; })));
    CHECK(history.execute(journey, ed::set_scene_item("greet", ed::SceneList::Props, 99, "x")));
    CHECK(journey == before);
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(history.modified());
}

TEST_CASE("Edits carry the names shown in the undo menu", "[edits]") {
    CHECK(ed::rename_scene("greet", "x")->name() == "Rename scene");
    CHECK(ed::remove_role("barista")->name() == "Delete role");
    CHECK(ed::add_scene_item("greet", ed::SceneList::Pains, "x")->name() == "Add pain point");
    CHECK(ed::set_scene_items("greet", ed::SceneList::Props, {})->name() == "Change props");
    CHECK(ed::move_stage("serve", 0)->name() == "Move stage");
    CHECK(ed::add_stage(Stage{})->name() == "Add stage");
    CHECK(ed::set_scene_id("greet", "hello")->name() == "Change scene id");
    CHECK(ed::set_part_kind("greet", "lead", PartKind::Lead)->name() == "Change part");
}

TEST_CASE("unused_id finds an id no element uses", "[edits]") {
    Journey journey = test::edit_fixture();
    Stage s;
    s.id = "scene-1";
    journey.stages.push_back(s);
    CHECK(ed::unused_id(journey, "scene") == "scene-2");
    CHECK(ed::unused_id(journey, "role") == "role-1");
}
