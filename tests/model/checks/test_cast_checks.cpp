// The checks on who plays each scene: no-lead, followup-unowned, single-point-of-failure,
// unowned-pain. Each is shown tripping on a minimal journey and staying quiet at its boundary.
#include <catch2/catch.hpp>

#include "journey_builder.hpp"

using namespace stagecraft;
using stagecraft::test::findings_of;
using stagecraft::test::JourneyBuilder;

TEST_CASE("a frontstage scene with no cast is reported as no-lead, an error on that scene") {
    JourneyBuilder b;
    b.scene("greet", Lane::Frontstage);
    auto f = findings_of(b.journey(), "no-lead");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].element == ElementKind::Scene);
    CHECK(f[0].element_id == "greet");
    CHECK(f[0].message == "scene 'Scene greet' (greet) in the frontstage lane has no cast, so no role owns it");
    CHECK_FALSE(f[0].hint.empty());
}

TEST_CASE("a backstage scene whose parts are all support or understudy has no lead") {
    JourneyBuilder b;
    b.role("cook", Zone::Backstage);
    b.role("porter", Zone::Backstage);
    auto& t = b.scene_with("prep", Lane::Backstage, "cook", PartKind::Support);
    test::cast(t, "porter", PartKind::Understudy);
    auto f = findings_of(b.journey(), "no-lead");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "prep");
    CHECK(f[0].message == "scene 'Scene prep' (prep) in the backstage lane has 2 parts but none is a lead");
}

TEST_CASE("support-lane scenes need a lead too") {
    JourneyBuilder b;
    b.scene("nightly-run", Lane::Support);
    auto f = findings_of(b.journey(), "no-lead");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "nightly-run");
}

TEST_CASE("customer-lane scenes and scenes with a lead are not reported as no-lead") {
    JourneyBuilder b;
    b.role("barista");
    b.scene("walk-in", Lane::Customer);
    b.scene_with("greet", Lane::Frontstage, "barista", PartKind::Lead);
    CHECK(findings_of(b.journey(), "no-lead").empty());
}

TEST_CASE("a scene with a follow-up delay and no lead is reported as followup-unowned, an error") {
    JourneyBuilder b;
    b.scene("survey", Lane::Frontstage).follow_up = "3d";
    auto f = findings_of(b.journey(), "followup-unowned");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].element == ElementKind::Scene);
    CHECK(f[0].element_id == "survey");
    CHECK(f[0].message ==
          "follow-up scene 'Scene survey' (survey), 3d after the visit, has no lead: nobody is on the hook to make the "
          "contact");
    // The more specific check reports it; no-lead stays quiet so the scene is not listed twice.
    CHECK(findings_of(b.journey(), "no-lead").empty());
}

TEST_CASE("a scene entered by a follow-up flow counts as a follow-up, in any lane") {
    JourneyBuilder b;
    b.role("agent");
    b.scene_with("call", Lane::Frontstage, "agent", PartKind::Lead);
    b.scene("reminder", Lane::Customer);
    b.flow("call", "reminder", FlowKind::FollowUp, "reminder email");
    auto f = findings_of(b.journey(), "followup-unowned");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "reminder");
    CHECK(f[0].message ==
          "follow-up scene 'Scene reminder' (reminder) has no lead: nobody is on the hook to make the contact");
}

TEST_CASE("a follow-up scene with a lead is not reported") {
    JourneyBuilder b;
    b.role("agent");
    b.scene_with("survey", Lane::Frontstage, "agent", PartKind::Lead).follow_up = "7d";
    CHECK(findings_of(b.journey(), "followup-unowned").empty());
}

TEST_CASE("a fail point with a lead and no understudy is a single point of failure naming the lead") {
    JourneyBuilder b;
    b.role("barista").name = "Barista";
    b.scene_with("brew", Lane::Frontstage, "barista", PartKind::Lead).fail_point = true;
    auto f = findings_of(b.journey(), "single-point-of-failure");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element_id == "brew");
    CHECK(f[0].message ==
          "fail point 'Scene brew' (brew) has no understudy: if 'Barista' (barista) is absent, no one is rehearsed to "
          "step in");
}

TEST_CASE("a moment of truth with no understudy is a single point of failure") {
    JourneyBuilder b;
    b.role("agent");
    auto& t = b.scene_with("answer", Lane::Frontstage, "agent", PartKind::Lead);
    t.moment_of_truth = true;
    t.fail_point = true;
    auto f = findings_of(b.journey(), "single-point-of-failure");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.rfind("fail point and moment of truth 'Scene answer' (answer) has no understudy", 0) == 0);
}

TEST_CASE("a fail point with an understudy is not a single point of failure") {
    JourneyBuilder b;
    b.role("barista");
    b.role("lead");
    auto& t = b.scene_with("brew", Lane::Frontstage, "barista", PartKind::Lead);
    test::cast(t, "lead", PartKind::Understudy);
    t.fail_point = true;
    t.moment_of_truth = true;
    CHECK(findings_of(b.journey(), "single-point-of-failure").empty());
}

TEST_CASE("a customer-lane moment of truth no staff plays has no one to understudy") {
    JourneyBuilder b;
    b.role("agent");
    b.scene("open-bill", Lane::Customer).moment_of_truth = true;
    CHECK(findings_of(b.journey(), "single-point-of-failure").empty());
    // ...but once staff play it, the scene needs cover like any other.
    test::cast(b.journey().stages[0].scenes[0], "agent", PartKind::Support);
    CHECK(findings_of(b.journey(), "single-point-of-failure").size() == 1);
}

TEST_CASE("a scene with pain points and no cast is reported as unowned-pain, quoting the first pain") {
    JourneyBuilder b;
    auto& t = b.scene("queue", Lane::Customer);
    t.pains = {"22-minute wait\nwith no callback", "No position in the queue"};
    auto f = findings_of(b.journey(), "unowned-pain");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element_id == "queue");
    CHECK(f[0].message ==
          "scene 'Scene queue' (queue) has 2 pain points but no cast: nobody is assigned to \"22-minute wait with no "
          "callback\"");
}

TEST_CASE("a long pain is cut at a character boundary so the message stays one short line") {
    JourneyBuilder b;
    std::string pain;
    for (int i = 0; i < 40; ++i) pain += "\xC3\xA9";   // "é" 40 times: 80 bytes
    b.scene("queue", Lane::Customer).pains = {pain};
    auto f = findings_of(b.journey(), "unowned-pain");
    REQUIRE(f.size() == 1);
    const std::string& m = f[0].message;
    CHECK(m.find('\n') == std::string::npos);
    CHECK(m.find(std::string(30, 'x')) == std::string::npos);
    CHECK(m.find("...\"") != std::string::npos);
    // Every multi-byte character is whole: no lone lead byte before the ellipsis.
    auto cut = m.find("...\"");
    CHECK(static_cast<unsigned char>(m[cut - 1]) == 0xA9);
}

TEST_CASE("a pain point on a scene with any cast member is owned") {
    JourneyBuilder b;
    b.role("host");
    b.scene_with("queue", Lane::Customer, "host", PartKind::Support).pains = {"Long wait"};
    b.scene("walk-in", Lane::Customer);   // no pains, no cast: nothing to own
    CHECK(findings_of(b.journey(), "unowned-pain").empty());
}
