// The checks on flows: unlabelled-handoff and unreachable-scene.
#include <catch2/catch.hpp>

#include "journey_builder.hpp"

using namespace stagecraft;
using stagecraft::test::findings_of;
using stagecraft::test::JourneyBuilder;

namespace {

JourneyBuilder two_roles() {
    JourneyBuilder b;
    b.role("agent").name = "Agent";
    b.role("desk").name = "Billing desk";
    b.scene_with("transfer", Lane::Frontstage, "agent", PartKind::Lead);
    b.scene_with("desk-answer", Lane::Frontstage, "desk", PartKind::Lead);
    return b;
}

}   // namespace

TEST_CASE("a handoff between scenes led by different roles with no label is reported on the flow") {
    JourneyBuilder b = two_roles();
    b.flow("transfer", "desk-answer", FlowKind::Sequence);
    b.flow("transfer", "desk-answer", FlowKind::Handoff);
    auto f = findings_of(b.journey(), "unlabelled-handoff");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element == ElementKind::Flow);
    CHECK(f[0].element_id == "transfer->desk-answer");
    CHECK(f[0].flow_index == 1);
    CHECK(f[0].message ==
          "handoff from 'Agent' to 'Billing desk' (scenes transfer -> desk-answer) has no label: what is handed over?");
}

TEST_CASE("a handoff label of only spaces says nothing and is reported") {
    JourneyBuilder b = two_roles();
    b.flow("transfer", "desk-answer", FlowKind::Handoff, "  \n ");
    CHECK(findings_of(b.journey(), "unlabelled-handoff").size() == 1);
}

TEST_CASE("a labelled handoff, a handoff within one role and unlabelled sequence flows are fine") {
    JourneyBuilder b = two_roles();
    b.scene_with("notes", Lane::Backstage, "agent", PartKind::Lead);
    b.flow("transfer", "desk-answer", FlowKind::Handoff, "case notes");
    b.flow("transfer", "notes", FlowKind::Handoff);          // same lead on both sides
    b.flow("transfer", "desk-answer", FlowKind::Sequence);   // not a handoff
    CHECK(findings_of(b.journey(), "unlabelled-handoff").empty());
}

TEST_CASE("a scene with no cast has no role to hand over from") {
    JourneyBuilder b = two_roles();
    b.scene("call", Lane::Customer);
    b.flow("call", "transfer", FlowKind::Handoff);
    CHECK(findings_of(b.journey(), "unlabelled-handoff").empty());
}

TEST_CASE("when the journey has sequence flows, a scene no flow touches is unreachable") {
    JourneyBuilder b;
    b.scene("a", Lane::Customer);
    b.scene("b", Lane::Customer);
    b.scene("qa", Lane::Backstage);
    b.flow("a", "b", FlowKind::Sequence);
    auto f = findings_of(b.journey(), "unreachable-scene");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].element == ElementKind::Scene);
    CHECK(f[0].element_id == "qa");
    CHECK(f[0].message ==
          "scene 'Scene qa' (qa) is not connected to the customer path (which starts at 'Scene a' (a)) by any flow");
}

TEST_CASE("a sequence chain not linked to the one the customer starts on is unreachable") {
    JourneyBuilder b;
    for (const char* id : {"a", "b", "c", "d"}) b.scene(id, Lane::Customer);
    b.flow("a", "b", FlowKind::Sequence);
    b.flow("c", "d", FlowKind::Sequence);
    auto f = findings_of(b.journey(), "unreachable-scene");
    REQUIRE(f.size() == 2);
    CHECK(f[0].element_id == "c");
    CHECK(f[1].element_id == "d");
}

TEST_CASE("scenes linked by flows of any kind and in either direction are reachable") {
    JourneyBuilder b;
    for (const char* id : {"a", "b", "prep", "survey", "web", "c", "d"}) b.scene(id, Lane::Customer);
    b.flow("a", "b", FlowKind::Sequence);
    b.flow("prep", "b", FlowKind::Support);   // backstage work feeding a scene
    b.flow("b", "survey", FlowKind::FollowUp);
    b.flow("web", "a", FlowKind::Alternative);
    b.flow("b", "c", FlowKind::Handoff, "notes");
    b.flow("d", "c", FlowKind::Sequence);   // a second entry that joins the path
    CHECK(findings_of(b.journey(), "unreachable-scene").empty());
}

TEST_CASE("without sequence flows the customer path is document order, so nothing is unreachable") {
    JourneyBuilder b;
    b.scene("a", Lane::Customer);
    b.scene("b", Lane::Customer);
    b.scene("lonely", Lane::Backstage);
    b.flow("a", "b", FlowKind::Handoff, "ticket");
    CHECK(findings_of(b.journey(), "unreachable-scene").empty());
}

TEST_CASE("when every sequence scene is in a cycle, the path starts at the first of them") {
    JourneyBuilder b;
    b.scene("x", Lane::Customer);
    b.scene("a", Lane::Customer);
    b.scene("b", Lane::Customer);
    b.flow("a", "b", FlowKind::Sequence);
    b.flow("b", "a", FlowKind::Sequence);
    auto f = findings_of(b.journey(), "unreachable-scene");
    REQUIRE(f.size() == 1);
    CHECK(f[0].element_id == "x");
    CHECK(f[0].message.find("which starts at 'Scene a' (a)") != std::string::npos);
}
