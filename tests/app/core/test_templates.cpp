// File › New's starting points: each a valid journey that passes the staging checks.
#include <catch2/catch.hpp>

#include "app/editor/core/templates.hpp"
#include "model/checks/checks.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("Every starting template is a valid journey that saves and reads back the same", "[templates]") {
    REQUIRE(journey_templates().size() == 4);
    for (std::size_t i = 0; i < journey_templates().size(); ++i) {
        INFO(journey_templates()[i].name);
        const Journey j = journey_from_template(i);
        CHECK_FALSE(has_errors(validate_journey(j)));
        const LoadResult back = load_journey_text(journey_to_xml(j));
        REQUIRE(back.ok());
        CHECK(*back.journey == j);
    }
}

TEST_CASE("The templates pass the staging checks without an error", "[templates]") {
    for (std::size_t i = 1; i < journey_templates().size(); ++i) {
        INFO(journey_templates()[i].name);
        for (const auto& finding : run_checks(journey_from_template(i))) CHECK(finding.severity != Severity::Error);
    }
}

TEST_CASE("The blank journey is one empty stage; the others fill the lanes they are named for", "[templates]") {
    const Journey blank = journey_from_template(0);
    REQUIRE(blank.stages.size() == 1);
    CHECK(blank.stages[0].scenes.empty());
    CHECK(blank.cast.empty());
    const Journey blueprint = journey_from_template(2);
    bool lanes[4] = {};
    for (const Scene* t : all_scenes(blueprint)) lanes[static_cast<int>(t->lane)] = true;
    CHECK((lanes[0] && lanes[1] && lanes[2] && lanes[3]));
    CHECK(journey_from_template(3).kind == JourneyKind::Employee);
    CHECK(journey_from_template(99) == blank);
}
