// The cast grid: what one click on a role's cell does to its part in the scene, and the load
// shown beside each role.
#include <catch2/catch.hpp>

#include "app/editor/core/cast_grid.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("A click casts a role not in the scene as lead when the scene has none, else as support", "[cast-grid]") {
    const Journey j = test::edit_fixture();
    CHECK(part_after_click(*find_scene(j, "order"), "barista") == PartKind::Lead);      // no lead
    CHECK(part_after_click(*find_scene(j, "greet"), "roaster") == PartKind::Support);   // the barista leads
}

TEST_CASE("Clicks go round: lead, support, understudy, not cast", "[cast-grid]") {
    Journey j = test::edit_fixture();
    const Journey before = j;
    History history;
    std::vector<std::optional<PartKind>> seen;
    for (int click = 0; click < 4; ++click) {
        CommandPtr command = click_cast_cell(j, "order", "roaster");
        REQUIRE(command);
        REQUIRE_FALSE(history.execute(j, std::move(command)));
        const Part* part = find_part(*find_scene(j, "order"), "roaster");
        seen.push_back(part ? std::optional<PartKind>(part->kind) : std::nullopt);
    }
    CHECK(seen ==
          std::vector<std::optional<PartKind>>{PartKind::Lead, PartKind::Support, PartKind::Understudy, std::nullopt});
    CHECK(j == before);   // round again: not cast, as it started
    for (int click = 0; click < 4; ++click) REQUIRE(history.undo(j));
    CHECK(j == before);
    CHECK_FALSE(click_cast_cell(j, "no-such-scene", "roaster"));
    CHECK_FALSE(click_cast_cell(j, "order", "no-such-role"));
}

TEST_CASE("The grid has a row per role with its load and its part in every scene, stage by stage", "[cast-grid]") {
    Journey j = test::edit_fixture();
    const auto scenes = cast_grid_scenes(j);
    REQUIRE(scenes.size() == 5);
    CHECK(scenes[0]->id == "greet");
    CHECK(scenes[4]->id == "survey");
    const auto rows = cast_grid_rows(j);
    REQUIRE(rows.size() == j.cast.size());
    const CastGridRow& barista = rows[0];
    CHECK(barista.name == "Barista");
    CHECK(barista.scenes == 3);
    CHECK(barista.leads == 2);
    CHECK(barista.capacity == 240.0);
    CHECK_FALSE(barista.over_capacity);
    CHECK(barista.parts == std::vector<std::optional<PartKind>>{PartKind::Lead, std::nullopt, PartKind::Lead,
                                                                std::nullopt, PartKind::Support});
    CHECK(std::string(part_letter(barista.parts[0])) == "L");
    CHECK(std::string(part_letter(barista.parts[1])).empty());
    // Over capacity once the scenes it plays take longer than it has.
    j.cast[0].capacity = 0.5;
    CHECK(cast_grid_rows(j)[0].over_capacity);
}
