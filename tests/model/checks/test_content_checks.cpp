// The checks on what scenes say: principle-unused and dip-without-opportunity.
#include <catch2/catch.hpp>

#include "journey_builder.hpp"

using namespace stagecraft;
using stagecraft::test::findings_of;
using stagecraft::test::JourneyBuilder;

TEST_CASE("a declared principle no scene is tagged with is a principle-unused note") {
    JourneyBuilder b;
    b.principle("attention", "Undivided attention");
    b.principle("honest", "Open, honest communication");
    PrincipleTag tag;
    tag.ref = "attention";
    b.scene("greet", Lane::Customer).principles.push_back(tag);
    auto f = findings_of(b.journey(), "principle-unused");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Note);
    CHECK(f[0].element == ElementKind::Principle);
    CHECK(f[0].element_id == "honest");
    CHECK(f[0].message == "principle 'Open, honest communication' (honest) is declared but no scene embodies it");
    CHECK(f[0].hint.find("<principle ref=\"honest\"/>") != std::string::npos);
}

TEST_CASE("a principle embodied by one scene is used") {
    JourneyBuilder b;
    b.principle("attention");
    PrincipleTag tag;
    tag.ref = "attention";
    b.scene("greet", Lane::Customer).principles.push_back(tag);
    CHECK(findings_of(b.journey(), "principle-unused").empty());
}

TEST_CASE("an emotion of -1 with no opportunity is a dip-without-opportunity warning") {
    JourneyBuilder b;
    b.scene("queue", Lane::Customer).emotion = -1;
    auto f = findings_of(b.journey(), "dip-without-opportunity");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element_id == "queue");
    CHECK(f[0].message == "scene 'Scene queue' (queue) is an emotional low (-1) with no opportunity noted");
}

TEST_CASE("a neutral scene, an unscored scene and a low with an opportunity are not dips to report") {
    JourneyBuilder b;
    b.scene("neutral", Lane::Customer).emotion = 0;
    b.scene("unscored", Lane::Customer);
    auto& low = b.scene("low", Lane::Customer);
    low.emotion = -2;
    low.opportunities = {"Call back with a position in the queue"};
    CHECK(findings_of(b.journey(), "dip-without-opportunity").empty());
}
