// A field being typed in keeps the editing keys; every other window shortcut reaches the window.
#include <catch2/catch.hpp>

#include "app/editor/core/shortcuts.hpp"

using namespace stagecraft::editor;

TEST_CASE("A text field keeps cut, copy, paste, select all, its own undo, and plain typing") {
    for (int key : {'A', 'C', 'V', 'X', 'Y', 'Z'}) CHECK(text_field_keeps({key, true, false, false}));
    CHECK(text_field_keeps({'Z', true, true, false}));   // redo
    CHECK(text_field_keeps({'-', false, false, false}));
    CHECK(text_field_keeps({127, false, false, false}));   // Delete deletes a character there
}

TEST_CASE("Zoom, view, file and add shortcuts go to the window whatever has the focus") {
    for (int key : {'-', '=', '0', '1', '4', 'S', 'O', 'N', 'E', 'F', 'W', 'Q'})
        CHECK_FALSE(text_field_keeps({key, true, false, false}));
    CHECK_FALSE(text_field_keeps({'T', true, true, false}));   // add stage
    CHECK_FALSE(text_field_keeps({'S', true, true, false}));   // save as
}
