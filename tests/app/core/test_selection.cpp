// The shared selection model: change notification, loop safety, dropping deleted elements.
#include <catch2/catch.hpp>

#include "app/editor/core/selection.hpp"
#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("Selecting notifies listeners only when the selection changes", "[selection]") {
    SelectionModel model;
    int calls = 0;
    Selection heard;
    auto subscription = model.subscribe([&](const Selection& s) {
        ++calls;
        heard = s;
    });
    CHECK(model.select(Selection::scene("greet")));
    CHECK_FALSE(model.select(Selection::scene("greet")));
    CHECK(calls == 1);
    CHECK(heard == Selection::scene("greet"));
    model.select(Selection::role("greet"));
    CHECK(calls == 2);
}

TEST_CASE("A listener that selects the same element again does not loop", "[selection]") {
    SelectionModel model;
    int calls = 0;
    auto subscription = model.subscribe([&](const Selection& s) {
        ++calls;
        model.select(s);
    });
    model.select(Selection::stage("arrive"));
    CHECK(calls == 1);
}

TEST_CASE("A listener whose subscription has ended hears nothing more", "[selection]") {
    SelectionModel model;
    int calls = 0;
    {
        auto subscription = model.subscribe([&](const Selection&) { ++calls; });
        model.select(Selection::journey());
    }
    model.select(Selection::stage("arrive"));
    CHECK(calls == 1);
}

TEST_CASE("Reconcile drops the selection of a deleted scene and keeps it after undo", "[selection]") {
    Journey journey = test::edit_fixture();
    History history;
    SelectionModel model;
    model.select(Selection::scene("brew"));
    CHECK_FALSE(model.reconcile(journey));
    history.execute(journey, edits::remove_scene("brew"));
    CHECK(model.reconcile(journey));
    CHECK(model.current().kind == SelectionKind::None);
}

TEST_CASE("Every kind of selection is checked against the journey", "[selection]") {
    Journey journey = test::edit_fixture();
    CHECK(selection_exists(journey, Selection::stage("serve")));
    CHECK_FALSE(selection_exists(journey, Selection::stage("greet")));
    CHECK(selection_exists(journey, Selection::role("lead")));
    CHECK(selection_exists(journey, Selection::principle("honest")));
    CHECK(selection_exists(journey, Selection::flow(4)));
    CHECK_FALSE(selection_exists(journey, Selection::flow(5)));
    CHECK(selection_exists(journey, Selection::journey()));
}
