// Characters XML 1.0 does not allow are refused at load, also when written as references, and
// every character that loads saves into a file that loads back equal.
#include <catch2/catch.hpp>

#include "minimal_journey.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

std::vector<std::string> with_pain(const std::string& pain) {
    return replaced(minimal_lines(), R"(        <principle ref="p1"/>)",
                    R"(        <principle ref="p1"/>)"
                    "\n        <pain>" +
                        pain + "</pain>");
}

}   // namespace

TEST_CASE("A character reference to a control character is refused at its place") {
    for (const std::string ref : {"&#6;", "&#06;", "&#x6;", "&#0;", "&#x1F;", "&#xD800;", "&#xDFFF;", "&#xFFFE;",
                                  "&#65535;", "&#x110000;", "&#99999999999999999999;"}) {
        INFO(ref);
        LoadResult r = load_journey_text(join_lines(with_pain("Call-back" + ref + "slot")), "j.xml");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line == 15);
        CHECK(r.problems[0].column == 24);
        CHECK_THAT(r.problems[0].message, Catch::Contains("character reference &#") &&
                                              Catch::Contains("XML 1.0 does not allow") &&
                                              Catch::Contains("remove it"));
    }
}

TEST_CASE("The shared case with &#6; in an opportunity is refused, not saved as a raw control byte") {
    LoadResult r =
        load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/control-char-reference.journey.xml");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 11);
    CHECK_THAT(r.problems[0].message, Catch::Contains("U+0006"));
}

TEST_CASE("References in comments and CDATA are text, not characters, and load") {
    auto lines = with_pain("<![CDATA[Call-back&#6;slot]]>");
    lines.insert(lines.begin() + 2, "  <!-- &#0; in a comment -->");
    LoadResult r = load_journey_text(join_lines(lines));
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.journey->stages[0].scenes[0].pains.at(0) == "Call-back&#6;slot");
    LoadResult again = load_journey_text(journey_to_xml(*r.journey));
    REQUIRE(again.ok());
    CHECK(*again.journey == *r.journey);
}

TEST_CASE("Tabs, line feeds and carriage returns given as references survive a save and reload") {
    // As files saved on Windows hold them: CRLF line ends and &#13; in text and attributes.
    auto lines = with_pain("one&#13;&#10;two&#9;three");
    lines = replaced(lines, R"(name="Greeting")", R"(name="Greet&#13;&#10;ing&#9;")");
    std::string text = join_lines(lines);
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    LoadResult r = load_journey_text(crlf);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    const Scene& t = r.journey->stages[0].scenes[0];
    CHECK(t.pains.at(0) == "one\r\ntwo\tthree");
    CHECK(t.name == "Greet\r\ning\t");
    const std::string saved = journey_to_xml(*r.journey);
    LoadResult again = load_journey_text(saved);
    REQUIRE(again.ok());
    CHECK(*again.journey == *r.journey);
    CHECK(journey_to_xml(*again.journey) == saved);
}

TEST_CASE("Every allowed character reference saves and loads back equal") {
    for (const std::string ref : {"&#9;", "&#x20;", "&#xD7FF;", "&#xE000;", "&#xFFFD;", "&#x10000;", "&#x10FFFF;",
                                  "&#38;", "&#60;", "&#62;", "&#34;", "&#39;", "&#x85;", "&#x2028;"}) {
        INFO(ref);
        auto lines = with_pain("a" + ref + "b");
        lines = replaced(lines, R"(name="Greeting")", "name=\"G" + ref + "\"");
        LoadResult r = load_journey_text(join_lines(lines));
        REQUIRE(r.ok());
        LoadResult again = load_journey_text(journey_to_xml(*r.journey));
        REQUIRE(again.ok());
        CHECK(*again.journey == *r.journey);
    }
}

TEST_CASE("stagecraft-cli format leaves a file with a forbidden reference untouched") {
    TempDir dir;
    const auto path = dir / "helpline.journey.xml";
    const std::string original =
        read_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/control-char-reference.journey.xml");
    write_file(path, original);
    CommandResult r = run_cli({"format", path.string()});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(":11:") && Catch::Contains("U+0006"));
    CHECK(read_file(path) == original);
}

TEST_CASE("A reference inside an attribute value that looks like a CDATA start is still checked") {
    // Found by fuzzing: a lexer that took "<![CDATA[" in a quoted value for a section let the
    // later &#29; through, and the save no longer loaded.
    LoadResult r =
        load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/fuzz-crash-cdata-in-attribute.journey.xml");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 14);
    CHECK_THAT(r.problems[0].message, Catch::Contains("U+001D"));
}

TEST_CASE("A reference whose number overflows is refused, and so is one without ';'") {
    LoadResult wraps = load_journey_text(join_lines(with_pain("a&#4294967302;b")), "j.xml");
    REQUIRE_FALSE(wraps.ok());
    CHECK_THAT(wraps.problems.at(0).message, Catch::Contains("beyond U+10FFFF"));
    LoadResult open_ended = load_journey_text(join_lines(with_pain("a &#6 b")), "j.xml");
    REQUIRE_FALSE(open_ended.ok());
    CHECK_THAT(open_ended.problems.at(0).message,
               Catch::Contains("not a character reference") && Catch::Contains("&amp;"));
}

TEST_CASE("Undefined entities, malformed references and bare ampersands are all reported in one pass") {
    // pugixml keeps them as literal text, which a save then wrote as &amp;nbsp; and so on.
    auto lines = with_pain("A&nbsp;B &#; C &#-5; D & E &#x; F &#6; G");
    lines = replaced(lines, R"(emotion="1")", R"(emotion="5")");
    LoadResult r = load_journey_text(join_lines(lines), "j.xml");
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 7);   // six references and the emotion
    CHECK_THAT(r.problems[0].message, Catch::Contains("emotion"));
    CHECK_THAT(r.problems[1].message, Catch::Contains("'&nbsp;' is not defined in XML") && Catch::Contains("&#160;"));
    CHECK_THAT(r.problems[2].message, Catch::Contains("not a character reference"));
    CHECK_THAT(r.problems[4].message, Catch::Contains("starts no reference"));
    CHECK_THAT(r.problems[6].message, Catch::Contains("U+0006"));
    for (std::size_t i = 1; i < r.problems.size(); ++i) CHECK(r.problems[i].line == 15);
}

TEST_CASE("The five references XML defines, and '&' in comments and CDATA, load") {
    auto lines = with_pain("&amp;&lt;&gt;&quot;&apos; <![CDATA[a & b &nbsp;]]>");
    lines.insert(lines.begin() + 2, "  <!-- R&D & co &nbsp; -->");
    LoadResult r = load_journey_text(join_lines(lines));
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.journey->stages[0].scenes[0].pains.at(0) == "&<>\"' a & b &nbsp;");
}

TEST_CASE("Text of white space alone saves and loads back as the same white space") {
    // Found by fuzzing: <title>&#10;&#9;</title> loaded as a line break and a tab, was written
    // raw, and the reader dropped it as layout on the way back.
    for (const std::string ws : {"&#10;&#9;", "&#32;", "&#32;&#32;&#13;&#10;"}) {
        INFO(ws);
        auto lines = replaced(minimal_lines(), "<title>Minimal</title>", "<title>" + ws + "</title>");
        lines = replaced(lines, R"(        <principle ref="p1"/>)",
                         R"(        <principle ref="p1"/>)"
                         "\n        <pain>" +
                             ws + "</pain>");
        LoadResult r = load_journey_text(join_lines(lines));
        REQUIRE(r.ok());
        CHECK_FALSE(r.journey->title.empty());
        LoadResult again = load_journey_text(journey_to_xml(*r.journey));
        REQUIRE(again.ok());
        CHECK(again.journey->title == r.journey->title);
        CHECK(*again.journey == *r.journey);
    }
}

TEST_CASE("Carriage returns and white space alone inside unknown elements survive a save and reload") {
    // Found by fuzzing: an unknown element is kept as XML text, and its &#13; was written as a
    // raw carriage return, which reading turns into a line feed.
    for (const std::string text : {"a&#13;&#10;b", "&#10;&#9;", "&#13;", "x &amp; &lt;y&gt;&#13;"}) {
        INFO(text);
        auto lines =
            replaced(minimal_lines(), "<title>Minimal</title>",
                     "<title>Minimal</title>\n  <x:note xmlns:x=\"urn:other\"><x:p>" + text + "</x:p></x:note>");
        LoadResult r = load_journey_text(join_lines(lines));
        REQUIRE(r.ok());
        LoadResult again = load_journey_text(journey_to_xml(*r.journey));
        REQUIRE(again.ok());
        CHECK(*again.journey == *r.journey);
        CHECK(journey_to_xml(*again.journey) == journey_to_xml(*r.journey));
    }
}
