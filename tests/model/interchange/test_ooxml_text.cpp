// Text in workbook cells: _xHHHH_ sequences read as their characters, and text that looks like one
// written so that it reads back as typed (ECMA-376 Part 1, 22.9.2.19).
#include <catch2/catch.hpp>

#include "model/interchange/ooxml_text.hpp"

using namespace stagecraft;

TEST_CASE("A workbook's _xHHHH_ sequences read as the characters they stand for") {
    CHECK(ooxml::decoded_text("line1_x000D_\nline2") == "line1\r\nline2");
    CHECK(ooxml::decoded_text("_x000D__x000A_") == "\r\n");
    CHECK(ooxml::decoded_text("_x0041_ and _x00e9_") == "A and \xC3\xA9");
    CHECK(ooxml::decoded_text("_x005F_x0041_") == "_x0041_");
    CHECK(ooxml::decoded_text("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");
    CHECK(ooxml::decoded_text("no sequence: _x12_ _xZZZZ_ x0041_") == "no sequence: _x12_ _xZZZZ_ x0041_");
}

TEST_CASE("A sequence for a character a journey cannot hold is kept as written") {
    CHECK(ooxml::decoded_text("bell _x0007_") == "bell _x0007_");
    CHECK(ooxml::decoded_text("half _xD83D_ pair") == "half _xD83D_ pair");
    CHECK(ooxml::decoded_text("_xFFFF_") == "_xFFFF_");
}

TEST_CASE("Text that reads as a sequence is written so that it reads back as typed") {
    CHECK(ooxml::escaped_text("_x0041_") == "_x005F_x0041_");
    CHECK(ooxml::escaped_text("plain text_x") == "plain text_x");
    for (const char* typed : {"_x0041_", "a_x000D_b", "_x005F_", "__x0041__", "_x00_", "\r\n_xD83D_"})
        CHECK(ooxml::decoded_text(ooxml::escaped_text(typed)) == typed);
}
