// Spreadsheets saved as CSV: the dialects spreadsheets write, read into tables, and the rows
// layout read into journeys, with every rule and error at its row and column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "model/interchange/csv_table.hpp"
#include "model/interchange/import_file.hpp"
#include "model/interchange/import_result.hpp"
#include "model/interchange/rows_reader.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

using namespace stagecraft;

namespace {

Table table_of(const std::string& bytes, std::vector<Problem>* notes = nullptr, char delimiter = 0) {
    std::vector<Problem> problems;
    auto t = read_csv_table(bytes, "in.csv", problems, delimiter);
    INFO((problems.empty() ? std::string() : format_problem(problems.front())));
    REQUIRE(t);
    if (notes) *notes = problems;
    return *t;
}

Problem csv_error(const std::string& bytes) {
    std::vector<Problem> problems;
    read_csv_table(bytes, "in.csv", problems);
    for (const auto& p : problems)
        if (p.severity == Severity::Error) return p;
    FAIL("no error");
    return {};
}

ImportResult rows(const std::string& csv, RowsOptions options = {}) {
    options.fallback_title = options.fallback_title.empty() ? "Visit" : options.fallback_title;
    return journey_from_rows(table_of(csv), "in.csv", options);
}

Journey journey(const std::string& csv, RowsOptions options = {}) {
    ImportResult r = rows(csv, std::move(options));
    for (const auto& p : r.problems) INFO(format_problem(p));
    INFO((r.problems.empty() ? std::string() : format_problem(r.problems.front())));
    REQUIRE(r.ok());
    CHECK_FALSE(has_errors(validate_journey(r.journeys.front())));
    return r.journeys.front();
}

Problem rows_error(const std::string& csv) {
    ImportResult r = rows(csv);
    CHECK_FALSE(r.ok());
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) return p;
    FAIL("no error");
    return {};
}

bool noted(const ImportResult& r, const std::string& words) {
    for (const auto& p : r.problems)
        if (p.message.find(words) != std::string::npos) return true;
    return false;
}

}   // namespace

TEST_CASE("CSV: quoted fields with line breaks and doubled quotes, CRLF, a byte order mark, blank rows and columns") {
    const Table t =
        table_of("\xEF\xBB\xBFStage,Scene,,\r\nArrive,\"Say \"\"hi\"\"\r\nand wave\",,\r\n\r\n,,,\r\nLeave,Go,,\r\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells == std::vector<std::string>{"Stage", "Scene"});
    CHECK(t.rows[1].cells[1] == "Say \"hi\"\r\nand wave");
    CHECK(t.rows[1].number == 2);
    // Rows are numbered as a spreadsheet numbers them: the blank rows count.
    CHECK(t.rows[2].number == 5);
}

TEST_CASE("CSV: a large file, read in two halves at once, gives every record at its number") {
    // Quoted line breaks and doubled quotes in every row, CRLF, and a blank line every seventh
    // record, so that the middle of the text falls among them whatever its size.
    std::string csv = "Stage,Scene,Description\r\n";
    std::vector<std::pair<int, std::string>> expected;   // record number, scene
    int record = 1;
    for (int i = 0; csv.size() < 1200u * 1024u; ++i) {
        if (i % 7 == 3) {
            csv += "\r\n";
            ++record;
            continue;
        }
        const std::string scene = "Scene " + std::to_string(i);
        csv += "Stage," + scene + ",\"Says \"\"hello\"\",\r\nthen waits " + std::to_string(i) + "\"\r\n";
        expected.emplace_back(++record, scene);
    }
    const Table t = table_of(csv);
    REQUIRE(t.rows.size() == expected.size() + 1);
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const TableRow& row = t.rows[k + 1];
        INFO("row " << k + 1);
        REQUIRE(row.cells.size() == 3);
        CHECK(row.number == expected[k].first);
        CHECK(row.cells[1] == expected[k].second);
        CHECK(row.cells[2] == "Says \"hello\",\r\nthen waits " + expected[k].second.substr(6));
    }
}

TEST_CASE("CSV: a broken quote in either half of a large file is an error at its own record") {
    std::string rows;
    for (int i = 2; rows.size() < 1200u * 1024u; ++i) rows += "Stage,Scene " + std::to_string(i) + ",\"quoted\"\n";
    const int count = static_cast<int>(std::count(rows.begin(), rows.end(), '\n'));
    // A quote inside the Scene field of the row at or after `from`, and that row's record.
    auto broken_at = [&](std::size_t from) {
        std::string broken = rows;
        const std::size_t row = broken.find("\nStage", from) + 1;
        broken.insert(row + 6, "12\" ");
        return std::make_pair("Stage,Scene,Note\n" + broken,
                              2 + static_cast<int>(std::count(rows.begin(), rows.begin() + row, '\n')));
    };
    // Late in the file, then early (where it upsets the count of quotes that finds the middle).
    const auto [late, late_record] = broken_at(rows.size() - 40);
    Problem p = csv_error(late);
    CHECK(p.line == late_record);
    CHECK(p.line > count / 2);
    const auto [early, early_record] = broken_at(100);
    p = csv_error(early);
    CHECK(p.line == early_record);
    CHECK(p.message.find("'\"'") != std::string::npos);
}

TEST_CASE("CSV: semicolons and tabs are detected as the delimiter, and said") {
    std::vector<Problem> notes;
    const Table semi = table_of("Stage;Scene\nA;\"x, y\"\n", &notes);
    CHECK(semi.rows[1].cells == std::vector<std::string>{"A", "x, y"});
    REQUIRE_FALSE(notes.empty());
    CHECK(notes[0].message.find("';'") != std::string::npos);
    const Table tabs = table_of("Stage\tScene\nA\tB, C\n");
    CHECK(tabs.rows[1].cells == std::vector<std::string>{"A", "B, C"});
}

TEST_CASE("CSV: Excel's first line sep=; names the delimiter and is not a row") {
    std::vector<Problem> notes;
    const Table t = table_of("sep=;\r\nStage;Scene\r\nA;\"x, y\"\r\n", &notes);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == std::vector<std::string>{"Stage", "Scene"});
    CHECK(t.rows[0].number == 1);
    CHECK(t.rows[1].cells == std::vector<std::string>{"A", "x, y"});
    REQUIRE_FALSE(notes.empty());
    CHECK(notes[0].message.find("'sep=;' names the delimiter") != std::string::npos);
}

TEST_CASE("CSV: UTF-16 from Excel's Unicode text and Windows-1252 are decoded, with a note naming the encoding") {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("Stage\tScene\r\nA\tB\r\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    std::vector<Problem> notes;
    const Table t = table_of(utf16, &notes);
    CHECK(t.rows[1].cells == std::vector<std::string>{"A", "B"});
    CHECK(notes.size() >= 1);
    const Table latin = table_of(
        "Stage,Scene\nCaf\xE9,Pay \x80"
        "5\n",
        &notes);
    CHECK(latin.rows[1].cells[0] == "Caf\xC3\xA9");
    CHECK(latin.rows[1].cells[1] ==
          "Pay \xE2\x82\xAC"
          "5");
    bool said = false;
    for (const auto& n : notes) said = said || n.message.find("Windows-1252") != std::string::npos;
    CHECK(said);
}

TEST_CASE("CSV: a misplaced quote is an error at its row, and the other rows are still checked, all in one pass") {
    const ImportResult r =
        import_text("Stage,Scene,Lane\nA,One,sideways\nA,Tw\"o,customer\nA,Three,up\nA,Fo\"ur,customer\n", "in.csv",
                    ImportFormat::Csv);
    CHECK_FALSE(r.ok());
    CHECK(r.journeys.empty());
    std::vector<std::pair<int, int>> errors;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) errors.emplace_back(p.line, p.column);
    CHECK(errors == std::vector<std::pair<int, int>>{{2, 3}, {3, 2}, {4, 3}, {5, 2}});
}

TEST_CASE("CSV: a hundred misplaced quotes are listed, and the rest counted") {
    std::string csv = "Stage,Scene\n";
    for (int i = 0; i < 150; ++i) csv += "A,12\" pizza\r\n";
    std::vector<Problem> problems;
    const auto table = read_csv_table(csv, "in.csv", problems);
    REQUIRE(table);
    CHECK(table->rows.size() == 1);
    REQUIRE(problems.size() == 101);
    CHECK(problems[99].line == 101);
    CHECK(problems[100].message.find("and 50 more rows") != std::string::npos);
}

TEST_CASE("CSV: a control character is an error at its row and field, as the spreadsheet numbers them") {
    // Row 2 spans three lines of the file; the character stands in row 3, field 3.
    const Problem p = csv_error("Stage;Scene;Note\nA;\"one\ntwo\nthree\";x\nB;C;bell \x07 here\n");
    CHECK(p.message.find("control character") != std::string::npos);
    CHECK(p.line == 3);
    CHECK(p.column == 3);
    CHECK(csv_error("sep=,\nStage,Scene\nA,\x01\n").line == 2);
}

TEST_CASE("CSV: UTF-8 with one byte that is not is refused at that byte, never read as Windows-1252") {
    // Read as Windows-1252, the UTF-8 "é" of row 2 would become "Ã©".
    for (const std::string mark : {"", "\xEF\xBB\xBF"}) {
        const Problem p = csv_error(mark + "Stage,Scene\nA,Caf\xC3\xA9 cr\xC3\xA8me\nA,Cr\xE8me\n");
        CHECK(p.line == 3);
        CHECK(p.column == 2);   // the field, as the spreadsheet numbers them
        CHECK(p.message.find("the file is UTF-8") != std::string::npos);
    }
}

TEST_CASE("CSV: binary junk, an unclosed quote and a file over 64 MB are refused with what is wrong") {
    CHECK(csv_error(std::string("Stage,Scene\nA,\0\x01\x02", 17)).message.find("control character") !=
          std::string::npos);
    const Problem open = csv_error("Stage,Scene\nA,\"never closed\nB,C\n");
    CHECK(open.message.find("never closed") != std::string::npos);
    CHECK(open.line == 2);
    const Problem stray = csv_error("Stage,Scene\nA,B\nC,12\" pizza\n");
    CHECK(stray.line == 3);
    CHECK(stray.message.find("'\"'") != std::string::npos);
    CHECK(csv_error(std::string(kMaxImportBytes + 1, 'a')).message.find("64 MB") != std::string::npos);
    CHECK(csv_error("A,B\n\x81\x8D\n").message.find("neither UTF-8 nor Windows-1252") != std::string::npos);
}

TEST_CASE("CSV: a file of more than 4,000,000 cells is refused at the row that passes them") {
    // 5 MB of commas: each row holds 16,385 cells, most of them empty.
    std::string csv = "Stage,Scene\n";
    for (int r = 0; r < 300; ++r) csv += std::string(16384, ',') + "x\n";
    const Problem p = csv_error(csv);
    CHECK(p.message.find("more than 4,000,000 cells") != std::string::npos);
    CHECK(p.line == 1 + static_cast<int>(kMaxImportCells / 16385) + 1);
}

TEST_CASE("Rows: one row per scene, stages in order of first appearance, a blank stage cell continuing the one above") {
    const Journey j = journey("Phase,Step,Feeling\nArrive,Park,1\n,Walk in,2\nPay,Queue,-1\nArrive,Late extra,0\n");
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].name == "Arrive");
    CHECK(j.stages[0].scenes.size() == 3);
    CHECK(j.stages[0].scenes[1].name == "Walk in");
    CHECK(j.stages[1].scenes[0].emotion == -1);
    CHECK(j.title == "Visit");
}

TEST_CASE("Rows: headers match with the synonyms CX spreadsheets use, in any case and spacing") {
    CHECK(field_for_header("Touch point") == Field::Scene);
    CHECK(field_for_header("SERVICE LAYER") == Field::Lane);
    CHECK(field_for_header("Responsible person or team") == Field::Lead);
    CHECK(field_for_header("Backup") == Field::Understudy);
    CHECK(field_for_header("Feeling (1-5)") == Field::Emotion);
    CHECK(field_for_header("Time in minutes") == Field::Minutes);
    CHECK(field_for_header("Pain points") == Field::Pains);
    CHECK(field_for_header("Moment of truth") == Field::MomentOfTruth);
    CHECK_FALSE(field_for_header("Budget"));
    const ImportResult r = rows("Step,Owner,Budget\nPay,Till host,100\n");
    REQUIRE(r.ok());
    CHECK(noted(r, "(Owner) read as Lead"));
    CHECK(noted(r, "(Budget) column C is not a field of a scene: left out"));
}

TEST_CASE("Rows: of two columns for one field, the one headed with its own name is read; list fields take both") {
    // "Comments" is a synonym of Description, inserted before the real one.
    const ImportResult r =
        rows("Stage,Scene,Comments,Description,Pains,Pain points\nA,One,my remark,The real one,p1,p2\n");
    REQUIRE(r.ok());
    const Scene& scene = r.journeys.front().stages[0].scenes[0];
    CHECK(scene.description == "The real one");
    CHECK(scene.pains == std::vector<std::string>{"p1", "p2"});
    CHECK(noted(r, "a second column read as Description: left out (column D, headed 'Description', is read)"));
    RowsOptions mapped;
    mapped.map = {{"Pain point 1", Field::Pains}, {"Pain point 2", Field::Pains}, {"Remark", Field::Description}};
    const Journey j = journey("Scene,Description,Remark,Pain point 1,Pain point 2\na,d,mine,x,y\n", mapped);
    CHECK(j.stages[0].scenes[0].description == "mine");   // the map says so
    CHECK(j.stages[0].scenes[0].pains == std::vector<std::string>{"x", "y"});
}

TEST_CASE("Rows: --map reads any column as a field") {
    RowsOptions options;
    REQUIRE_FALSE(parse_field_map("Who does it=lead, Gefühl=emotion", options.map));
    const Journey j = journey("Step,Who does it,Gefühl\nPay,Till host,2\n", options);
    REQUIRE(j.cast.size() == 1);
    CHECK(j.cast[0].name == "Till host");
    CHECK(j.stages[0].scenes[0].emotion == 2);
    std::vector<std::pair<std::string, Field>> map;
    CHECK(parse_field_map("Budget=money", map)->find("not a field") != std::string::npos);
    CHECK(parse_field_map("Budget", map)->find("HEADER=field") != std::string::npos);
}

TEST_CASE("Rows: the emotion scale comes from the header, else from the values, and is said") {
    const ImportResult five = rows("Step,Feeling (1-5)\nA,1\nB,2\n");
    REQUIRE(five.ok());
    CHECK(five.journeys[0].stages[0].scenes[0].emotion == -2);
    CHECK(noted(five, "1 to 5 scale"));
    const ImportResult by_values = rows("Step,Score\nA,5\nB,3\n");
    REQUIRE(by_values.ok());
    CHECK(by_values.journeys[0].stages[0].scenes[0].emotion == 2);
    CHECK(noted(by_values, "above 2"));
    const ImportResult both = rows("Step,Score\nA,2\nB,0\n");
    CHECK(both.journeys[0].stages[0].scenes[0].emotion == 2);
    CHECK(noted(both, "fits both"));
    const Problem p = rows_error("Step,Feeling (1-5)\nA,6\n");
    CHECK(p.line == 2);
    CHECK(p.column == 2);
    CHECK(p.message.find("(Feeling (1-5))") == 0);
}

TEST_CASE("Rows: lanes in the words blueprints use, channels, flags, minutes, lists and follow-ups") {
    const Journey j = journey(
        "Step,Layer,Channel,Duration,Wait,Owner,Support,Backup,Props,Pain points,Opportunities,KPIs,Principles,"
        "Fail point,MoT,Follow-up\n"
        "Greet,Visible staff / technology,Face to face,1.5 h,90 s,Host,Barista,Manager,\"Sign\nMenu\","
        "Slow;Cold,Faster,NPS,Warmth,x,yes,2d\n"
        "Restock,Backstage actions,Other,5,,Runner,,,,,,,,no,,\n"
        "Order stock,Support processes,Web,2 min,,Buyer,,,,,,,,,,\n");
    const auto& s = j.stages[0].scenes;
    CHECK(s[0].lane == Lane::Frontstage);
    CHECK(s[0].channel == Channel::InPerson);
    CHECK(*s[0].minutes == Approx(90));
    CHECK(*s[0].wait == Approx(1.5));
    REQUIRE(s[0].parts.size() == 3);
    CHECK(s[0].parts[1].kind == PartKind::Support);
    CHECK(s[0].parts[2].kind == PartKind::Understudy);
    CHECK(s[0].props == std::vector<std::string>{"Sign", "Menu"});
    CHECK(s[0].pains == std::vector<std::string>{"Slow", "Cold"});
    CHECK(s[0].kpis.at(0).name == "NPS");
    REQUIRE(j.principles.size() == 1);
    CHECK(s[0].principles.at(0).ref == j.principles[0].id);
    CHECK(s[0].fail_point);
    CHECK(s[0].moment_of_truth);
    CHECK(s[0].follow_up == "2d");
    CHECK(s[1].lane == Lane::Backstage);
    CHECK_FALSE(s[1].fail_point);
    CHECK(s[2].lane == Lane::Support);
    // A role's zone: the lanes it plays most.
    auto zone = [&](const std::string& name) {
        for (const auto& r : j.cast)
            if (r.name == name) return r.zone;
        FAIL(name);
        return Zone::Partner;
    };
    CHECK(zone("Host") == Zone::Frontstage);
    CHECK(zone("Buyer") == Zone::Support);
    CHECK(zone("Runner") == Zone::Backstage);
}

TEST_CASE("Rows: every wrong value is an error at its row and column, with its header, all in one pass") {
    ImportResult r =
        rows("Step,Lane,Fail point,Minutes,Id,Follow-up\nA,Stage left,maybe,-3,9x,soon\nB,,,,a,\nC,,,,a,\n");
    CHECK_FALSE(r.ok());
    std::vector<std::string> errors;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) errors.push_back(format_problem(p));
    REQUIRE(errors.size() == 6);
    CHECK(errors[0].rfind("in.csv:2:2: error: (Lane) 'Stage left' is not a lane", 0) == 0);
    CHECK(errors[1].rfind("in.csv:2:3: error: (Fail point) 'maybe' is not yes or no", 0) == 0);
    CHECK(errors[2].rfind("in.csv:2:4: error: (Minutes) '-3' is not a duration", 0) == 0);
    CHECK(errors[3].rfind("in.csv:2:5: error: (Id) '9x' is not a valid id", 0) == 0);
    CHECK(errors[4].rfind("in.csv:2:6: error: (Follow-up) 'soon'", 0) == 0);
    CHECK(errors[5].rfind("in.csv:4:5: error: (Id) the id 'a' is used twice", 0) == 0);
}

TEST_CASE("Rows: ids given in the Id column are kept, however late they come; names make other ids around them") {
    // Each given id is what a name in an earlier row would make: the stage Arrive, the role
    // Barista, the principle Speed.
    const Journey j = journey(
        "Stage,Scene,Lead,Principles,Id\nArrive,Order,Barista,Speed,\nArrive,Pay,,,barista\nLeave,Wave,,,arrive\n"
        "Leave,Thank,,,speed\n");
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].scenes[1].id == "barista");
    CHECK(j.stages[1].scenes[0].id == "arrive");
    CHECK(j.stages[1].scenes[1].id == "speed");
    CHECK(j.stages[0].id == "arrive-2");
    CHECK(j.cast.at(0).id == "barista-2");
    CHECK(j.principles.at(0).id == "speed-2");
    CHECK(j.stages[0].scenes[0].id == "order");
    CHECK(j.stages[0].scenes[0].parts.at(0).role == "barista-2");
    CHECK(j.stages[0].scenes[0].principles.at(0).ref == "speed-2");
}

TEST_CASE("Rows: a large sheet reads as a small one does: stages carry on, roles in order, problems in row order") {
    // Thousands of rows are read in two halves at once; nothing of that shows.
    std::string csv = "Stage,Scene,Lead,Lane\nOpening,Step,Role 0,\n";
    const int n = 3000;
    for (int i = 1; i < n; ++i) {
        const std::string stage = i == 2000 ? "Closing" : "";
        const std::string lane = i == 10 || i == 2900 ? "Stage left" : "";
        csv += stage + ",Step," + (i % 3 == 0 ? "" : "Role " + std::to_string(i % 5)) + "," + lane + "\n";
    }
    ImportResult r = rows(csv);
    std::vector<Problem> errors;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) errors.push_back(p);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 12);
    CHECK(errors[1].line == 2902);

    csv.replace(csv.find("Stage left"), 10, "Backstage");
    csv.replace(csv.find("Stage left"), 10, "Backstage");
    const Journey j = journey(csv);
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].name == "Opening");
    CHECK(j.stages[0].scenes.size() == 2000);   // the rows with no stage, across the middle, stay in it
    CHECK(j.stages[1].scenes.size() == 1000);
    std::vector<std::string> cast;
    for (const auto& role : j.cast) cast.push_back(role.name);
    CHECK(cast == std::vector<std::string>{"Role 0", "Role 1", "Role 2", "Role 4", "Role 3"});
    CHECK(j.stages[0].scenes[0].id == "step");
    CHECK(j.stages[0].scenes[1].id == "step-2");
    CHECK(j.stages[1].scenes.back().id == "step-" + std::to_string(n));
    CHECK(j.stages[0].scenes[10].lane == Lane::Backstage);
    CHECK(j.stages[0].scenes[10].parts.at(0).role == "role-0");
}

TEST_CASE("Rows: values in a column without a header are left out with a note at the first of them") {
    const ImportResult r = rows("Scene,,Lane\nOne, with comma,customer\nTwo,,customer,extra\n");
    REQUIRE(r.ok());
    std::vector<std::string> notes;
    for (const auto& p : r.problems)
        if (p.message.find("has values but no header") != std::string::npos) notes.push_back(format_problem(p));
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].rfind("in.csv:2:2: note: column B has values but no header: left out", 0) == 0);
    CHECK(notes[1].rfind("in.csv:3:4: note: column D has values but no header", 0) == 0);
    CHECK(notes[0].find("in quotes") != std::string::npos);
}

TEST_CASE("Rows: a row that goes back to an earlier stage joins it, with a note") {
    const ImportResult r = rows("Stage,Scene\nArrive,Park\nLeave,Pay\nArrive,Forgot keys\nLeave,Drive off\n");
    REQUIRE(r.ok());
    const Journey& j = r.journeys.front();
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].scenes.size() == 2);
    CHECK(noted(r, "back to stage 'Arrive' after 'Leave'"));
    int back = 0;
    for (const auto& p : r.problems) back += p.message.find("back to stage") != std::string::npos ? 1 : 0;
    CHECK(back == 1);   // going on in the newest stage changes no order
}

TEST_CASE("Rows: role names that differ only in capitals or spaces are one role, as first written, with a note") {
    const ImportResult r = rows(
        "Stage,Scene,Lead,Support\nA,One,Barista,barista\nA,Two,\xC2\xA0"
        "BARISTA\xC2\xA0,\n");
    REQUIRE(r.ok());
    const Journey& j = r.journeys.front();
    REQUIRE(j.cast.size() == 1);
    CHECK(j.cast[0].name == "Barista");
    CHECK(j.stages[0].scenes[0].parts.size() == 1);
    CHECK(j.stages[0].scenes[1].parts.at(0).role == j.cast[0].id);
    CHECK(noted(r, "'BARISTA' taken as the role 'Barista'"));
}

TEST_CASE("Rows: minutes and waits written as a clock, hours:minutes or hours:minutes:seconds, are read") {
    const Journey j = journey("Step,Minutes,Wait\nA,0:05,1:30:15\nB,2:00,\n");
    CHECK(j.stages[0].scenes[0].minutes == 5);
    CHECK(j.stages[0].scenes[0].wait == Approx(90.25));
    CHECK(j.stages[0].scenes[1].minutes == 120);
    CHECK(rows_error("Step,Minutes\nA,1:75\n").message.find("'1:75' is not a duration") != std::string::npos);
}

TEST_CASE("Rows: an emotion with a minus sign, or a whole number a formula left a hair off, is read") {
    const Journey j = journey(
        "Step,Emotion\nA,\xE2\x88\x92"
        "1\nB,1.0000000000000002\nC,-2\n");
    CHECK(j.stages[0].scenes[0].emotion == -1);
    CHECK(j.stages[0].scenes[1].emotion == 1);
    CHECK(rows_error("Step,Emotion\nA,-2\nB,1.5\n").message.find("'1.5' is not an emotion") != std::string::npos);
}

TEST_CASE("Rows: follow-ups in words, thousands with commas, and the headers process lists use are read") {
    const Journey j = journey(
        "Process step,Role,Follow-up,Minutes,Rating (out of 5),Prop\nA,Clerk,2 days,\"1,000\",4,Form\n"
        "B,,1 week,\"2,5\",3,\nC,,3D,,,\n");
    const auto& scenes = j.stages[0].scenes;
    CHECK(scenes[0].follow_up == "2d");
    CHECK(scenes[1].follow_up == "1w");
    CHECK(scenes[2].follow_up == "3d");
    CHECK(scenes[0].minutes == 1000);
    CHECK(scenes[1].minutes == 2.5);
    CHECK(scenes[0].emotion == 1);   // 4 on a scale of 1 to 5
    CHECK(scenes[0].parts.size() == 1);
    CHECK(scenes[0].props == std::vector<std::string>{"Form"});
}

TEST_CASE("Rows: a row without a scene name is skipped with a note; a sheet without a scene column is refused") {
    const ImportResult r = rows("Stage,Scene\nA,One\nA,\nB,Two\n");
    REQUIRE(r.ok());
    CHECK(noted(r, "row 3 has no scene name: skipped"));
    CHECK(rows_error("Stage,Budget\nA,1\n").message.find("no column names the scenes") != std::string::npos);
    CHECK(rows_error("").message.find("empty") != std::string::npos);
}

TEST_CASE("Rows: a hundred rows with no scene name are noted one by one, the rest counted in one note") {
    std::string csv = "Stage,Scene\nA,One\n";
    for (int i = 0; i < 250; ++i) csv += "B,\n";
    const ImportResult r = rows(csv);
    REQUIRE(r.ok());
    int skipped = 0;
    for (const auto& p : r.problems) skipped += p.message.find("has no scene name: skipped") != std::string::npos;
    CHECK(skipped == 100);
    CHECK(noted(r, "and 150 more rows with no scene name were skipped"));
}

TEST_CASE("Rows: text written as text (a leading ' before = + - @) reads back as typed") {
    const Journey j = journey("Step,Script\n\"'=HYPERLINK(\"\"x\"\")\",'-2 days left\n");
    CHECK(j.stages[0].scenes[0].name == "=HYPERLINK(\"x\")");
    CHECK(j.stages[0].scenes[0].script == "-2 days left");
}

TEST_CASE("Every CSV test input imports into a valid journey that reloads the same") {
    int read = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(STAGECRAFT_TEST_DATA_DIR) + "/csv")) {
        INFO(entry.path().string());
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::vector<Problem> problems;
        const char delimiter = entry.path().extension() == ".tsv" ? '\t' : 0;
        auto table = read_csv_table(bytes, entry.path().filename().string(), problems, delimiter);
        REQUIRE(table);
        RowsOptions options;
        options.fallback_title = "in";
        ImportResult r = journey_from_rows(std::move(*table), "in.csv", options);
        REQUIRE(r.ok());
        ++read;
        LoadResult again = load_journey_text(journey_to_xml(r.journeys[0]), "again.xml");
        REQUIRE(again.ok());
        CHECK(*again.journey == r.journeys[0]);
    }
    CHECK(read >= 2);
}

TEST_CASE("A journey-map canvas (stages across, steps in columns, rows named in column A) is detected and read") {
    const std::string canvas =
        "Phase,Discover,,Book,\n"
        "Steps,Search online,Read reviews,Call the practice,Get a reminder\n"
        "Channel,Web,Web,Phone,Email\n"
        "Feeling (1-5),3,4,2,4\n"
        "Pain points,,Too many options,On hold for 10 min,\n"
        "Owner,,,Receptionist,Booking system\n"
        "Thinking,Is it urgent?,,,\n";
    const ImportResult r = rows(canvas);
    REQUIRE(r.ok());
    const Journey& j = r.journeys[0];
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].name == "Discover");
    REQUIRE(j.stages[0].scenes.size() == 2);
    CHECK(j.stages[0].scenes[1].name == "Read reviews");
    CHECK(j.stages[0].scenes[1].pains == std::vector<std::string>{"Too many options"});
    CHECK(j.stages[1].scenes[0].channel == Channel::Phone);
    CHECK(j.stages[1].scenes[0].emotion == -1);
    CHECK(j.stages[1].scenes[0].lane == Lane::Frontstage);
    CHECK(noted(r, "journey-map canvas"));
    // Notes point at the sheet's own rows: "Thinking" is row 7.
    bool thinking = false;
    for (const auto& p : r.problems)
        if (p.message.find("(Thinking) row 7 is not a field") != std::string::npos)
            thinking = p.line == 7 && p.column == 1;
    CHECK(thinking);
}

TEST_CASE("A rows-layout sheet whose stage names are also field names is not taken for a canvas") {
    // "Action" is a synonym of Scene, "Follow-up" and "Support" are fields: as stage names down
    // column A they are values.
    const Journey act = journey(
        "Stage,Scene,Lane,Lead\nPlan,Book online,customer,\nAction,Check in,frontstage,Host\n"
        "Action,Hand over keys,frontstage,Host\nAction,Show room,frontstage,Porter\n");
    REQUIRE(act.stages.size() == 2);
    CHECK(act.stages[1].name == "Action");
    CHECK(act.stages[1].scenes.size() == 3);
    std::string follow_up = "Stage,Scene\n";
    for (int i = 1; i <= 25; ++i) follow_up += "Follow-up,Call " + std::to_string(i) + "\n";
    CHECK(journey(follow_up).stages.at(0).scenes.size() == 25);
    const Journey two = journey("Stage,Scene\nAction,One\nAction,Two\nSupport,Three\nSupport,Four\nAction,Five\n");
    REQUIRE(two.stages.size() == 2);
    CHECK(two.stages[0].scenes.size() == 3);
}

TEST_CASE("A canvas with A1 empty, as most templates leave it, reads its first row as the stages") {
    const ImportResult r =
        rows(",Awareness,,Consideration\nActions,Sees ad,Reads reviews,Compares prices\nFeeling,1,2,4\n");
    REQUIRE(r.ok());
    const Journey& j = r.journeys.front();
    REQUIRE(j.stages.size() == 2);
    CHECK(j.stages[0].name == "Awareness");
    CHECK(j.stages[0].scenes.size() == 2);
    CHECK(j.stages[1].scenes.at(0).name == "Compares prices");
    CHECK(noted(r, "A1 is empty: row 1 read as the stages"));
    CHECK(noted(r, "no Channel row"));
}

TEST_CASE("Errors in a canvas are at the sheet's own row and column") {
    const ImportResult r = rows("Stage,Visit,Visit\nStep,Park,Pay\nChannel,Pigeon,Web\n");
    REQUIRE_FALSE(r.ok());
    std::string error;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) error = format_problem(p);
    CHECK(error.rfind("in.csv:3:2: error: (Channel) 'Pigeon' is not a channel", 0) == 0);
    RowsOptions as_rows;
    as_rows.layout = SheetLayout::Rows;
    CHECK_FALSE(noted(rows("Stage,Visit,Visit\nStep,Park,Pay\n", as_rows), "canvas"));
}

TEST_CASE("A column of step numbers is left out, the rows read in order") {
    const ImportResult r = rows("Step #,Activity\n1,Receive the claim\n2,Assess it\n");
    REQUIRE(r.ok());
    CHECK(r.journeys[0].stages[0].scenes[0].name == "Receive the claim");
    CHECK(noted(r, "(Step #) column A numbers the steps"));
    CHECK(rows("Step no.,Task\n1,Go\n").journeys.at(0).stages[0].scenes[0].name == "Go");
}
