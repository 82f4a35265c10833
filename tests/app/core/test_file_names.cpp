// Save As proposes a name from the title and always writes NAME.journey.xml.
#include <catch2/catch.hpp>

#include "app/editor/core/file_names.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("Save As proposes the title as a file name, then the id, then 'journey'") {
    Journey j;
    j.id = "untitled";
    j.title = "Dentist check-up: 2nd visit!";
    CHECK(suggested_file_name(j) == "dentist-check-up-2nd-visit.journey.xml");
    j.title = "Caf\xC3\xA9 \xE5\x92\x96\xE5\x95\xA1 / Tee";   // Café 咖啡 / Tee
    CHECK(suggested_file_name(j) == "caf\xC3\xA9-\xE5\x92\x96\xE5\x95\xA1-tee.journey.xml");
    j.title = "  ***  ";
    CHECK(suggested_file_name(j) == "untitled.journey.xml");
    CHECK(suggested_file_stem(j) == "untitled");
    j.id.clear();
    CHECK(suggested_file_name(j) == "journey.journey.xml");
    j.title = std::string(300, 'a');
    CHECK(suggested_file_name(j).size() <= 140);
}

TEST_CASE("A saved journey always ends in .journey.xml, which Open lists") {
    CHECK(with_journey_extension("/home/a/plan") == "/home/a/plan.journey.xml");
    CHECK(with_journey_extension("/home/a/plan.xml") == "/home/a/plan.journey.xml");
    CHECK(with_journey_extension("/home/a/plan.journey") == "/home/a/plan.journey.xml");
    CHECK(with_journey_extension("/home/a/plan.journey.xml") == "/home/a/plan.journey.xml");
    CHECK(with_journey_extension("/home/a/v1.2") == "/home/a/v1.2.journey.xml");
}
