// Outline drag and drop: each drop becomes the move a user means, undoable like any edit.
#include <catch2/catch.hpp>

#include "app/editor/core/outline_drop.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {
std::vector<std::string> scene_order(const Stage& s) {
    std::vector<std::string> out;
    for (const auto& t : s.scenes) out.push_back(t.id);
    return out;
}
}   // namespace

TEST_CASE("A scene dropped on another scene takes its place", "[outline]") {
    Journey j = test::edit_fixture();
    History h;
    auto command = outline_drop(j, Selection::scene("survey"), Selection::scene("brew"));
    REQUIRE(command);
    REQUIRE_FALSE(h.execute(j, std::move(command)));
    CHECK(scene_order(j.stages[1]) == std::vector<std::string>{"survey", "brew", "beans"});
}

TEST_CASE("A scene dropped on a stage moves to the top of that stage", "[outline]") {
    Journey j = test::edit_fixture();
    History h;
    REQUIRE_FALSE(h.execute(j, outline_drop(j, Selection::scene("beans"), Selection::stage("arrive"))));
    CHECK(scene_order(j.stages[0]) == std::vector<std::string>{"beans", "greet", "order"});
    CHECK(scene_order(j.stages[1]) == std::vector<std::string>{"brew", "survey"});
}

TEST_CASE("A stage dropped on a scene of another stage takes that stage's place", "[outline]") {
    Journey j = test::edit_fixture();
    History h;
    REQUIRE_FALSE(h.execute(j, outline_drop(j, Selection::stage("serve"), Selection::scene("order"))));
    CHECK(j.stages[0].id == "serve");
}

TEST_CASE("Drops that mean nothing give no command", "[outline]") {
    const Journey j = test::edit_fixture();
    CHECK_FALSE(outline_drop(j, Selection::scene("greet"), Selection::scene("greet")));
    CHECK_FALSE(outline_drop(j, Selection::journey(), Selection::scene("greet")));
    CHECK_FALSE(outline_drop(j, Selection::stage("arrive"), Selection::journey()));
    CHECK_FALSE(outline_drop(j, Selection::scene("greet"), Selection::role("barista")));
}
