// stagecraft-cli import and convert as a user runs them: files written (and never written over),
// notes and errors with their places, exit status.
#include <catch2/catch.hpp>

#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

const char* const kDay =
    "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n"
    "      Do work: 1: Me, Cat\n    section Go home\n      Sit down: 5: Me\n";

}   // namespace

TEST_CASE("import writes a valid canonical journey from Mermaid and says what it read and the checks' summary") {
    TempDir dir;
    write_file(dir / "day.mmd", kDay);
    const std::string out = (dir / "day.journey.xml").string();
    CommandResult r = run_cli({"import", (dir / "day.mmd").string(), "-o", out});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("2 stages, 3 scenes, 1 role; staging checks:"));
    CHECK_THAT(r.err, Catch::Contains("day.mmd:4:7: note: actor 'Me' taken as the customer"));
    LoadResult loaded = load_journey_file(out);
    REQUIRE(loaded.ok());
    CHECK(loaded.journey->title == "My working day");
    CHECK(read_file(out) == journey_to_xml(*loaded.journey));   // canonical
}

TEST_CASE("import never writes over a file without --force, and replaces it with --force") {
    TempDir dir;
    write_file(dir / "day.mmd", kDay);
    const std::string out = (dir / "day.journey.xml").string();
    write_file(out, "keep me");
    CommandResult refused = run_cli({"import", (dir / "day.mmd").string(), "-o", out});
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("--force"));
    CHECK(read_file(out) == "keep me");
    CommandResult forced = run_cli({"import", (dir / "day.mmd").string(), "-o", out, "--force"});
    CHECK(forced.exit_code == 0);
    CHECK(load_journey_file(out).ok());
}

TEST_CASE("import of a file with errors writes nothing, gives each error as FILE:LINE:COL and exits 1") {
    TempDir dir;
    write_file(dir / "bad.mmd", "journey\nsection A\n  Pay: 9: Me\n  Wait\n");
    write_file(dir / "good.mmd", kDay);
    CommandResult r =
        run_cli({"import", (dir / "good.mmd").string(), (dir / "bad.mmd").string(), "-d", (dir / "out").string()});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("bad.mmd:3:8: error: the score of 'Pay' is 9"));
    CHECK_THAT(r.err, Catch::Contains("bad.mmd:4:3: error: the task 'Wait' has no score"));
    CHECK_THAT(r.err, Catch::Contains("nothing was written"));
    CHECK_FALSE(std::filesystem::exists(dir / "out"));
}

TEST_CASE("import of a Markdown file with several journeys writes one file each with -d, and asks for -d with -o") {
    TempDir dir;
    write_file(dir / "docs.md", std::string("# Journeys\n```mermaid\n") + kDay +
                                    "```\n\n```mermaid\njourney\ntitle Evening\nsection Home\n  Cook: 4: Me\n```\n");
    CommandResult one = run_cli({"import", (dir / "docs.md").string(), "-o", (dir / "x.journey.xml").string()});
    CHECK(one.exit_code == 2);
    CHECK_THAT(one.err, Catch::Contains("2 journeys"));
    CommandResult r = run_cli({"import", (dir / "docs.md").string(), "-d", (dir / "out").string()});
    CHECK(r.exit_code == 0);
    CHECK(load_journey_file((dir / "out" / "my-working-day.journey.xml").string()).ok());
    CHECK(load_journey_file((dir / "out" / "evening.journey.xml").string()).ok());
}

TEST_CASE("import takes the format from the extension or --from, and says when it cannot tell") {
    TempDir dir;
    write_file(dir / "day.data", kDay);
    CommandResult unknown = run_cli({"import", (dir / "day.data").string(), "-o", (dir / "a.journey.xml").string()});
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("--from"));
    CommandResult r =
        run_cli({"import", (dir / "day.data").string(), "--from", "mermaid", "-o", (dir / "a.journey.xml").string()});
    CHECK(r.exit_code == 0);
}

TEST_CASE("Names come through import exactly as typed, with markup characters kept as text") {
    TempDir dir;
    const std::string name = "Pay <b>& \"tip\"</b> 'now' \xE2\x82\xAC";
    write_file(dir / "x.mmd", "journey\ntitle T\nsection S\n  " + name + ": 3: Me\n");
    const std::string out = (dir / "x.journey.xml").string();
    REQUIRE(run_cli({"import", (dir / "x.mmd").string(), "-o", out}).exit_code == 0);
    LoadResult loaded = load_journey_file(out);
    REQUIRE(loaded.ok());
    CHECK(loaded.journey->stages[0].scenes[0].name == name);
}

TEST_CASE("convert writes a journey as Mermaid that imports back, with notes, never over a file without --force") {
    TempDir dir;
    const std::string sample = std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml";
    const std::string out = (dir / "coffee.mmd").string();
    CommandResult r = run_cli({"convert", sample, "--to", "mermaid", "-o", out});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("note: Scene 'Order ahead: oat flat white' is written with ':'"));
    CHECK(read_file(out).rfind("journey\n", 0) == 0);
    CommandResult again = run_cli({"convert", sample, "--to", "mermaid", "-o", out});
    CHECK(again.exit_code == 2);
    CommandResult back = run_cli({"import", out, "-o", (dir / "coffee.journey.xml").string()});
    CHECK(back.exit_code == 0);
    CHECK(run_cli({"convert", sample, "--to", "pdf", "-o", (dir / "x.pdf").string()}).exit_code == 2);
}

TEST_CASE("convert and export refuse to write over the journey they read, even with --force") {
    TempDir dir;
    const std::string journey = (dir / "coffee.journey.xml").string();
    const std::string original = read_file(std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml");
    write_file(journey, original);
    for (const char* to : {"xlsx", "csv", "mermaid"}) {
        CommandResult r = run_cli({"convert", journey, "--to", to, "-o", journey, "--force"});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("is also the input"));
    }
    CommandResult e = run_cli(
        {"export", journey, "--view", "map", "--format", "svg", "-o", (dir / "." / "coffee.journey.xml").string()});
    CHECK(e.exit_code == 2);
    CHECK_THAT(e.err, Catch::Contains("is also an input"));
    CHECK(read_file(journey) == original);
}

TEST_CASE("import reads a spreadsheet saved as CSV, with --map, and convert writes one that imports back the same") {
    TempDir dir;
    write_file(dir / "visit.csv",
               "Phase;Step;Who does it;Feeling (1-5)\r\nArrive;Park;;3\r\n;Check in;Receptionist;4\r\n");
    const std::string out = (dir / "visit.journey.xml").string();
    CommandResult r = run_cli({"import", (dir / "visit.csv").string(), "--map", "Who does it=lead", "-o", out});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("separated by ';'"));
    CHECK_THAT(r.err, Catch::Contains("visit.csv:1:4: note: (Feeling (1-5)) emotion read on the 1 to 5 scale"));
    LoadResult loaded = load_journey_file(out);
    REQUIRE(loaded.ok());
    CHECK(loaded.journey->title == "visit");
    CHECK(loaded.journey->stages[0].scenes[1].emotion == 1);
    CHECK(loaded.journey->cast.at(0).name == "Receptionist");

    const std::string csv = (dir / "again.csv").string();
    REQUIRE(run_cli({"convert", out, "--to", "csv", "-o", csv}).exit_code == 0);
    const std::string back = (dir / "again.journey.xml").string();
    REQUIRE(run_cli({"import", csv, "-o", back}).exit_code == 0);
    LoadResult again = load_journey_file(back);
    REQUIRE(again.ok());
    CHECK(again.journey->stages == loaded.journey->stages);
}

TEST_CASE("import of a CSV with wrong values names each at FILE:ROW:COLUMN with its header, and writes nothing") {
    TempDir dir;
    write_file(dir / "bad.csv", "Stage,Scene,Lane\nA,Park,Wings\n");
    CommandResult r = run_cli({"import", (dir / "bad.csv").string(), "-o", (dir / "bad.journey.xml").string()});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:2:3: error: (Lane) 'Wings' is not a lane"));
    CHECK_FALSE(std::filesystem::exists(dir / "bad.journey.xml"));
    CHECK(run_cli({"import", (dir / "bad.csv").string(), "--map", "Lane", "-o", "x.journey.xml"}).exit_code == 2);
}

TEST_CASE("convert --to xlsx writes a workbook that import reads back whole; --sheet picks a sheet") {
    TempDir dir;
    const std::string sample = std::string(STAGECRAFT_SAMPLES_DIR) + "/hotel-stay.journey.xml";
    const std::string xlsx = (dir / "hotel.xlsx").string();
    REQUIRE(run_cli({"convert", sample, "--to", "xlsx", "-o", xlsx}).exit_code == 0);
    CHECK(run_cli({"convert", sample, "--to", "xlsx", "-o", xlsx}).exit_code == 2);   // never over a file
    const std::string back = (dir / "hotel.journey.xml").string();
    CommandResult r = run_cli({"import", xlsx, "-o", back});
    CHECK(r.exit_code == 0);
    LoadResult loaded = load_journey_file(back);
    REQUIRE(loaded.ok());
    const Journey original = load_sample("hotel-stay.journey.xml");
    CHECK(loaded.journey->title == original.title);
    CHECK(loaded.journey->flows == original.flows);
    CHECK(loaded.journey->cast == original.cast);
    CommandResult missing = run_cli({"import", xlsx, "--sheet", "Budget", "-o", (dir / "x.journey.xml").string()});
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.err, Catch::Contains("no sheet 'Budget'; its sheets are 'Scenes', 'Stages'"));
}

TEST_CASE(
    "import writes to standard output with -o -, and refuses a folder, its own input, or --sheet without a workbook") {
    TempDir dir;
    write_file(dir / "day.mmd", kDay);
    const std::string in = (dir / "day.mmd").string();
    CommandResult out = run_cli({"import", in, "-o", "-"});
    CHECK(out.exit_code == 0);
    CHECK(out.out.rfind("<?xml", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "-"));
    CommandResult folder = run_cli({"import", in, "-o", dir.path().string()});
    CHECK(folder.exit_code == 2);
    CHECK_THAT(folder.err, Catch::Contains("is a folder"));
    CommandResult itself = run_cli({"import", in, "-o", in, "--force"});
    CHECK(itself.exit_code == 2);
    CHECK_THAT(itself.err, Catch::Contains("also an input"));
    CHECK(read_file(dir / "day.mmd") == kDay);
    CommandResult sheet = run_cli({"import", in, "--sheet", "Scenes", "-o", (dir / "x.journey.xml").string()});
    CHECK(sheet.exit_code == 2);
    CHECK_THAT(sheet.err, Catch::Contains("not one"));
}
