// Reading Mermaid journeys: what each line means (as Mermaid's own grammar reads it), how sections,
// tasks, scores and actors become stages, scenes, emotions, the customer and the cast, and every
// error with its line and column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "model/interchange/mermaid_reader.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

using namespace stagecraft;

namespace {

// Mermaid's own example journey (mermaid.js.org, "User Journey Diagram").
const char* const kWorkingDay = R"(journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
)";

Journey read_one(const std::string& text) {
    ImportResult r = read_mermaid_journey(text, "in.mmd", "fallback");
    INFO((r.problems.empty() ? std::string() : format_problem(r.problems.front())));
    REQUIRE(r.ok());
    REQUIRE(r.journeys.size() == 1);
    return r.journeys.front();
}

// The first error of reading `text`.
Problem first_error(const std::string& text) {
    ImportResult r = read_mermaid_journey(text, "in.mmd", "fallback");
    CHECK_FALSE(r.ok());
    CHECK(r.journeys.empty());
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) return p;
    FAIL("no error");
    return {};
}

bool has_note_containing(const ImportResult& r, const std::string& words) {
    for (const auto& p : r.problems)
        if (p.severity == Severity::Note && p.message.find(words) != std::string::npos) return true;
    return false;
}

}   // namespace

TEST_CASE("Mermaid's example journey reads as stages of scenes with emotions and a valid journey") {
    const Journey j = read_one(kWorkingDay);
    CHECK(j.title == "My working day");
    CHECK(j.id == "my-working-day");
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].name == "Go to work");
    CHECK(j.stages[1].name == "Go home");
    REQUIRE(j.stages[0].scenes.size() == 3);
    CHECK(j.stages[0].scenes[0].name == "Make tea");
    CHECK(j.stages[0].scenes[0].id == "make-tea");
    CHECK(j.stages[0].scenes[0].emotion == 2);
    CHECK(j.stages[0].scenes[1].emotion == 0);
    CHECK(j.stages[0].scenes[2].emotion == -2);
    CHECK_FALSE(has_errors(validate_journey(j)));
}

TEST_CASE("An actor that names the customer makes the task the customer's own action; other actors are cast") {
    const Journey j = read_one(kWorkingDay);
    const Scene& work = j.stages[0].scenes[2];
    CHECK(work.lane == Lane::Customer);
    REQUIRE(work.parts.size() == 1);
    CHECK(work.parts[0].kind == PartKind::Lead);
    REQUIRE(j.cast.size() == 1);
    CHECK(j.cast[0].name == "Cat");
    CHECK(work.parts[0].role == j.cast[0].id);
    // The customer's word is kept as the persona, so that it is written back.
    REQUIRE(j.persona);
    CHECK(j.persona->name == "Me");
}

TEST_CASE("Staff actors: the first leads, the others support, and the task goes to the frontstage lane") {
    const Journey j = read_one("journey\nsection Order\n  Take the order: 4: Barista, Till host, Shift lead\n");
    const Scene& s = j.stages[0].scenes[0];
    CHECK(s.lane == Lane::Frontstage);
    REQUIRE(s.parts.size() == 3);
    CHECK(s.parts[0].kind == PartKind::Lead);
    CHECK(s.parts[1].kind == PartKind::Support);
    CHECK(s.parts[2].kind == PartKind::Support);
    CHECK(j.cast.size() == 3);
    CHECK_FALSE(j.persona);
}

TEST_CASE("Actors that differ only in capitals or spaces are one role, as first written, with a note") {
    const ImportResult r = read_mermaid_journey(
        "journey\nsection Order\n  Take the order: 4: Barista, barista\n  Pay: 3: BARISTA  \n", "in.mmd", "fallback");
    REQUIRE(r.ok());
    const Journey& j = r.journeys.front();
    REQUIRE(j.cast.size() == 1);
    CHECK(j.cast[0].name == "Barista");
    CHECK(j.stages[0].scenes[0].parts.size() == 1);
    CHECK(j.stages[0].scenes[1].parts.at(0).role == j.cast[0].id);
    CHECK(has_note_containing(r, "actor 'BARISTA' taken as the role 'Barista'"));
    CHECK(has_note_containing(r, "named twice in this task"));
}

TEST_CASE("The customer's words are Me, I, Customer, User, The customer and The user, in any case") {
    for (const char* word : {"Me", "i", "CUSTOMER", "user", "The Customer", "the user", " me "})
        CHECK(is_customer_actor(word));
    for (const char* word : {"Meg", "Customers", "Customer service", ""}) CHECK_FALSE(is_customer_actor(word));
    CHECK(is_customer_actor("priya", "Priya"));
}

TEST_CASE("Ids are lowercase slugs unique across the journey, the same input giving the same ids") {
    const std::string text = "journey\ntitle Check in\nsection Check in\n  Check in: 3: Me\n  Check in: 4: Check in\n";
    const Journey a = read_one(text);
    const Journey b = read_one(text);
    CHECK(a == b);
    CHECK(a.id == "check-in");
    CHECK(a.stages[0].id == "check-in-2");
    CHECK(a.stages[0].scenes[0].id == "check-in-3");
    CHECK(a.stages[0].scenes[1].id == "check-in-4");
    CHECK(a.cast[0].id == "check-in-5");
    CHECK_FALSE(has_errors(validate_journey(a)));
}

TEST_CASE("The journey's id is never one of its elements' ids, even when made last or from the same name") {
    const Journey j = read_one("journey\nsection Me\n  Me: 3: Me\ntitle Me\n");
    std::vector<std::string> ids{j.id, j.stages[0].id, j.stages[0].scenes[0].id, j.persona->id};
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("Titles, accTitle, accDescr on one line or in braces, comments, directives and indentation are read") {
    const std::string text =
        "%%{init: {'theme': 'forest'}}%%\n"
        "   JOURNEY   \n"
        "%% a comment\n"
        "\taccTitle: Visiting the dentist\n"
        "accDescr {\n"
        "   A check-up, from booking\n"
        "   to paying }\n"
        "# another comment\n"
        "SECTION Book   \n"
        "      Call the practice   :   3   :   Me   %% trailing comment\n";
    ImportResult r = read_mermaid_journey(text, "in.mmd", "fallback");
    REQUIRE(r.ok());
    const Journey& j = r.journeys.front();
    CHECK(j.title == "Visiting the dentist");
    CHECK(j.description == "A check-up, from booking\nto paying");
    REQUIRE(j.stages.size() == 1);
    CHECK(j.stages[0].name == "Book");
    CHECK(j.stages[0].scenes[0].name == "Call the practice");
    CHECK(j.stages[0].scenes[0].emotion == 0);
    CHECK(has_note_containing(r, "directive"));
    CHECK(read_one("journey\naccDescr: One line\nsection A\nT: 3").description == "One line");
}

TEST_CASE("Where Mermaid ends a title or a section's name at '#', ':' or ';', so does the import, with a note") {
    ImportResult r =
        read_mermaid_journey("journey\ntitle Dentist # 2\nsection Pay: at the desk\nT: 3\n", "in.mmd", "x");
    REQUIRE(r.ok());
    CHECK(r.journeys[0].title == "Dentist");
    CHECK(r.journeys[0].stages[0].name == "Pay");
    int notes = 0;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Note && p.message.find("Mermaid ends") != std::string::npos) {
            ++notes;
            CHECK(p.line >= 2);
        }
    CHECK(notes == 2);
    // The title's ';' is at column 14 of line 2.
    ImportResult semi = read_mermaid_journey("journey\ntitle Dentist; part 2\nsection A\nT: 3\n", "in.mmd", "x");
    REQUIRE(semi.ok());
    CHECK(semi.journeys[0].title == "Dentist");
    REQUIRE_FALSE(semi.problems.empty());
    CHECK(semi.problems[0].line == 2);
    CHECK(semi.problems[0].column == 14);
}

TEST_CASE("A score outside 1 to 5 or not a whole number is an error at the score's line and column") {
    Problem p = first_error("journey\nsection A\n  Pay the bill: 7: Me\n");
    CHECK(p.file == "in.mmd");
    CHECK(p.line == 3);
    CHECK(p.column == 17);
    CHECK(p.message.find("Pay the bill") != std::string::npos);
    CHECK(p.message.find("1 to 5") != std::string::npos);
    CHECK(first_error("journey\nsection A\nT: 2.5\n").column == 4);
    CHECK(first_error("journey\nsection A\nT: 0\n").line == 3);
    CHECK(first_error("journey\nsection A\nT: -1: Me\n").line == 3);
    CHECK(first_error("journey\nsection A\nT: five\n").message.find("not a number") != std::string::npos);
    CHECK(first_error("journey\nsection A\nT:   \n").message.find("no score") != std::string::npos);
    CHECK(read_one("journey\nsection A\nT: 5.0\n").stages[0].scenes[0].emotion == 2);
}

TEST_CASE("A task without a score, or cut by '#' or ';' before its score, is an error that says why") {
    CHECK(first_error("journey\nsection A\n  Wait\n").message.find("has no score") != std::string::npos);
    const Problem hash = first_error("journey\nsection A\n  Pay #2: 5: Me\n");
    CHECK(hash.line == 3);
    CHECK(hash.column == 3);
    CHECK(hash.message.find("comment") != std::string::npos);
    CHECK(first_error("journey\nsection A\n  Pay; tip: 5\n").message.find("';'") != std::string::npos);
}

TEST_CASE("Text that is not a journey diagram is refused, naming what it is") {
    const Problem p = first_error("flowchart LR\n  A --> B\n");
    CHECK(p.line == 1);
    CHECK(p.column == 1);
    CHECK(p.message.find("'flowchart'") != std::string::npos);
    CHECK(first_error("").message.find("journey") != std::string::npos);
    CHECK(first_error("journey\nsection A\nT: 3\njourney\n").line == 4);
}

TEST_CASE("Tasks before the first section go to a stage 'Steps'; a journey without a title is named after the file") {
    ImportResult r = read_mermaid_journey("journey\nArrive: 4: Me\n", "visit.mmd", "visit");
    REQUIRE(r.ok());
    CHECK(r.journeys[0].title == "visit");
    CHECK(r.journeys[0].stages[0].name == "Steps");
    CHECK(has_note_containing(r, "Steps"));
    CHECK(has_note_containing(r, "no title"));
}

TEST_CASE("Extra ':' fields and ';' after a task's data are ignored with a note; empty actors are dropped") {
    ImportResult r = read_mermaid_journey("journey\nsection A\nT: 3: Me, , Cat: extra\nU: 4:\n", "in.mmd", "x");
    REQUIRE(r.ok());
    CHECK(has_note_containing(r, "was left out"));
    const auto& scenes = r.journeys[0].stages[0].scenes;
    CHECK(scenes[0].parts.size() == 1);
    CHECK(scenes[1].parts.empty());
    CHECK(scenes[1].lane == Lane::Customer);
}

TEST_CASE(
    "UTF-8 with a byte order mark, UTF-16 and CRLF line ends read; other bytes and control characters are refused with "
    "their place") {
    const Journey bom = read_one("\xEF\xBB\xBFjourney\r\nsection Caf\xC3\xA9\r\nT: 3\r\n");
    CHECK(bom.stages[0].name == "Caf\xC3\xA9");
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("journey\nsection A\nT: 3\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    CHECK(read_one(utf16).stages[0].scenes[0].name == "T");
    const Problem latin1 = first_error("journey\nsection Caf\xE9\n");
    CHECK(latin1.line == 2);
    CHECK(latin1.column == 12);
    CHECK(latin1.message.find("UTF-8") != std::string::npos);
    CHECK(first_error(std::string("journey\n\0junk", 13)).message.find("0x00") != std::string::npos);
    const Problem escape = first_error("journey\nsection A\nT\x1b: 3\n");
    CHECK(escape.line == 3);
    CHECK(escape.column == 2);
    CHECK(escape.message.find("control character 0x1B") != std::string::npos);
}

TEST_CASE("Markdown: a fence with more after 'mermaid' is a block; one indented four spaces is code, not a block") {
    const ImportResult r = read_markdown_journeys(
        "```mermaid title=\"Visit\"\njourney\nsection A\n  T: 3\n```\n\n    ```mermaid\n    journey\n    section B\n"
        "      U: 4\n    ```\n\n```mermaid\njourney\nsection C\n  V: 5\n```\n",
        "doc.md", "doc");
    REQUIRE(r.ok());
    REQUIRE(r.journeys.size() == 2);
    CHECK(r.journeys[0].stages.at(0).name == "A");
    CHECK(r.journeys[1].stages.at(0).name == "C");
    CHECK(r.journeys[1].title == "doc 2");
    CHECK(has_note_containing(r, "it is named 'doc 2'"));
}

TEST_CASE("A Markdown file gives one journey for each mermaid journey block, skipping other diagrams") {
    const std::string md =
        "# Journeys\n\n"
        "```mermaid\nflowchart LR\n  A --> B\n```\n\n"
        "```mermaid\njourney\n  title First\n  section S\n    T: 3: Me\n```\n\n"
        "Some text.\n\n"
        "~~~ Mermaid\njourney\n  title Second\n  section S\n    U: 9: Me\n~~~\n";
    ImportResult bad = read_markdown_journeys(md, "doc.md", "doc");
    CHECK_FALSE(bad.ok());
    // The error is at the line of the Markdown file.
    bool found = false;
    for (const auto& p : bad.problems)
        if (p.severity == Severity::Error) {
            CHECK(p.line == 21);
            found = true;
        }
    CHECK(found);
    std::string fixed = md;
    fixed.replace(fixed.find("U: 9"), 4, "U: 2");
    ImportResult r = read_markdown_journeys(fixed, "doc.md", "doc");
    REQUIRE(r.ok());
    REQUIRE(r.journeys.size() == 2);
    CHECK(r.journeys[0].title == "First");
    CHECK(r.journeys[1].title == "Second");
    CHECK(has_note_containing(r, "not a journey"));
    CHECK_FALSE(read_markdown_journeys("# Nothing here\n", "doc.md", "doc").ok());
    CHECK(read_markdown_journeys("::: mermaid\njourney\nsection A\nT: 3\n:::\n", "w.md", "w").ok());
}

TEST_CASE(
    "Every Mermaid test input (fuzzing finds included) imports into a valid journey that reloads the same, "
    "or is refused with errors at their places") {
    int read = 0, refused = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(STAGECRAFT_TEST_DATA_DIR) + "/mermaid")) {
        INFO(entry.path().string());
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const bool markdown = entry.path().extension() == ".md";
        ImportResult r =
            markdown ? read_markdown_journeys(bytes, "in.md", "in") : read_mermaid_journey(bytes, "in.mmd", "in");
        if (!r.ok()) {
            ++refused;
            REQUIRE(has_errors(r.problems));
            for (const auto& p : r.problems)
                if (p.severity == Severity::Error) CHECK(p.line > 0);
            continue;
        }
        ++read;
        for (const Journey& j : r.journeys) {
            CHECK_FALSE(has_errors(validate_journey(j)));
            LoadResult again = load_journey_text(journey_to_xml(j), "again.xml");
            REQUIRE(again.ok());
            CHECK(*again.journey == j);
        }
    }
    CHECK(read >= 4);
    CHECK(refused >= 1);
}

TEST_CASE("Imported roles get distinct colours from the editor's colour-blind-safe palette") {
    const Journey j = read_one("journey\nsection A\n  T: 3: Ann, Bob, Cy\n  U: 4: Dee\n");
    REQUIRE(j.cast.size() == 4);
    std::vector<std::string> colours;
    for (const auto& r : j.cast) colours.push_back(r.colour);
    std::sort(colours.begin(), colours.end());
    CHECK(std::adjacent_find(colours.begin(), colours.end()) == colours.end());
    CHECK(j.cast[0].colour == "#332288");
}

TEST_CASE("Mermaid front matter gives the title; its other settings are ignored with a note") {
    ImportResult r = read_mermaid_journey(
        "---\ntitle: \"Dentist visit\"\nconfig:\n  theme: forest\n---\njourney\nsection A\nT: 3\n", "in.mmd", "x");
    REQUIRE(r.ok());
    CHECK(r.journeys[0].title == "Dentist visit");
    CHECK(r.journeys[0].id == "dentist-visit");
    CHECK(has_note_containing(r, "front matter"));
    ImportResult md = read_markdown_journeys(
        "```mermaid\n---\ntitle: In Markdown\n---\njourney\nsection A\nT: 3\n```\n", "d.md", "d");
    REQUIRE(md.ok());
    CHECK(md.journeys[0].title == "In Markdown");
}

TEST_CASE("A task line Mermaid reads as a second title is said, as is the channel every Mermaid scene gets") {
    ImportResult r =
        read_mermaid_journey("journey\ntitle First\nsection S\nTitle deeds signed: 3: Me\n", "in.mmd", "x");
    REQUIRE(r.ok());
    CHECK(r.journeys[0].title == "deeds signed: 3: Me");
    CHECK(has_note_containing(r, "a second title replaces 'First'"));
    ImportResult tasks = read_mermaid_journey("journey\nsection S\nT: 3\n", "in.mmd", "x");
    CHECK(has_note_containing(tasks, "in person"));
}
