// One item per line: the only rule by which the editor turns text into list items.
#include <catch2/catch.hpp>

#include "app/editor/core/text_lines.hpp"

using namespace stagecraft::editor;

TEST_CASE("A line is one item, whatever punctuation and spaces it holds") {
    CHECK(lines_to_items("On hold for 10 minutes, then cut off") ==
          std::vector<std::string>{"On hold for 10 minutes, then cut off"});
    CHECK(lines_to_items("  a; b  \n\"c\", 'd'") == std::vector<std::string>{"  a; b  ", "\"c\", 'd'"});
}

TEST_CASE("Empty lines are not items, and a CR before a line break is part of the break") {
    CHECK(lines_to_items("a\r\n\r\n\nb\n") == std::vector<std::string>{"a", "b"});
    CHECK(lines_to_items("").empty());
    CHECK(lines_to_items("a\rb") == std::vector<std::string>{"a\rb"});
}

TEST_CASE("Items joined as lines split back into the same items") {
    const std::vector<std::string> items{"x, y", " z ", "\\n", "q;"};
    CHECK(items_to_lines(items) == "x, y\n z \n\\n\nq;");
    CHECK(lines_to_items(items_to_lines(items)) == items);
}
