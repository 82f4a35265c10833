// The checks on each role's load: over-capacity and load-imbalance, at their thresholds.
#include <catch2/catch.hpp>

#include "journey_builder.hpp"

using namespace stagecraft;
using stagecraft::test::findings_of;
using stagecraft::test::JourneyBuilder;

namespace {

// `count` scenes led by `role`, `minutes` long each, ids prefixed by the role.
void leads(JourneyBuilder& b, const std::string& role, int count, double minutes = 5) {
    static int serial = 0;
    for (int i = 0; i < count; ++i)
        b.scene_with(role + "-s" + std::to_string(++serial), Lane::Frontstage, role, PartKind::Lead).minutes = minutes;
}

}   // namespace

TEST_CASE("a role cast for more minutes than its capacity is reported as over-capacity, an error") {
    JourneyBuilder b;
    b.role("agent", Zone::Frontstage, 30.0).name = "Agent";
    b.scene_with("a", Lane::Frontstage, "agent", PartKind::Lead).minutes = 20;
    b.scene_with("b", Lane::Frontstage, "agent", PartKind::Support).minutes = 11;
    auto f = findings_of(b.journey(), "over-capacity");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].element == ElementKind::Role);
    CHECK(f[0].element_id == "agent");
    CHECK(f[0].message ==
          "role 'Agent' (agent) is cast for 31 minutes of scenes, over its capacity of 30 minutes by 1");
}

TEST_CASE("a role exactly at its capacity, or with no capacity, is not over capacity") {
    JourneyBuilder b;
    b.role("agent", Zone::Frontstage, 30.0);
    b.role("free");
    b.scene_with("a", Lane::Frontstage, "agent", PartKind::Lead).minutes = 30;
    b.scene_with("b", Lane::Frontstage, "free", PartKind::Lead).minutes = 500;
    CHECK(findings_of(b.journey(), "over-capacity").empty());
}

TEST_CASE("understudy parts do not count against capacity") {
    JourneyBuilder b;
    b.role("agent", Zone::Frontstage, 30.0);
    b.role("lead");
    b.scene_with("a", Lane::Frontstage, "agent", PartKind::Lead).minutes = 30;
    auto& t = b.scene_with("b", Lane::Frontstage, "lead", PartKind::Lead);
    t.minutes = 30;
    test::cast(t, "agent", PartKind::Understudy);
    CHECK(findings_of(b.journey(), "over-capacity").empty());
}

TEST_CASE("a role leading at least twice and three more scenes than its zone's median is imbalanced") {
    JourneyBuilder b;
    b.role("a").name = "Ana";
    b.role("b");
    b.role("c");
    leads(b, "a", 4);
    leads(b, "b", 1);
    leads(b, "c", 1);
    auto f = findings_of(b.journey(), "load-imbalance");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element == ElementKind::Role);
    CHECK(f[0].element_id == "a");
    CHECK(f[0].message == "role 'Ana' (a) leads 4 scenes, far more than its frontstage peers (median 1)");
}

TEST_CASE("two more lead parts than the peers' median is not yet an imbalance") {
    JourneyBuilder b;
    b.role("a");
    b.role("b");
    b.role("c");
    leads(b, "a", 3);
    leads(b, "b", 1);
    leads(b, "c", 1);
    CHECK(findings_of(b.journey(), "load-imbalance").empty());
}

TEST_CASE("under twice the peers' median is not an imbalance, however many scenes more") {
    JourneyBuilder b;
    b.role("a");
    b.role("b");
    leads(b, "a", 9);
    leads(b, "b", 5);
    CHECK(findings_of(b.journey(), "load-imbalance").empty());
}

TEST_CASE("roles are compared only with peers in their own zone") {
    JourneyBuilder b;
    b.role("front", Zone::Frontstage);
    b.role("back", Zone::Backstage);
    leads(b, "front", 8);
    leads(b, "back", 0);
    CHECK(findings_of(b.journey(), "load-imbalance").empty());
    b.role("front2", Zone::Frontstage);
    auto f = findings_of(b.journey(), "load-imbalance");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "front");
}

TEST_CASE("a role with twice the peers' minutes and three average scenes more is imbalanced") {
    // Leads are equal (2 each); the scenes of 'a' are long. Mean scene length: 80/6 = 13.3, so the
    // margin is 40 minutes; a has 60, the peers' median is 10.
    JourneyBuilder b;
    b.role("a");
    b.role("b");
    b.role("c");
    leads(b, "a", 2, 30);
    leads(b, "b", 2, 5);
    leads(b, "c", 2, 5);
    auto f = findings_of(b.journey(), "load-imbalance");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "a");
    CHECK(f[0].message ==
          "role 'Role a' (a) is cast for 60 minutes of scenes, far more than its frontstage peers (median 10 minutes)");
}

TEST_CASE("minutes above twice the median but within three average scenes are not an imbalance") {
    // a: 2 x 12 = 24 minutes (over twice 10), but the margin is 3 x 34/4 = 25.5 > 14.
    JourneyBuilder b;
    b.role("a");
    b.role("b");
    leads(b, "a", 2, 12);
    leads(b, "b", 2, 5);
    CHECK(findings_of(b.journey(), "load-imbalance").empty());
}
