// Diagram view switching: shortcuts, reuse of finished layouts, late layouts not shown.
#include <catch2/catch.hpp>

#include "app/editor/core/view_switch.hpp"

using namespace stagecraft::editor;
using Action = ViewSwitch::Action;

TEST_CASE("Ctrl+1 to Ctrl+4 pick the four views in order", "[view]") {
    CHECK(view_for_digit(1) == DiagramView::Map);
    CHECK(view_for_digit(2) == DiagramView::Blueprint);
    CHECK(view_for_digit(3) == DiagramView::Cast);
    CHECK(view_for_digit(4) == DiagramView::Emotion);
    CHECK_FALSE(view_for_digit(0));
    CHECK_FALSE(view_for_digit(5));
    CHECK(view_cli_name(DiagramView::Blueprint) == "blueprint");
}

TEST_CASE("Switching to a view laid out for the current journey reuses that layout", "[view]") {
    ViewSwitch views;
    CHECK(views.switch_to(DiagramView::Map, 1) == Action::RequestLayout);
    CHECK(views.layout_done(DiagramView::Map, 1));
    CHECK(views.switch_to(DiagramView::Cast, 1) == Action::RequestLayout);
    CHECK(views.layout_done(DiagramView::Cast, 1));
    CHECK(views.switch_to(DiagramView::Map, 1) == Action::ShowCached);
}

TEST_CASE("Switching to a view laid out before the last edit asks for a new layout", "[view]") {
    ViewSwitch views;
    views.switch_to(DiagramView::Map, 1);
    views.layout_done(DiagramView::Map, 1);
    views.switch_to(DiagramView::Cast, 1);
    CHECK(views.journey_changed(2) == Action::RequestLayout);
    CHECK(views.switch_to(DiagramView::Map, 2) == Action::RequestLayout);
}

TEST_CASE("A layout that finishes after a newer edit is not shown", "[view]") {
    ViewSwitch views;
    views.switch_to(DiagramView::Blueprint, 1);
    views.journey_changed(2);
    CHECK_FALSE(views.layout_done(DiagramView::Blueprint, 1));
    CHECK(views.layout_done(DiagramView::Blueprint, 2));
}

TEST_CASE("A layout for a view the user has left is cached but not shown", "[view]") {
    ViewSwitch views;
    views.switch_to(DiagramView::Map, 3);
    views.switch_to(DiagramView::Emotion, 3);
    CHECK_FALSE(views.layout_done(DiagramView::Map, 3));
    CHECK(views.cached_generation(DiagramView::Map) == 3u);
    CHECK(views.switch_to(DiagramView::Map, 3) == Action::ShowCached);
}

TEST_CASE("Selecting the view already shown for the current journey does nothing", "[view]") {
    ViewSwitch views;
    views.switch_to(DiagramView::Map, 4);
    CHECK(views.switch_to(DiagramView::Map, 4) == Action::Nothing);
    CHECK(views.journey_changed(4) == Action::Nothing);
}
