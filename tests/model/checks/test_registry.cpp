// The check registry and run_checks as a whole: ids, severities, ordering, --disable, and
// findings pointing at the element's place in the file.
#include <catch2/catch.hpp>

#include <set>

#include "journey_builder.hpp"
#include "model/io/xml_reader.hpp"

using namespace stagecraft;
using stagecraft::test::JourneyBuilder;

TEST_CASE("every check has a unique id, a summary, and can be found by its id") {
    const auto& checks = all_checks();
    std::set<std::string_view> ids;
    for (const auto& c : checks) {
        INFO(c.id);
        CHECK(ids.insert(c.id).second);
        CHECK_FALSE(c.summary.empty());
        REQUIRE(find_check(c.id) != nullptr);
        CHECK(find_check(c.id)->id == c.id);
    }
    CHECK(find_check("no-such-check") == nullptr);
    const std::set<std::string_view> expected = {"no-lead",
                                                 "single-point-of-failure",
                                                 "unowned-pain",
                                                 "over-capacity",
                                                 "load-imbalance",
                                                 "principle-unused",
                                                 "unlabelled-handoff",
                                                 "followup-unowned",
                                                 "dip-without-opportunity",
                                                 "unreachable-scene"};
    CHECK(ids == expected);
}

TEST_CASE("the severities are the documented ones") {
    CHECK(find_check("no-lead")->severity == Severity::Error);
    CHECK(find_check("followup-unowned")->severity == Severity::Error);
    CHECK(find_check("over-capacity")->severity == Severity::Error);
    CHECK(find_check("single-point-of-failure")->severity == Severity::Warning);
    CHECK(find_check("unowned-pain")->severity == Severity::Warning);
    CHECK(find_check("load-imbalance")->severity == Severity::Warning);
    CHECK(find_check("unlabelled-handoff")->severity == Severity::Warning);
    CHECK(find_check("dip-without-opportunity")->severity == Severity::Warning);
    CHECK(find_check("unreachable-scene")->severity == Severity::Warning);
    CHECK(find_check("principle-unused")->severity == Severity::Note);
}

TEST_CASE("an empty journey has no findings") {
    Journey j;
    j.id = "empty";
    CHECK(run_checks(j).empty());
}

TEST_CASE("findings come errors first, then warnings, then notes") {
    JourneyBuilder b;
    b.principle("unused");                         // note
    b.scene("low", Lane::Customer).emotion = -2;   // warning
    b.scene("greet", Lane::Frontstage);            // error
    auto f = run_checks(b.journey());
    REQUIRE(f.size() == 3);
    CHECK(f[0].check == "no-lead");
    CHECK(f[1].check == "dip-without-opportunity");
    CHECK(f[2].check == "principle-unused");
}

TEST_CASE("disabled checks are not run and the others still are") {
    JourneyBuilder b;
    b.principle("unused");
    b.scene("greet", Lane::Frontstage);
    CheckOptions o;
    o.disabled = {"no-lead"};
    auto f = run_checks(b.journey(), o);
    REQUIRE(f.size() == 1);
    CHECK(f[0].check == "principle-unused");
}

TEST_CASE("a finding becomes a compiler-style problem ending in its check id") {
    Finding f;
    f.check = "no-lead";
    f.severity = Severity::Error;
    f.pos = {12, 7};
    f.message = "scene 'x' has no lead";
    const Problem p = to_problem(f, "a.journey.xml");
    CHECK(p.line == 12);
    CHECK(p.column == 7);
    CHECK(format_problem(p) == "a.journey.xml:12:7: error: scene 'x' has no lead [no-lead]");
}

TEST_CASE("findings carry the line and column of the element in the file") {
    const char* xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" kind=\"customer\">\n"
        "  <title>T</title>\n"
        "  <principles>\n"
        "    <principle id=\"calm\" name=\"Calm\"/>\n"
        "  </principles>\n"
        "  <cast>\n"
        "    <role id=\"agent\" name=\"Agent\" zone=\"frontstage\" capacity=\"5\"/>\n"
        "  </cast>\n"
        "  <stages>\n"
        "    <stage id=\"s\" name=\"S\">\n"
        "      <touchpoint id=\"call\" name=\"Call\" lane=\"frontstage\" channel=\"phone\" minutes=\"9\">\n"
        "        <part role=\"agent\" as=\"lead\"/>\n"
        "      </touchpoint>\n"
        "      <touchpoint id=\"ticket\" name=\"Ticket\" lane=\"backstage\" channel=\"other\"/>\n"
        "    </stage>\n"
        "  </stages>\n"
        "</journey>\n";
    LoadResult r = load_journey_text(xml, "j.journey.xml");
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    auto f = run_checks(*r.journey);
    REQUIRE(f.size() == 3);
    CHECK(f[0].check == "over-capacity");
    CHECK(f[0].pos.line == 8);
    CHECK(f[0].pos.column == 5);
    CHECK(f[1].check == "no-lead");
    CHECK(f[1].element_id == "ticket");
    CHECK(f[1].pos.line == 15);
    CHECK(f[1].pos.column == 7);
    CHECK(f[2].check == "principle-unused");
    CHECK(f[2].pos.line == 5);
}

TEST_CASE("names with line breaks and control characters stay on one line in messages") {
    JourneyBuilder b;
    b.scene("greet", Lane::Frontstage).name = "Greeting\r\nat the\tcounter\x01";
    auto f = test::findings_of(b.journey(), "no-lead");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("'Greeting at the counter' (greet)") != std::string::npos);
    for (char c : f[0].message) CHECK(static_cast<unsigned char>(c) >= 0x20);
}

TEST_CASE("checks run on a journey mid-edit with dangling references and duplicate ids") {
    // The editor runs the checks after every edit, before the journey is necessarily valid.
    JourneyBuilder b;
    b.role("agent");
    b.role("agent");                                                // duplicate role id
    b.scene_with("a", Lane::Frontstage, "ghost", PartKind::Lead);   // unknown role
    b.scene_with("a", Lane::Frontstage, "agent", PartKind::Lead);   // duplicate scene id
    b.scene("", Lane::Backstage);                                   // no id yet
    b.flow("a", "nowhere", FlowKind::Sequence);
    b.flow("nowhere", "a", FlowKind::Handoff);
    b.flow("a", "a", FlowKind::Sequence);
    b.principle("p");
    PrincipleTag tag;
    tag.ref = "missing";
    b.journey().stages[0].scenes[0].principles.push_back(tag);
    std::vector<Finding> f;
    REQUIRE_NOTHROW(f = run_checks(b.journey()));
    std::set<std::string> ids;
    for (const auto& x : f) ids.insert(x.check);
    CHECK(ids.count("no-lead") == 1);   // the scene with no id in the backstage lane
    CHECK(ids.count("principle-unused") == 1);
    CHECK(ids.count("unreachable-scene") == 0);   // no resolvable sequence flow
}
