// Wrapping long user text so nodes stay narrow, by character count and by width in points.
#include <catch2/catch.hpp>

#include "export/text_metrics.hpp"
#include "export/view_style.hpp"

using namespace stagecraft::diagram;

TEST_CASE("long text wraps at spaces into lines no wider than asked") {
    const auto lines = wrap_to_width("the quick brown fox jumps over the lazy dog", 60, 10, false);
    REQUIRE(lines.size() >= 3);
    for (const auto& l : lines) CHECK(text_width(l, 10, false) <= 60);
    CHECK(lines[0] == "the quick");
}

TEST_CASE("wrapping by width keeps every line within the width") {
    const std::string text(400, 'w');
    const auto lines = wrap_to_width(text + " and more words after a very long word", 150, 12, true, 10);
    REQUIRE(lines.size() > 2);
    for (const auto& l : lines) CHECK(text_width(l, 12, true) <= 150.5);
}

TEST_CASE("wrapping never splits a UTF-8 character and cuts with an ellipsis") {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "\xC3\xA9t\xC3\xA9 ";   // "été "
    const auto lines = wrap_to_width(text, 80, 10, false, 3);
    REQUIRE(lines.size() == 3);
    for (const auto& l : lines) {
        // every line is valid UTF-8: no dangling lead byte at the end
        const auto last = static_cast<unsigned char>(l.back());
        CHECK(!(last >= 0xC0));
    }
    CHECK(lines.back().size() >= 3);
    CHECK(lines.back().compare(lines.back().size() - 3, 3, "\xE2\x80\xA6") == 0);
}

TEST_CASE("empty text gives no lines") { CHECK(wrap_to_width("   ", 100, 10, false).empty()); }
