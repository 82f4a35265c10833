// Every class of problem the reader reports, with its message and exact line:column.
#include <catch2/catch.hpp>

#include "minimal_journey.hpp"
#include "model/io/xml_reader.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

LoadResult load_lines(const std::vector<std::string>& lines) { return load_journey_text(join_lines(lines), "j.xml"); }

// The load fails with exactly one problem, at `line`:`column`, whose message contains `text`.
void require_one_problem(const std::vector<std::string>& lines, int line, int column, const std::string& text) {
    LoadResult r = load_lines(lines);
    for (const auto& p : r.problems) INFO(format_problem(p));
    CHECK_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == "j.xml");
    CHECK(r.problems[0].line == line);
    CHECK(r.problems[0].column == column);
    CHECK(r.problems[0].severity == Severity::Error);
    CHECK_THAT(r.problems[0].message, Catch::Contains(text));
}

}   // namespace

TEST_CASE("The minimal journey loads without problems") {
    LoadResult r = load_lines(minimal_lines());
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    CHECK(r.journey->stages.at(0).scenes.size() == 2);
    CHECK(r.journey->stages[0].scenes[0].pos.line == 12);
    CHECK(r.journey->stages[0].scenes[0].pos.column == 7);
}

TEST_CASE("Malformed XML is reported where the parser stopped") {
    auto lines = replaced(minimal_lines(), "</touchpoint>", "</touchpiont>");
    const int line = line_of(lines, "</touchpiont>");
    LoadResult r = load_lines(lines);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == line);
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("malformed XML"));
    CHECK_THAT(r.problems[0].message, Catch::Contains("matching"));
}

TEST_CASE("A journey without a format attribute is refused with a hint") {
    auto lines = replaced(minimal_lines(), R"( format="1")", "");
    require_one_problem(lines, 2, 1, "missing required attribute 'format'");
}

TEST_CASE("A format that is not a version number is refused") {
    auto lines = replaced(minimal_lines(), R"(format="1")", R"(format="one")");
    require_one_problem(lines, 2, column_of(lines, 2, "format="), "'one' is not a format version");
}

TEST_CASE("A second description, script or goal is refused where it starts") {
    const std::string part = R"(        <part role="r1" as="lead"/>)";
    for (const std::string element : {"description", "script"}) {
        const std::string second = "<" + element + ">b";
        auto lines = replaced(minimal_lines(), part,
                              "        <" + element + ">a</" + element + ">" + second + "</" + element + ">\n" + part);
        const int line = line_of(lines, second);
        require_one_problem(lines, line, column_of(lines, line, second),
                            "<touchpoint> has more than one <" + element + ">; merge them into one");
    }
    auto lines = replaced(minimal_lines(), R"(<stage id="s1" name="Arrive">)",
                          R"(<stage id="s1" name="Arrive"><goal>a</goal><goal>b</goal>)");
    const int line = line_of(lines, "<goal>b");
    require_one_problem(lines, line, column_of(lines, line, "<goal>b"), "<stage> has more than one <goal>");
}

TEST_CASE("An element after </journey> is refused where it starts") {
    auto lines = minimal_lines();
    lines.push_back("<!-- a comment after the journey is fine -->");
    REQUIRE(load_lines(lines).ok());
    lines.push_back("  <journey id=\"again\" />");
    require_one_problem(lines, static_cast<int>(lines.size()), 3, "<journey> follows </journey>");
}

TEST_CASE("A file of a newer format is refused naming both versions") {
    auto lines = replaced(minimal_lines(), R"(format="1")", R"(format="3")");
    LoadResult r = load_lines(lines);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].column == column_of(lines, 2, "format="));
    CHECK_THAT(r.problems[0].message, Catch::Contains("format 3"));
    CHECK_THAT(r.problems[0].message, Catch::Contains("reads format 1"));
}

TEST_CASE("A missing required attribute names the element and the attribute") {
    auto lines = replaced(minimal_lines(), R"( lane="customer")", "");
    const int line = line_of(lines, R"(id="t2")");
    require_one_problem(lines, line, column_of(lines, line, "<touchpoint"),
                        "<touchpoint> is missing required attribute 'lane'");
}

TEST_CASE("An unknown enum value lists the allowed values") {
    auto lines = replaced(minimal_lines(), R"(channel="app")", R"(channel="pigeon")");
    const int line = line_of(lines, "pigeon");
    require_one_problem(lines, line, column_of(lines, line, "channel="), "unknown channel 'pigeon'");
    LoadResult r = load_lines(lines);
    CHECK_THAT(r.problems[0].message, Catch::Contains("self-service"));
}

TEST_CASE("An unknown zone on a role is reported at the attribute") {
    auto lines = replaced(minimal_lines(), R"(zone="frontstage")", R"(zone="upstage")");
    require_one_problem(lines, 8, column_of(lines, 8, "zone="), "unknown zone 'upstage'");
}

TEST_CASE("An id with characters outside the id syntax is reported") {
    auto lines = replaced(minimal_lines(), R"(id="s1")", R"(id="1st stage")");
    const int line = line_of(lines, "1st stage");
    require_one_problem(lines, line, column_of(lines, line, "<stage"), "'1st stage' is not a valid id");
}

TEST_CASE("A duplicate id is reported at its second use") {
    auto lines = replaced(minimal_lines(), R"(id="t2")", R"(id="t1")");
    lines = replaced(lines, R"(to="t2")", R"(to="t1")");
    const int line = line_of(lines, R"(name="Pay")");
    require_one_problem(lines, line, column_of(lines, line, "<touchpoint"), "duplicate id 't1'");
}

TEST_CASE("A part casting a role not in the cast is a dangling reference") {
    auto lines = replaced(minimal_lines(), R"(role="r1")", R"(role="ghost")");
    const int line = line_of(lines, "ghost");
    require_one_problem(lines, line, column_of(lines, line, "<part"), "casts role 'ghost', which is not in the cast");
}

TEST_CASE("A flow to a scene that does not exist is a dangling reference") {
    auto lines = replaced(minimal_lines(), R"(to="t2")", R"(to="t9")");
    const int line = line_of(lines, "<flow ");
    require_one_problem(lines, line, column_of(lines, line, "<flow"), "flow ends at scene 't9', which does not exist");
}

TEST_CASE("A principle tag naming an undeclared principle is a dangling reference") {
    auto lines = replaced(minimal_lines(), R"(ref="p1")", R"(ref="p7")");
    const int line = line_of(lines, "p7");
    require_one_problem(lines, line, column_of(lines, line, "<principle"), "principle 'p7', which is not declared");
}

TEST_CASE("An emotion outside -2 to 2 is out of range") {
    auto lines = replaced(minimal_lines(), R"(emotion="1")", R"(emotion="3")");
    require_one_problem(lines, 12, column_of(lines, 12, "emotion="), "emotion 3 is out of range");
}

TEST_CASE("An emotion that is not a whole number is reported") {
    auto lines = replaced(minimal_lines(), R"(emotion="1")", R"(emotion="1.5")");
    require_one_problem(lines, 12, column_of(lines, 12, "emotion="), "not a whole number");
}

TEST_CASE("Negative minutes are reported") {
    auto lines = replaced(minimal_lines(), R"(wait="3")", R"(wait="-3")");
    require_one_problem(lines, 12, column_of(lines, 12, "wait="), "wait is negative");
}

TEST_CASE("Minutes that are not a number are reported") {
    auto lines = replaced(minimal_lines(), R"(minutes="2")", R"(minutes="two")");
    require_one_problem(lines, 12, column_of(lines, 12, "minutes="), "minutes 'two' is not a number");
}

TEST_CASE("A colour that is not #rrggbb is reported") {
    auto lines = replaced(minimal_lines(), R"(colour="#2a9d8f")", R"(colour="teal")");
    require_one_problem(lines, 8, column_of(lines, 8, "colour="), "colour 'teal' is not a colour");
}

TEST_CASE("A yes/no flag must be true or false") {
    auto lines = replaced(minimal_lines(), R"(wait="3")", R"(wait="3" fail-point="yes")");
    require_one_problem(lines, 12, column_of(lines, 12, "fail-point="), "use true or false");
}

TEST_CASE("A follow-up delay must be a number and a unit") {
    auto lines = replaced(minimal_lines(), R"(wait="3")", R"(wait="3" follow-up="soon")");
    require_one_problem(lines, 12, column_of(lines, 12, "follow-up="), "follow-up delay 'soon'");
}

TEST_CASE("Every problem in a file is reported at once, in file order") {
    auto lines = replaced(minimal_lines(), R"(zone="frontstage")", R"(zone="upstage")");
    lines = replaced(lines, R"(emotion="1")", R"(emotion="9")");
    lines = replaced(lines, R"(to="t2")", R"(to="t9")");
    LoadResult r = load_lines(lines);
    CHECK_FALSE(r.ok());
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].line == 8);
    CHECK(r.problems[1].line == 12);
    CHECK(r.problems[2].line == line_of(lines, "<flow "));
}

TEST_CASE("A file whose top element is not journey is refused") {
    LoadResult r = load_journey_text("<?xml version=\"1.0\"?>\n<plan format=\"1\"/>\n", "p.xml");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].column == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("not <journey>"));
}

TEST_CASE("Problems print in the compiler convention") {
    Problem p{"a.journey.xml", 12, 7, Severity::Error, "something is wrong"};
    CHECK(format_problem(p) == "a.journey.xml:12:7: error: something is wrong");
    p.severity = Severity::Warning;
    p.line = 0;
    CHECK(format_problem(p) == "a.journey.xml: warning: something is wrong");
}

TEST_CASE("A scene and a role sharing an id give one problem, not also a dangling reference") {
    LoadResult r =
        load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/duplicate-id-cascade.journey.xml", "j.xml");
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 10);
    CHECK_THAT(r.problems[0].message,
               Catch::Contains("duplicate id 'desk'") && Catch::Contains("a role already uses it"));
}

TEST_CASE("Every reference to a duplicated id resolves to what it names, and is not reported again") {
    // The principle p1 and the stage s1 both become "dup"; the part, the principle tag and the
    // flow still refer to elements that exist.
    auto lines = replaced(minimal_lines(), R"(<principle id="p1")", R"(<principle id="r1")");
    lines = replaced(lines, R"(<principle ref="p1"/>)", R"(<principle ref="r1"/>)");
    lines = replaced(lines, R"(<stage id="s1")", R"(<stage id="t2")");
    LoadResult r = load_lines(lines);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.problems.size() == 2);
    CHECK_THAT(r.problems[0].message, Catch::Contains("duplicate id 'r1'") && Catch::Contains("a principle"));
    CHECK_THAT(r.problems[1].message, Catch::Contains("duplicate id 't2'") && Catch::Contains("a stage"));
}

TEST_CASE("A reference to a malformed id gives one problem, at the id") {
    auto lines = replaced(minimal_lines(), R"(<role id="r1")", R"(<role id="1r")");
    lines = replaced(lines, R"(<part role="r1")", R"(<part role="1r")");
    LoadResult r = load_lines(lines);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 8);
    CHECK_THAT(r.problems[0].message, Catch::Contains("'1r' is not a valid id"));
}

TEST_CASE("A reference to an id of the wrong kind is still reported") {
    auto lines = replaced(minimal_lines(), R"(<part role="r1")", R"(<part role="t2")");
    require_one_problem(lines, 13, 9, "casts role 't2', which is not in the cast");
}

TEST_CASE("An attribute given twice on one element is refused where it stands") {
    // Found by fuzzing: name="" name="der" loaded as an empty name plus an unknown attribute
    // that the save then wrote back as the name.
    auto lines = replaced(minimal_lines(), R"(name="Pay")", R"(name="" name="Pay")");
    require_one_problem(lines, 16, column_of(lines, 16, "name="), "attribute 'name' is given twice on <touchpoint>");
    auto unknown = replaced(minimal_lines(), R"(<title>Minimal</title>)",
                            R"(<title>Minimal</title><x:n xmlns:x="urn:x"><x:m a="1" a="2"/></x:n>)");
    require_one_problem(unknown, 3, column_of(unknown, 3, "a=\"1\""), "attribute 'a' is given twice on <x:m>");
    auto extra = replaced(minimal_lines(), R"(<stage id="s1")", R"(<stage x:y="1" x:y="2" id="s1")");
    require_one_problem(extra, 11, column_of(extra, 11, "x:y"), "attribute 'x:y' is given twice on <stage>");
    auto flows = replaced(minimal_lines(), R"(<flows>)", R"(<flows q="1" q="1">)");
    require_one_problem(flows, 19, column_of(flows, 19, "q="), "attribute 'q' is given twice on <flows>");
}

TEST_CASE("Text around a comment or CDATA section in a text element is read whole") {
    // A user's pain point was cut at its first comment, and format saved the cut text.
    auto lines = replaced(minimal_lines(), "<title>Minimal</title>", "<title>a <![CDATA[<b>two</b>]]> c</title>");
    lines = replaced(lines, R"(        <principle ref="p1"/>)",
                     R"(        <principle ref="p1"/>)"
                     "\n        <pain>Queue too long<!-- check with ops --> at 8am</pain>");
    LoadResult r = load_lines(lines);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.journey->title == "a <b>two</b> c");
    CHECK(r.journey->stages[0].scenes[0].pains.at(0) == "Queue too long at 8am");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].severity == Severity::Warning);
    CHECK(r.problems[0].line == 15);
    CHECK_THAT(r.problems[0].message, Catch::Contains("comment inside <pain> is not kept"));
}

TEST_CASE("An element inside a text element is refused, not dropped with the text after it") {
    auto lines =
        replaced(minimal_lines(), "<title>Minimal</title>", R"(<title>a<x:b xmlns:x="urn:x">B</x:b>c</title>)");
    require_one_problem(lines, 3, column_of(lines, 3, "<x:b"), "<title> holds the element <x:b>");
}
