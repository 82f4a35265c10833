// The cast sheet: the matrix itself, its CSV (re-parsed per RFC 4180 and compared with the
// journey) and its HTML page (self-contained, every user string escaped).
#include <catch2/catch.hpp>

#include <set>

#include "csv_reader.hpp"
#include "export/cast_sheet.hpp"
#include "journey_builder.hpp"
#include "model/analysis.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using stagecraft::test::JourneyBuilder;

namespace {

// Two stages, three roles, four scenes.
Journey small_journey() {
    JourneyBuilder b;
    b.journey().title = "Morning coffee";
    b.role("till").name = "Till host";
    b.role("barista").name = "Barista";
    b.role("lead", Zone::Backstage).name = "Shift lead";
    b.journey().stages[0].name = "Arrive";
    auto& greet = b.scene_with("greet", Lane::Frontstage, "till", PartKind::Lead);
    greet.minutes = 2;
    test::cast(greet, "lead", PartKind::Understudy);
    b.scene("walk-in", Lane::Customer).minutes = 1;
    b.stage("serve").name = "Serve";
    auto& brew = b.scene_with("brew", Lane::Frontstage, "barista", PartKind::Lead);
    brew.minutes = 3.5;
    test::cast(brew, "till", PartKind::Support);
    auto& hand = b.scene_with("hand-over", Lane::Frontstage, "barista", PartKind::Lead);
    test::cast(hand, "lead", PartKind::Support);
    return b.journey();
}

// Every tag and attribute name in an HTML document (the <style> body skipped), to prove that
// user text added none of its own.
void collect_markup(const std::string& html, std::set<std::string>& tags, std::set<std::string>& attributes) {
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        std::size_t end = html.find('>', i);
        REQUIRE(end != std::string::npos);
        std::string tag = html.substr(i + 1, end - i - 1);
        std::size_t name_end = tag.find_first_of(" \n");
        std::string name = tag.substr(0, name_end);
        tags.insert(name);
        // Attribute names: words followed by '=' outside quotes.
        bool quoted = false;
        std::string word;
        for (std::size_t k = name_end == std::string::npos ? tag.size() : name_end; k < tag.size(); ++k) {
            char c = tag[k];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == '=') {
                attributes.insert(word);
                word.clear();
            } else if (!quoted && c == ' ')
                word.clear();
            else if (!quoted)
                word += c;
        }
        i = end + 1;
        if (name == "style") i = html.find("</style>", i);
    }
}

}   // namespace

TEST_CASE("the cast sheet holds each role's part in each scene and the totals") {
    const CastSheet s = build_cast_sheet(small_journey());
    CHECK(s.title == "Morning coffee");
    REQUIRE(s.roles.size() == 3);
    REQUIRE(s.scenes.size() == 4);
    CHECK(s.scenes[0].parts == "L U");
    CHECK(s.scenes[1].parts == "   ");
    CHECK(s.scenes[2].parts == "SL ");
    CHECK(s.scenes[3].parts == " LS");
    CHECK(s.scenes[0].cast_size == 2);
    CHECK(s.scenes[1].cast_size == 0);
    CHECK(s.scenes[2].stage == "Serve");
    CHECK(s.roles[0].scenes == 2);
    CHECK(s.roles[0].leads == 1);
    CHECK(s.roles[0].minutes == Approx(5.5));   // lead 2 + support 3.5
    CHECK(s.roles[0].share == Approx(0.5));
    CHECK(s.roles[2].minutes == Approx(0));   // understudy minutes do not count; hand-over is untimed
}

TEST_CASE("a role with several parts in one scene shows its strongest part") {
    JourneyBuilder b;
    b.role("a");
    auto& t = b.scene_with("x", Lane::Frontstage, "a", PartKind::Understudy);
    test::cast(t, "a", PartKind::Lead);
    test::cast(t, "a", PartKind::Support);
    const CastSheet s = build_cast_sheet(b.journey());
    CHECK(s.scenes[0].parts == "L");
    CHECK(s.scenes[0].cast_size == 1);
    CHECK(s.roles[0].scenes == 1);
}

TEST_CASE("the cast sheet CSV re-parses to the journey's matrix and totals") {
    const Journey j = small_journey();
    const std::string csv = cast_sheet_csv(j);
    CHECK(csv.find("\r\n") != std::string::npos);
    auto rows = test::parse_csv(csv);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1 + 4 + 4);
    using Row = std::vector<std::string>;
    CHECK((*rows)[0] ==
          Row{"Stage", "Scene", "Scene id", "Lane", "Minutes", "Till host", "Barista", "Shift lead", "Cast size"});
    CHECK((*rows)[1] == Row{"Arrive", "Scene greet", "greet", "frontstage", "2", "L", "", "U", "2"});
    CHECK((*rows)[2] == Row{"Arrive", "Scene walk-in", "walk-in", "customer", "1", "", "", "", "0"});
    CHECK((*rows)[3] == Row{"Serve", "Scene brew", "brew", "frontstage", "3.5", "S", "L", "", "2"});
    CHECK((*rows)[4] == Row{"Serve", "Scene hand-over", "hand-over", "frontstage", "", "", "L", "S", "2"});
    CHECK((*rows)[5] == Row{"Scenes", "", "", "", "", "2", "2", "2", ""});
    CHECK((*rows)[6] == Row{"Lead parts", "", "", "", "", "1", "2", "0", ""});
    CHECK((*rows)[7] == Row{"Minutes", "", "", "", "", "5.5", "3.5", "0", ""});
    CHECK((*rows)[8] == Row{"Share of scenes", "", "", "", "", "50%", "50%", "50%", ""});
}

TEST_CASE("names with commas, quotes and line breaks survive the CSV round trip") {
    JourneyBuilder b;
    b.role("r").name = "Agent, \"senior\"\nnights";
    b.journey().stages[0].name = "Call\r\nback";
    b.scene_with("x", Lane::Frontstage, "r", PartKind::Lead).name = "Say \"hello\", then wait";
    auto rows = test::parse_csv(cast_sheet_csv(b.journey()));
    REQUIRE(rows);
    REQUIRE(rows->size() == 6);
    for (const auto& row : *rows) CHECK(row.size() == 7);
    CHECK((*rows)[0][5] == "Agent, \"senior\"\nnights");
    CHECK((*rows)[1][0] == "Call\r\nback");
    CHECK((*rows)[1][1] == "Say \"hello\", then wait");
}

TEST_CASE("names a spreadsheet would run as formulas are written as text") {
    JourneyBuilder b;
    b.role("r").name = "=HYPERLINK(\"http://evil.example\",\"x\")";
    b.scene_with("x", Lane::Frontstage, "r", PartKind::Lead).name = "@SUM(A1)";
    b.journey().stages[0].name = "+1";
    auto rows = test::parse_csv(cast_sheet_csv(b.journey()));
    REQUIRE(rows);
    CHECK((*rows)[0][5] == "'=HYPERLINK(\"http://evil.example\",\"x\")");
    CHECK((*rows)[1][1] == "'@SUM(A1)");
    CHECK((*rows)[1][0] == "'+1");
}

TEST_CASE("a sample's cast sheet totals agree with the role loads") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    auto rows = test::parse_csv(cast_sheet_csv(j));
    REQUIRE(rows);
    const auto loads = role_loads(j);
    const std::size_t scenes = scene_count(j);
    REQUIRE(rows->size() == 1 + scenes + 4);
    const auto& scene_totals = (*rows)[1 + scenes];
    const auto& lead_totals = (*rows)[2 + scenes];
    const auto& minute_totals = (*rows)[3 + scenes];
    for (std::size_t r = 0; r < loads.size(); ++r) {
        INFO(j.cast[r].id);
        CHECK(scene_totals[5 + r] == std::to_string(loads[r].scenes));
        CHECK(lead_totals[5 + r] == std::to_string(loads[r].leads));
        CHECK(std::stod(minute_totals[5 + r]) == Approx(loads[r].minutes).margin(0.05));   // shown to 0.1
    }
    for (std::size_t i = 0; i < scenes; ++i) CHECK((*rows)[1 + i].size() == 6 + loads.size());
}

TEST_CASE("hostile names cannot inject markup, attributes or links into the cast sheet HTML") {
    JourneyBuilder b;
    b.journey().title = "</title><script>alert(1)</script>";
    Role& r = b.role("r");
    r.name = "\" onmouseover=\"alert(1)";
    r.colour = "red;background:url(javascript:alert(1))";
    b.journey().stages[0].name = "<img src=x onerror=alert(1)>";
    b.scene_with("x", Lane::Frontstage, "r", PartKind::Lead).name = "<a href='javascript:alert(1)'>Tom & Jerry</a>";
    const std::string html = cast_sheet_html(b.journey());
    std::set<std::string> tags, attributes;
    collect_markup(html, tags, attributes);
    const std::set<std::string> own_tags = {
        "!DOCTYPE", "html",   "/html", "head", "/head", "meta",  "title",  "/title", "style",  "/style", "body",
        "/body",    "h1",     "/h1",   "p",    "/p",    "table", "/table", "thead",  "/thead", "tbody",  "/tbody",
        "tfoot",    "/tfoot", "tr",    "/tr",  "th",    "/th",   "td",     "/td",    "span",   "/span"};
    const std::set<std::string> own_attributes = {"lang",  "charset", "http-equiv", "content", "name",
                                                  "class", "scope",   "colspan",    "style"};
    for (const auto& t : tags) {
        INFO(t);
        CHECK(own_tags.count(t) == 1);
    }
    for (const auto& a : attributes) {
        INFO(a);
        CHECK(own_attributes.count(a) == 1);
    }
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);   // the invalid colour is dropped
    CHECK(html.find("\" onmouseover=\"") == std::string::npos);
    CHECK(html.find("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&quot; onmouseover=&quot;alert(1)") != std::string::npos);
    CHECK(html.find("&lt;a href=&#39;javascript:alert(1)&#39;&gt;Tom &amp; Jerry&lt;/a&gt;") != std::string::npos);
}

TEST_CASE("the cast sheet HTML is one self-contained printable page") {
    JourneyBuilder b;
    b.role("r").colour = "#2a9d8f";
    b.scene_with("x", Lane::Frontstage, "r", PartKind::Lead);
    const std::string html = cast_sheet_html(b.journey());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("background:#2a9d8f") != std::string::npos);   // a valid colour is shown
    CHECK(html.find("<td class=\"part L\">L</td>") != std::string::npos);
}

TEST_CASE("stagecraft-cli export writes the cast sheet as CSV or HTML and refuses other formats") {
    test::TempDir dir;
    const std::string sample = std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml";
    const Journey j = test::load_sample("coffee-shop.journey.xml");

    auto csv = test::run_cli({"export", sample, "--view", "castsheet", "-o", (dir / "cast.csv").string()});
    CHECK(csv.exit_code == 0);
    CHECK(test::read_file(dir / "cast.csv") == cast_sheet_csv(j));

    auto html = test::run_cli(
        {"export", sample, "--view", "castsheet", "--format", "html", "-o", (dir / "cast-sheet").string()});
    CHECK(html.exit_code == 0);
    CHECK(test::read_file(dir / "cast-sheet") == cast_sheet_html(j));

    auto svg =
        test::run_cli({"export", sample, "--view", "castsheet", "--format", "svg", "-o", (dir / "cast.svg").string()});
    CHECK(svg.exit_code == 2);
    CHECK(svg.err.find("castsheet") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "cast.svg"));
}
