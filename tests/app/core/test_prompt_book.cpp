// The rehearsal prompt book: one page per scene in playing order, with cast, props and cues.
#include <catch2/catch.hpp>

#include "app/editor/core/prompt_book.hpp"
#include "edit_fixture.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("The prompt book has a page per scene, stage by stage", "[rehearsal]") {
    const auto pages = prompt_book(test::edit_fixture());
    REQUIRE(pages.size() == 5);
    CHECK(pages[0].scene_id == "greet");
    CHECK(pages[0].stage == "Arrive");
    CHECK(pages[0].stage_number == 1);
    CHECK(pages[2].scene_id == "brew");
    CHECK(pages[2].stage_number == 2);
}

TEST_CASE("A page lists the cast by part with role names, leads first", "[rehearsal]") {
    const auto pages = prompt_book(test::edit_fixture());
    const auto& brew = pages[2];   // lead: support, barista: lead in the file
    REQUIRE(brew.cast.size() == 2);
    CHECK(brew.cast[0].role == "Barista");
    CHECK(brew.cast[0].part == PartKind::Lead);
    CHECK(brew.cast[1].role == "Shift lead");
    CHECK(brew.cast[1].part == PartKind::Support);
}

TEST_CASE("Cues follow the scene's flows, or the next scene when it has none", "[rehearsal]") {
    const auto pages = prompt_book(test::edit_fixture());
    const auto& greet = pages[0];
    REQUIRE(greet.cues.size() == 2);
    CHECK(greet.cues[0].to_id == "order");
    CHECK(greet.cues[1].kind == FlowKind::Alternative);
    const auto& order = pages[1];
    REQUIRE(order.cues.size() == 1);
    CHECK(order.cues[0].label == "ticket");
    const auto& survey = pages[4];   // the last scene, no outgoing flows
    CHECK(survey.cues.empty());
    CHECK(survey.follow_up == "3d");
}

TEST_CASE("A page names the principles the scene must embody", "[rehearsal]") {
    const auto pages = prompt_book(test::edit_fixture());
    CHECK(pages[1].principles == std::vector<std::string>{"Honest communication", "Undivided attention"});
    CHECK(pages[0].props == std::vector<std::string>{"Menu board", "Queue screen"});
}
