// The history: undo/redo order and names, the modified flag and its clean point, the change count.
#include <catch2/catch.hpp>

#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
namespace ed = stagecraft::edits;

TEST_CASE("A new history has nothing to undo or redo and is not modified", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(history.can_redo());
    CHECK(history.undo_name().empty());
    CHECK_FALSE(history.undo(journey));
    CHECK_FALSE(history.redo(journey));
    CHECK_FALSE(history.modified());
}

TEST_CASE("Undo and redo names follow the command stack", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    history.execute(journey, ed::rename_scene("greet", "Hi"));
    history.execute(journey, ed::remove_role("roaster"));
    CHECK(history.undo_name() == "Delete role");
    history.undo(journey);
    CHECK(history.undo_name() == "Rename scene");
    CHECK(history.redo_name() == "Delete role");
}

TEST_CASE("A new edit after undo discards what could have been redone", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    history.execute(journey, ed::rename_scene("greet", "Hi"));
    history.undo(journey);
    history.execute(journey, ed::rename_scene("greet", "Hello"));
    CHECK_FALSE(history.can_redo());
    CHECK(find_scene(journey, "greet")->name == "Hello");
}

TEST_CASE("The modified flag returns to clean when undo reaches the saved state", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    history.execute(journey, ed::rename_scene("greet", "A"));
    CHECK(history.modified());
    history.mark_clean();
    CHECK_FALSE(history.modified());
    history.execute(journey, ed::rename_scene("greet", "B"));
    CHECK(history.modified());
    history.undo(journey);
    CHECK_FALSE(history.modified());
    history.undo(journey);
    CHECK(history.modified());
    history.redo(journey);
    CHECK_FALSE(history.modified());
}

TEST_CASE("The saved state becomes unreachable when its redo branch is discarded", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    history.execute(journey, ed::rename_scene("greet", "A"));
    history.mark_clean();
    history.undo(journey);
    history.execute(journey, ed::rename_scene("greet", "B"));
    CHECK(history.modified());
    history.undo(journey);
    CHECK(history.modified());
}

TEST_CASE("The change count grows with every execute, undo and redo but not with failures", "[history]") {
    History history;
    Journey journey = test::edit_fixture();
    auto start = history.change_count();
    history.execute(journey, ed::rename_scene("greet", "A"));
    CHECK(history.change_count() == start + 1);
    history.execute(journey, ed::rename_scene("ghost", "A"));
    CHECK(history.change_count() == start + 1);
    history.undo(journey);
    history.redo(journey);
    CHECK(history.change_count() == start + 3);
}

TEST_CASE("The history keeps at most its limit of commands, oldest dropped first", "[history]") {
    History history(3);
    Journey journey = test::edit_fixture();
    for (int i = 0; i < 5; ++i) history.execute(journey, ed::rename_scene("greet", "N" + std::to_string(i)));
    CHECK(history.size() == 3);
    int undone = 0;
    while (history.undo(journey)) ++undone;
    CHECK(undone == 3);
    CHECK(find_scene(journey, "greet")->name == "N1");
    CHECK(history.modified());   // the opened state was dropped
}
