// `stagecraft-cli check`: compiler-style text grouped by severity, the JSON document and its
// documented shape, exit status for CI (--fail-on), --disable, bad input and --help.
#include <catch2/catch.hpp>

#include <set>

#include "json_reader.hpp"
#include "model/checks/checks.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using stagecraft::test::JsonValue;
using stagecraft::test::run_cli;

namespace {

const std::string kWeak = std::string(STAGECRAFT_SAMPLES_DIR) + "/utility-billing-dispute-before.journey.xml";

// A valid journey whose only findings are warnings (an emotional low with no opportunity) and a
// note (an unused principle).
const char kWarningsOnly[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"w\" kind=\"customer\">\n"
    "  <title>Warnings only</title>\n"
    "  <principles>\n"
    "    <principle id=\"calm\" name=\"Calm\"/>\n"
    "  </principles>\n"
    "  <stages>\n"
    "    <stage id=\"s\" name=\"S\">\n"
    "      <touchpoint id=\"queue\" name=\"Queue\" lane=\"customer\" channel=\"in-person\" emotion=\"-2\"/>\n"
    "    </stage>\n"
    "  </stages>\n"
    "</journey>\n";

const char kInvalid[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"bad\" kind=\"customer\">\n"
    "  <title>Bad</title>\n"
    "  <stages>\n"
    "    <stage id=\"s\" name=\"S\">\n"
    "      <touchpoint id=\"t\" name=\"T\" lane=\"nowhere\" channel=\"phone\"/>\n"
    "    </stage>\n"
    "  </stages>\n"
    "</journey>\n";

bool is(const JsonValue& v, JsonValue::Type t) { return v.type == t; }

// Checks one finding object against the documented shape.
void check_finding_shape(const JsonValue& f) {
    REQUIRE(is(f, JsonValue::Type::Object));
    for (const char* key : {"check", "severity", "element", "line", "column", "message", "hint"}) {
        INFO(key);
        REQUIRE(f.has(key));
    }
    CHECK(f.object.size() == 7);
    CHECK(find_check(f["check"].string) != nullptr);
    const std::set<std::string> severities = {"error", "warning", "note"};
    CHECK(severities.count(f["severity"].string) == 1);
    const JsonValue& e = f["element"];
    REQUIRE(is(e, JsonValue::Type::Object));
    REQUIRE(e.has("kind"));
    REQUIRE(e.has("id"));
    const std::set<std::string> kinds = {"journey", "scene", "role", "stage", "principle", "flow"};
    CHECK(kinds.count(e["kind"].string) == 1);
    CHECK(is(e["id"], JsonValue::Type::String));
    CHECK(e.has("index") == (e["kind"].string == "flow"));
    CHECK(is(f["line"], JsonValue::Type::Number));
    CHECK(f["line"].number >= 1);
    CHECK(is(f["column"], JsonValue::Type::Number));
    CHECK(f["column"].number >= 1);
    CHECK_FALSE(f["message"].string.empty());
    CHECK_FALSE(f["hint"].string.empty());
}

}   // namespace

TEST_CASE("check prints each finding compiler style with its id and a fix line, errors first") {
    auto r = run_cli({"check", kWeak});
    CHECK(r.exit_code == 1);
    const std::string& out = r.out;
    CHECK(out.find(kWeak + ":148:7: error: scene 'Ticket waits in the back-office queue' (ticket-queue) "
                           "in the backstage lane has 1 part but none is a lead [no-lead]\n    fix: ") !=
          std::string::npos);
    const auto first_warning = out.find(": warning: ");
    const auto last_error = out.rfind(": error: ");
    const auto first_note = out.find(": note: ");
    REQUIRE(first_warning != std::string::npos);
    REQUIRE(last_error != std::string::npos);
    REQUIRE(first_note != std::string::npos);
    CHECK(last_error < first_warning);
    CHECK(out.rfind(": warning: ") < first_note);
    CHECK(out.find("1 journey checked: ") != std::string::npos);
}

TEST_CASE("check --json prints one document of the documented shape") {
    auto r = run_cli({"check", "--json", kWeak});
    CHECK(r.exit_code == 1);
    auto doc = test::parse_json(r.out);
    REQUIRE(doc);
    const JsonValue& d = *doc;
    REQUIRE(is(d, JsonValue::Type::Object));
    CHECK(d["schema"].string == "stagecraft-check/1");
    CHECK(d["fail_on"].string == "error");
    CHECK(is(d["disabled"], JsonValue::Type::Array));
    CHECK(d["failed"].boolean);
    REQUIRE(d["files"].array.size() == 1);
    const JsonValue& file = d["files"][0];
    CHECK(file["file"].string == kWeak);
    CHECK(file["loaded"].boolean);
    CHECK(file["journey"].string == "billing-dispute-before");
    CHECK(is(file["problems"], JsonValue::Type::Array));
    const auto& findings = file["findings"].array;
    REQUIRE(findings.size() >= 8);
    std::size_t errors = 0, warnings = 0, notes = 0;
    for (const auto& f : findings) {
        check_finding_shape(f);
        errors += f["severity"].string == "error";
        warnings += f["severity"].string == "warning";
        notes += f["severity"].string == "note";
    }
    CHECK(file["summary"]["errors"].number == errors);
    CHECK(file["summary"]["warnings"].number == warnings);
    CHECK(file["summary"]["notes"].number == notes);
    CHECK(d["summary"]["files"].number == 1);
    CHECK(d["summary"]["errors"].number == errors);
    // The JSON holds the same findings as the library, in the same order.
    const auto expected = run_checks(test::load_sample("utility-billing-dispute-before.journey.xml"));
    REQUIRE(findings.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(findings[i]["check"].string == expected[i].check);
        CHECK(findings[i]["element"]["id"].string == expected[i].element_id);
        CHECK(findings[i]["message"].string == expected[i].message);
        CHECK(findings[i]["line"].number == expected[i].pos.line);
    }
}

TEST_CASE("check --json reports an invalid file's load problems and no findings") {
    test::TempDir dir;
    test::write_file(dir / "bad.journey.xml", kInvalid);
    auto r = run_cli({"check", "--json", (dir / "bad.journey.xml").string()});
    CHECK(r.exit_code == 1);
    auto doc = test::parse_json(r.out);
    REQUIRE(doc);
    const JsonValue& file = (*doc)["files"][0];
    CHECK_FALSE(file["loaded"].boolean);
    CHECK(is(file["journey"], JsonValue::Type::Null));
    REQUIRE_FALSE(file["problems"].array.empty());
    const JsonValue& p = file["problems"][0];
    CHECK(p["severity"].string == "error");
    CHECK(p["line"].number == 6);
    CHECK(p["message"].string.find("nowhere") != std::string::npos);
    CHECK(file["findings"].array.empty());
    CHECK((*doc)["failed"].boolean);
}

TEST_CASE("check on an invalid file prints its load problems and exits 1") {
    test::TempDir dir;
    const std::string path = (dir / "bad.journey.xml").string();
    test::write_file(path, kInvalid);
    auto r = run_cli({"check", path});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(path + ":6:") != std::string::npos);
    CHECK(r.err.find("nowhere") != std::string::npos);
    CHECK(r.out.find("not checked") != std::string::npos);
}

TEST_CASE("check on a missing file exits 2 with the reason") {
    test::TempDir dir;
    auto r = run_cli({"check", (dir / "missing.journey.xml").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("missing.journey.xml") != std::string::npos);
}

TEST_CASE("warnings pass by default and fail with --fail-on warning") {
    test::TempDir dir;
    const std::string path = (dir / "w.journey.xml").string();
    test::write_file(path, kWarningsOnly);
    auto pass = run_cli({"check", path});
    CHECK(pass.exit_code == 0);
    CHECK(pass.out.find(": warning: ") != std::string::npos);
    CHECK(pass.out.find("0 errors, 1 warning, 1 note") != std::string::npos);
    CHECK(run_cli({"check", "--fail-on", "warning", path}).exit_code == 1);
    CHECK(run_cli({"check", "--fail-on=warning", "--disable", "dip-without-opportunity", path}).exit_code == 0);
    CHECK(run_cli({"check", "--fail-on", "note", "--disable", "dip-without-opportunity", path}).exit_code == 1);
}

TEST_CASE("the disable option silences a check, repeatable or comma-separated") {
    auto all = run_cli({"check", kWeak});
    REQUIRE(all.out.find("[no-lead]") != std::string::npos);
    auto r = run_cli({"check", "--disable", "no-lead", "--disable=over-capacity,followup-unowned", kWeak});
    CHECK(r.out.find("[no-lead]") == std::string::npos);
    CHECK(r.out.find("[over-capacity]") == std::string::npos);
    CHECK(r.out.find(": error: ") == std::string::npos);
    CHECK(r.out.find("[single-point-of-failure]") != std::string::npos);
    CHECK(r.out.find("(3 checks disabled)") != std::string::npos);
    CHECK(r.exit_code == 0);   // only warnings and notes are left
}

TEST_CASE("an unknown check id or option is a usage error listing the checks") {
    auto r = run_cli({"check", "--disable", "no-such-check", kWeak});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown check 'no-such-check'") != std::string::npos);
    CHECK(r.err.find("no-lead") != std::string::npos);
    CHECK(run_cli({"check", "--fail-on", "sometimes", kWeak}).exit_code == 2);
    CHECK(run_cli({"check", "--frobnicate", kWeak}).exit_code == 2);
    CHECK(run_cli({"check"}).exit_code == 2);
}

TEST_CASE("check --help and --list describe the command and every check") {
    auto help = run_cli({"check", "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--fail-on") != std::string::npos);
    CHECK(help.out.find("--disable") != std::string::npos);
    CHECK(help.out.find("--json") != std::string::npos);
    auto list = run_cli({"check", "--list"});
    CHECK(list.exit_code == 0);
    for (const auto& c : all_checks()) CHECK(list.out.find(std::string(c.id)) != std::string::npos);
}

TEST_CASE("checking several files reports each under its own name") {
    const std::string clean = std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml";
    auto r = run_cli({"check", "--json", clean, kWeak});
    auto doc = test::parse_json(r.out);
    REQUIRE(doc);
    REQUIRE((*doc)["files"].array.size() == 2);
    CHECK((*doc)["files"][0]["file"].string == clean);
    CHECK((*doc)["files"][1]["file"].string == kWeak);
    CHECK((*doc)["summary"]["files"].number == 2);
    CHECK(r.exit_code == 1);
}

TEST_CASE("check --json escapes quotes, backslashes and non-ASCII text in names and paths") {
    test::TempDir dir;
    const std::string path = (dir / "say \"hi\" \\ caf\xC3\xA9.journey.xml").string();
    test::write_file(path,
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"q\" kind=\"customer\">\n"
                     "  <title>Q</title>\n"
                     "  <stages>\n"
                     "    <stage id=\"s\" name=\"S\">\n"
                     "      <touchpoint id=\"t\" name=\"Say &quot;hi&quot; \\ to Zo&#235;&#9;now\" lane=\"frontstage\" "
                     "channel=\"phone\"/>\n"
                     "    </stage>\n"
                     "  </stages>\n"
                     "</journey>\n");
    auto r = run_cli({"check", "--json", path});
    CHECK(r.exit_code == 1);
    auto doc = test::parse_json(r.out);
    REQUIRE(doc);
    const JsonValue& file = (*doc)["files"][0];
    CHECK(file["file"].string == path);
    REQUIRE(file["findings"].array.size() == 1);
    CHECK(file["findings"][0]["message"].string ==
          "scene 'Say \"hi\" \\ to Zo\xC3\xAB now' (t) in the frontstage lane has no cast, so no role owns it");
}
