// Adding where the user points on the diagram: which blueprint cell or map column a point falls
// in, where in the stage the new scene goes, when a point adds a stage, and when it adds nothing.
// Where a dragged card lands, and what its drop does. The layouts are drawn by hand here
// (boxes in points), as the views would place them.
#include <catch2/catch.hpp>

#include "app/editor/core/add_in_place.hpp"
#include "app/editor/core/card_landing.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using diagram::Box;
using diagram::DiagramLayout;
using diagram::ElementKind;

namespace {

Scene scene(const std::string& id, Lane lane) {
    Scene s;
    s.id = id;
    s.name = id;
    s.lane = lane;
    return s;
}

// Stage "a": a customer and a frontstage scene in one column; stage "b": one frontstage scene;
// stage "c": empty.
Journey journey() {
    Journey j;
    j.id = "j";
    j.title = "J";
    Stage a;
    a.id = "a";
    a.name = "Arrive";
    a.scenes = {scene("s1", Lane::Customer), scene("s2", Lane::Frontstage)};
    Stage b;
    b.id = "b";
    b.name = "Be served";
    b.scenes = {scene("t1", Lane::Frontstage)};
    Stage c;
    c.id = "c";
    c.name = "Leave";
    j.stages = {a, b, c};
    return j;
}

// The blueprint of journey(): lane headings left (x 0..190), lanes centred at y 100, 200, 300,
// 400; stage columns a: 250..410, b: 470..630, c: 690..850, titles at y 20..50; 1000 wide.
DiagramLayout blueprint() {
    DiagramLayout l;
    l.bounds = Box{0, 0, 1000, 460};
    l.elements.push_back({ElementKind::Title, "", Box{10, 0, 300, 16}});
    for (int lane = 0; lane < 4; ++lane)
        l.elements.push_back({ElementKind::Lane, std::to_string(lane), Box{10, 88.0 + 100 * lane, 170, 24}});
    l.elements.push_back({ElementKind::Stage, "a", Box{250, 20, 160, 30}});
    l.elements.push_back({ElementKind::Stage, "b", Box{470, 20, 160, 30}});
    l.elements.push_back({ElementKind::Stage, "c", Box{690, 20, 160, 30}});
    l.elements.push_back({ElementKind::Scene, "s1", Box{250, 80, 160, 40}});
    l.elements.push_back({ElementKind::Scene, "s2", Box{250, 180, 160, 40}});
    l.elements.push_back({ElementKind::Scene, "t1", Box{470, 180, 160, 40}});
    return l;
}

AddPlace scene_place(std::size_t stage, Lane lane, std::size_t position) {
    AddPlace p;
    p.stage = stage;
    p.lane = lane;
    p.position = position;
    return p;
}

AddPlace stage_place(std::size_t index) {
    AddPlace p;
    p.what = AddPlace::What::Stage;
    p.stage = index;
    return p;
}

}   // namespace

TEST_CASE("A point in an empty blueprint cell adds a scene in that stage and lane", "[add-in-place]") {
    const Journey j = journey();
    // Backstage under s2 (a frontstage scene of the same column): after it, sharing its column.
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 330, 300) == scene_place(0, Lane::Backstage, 2));
    // Support in the empty stage c.
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 770, 405) == scene_place(2, Lane::Support, 0));
    // The lanes reach halfway to their neighbours: y 249 is still frontstage, y 251 backstage.
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 770, 249)->lane == Lane::Frontstage);
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 770, 251)->lane == Lane::Backstage);
}

TEST_CASE("A new scene above a scene of a lower lane goes before it, so that they share the column", "[add-in-place]") {
    const Journey j = journey();
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 550, 100) == scene_place(1, Lane::Customer, 0));
    // Right of every card of the stage, but in its column: after them.
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 408, 400) == scene_place(0, Lane::Support, 2));
}

TEST_CASE("A point between two stages adds a stage there; beside the first or last, before or after it",
          "[add-in-place]") {
    const Journey j = journey();
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 440, 200) == stage_place(1));
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 660, 300) == stage_place(2));
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 880, 300) == stage_place(3));
    CHECK(add_place_at(j, blueprint(), DiagramView::Blueprint, 220, 300) == stage_place(0));
}

TEST_CASE("On an element, on the lane headings, beyond the stages and in the cast and emotion views nothing is added",
          "[add-in-place]") {
    const Journey j = journey();
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 300, 100));   // on s1
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 300, 30));    // on a's title
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 100, 200));   // a lane's heading
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 300, 10));    // above the stages
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 300, 470));   // below the lanes
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Blueprint, 990, 300));   // far right of the last stage
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Cast, 330, 300));
    CHECK_FALSE(add_place_at(j, blueprint(), DiagramView::Emotion, 330, 300));
}

TEST_CASE("On the map a stage's column adds a customer scene after the cards left of the point, in its own strip",
          "[add-in-place]") {
    Journey j = journey();
    // Two strips: stages a and b on the first (titles at y 0), c on the second (title at y 300).
    DiagramLayout map;
    map.bounds = Box{0, 0, 600, 560};
    map.elements.push_back({ElementKind::Stage, "a", Box{40, 0, 370, 40}});
    map.elements.push_back({ElementKind::Stage, "b", Box{480, 0, 160, 40}});
    map.elements.push_back({ElementKind::Stage, "c", Box{40, 300, 160, 40}});
    map.elements.push_back({ElementKind::Scene, "s1", Box{40, 60, 160, 80}});
    map.elements.push_back({ElementKind::Scene, "s2", Box{250, 60, 160, 80}});
    CHECK(add_place_at(j, map, DiagramView::Map, 230, 200) == scene_place(0, Lane::Customer, 1));   // between the cards
    CHECK(add_place_at(j, map, DiagramView::Map, 405, 200) == scene_place(0, Lane::Customer, 2));   // under the last
    CHECK(add_place_at(j, map, DiagramView::Map, 100, 400) == scene_place(2, Lane::Customer, 0));   // strip 2: stage c
    CHECK(add_place_at(j, map, DiagramView::Map, 100, 290) == scene_place(0, Lane::Customer, 1));   // still strip 1
    CHECK(add_place_at(j, map, DiagramView::Map, 450, 100) == stage_place(1));
}

TEST_CASE("Adding at a place makes a named scene or stage with a readable id, selected; undo restores the journey",
          "[add-in-place]") {
    Journey j = journey();
    const Journey before = j;
    History history;
    Action add = add_at(j, scene_place(0, Lane::Backstage, 2));
    REQUIRE(add.command);
    CHECK(add.select_after == Selection::scene("new-scene"));
    REQUIRE_FALSE(history.execute(j, std::move(add.command)));
    REQUIRE(j.stages[0].scenes.size() == 3);
    CHECK(j.stages[0].scenes[2].name == "New scene");
    CHECK(j.stages[0].scenes[2].lane == Lane::Backstage);
    Action stage = add_at(j, stage_place(1));
    REQUIRE(stage.command);
    REQUIRE_FALSE(history.execute(j, std::move(stage.command)));
    CHECK(j.stages[1].name == "New stage");
    CHECK(stage.select_after == Selection::stage(j.stages[1].id));
    REQUIRE(history.undo(j));
    REQUIRE(history.undo(j));
    CHECK(j == before);
    CHECK_FALSE(add_at(j, scene_place(7, Lane::Customer, 0)).command);   // no such stage
}

TEST_CASE("The status bar says what a double-click adds there", "[add-in-place]") {
    const Journey j = journey();
    CHECK(describe_add_place(j, scene_place(1, Lane::Frontstage, 0)) ==
          "Double-click to add a scene to Be served, frontstage lane");
    CHECK(describe_add_place(j, stage_place(0)) == "Double-click to add a stage before Arrive");
    CHECK(describe_add_place(j, stage_place(3)) == "Double-click to add a stage after Leave");
}

TEST_CASE("A card dropped on an empty cell moves the scene there: that stage, that lane, that place; one undo step",
          "[add-in-place]") {
    Journey j = journey();
    const Journey before = j;
    History history;
    // s2 (frontstage, stage a) to stage b's backstage, under t1.
    const auto place = add_place_at(j, blueprint(), DiagramView::Blueprint, 550, 300);
    REQUIRE(place);
    Action move = move_scene_to_place(j, "s2", *place);
    REQUIRE(move.command);
    CHECK(move.select_after == Selection::scene("s2"));
    REQUIRE_FALSE(history.execute(j, std::move(move.command)));
    REQUIRE(j.stages[1].scenes.size() == 2);
    CHECK(j.stages[1].scenes[1].id == "s2");
    CHECK(j.stages[1].scenes[1].lane == Lane::Backstage);
    CHECK(j.stages[0].scenes.size() == 1);
    CHECK(history.undo_name() == "Move scene");
    REQUIRE(history.undo(j));
    CHECK(j == before);
    // Within its own stage, counted as if it were still there: s1 below s2, i.e. after it.
    Action down = move_scene_to_place(j, "s1", scene_place(0, Lane::Backstage, 2));
    REQUIRE(down.command);
    REQUIRE_FALSE(history.execute(j, std::move(down.command)));
    CHECK(j.stages[0].scenes[1].id == "s1");
    CHECK(j.stages[0].scenes[1].lane == Lane::Backstage);
    // Where it already is: nothing to do; a stage's place or a missing scene: nothing, or refused.
    CHECK_FALSE(move_scene_to_place(j, "s1", scene_place(0, Lane::Backstage, 2)).command);
    CHECK_FALSE(move_scene_to_place(j, "s1", stage_place(1)).command);
    CHECK_FALSE(move_scene_to_place(j, "nope", scene_place(0, Lane::Customer, 0)).refusal.empty());
}

TEST_CASE(
    "A dragged card shows where it will land: the empty cell's column and lane band, a bar beside a scene, "
    "a stage's title",
    "[add-in-place]") {
    const Journey j = journey();
    // Stage b's backstage cell: b's column (470..630) × the backstage band (250..350).
    auto cell = card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 550, 300);
    REQUIRE(cell);
    CHECK(cell->kind == CardLanding::Kind::Place);
    CHECK(cell->place == scene_place(1, Lane::Backstage, 1));
    CHECK(cell->box.x == 470);
    CHECK(cell->box.width == 160);
    CHECK(cell->box.y == 250);
    CHECK(cell->box.height == 100);
    // On t1's left half: a bar along its left edge; on its right half, along its right edge.
    auto before = card_landing_at(j, blueprint(), DiagramView::Blueprint, "s1", 500, 200);
    REQUIRE(before);
    CHECK(before->kind == CardLanding::Kind::Before);
    CHECK(before->onto == Selection::scene("t1"));
    CHECK(before->box.x < 470);
    CHECK(before->box.x + before->box.width > 470);
    CHECK(before->box.height == 40);
    auto after = card_landing_at(j, blueprint(), DiagramView::Blueprint, "s1", 600, 200);
    REQUIRE(after);
    CHECK(after->kind == CardLanding::Kind::After);
    CHECK(after->box.x + after->box.width > 630);
    // A stage's title: that stage's end, its title lit.
    auto title = card_landing_at(j, blueprint(), DiagramView::Blueprint, "s1", 700, 30);
    REQUIRE(title);
    CHECK(title->kind == CardLanding::Kind::StageEnd);
    CHECK(title->box.x == 690);
}

TEST_CASE("A dragged card shows no landing where its drop would do nothing", "[add-in-place]") {
    const Journey j = journey();
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 300, 200));   // on itself
    // Where the scene already is: s2 on its own cell beside its card (frontstage of stage a, after s1).
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 330, 240));
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 100, 200));   // a lane heading
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 440, 300));   // between stages
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Blueprint, "s2", 950, 300));   // beyond the stages
    CHECK_FALSE(card_landing_at(j, blueprint(), DiagramView::Cast, "s2", 550, 300));
}

TEST_CASE("Dropping a card does what its landing showed; one undo step puts it back", "[add-in-place]") {
    Journey j = journey();
    const Journey before = j;
    History history;
    auto landing = card_landing_at(j, blueprint(), DiagramView::Blueprint, "s1", 600, 200);   // after t1
    REQUIRE(landing);
    REQUIRE(landing->action.command);
    REQUIRE_FALSE(history.execute(j, std::move(landing->action.command)));
    REQUIRE(j.stages[1].scenes.size() == 2);
    CHECK(j.stages[1].scenes[1].id == "s1");
    CHECK(j.stages[1].scenes[1].lane == Lane::Frontstage);
    REQUIRE(history.undo(j));
    CHECK(j == before);
}

TEST_CASE("On the map a dragged card's landing is its stage's column under the title, in its own strip",
          "[add-in-place]") {
    const Journey j = journey();
    DiagramLayout map;
    map.bounds = Box{0, 0, 600, 560};
    map.elements.push_back({ElementKind::Stage, "a", Box{40, 0, 370, 40}});
    map.elements.push_back({ElementKind::Stage, "c", Box{40, 300, 160, 40}});
    map.elements.push_back({ElementKind::Scene, "s1", Box{40, 60, 160, 80}});
    auto column = card_landing_at(j, map, DiagramView::Map, "s1", 100, 400);
    REQUIRE(column);
    CHECK(column->place == scene_place(2, Lane::Customer, 0));
    CHECK(column->box.y == 340);
    CHECK(column->box.height == 220);
    CHECK(column->box.x == 40);
}
