// Journeys written as Excel workbooks: the sheets, text stored as text (never a formula), frozen
// headers and drop-downs, and every sample read back equal in everything a workbook carries.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "export/xlsx_writer.hpp"
#include "model/interchange/import_file.hpp"
#include "model/validate.hpp"
#include "test_support.hpp"
#include "zip_parts.hpp"

using namespace stagecraft;

namespace {

// What a workbook carries of a journey: everything but unknown content, with each scene's parts
// in the order a workbook lists them (leads, then support, then understudies).
Journey carried(Journey j) {
    j.extras = {};
    for (auto& stage : j.stages)
        for (auto& scene : stage.scenes)
            std::stable_sort(scene.parts.begin(), scene.parts.end(),
                             [](const Part& a, const Part& b) { return a.kind < b.kind; });
    return j;
}

}   // namespace

TEST_CASE("Every sample → xlsx → journey is equal to the sample in everything a workbook carries") {
    for (const auto& path : test::sample_files()) {
        INFO(path.filename().string());
        test::TempDir dir;
        const Journey sample = test::load_sample(path.filename().string());
        const std::string xlsx = (dir / "journey.xlsx").string();
        const XlsxWritten written = write_journey_xlsx(sample, xlsx);
        REQUIRE_FALSE(written.error);
        ImportResult back = import_file(xlsx);
        INFO((back.problems.empty() ? std::string() : format_problem(back.problems.back())));
        REQUIRE(back.ok());
        CHECK(carried(back.journeys[0]) == carried(sample));
    }
}

namespace {

// A valid journey whose scene ids are what the names of its stage, role and principle would
// make ("arrive", "barista", "speed"), while those have ids of other shapes.
Journey ids_like_names() {
    Journey j;
    j.id = "visit";
    j.title = "Visit";
    j.cast.push_back({"r1", "Barista", Zone::Frontstage, "", "#1b9e77", std::nullopt, {}, {}});
    j.principles.push_back({"p1", "Speed", "", {}, {}});
    Stage stage;
    stage.id = "s1";
    stage.name = "Arrive";
    Scene order;
    order.id = "order";
    order.name = "Order";
    order.lane = Lane::Frontstage;
    order.parts.push_back({"r1", PartKind::Lead, {}, {}});
    order.principles.push_back({"p1", {}, {}});
    stage.scenes.push_back(order);
    for (const char* id : {"arrive", "barista", "speed"}) {
        Scene s;
        s.id = id;
        s.name = std::string("Then ") + id;
        s.lane = Lane::Customer;
        stage.scenes.push_back(s);
    }
    j.stages.push_back(stage);
    return j;
}

// Writes the valid journey `j` as a workbook and checks it reads back equal in all it carries.
void check_reads_back(const Journey& j) {
    REQUIRE_FALSE(has_errors(validate_journey(j)));
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(j, xlsx).error);
    ImportResult back = import_file(xlsx);
    INFO((back.problems.empty() ? std::string() : format_problem(back.problems.back())));
    REQUIRE(back.ok());
    CHECK(carried(back.journeys[0]) == carried(j));
}

}   // namespace

TEST_CASE("A journey whose scene ids are what its other names would make reads back from a workbook") {
    check_reads_back(ids_like_names());
}

TEST_CASE("A journey with a stage named like a field reads back from its own workbook") {
    Journey j = ids_like_names();
    j.stages[0].name = "Follow-up";
    for (int i = 0; i < 25; ++i) {
        Scene s;
        s.id = "call-" + std::to_string(i);
        s.name = "Call " + std::to_string(i);
        s.lane = Lane::Customer;
        j.stages[0].scenes.push_back(s);
    }
    check_reads_back(j);
}

TEST_CASE("A workbook of Stagecraft's sheets whose Journey sheet was renamed says that only its Scenes are read") {
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(ids_like_names(), xlsx).error);
    auto parts = test::zip_contents(test::read_file(xlsx));
    std::string& book = parts.at("xl/workbook.xml");
    const auto at = book.find("name=\"Journey\"");
    REQUIRE(at != std::string::npos);
    book.replace(at, 14, "name=\"About\"");
    const std::string renamed = (dir / "renamed.xlsx").string();
    test::write_file(renamed, test::zip_of(parts));
    const ImportResult back = import_file(renamed);
    REQUIRE(back.ok());
    bool said = false;
    for (const auto& p : back.problems)
        said = said || p.message.find("as Stagecraft writes them, but no Journey sheet: only 'Scenes' is read") !=
                           std::string::npos;
    CHECK(said);
}

namespace {

// The workbook of `j` with cell `ref` of sheet part `part` holding `text` instead, as an inline string.
std::string edited_workbook(const Journey& j, const std::string& part, const std::string& ref,
                            const std::string& text) {
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(j, xlsx).error);
    auto parts = test::zip_contents(test::read_file(xlsx));
    std::string& sheet = parts.at(part);
    const std::size_t from = sheet.find("<c r=\"" + ref + "\"");
    REQUIRE(from != std::string::npos);
    const std::size_t to = sheet.find("</c>", from) + 4;
    sheet.replace(from, to - from, "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
    return test::zip_of(parts);
}

std::vector<std::string> import_errors(const std::string& bytes) {
    test::TempDir dir;
    const std::string path = (dir / "visit.xlsx").string();
    test::write_file(path, bytes);
    std::vector<std::string> errors;
    for (const auto& p : import_file(path).problems)
        if (p.severity == Severity::Error) errors.push_back(format_problem(p));
    return errors;
}

}   // namespace

TEST_CASE("A role renamed on the Cast sheet alone, or a bad colour or id there, is an error at its cell") {
    const Journey j = ids_like_names();
    // The Cast sheet is the third; its row 2 is the role Barista (id r1).
    std::vector<std::string> errors =
        import_errors(edited_workbook(j, "xl/worksheets/sheet3.xml", "A2", "Head barista"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("visit.xlsx[Cast]:2:1: error: (Name) 'Head barista' is cast in no scene, and the Scenes sheet "
                         "casts 'Barista'") != std::string::npos);
    // An id given twice: the Cast sheet's id of Barista made the same as a scene's.
    errors = import_errors(edited_workbook(j, "xl/worksheets/sheet3.xml", "B2", "order"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("[Cast]:2:2: error: (Id) 'order' is the id of the role 'Barista' and of the scene 'Order'") !=
          std::string::npos);
    errors = import_errors(edited_workbook(j, "xl/worksheets/sheet3.xml", "D2", "red"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("[Cast]:2:4: error: (Colour) 'red' is not a colour") != std::string::npos);
    errors = import_errors(edited_workbook(j, "xl/worksheets/sheet2.xml", "B2", "Plan stop!"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("[Stages]:2:2: error: (Id) 'Plan stop!' is not a valid id") != std::string::npos);
}

TEST_CASE("A stage or role with no name goes into a workbook by its id, with a note, and reads back so") {
    Journey j = ids_like_names();
    j.stages[0].name.clear();
    j.cast[0].name.clear();
    REQUIRE_FALSE(has_errors(validate_journey(j)));
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    const XlsxWritten written = write_journey_xlsx(j, xlsx);
    REQUIRE_FALSE(written.error);
    REQUIRE_FALSE(written.notes.empty());
    CHECK(written.notes.back().find("2 element(s) with no name are named by their ids (s1, r1)") != std::string::npos);
    ImportResult back = import_file(xlsx);
    INFO((back.problems.empty() ? std::string() : format_problem(back.problems.back())));
    REQUIRE(back.ok());
    CHECK(back.journeys[0].stages[0].name == "s1");
    CHECK(back.journeys[0].stages[0].id == "s1");
    CHECK(back.journeys[0].cast[0].name == "r1");
    CHECK(back.journeys[0].cast[0].id == "r1");
}

TEST_CASE("A workbook stores typed text as text: nothing a user typed becomes a formula") {
    Journey j;
    j.id = "j";
    j.title = "=HYPERLINK(\"http://x\",\"click\")";
    Stage stage;
    stage.id = "s";
    stage.name = "+1 stage";
    Scene scene;
    scene.id = "a";
    scene.name = "=1+1";
    scene.script = "@SUM(A1:A9)";
    scene.pains = {"'=already quoted", "-2 days"};
    stage.scenes.push_back(scene);
    j.stages.push_back(stage);
    test::TempDir dir;
    const std::string xlsx = (dir / "j.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(j, xlsx).error);
    const std::string bytes = test::read_file(xlsx);
    for (const char* part : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet7.xml"}) {
        const auto xml = test::zip_part(bytes, part);
        REQUIRE(xml);
        CHECK(xml->find("<f>") == std::string::npos);
    }
    const ImportResult back = import_file(xlsx);
    REQUIRE(back.ok());
    CHECK(back.journeys[0].title == j.title);
    CHECK(back.journeys[0].stages[0].name == "+1 stage");
    CHECK(back.journeys[0].stages[0].scenes[0].name == "=1+1");
    CHECK(back.journeys[0].stages[0].scenes[0].script == "@SUM(A1:A9)");
    CHECK(back.journeys[0].stages[0].scenes[0].pains == scene.pains);
}

TEST_CASE("Line breaks, carriage returns and text that looks like Excel's _xHHHH_ read back from a workbook as typed") {
    Journey j = ids_like_names();
    Scene& scene = j.stages[0].scenes[0];
    scene.script = "line1\r\nline2\rline3\n";
    scene.description = "_x0041_ stays _x0041_, _x000D_ stays _x000D_, _x005F_ stays too";
    scene.pains = {"tab\there", "_xD83D_"};
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(j, xlsx).error);
    ImportResult back = import_file(xlsx);
    REQUIRE(back.ok());
    const Scene& read = back.journeys[0].stages[0].scenes[0];
    CHECK(read.script == scene.script);
    CHECK(read.description == scene.description);
    CHECK(read.pains == scene.pains);
}

TEST_CASE("A workbook has its sheets, frozen header rows and drop-downs for lanes, channels and flags") {
    test::TempDir dir;
    const std::string xlsx = (dir / "c.xlsx").string();
    REQUIRE_FALSE(write_journey_xlsx(test::load_sample("coffee-shop.journey.xml"), xlsx).error);
    const std::string bytes = test::read_file(xlsx);
    const auto book = test::zip_part(bytes, "xl/workbook.xml");
    REQUIRE(book);
    for (const auto& name : workbook_sheet_names()) CHECK(book->find("name=\"" + name + "\"") != std::string::npos);
    const auto scenes = test::zip_part(bytes, "xl/worksheets/sheet1.xml");
    REQUIRE(scenes);
    CHECK(scenes->find("ySplit=\"1\"") != std::string::npos);
    CHECK(scenes->find("\"customer,frontstage,backstage,support\"") != std::string::npos);
    CHECK(scenes->find("type=\"whole\"") != std::string::npos);
    CHECK(scenes->find("\"yes,no\"") != std::string::npos);
}

TEST_CASE("A text longer than an Excel cell holds is refused with its cell, and no workbook is written") {
    Journey j = ids_like_names();
    j.stages[0].scenes[1].description = std::string(40000, 'x');
    test::TempDir dir;
    const std::string xlsx = (dir / "visit.xlsx").string();
    const XlsxWritten written = write_journey_xlsx(j, xlsx);
    REQUIRE(written.error);
    CHECK(written.error->find("sheet 'Scenes', cell Q3 would hold 40000 characters, more than the 32,767") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(xlsx));
}

TEST_CASE("A workbook that cannot be written leaves nothing behind and says why") {
    test::TempDir dir;
    const std::string xlsx = (dir / "missing" / "j.xlsx").string();
    const XlsxWritten written = write_journey_xlsx(test::load_sample("coffee-shop.journey.xml"), xlsx);
    REQUIRE(written.error);
    CHECK_FALSE(std::filesystem::exists(xlsx));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 0);
}
