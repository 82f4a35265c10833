// Excel workbooks: cells of every kind read as text, merged cells, formulas never run, links and
// macros never followed, zip bombs and damaged packages refused, and the sheet to read.
#include <catch2/catch.hpp>

#include "model/interchange/import_file.hpp"
#include "model/interchange/import_result.hpp"
#include "model/interchange/workbook_reader.hpp"
#include "model/interchange/xlsx_workbook.hpp"
#include "zip_parts.hpp"

using namespace stagecraft;

namespace {

const char* const kRels = R"(<?xml version="1.0"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>)";

std::string workbook_xml(const char* first = "Plan", const char* second = "Notes") {
    return std::string(
               R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")"
               R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)") +
           "<sheet name=\"" + first + "\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"" + second +
           "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
}

std::string sheet(const std::string& rows, const std::string& after = "") {
    return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData>" + after + "</worksheet>";
}

const char* const kStrings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>Stage</t></si><si><t>Scene</t></si><si><r><t>Arr</t></r><r><t>ive</t></r></si>)"
    R"(<si><t>Feeling</t></si><si><t>Fail point</t></si></sst>)";

// A workbook: sheet "Plan" with `plan` rows (and `after` after its data), sheet "Notes" empty.
std::string book(const std::string& plan, const std::string& after = "",
                 std::map<std::string, std::string> extra = {}) {
    // The parts given in `extra` stand in for the usual ones.
    extra.emplace("xl/workbook.xml", workbook_xml());
    extra.emplace("xl/_rels/workbook.xml.rels", kRels);
    extra.emplace("xl/sharedStrings.xml", kStrings);
    extra.emplace("xl/worksheets/sheet1.xml", sheet(plan, after));
    extra.emplace("xl/worksheets/sheet2.xml",
                  sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Scene</t></is></c></row>"
                        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Noted</t></is></c></row>"));
    return test::zip_of(extra);
}

const std::string kHeader = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
                            R"(<c r="C1" t="s"><v>3</v></c><c r="D1" t="s"><v>4</v></c></row>)";

std::vector<Problem> problems_of(const std::string& bytes) {
    std::vector<Problem> problems;
    CHECK_FALSE(read_xlsx(bytes, "plan.xlsx", problems));
    return problems;
}

}   // namespace

TEST_CASE("Workbook cells are read as text: shared, rich and inline strings, numbers, booleans, formulas' values") {
    const std::string bytes = book(
        kHeader +
        R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>Park</t></is></c>)"
        R"(<c r="C2"><v>4</v></c><c r="D2" t="b"><v>1</v></c></row>)"
        R"(<row r="5"><c r="B5" t="str"><f>"Pay"&amp;"!"</f><v>Pay!</v></c><c r="C5"><f>1+1</f><v>2</v></c></row>)");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    REQUIRE(wb->sheets.size() == 2);
    const Table& t = wb->sheets[0];
    CHECK(t.sheet == "Plan");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells == std::vector<std::string>{"Arrive", "Park", "4", "true"});
    CHECK(t.rows[2].number == 5);
    CHECK(t.rows[2].cells == std::vector<std::string>{"", "Pay!", "2"});
    WorkbookOptions options;
    options.rows.fallback_title = "plan";
    ImportResult r = journey_from_workbook(*wb, "plan.xlsx", options);
    REQUIRE(r.ok());
    CHECK(r.journeys[0].stages[0].name == "Arrive");
    CHECK(r.journeys[0].stages[0].scenes[0].fail_point);
}

TEST_CASE("A sheet written with namespace prefixes (x:row, x:c, x:v, x:f) reads as one without") {
    const std::string prefixed =
        R"(<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>)"
        R"(<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2"><x:v>7</x:v></x:c>)"
        R"(<x:c r="C2"><x:f>NOW()</x:f></x:c></x:row></x:sheetData></x:worksheet>)";
    std::vector<Problem> problems;
    const auto wb = read_xlsx(book(kHeader, "", {{"xl/worksheets/sheet1.xml", prefixed}}), "plan.xlsx", problems);
    REQUIRE(wb);
    REQUIRE(wb->sheets[0].rows.size() == 2);
    CHECK(wb->sheets[0].rows[1].cells == std::vector<std::string>{"Arrive", "7"});
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].message.find("C2") != std::string::npos);
}

TEST_CASE("Times and dates in a workbook are read as the sheet shows them: a duration of 0:05 is 5 minutes") {
    const std::string styles =
        R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>)"
        R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="20"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>)"
        R"(</styleSheet>)";
    const std::string header = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Scene</t></is></c>)"
                               R"(<c r="B1" t="inlineStr"><is><t>Minutes</t></is></c>)"
                               R"(<c r="C1" t="inlineStr"><is><t>Wait</t></is></c></row>)";
    const std::string rows =
        header + R"(<row r="2"><c r="A2" t="inlineStr"><is><t>Queue</t></is></c>)"
                 R"(<c r="B2" s="1"><v>3.472222222222222E-3</v></c><c r="C2" s="3"><v>1.0625</v></c></row>)";
    std::vector<Problem> problems;
    const auto wb = read_xlsx(book(rows, "", {{"xl/styles.xml", styles}}), "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets[0].rows[1].cells == std::vector<std::string>{"Queue", "0:05", "25:30"});
    WorkbookOptions options;
    ImportResult r = journey_from_workbook(*wb, "plan.xlsx", options);
    REQUIRE(r.ok());
    CHECK(r.journeys[0].stages[0].scenes[0].minutes == 5);
    CHECK(r.journeys[0].stages[0].scenes[0].wait == 25 * 60 + 30);

    // A date where a duration belongs is an error, as in a CSV file, not a number of days.
    const std::string dated =
        header +
        R"(<row r="2"><c r="A2" t="inlineStr"><is><t>Queue</t></is></c><c r="B2" s="2"><v>45658</v></c></row>)";
    const auto wb2 = read_xlsx(book(dated, "", {{"xl/styles.xml", styles}}), "plan.xlsx", problems);
    REQUIRE(wb2);
    CHECK(wb2->sheets[0].rows[1].cells[1] == "2025-01-01");
    ImportResult r2 = journey_from_workbook(*wb2, "plan.xlsx", options);
    CHECK_FALSE(r2.ok());
}

TEST_CASE("Merged cells fill their range with their value, as a stage merged over its rows") {
    const std::string bytes = book(
        kHeader + R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>Park</t></is></c></row>)"
                  R"(<row r="3"><c r="B3" t="inlineStr"><is><t>Walk in</t></is></c></row>)",
        R"(<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>)");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets[0].rows[2].cells[0] == "Arrive");
}

TEST_CASE("A formula with no saved value is left empty with a note: formulas are never run") {
    const std::string bytes = book(
        kHeader + R"(<row r="2"><c r="B2" t="inlineStr"><is><t>Park</t></is></c><c r="C2"><f>NOW()</f></c></row>)");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets[0].rows[1].cells.size() == 2);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].severity == Severity::Note);
    CHECK(problems[0].message.find("C2") != std::string::npos);
    CHECK(problems[0].message.find("never run") != std::string::npos);
}

TEST_CASE("A cell naming a shared string the workbook lacks is an error at that cell; error values are noted") {
    const Problem missing = problems_of(book(kHeader + R"(<row r="2"><c r="B2" t="s"><v>99</v></c></row>)")).at(0);
    CHECK(missing.message.find("sheet 'Plan': cell B2 names shared string 99, and the workbook has 5") !=
          std::string::npos);
    CHECK(missing.message.find("damaged") != std::string::npos);
    const Problem junk = problems_of(book(kHeader + R"(<row r="3"><c r="C3" t="s"><v>abc</v></c></row>)")).at(0);
    CHECK(junk.message.find("cell C3 holds 'abc' where the number of a shared string belongs") != std::string::npos);

    std::vector<Problem> problems;
    const auto wb = read_xlsx(book(kHeader + R"(<row r="2"><c r="B2" t="inlineStr"><is><t>Park</t></is></c>)"
                                             R"(<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>)"),
                              "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets[0].rows[1].cells.size() == 2);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].severity == Severity::Note);
    CHECK(problems[0].message.find("1 cell(s) hold an error value (first C2 (#DIV/0!))") != std::string::npos);
}

TEST_CASE("Links to other files and macros in a workbook are noted and never followed or run") {
    const std::string bytes = book(kHeader, "",
                                   {{"xl/externalLinks/externalLink1.xml", "<externalLink/>"},
                                    {"xl/vbaProject.bin", std::string("\xD0\xCF\x11\xE0", 4)}});
    std::vector<Problem> problems;
    REQUIRE(read_xlsx(bytes, "plan.xlsx", problems));
    bool links = false, macros = false;
    for (const auto& p : problems) {
        links = links || p.message.find("links to other files") != std::string::npos;
        macros = macros || p.message.find("macros") != std::string::npos;
    }
    CHECK(links);
    CHECK(macros);
}

TEST_CASE("A zip bomb, a damaged part, a file that is not a workbook and junk are refused with what is wrong") {
    const std::string bomb = book(kHeader, "", {{"xl/sharedStrings.xml", std::string(70u * 1024u * 1024u, ' ')}});
    CHECK(bomb.size() < 1024u * 1024u);   // it inflates 100-fold and more
    CHECK(problems_of(bomb).at(0).message.find("zip bomb") != std::string::npos);
    CHECK(problems_of(book("<row><c")).at(0).message.find("not well-formed") != std::string::npos);
    CHECK(problems_of("Stage,Scene\nA,B\n").at(0).message.find("not an Excel workbook") != std::string::npos);
    CHECK(problems_of(test::zip_of({{"hello.txt", "hi"}})).at(0).message.find("xl/workbook.xml") != std::string::npos);
}

TEST_CASE("A part that inflates to more than its package says, or is not what its checksum says, is refused") {
    // Shared strings of 2 MB, said to be 1,000 bytes: a zip bomb that lies about its size.
    const std::string big = book(kHeader, "", {{"xl/sharedStrings.xml", std::string(2u * 1024u * 1024u, ' ')}});
    const Problem lying = problems_of(test::with_declared_size(big, "xl/sharedStrings.xml", 1000)).at(0);
    CHECK(lying.message.find("inflates to more than the package says") != std::string::npos);
    CHECK(lying.message.find("xl/sharedStrings.xml") != std::string::npos);
    const Problem crc = problems_of(test::with_declared_crc(book(kHeader), "xl/worksheets/sheet1.xml", 12345)).at(0);
    CHECK(crc.message.find("xl/worksheets/sheet1.xml cannot be read: the file is damaged") != std::string::npos);
}

TEST_CASE("A workbook of more than 4,000,000 cells, by values far out or merged ranges, is refused") {
    // Each row's one value stands in column XFD, the last: 16,384 cells a row.
    std::string far_out;
    for (int r = 2; r < 400; ++r)
        far_out += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
                   "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const Problem wide = problems_of(book(kHeader + far_out)).at(0);
    INFO(wide.message);
    CHECK(wide.message.find("sheet 'Plan', row 246: the workbook holds more than 4,000,000 cells") !=
          std::string::npos);
    const std::string merged = kHeader + R"(<row r="2"><c r="A2" t="inlineStr"><is><t>Arrive</t></is></c></row>)";
    const Problem range =
        problems_of(book(merged, R"(<mergeCells count="1"><mergeCell ref="A2:XFD99999"/></mergeCells>)")).at(0);
    CHECK(range.message.find("sheet 'Plan', row 2: the workbook holds more than 4,000,000 cells") != std::string::npos);
    std::string strings =
        R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    for (std::size_t k = 0; k <= kMaxImportCells; ++k) strings += "<si/>";
    strings += "</sst>";
    const Problem many = problems_of(book(kHeader, "", {{"xl/sharedStrings.xml", strings}})).at(0);
    CHECK(many.message.find("more than 4,000,000 shared strings") != std::string::npos);
}

TEST_CASE("A password-protected or .xls workbook, and an encrypted part, are refused with what to do") {
    const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
    CHECK(problems_of(ole).at(0).message.find("protected by a password, or saved in the old Excel 97-2003") !=
          std::string::npos);
    const std::string locked = test::zip_of({{"xl/workbook.xml", workbook_xml()},
                                             {"xl/_rels/workbook.xml.rels", kRels},
                                             {"xl/sharedStrings.xml", kStrings},
                                             {"xl/worksheets/sheet1.xml", sheet(kHeader)},
                                             {"xl/worksheets/sheet2.xml", sheet("")}},
                                            {}, {"xl/worksheets/sheet1.xml"});
    CHECK(problems_of(locked).at(0).message.find("xl/worksheets/sheet1.xml is encrypted") != std::string::npos);
}

TEST_CASE("A sheet's part named through '..' in the workbook's relationships is found") {
    std::string rels = kRels;
    rels.replace(rels.find("Target=\"worksheets/sheet1.xml\""), 30, "Target=\"../xl/worksheets/sheet1.xml\"");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(book(kHeader + R"(<row r="2"><c r="B2" t="inlineStr"><is><t>Park</t></is></c></row>)", "",
                                   {{"xl/_rels/workbook.xml.rels", rels}}),
                              "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets.at(0).rows.at(1).cells.at(1) == "Park");
}

TEST_CASE("Parts stored without compression are read as deflated ones are") {
    const std::string rows = kHeader + R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>1</v></c></row>)";
    std::vector<Problem> problems;
    const auto wb = read_xlsx(test::zip_of({{"xl/workbook.xml", workbook_xml()},
                                            {"xl/_rels/workbook.xml.rels", kRels},
                                            {"xl/sharedStrings.xml", kStrings},
                                            {"xl/worksheets/sheet1.xml", sheet(rows)},
                                            {"xl/worksheets/sheet2.xml", sheet("")}},
                                           {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}),
                              "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(wb->sheets[0].rows[1].cells == std::vector<std::string>{"Arrive", "Scene"});
}

TEST_CASE("A workbook cut short, read as text, or in a format not read says what it is and what to do") {
    const std::string whole = book(kHeader);
    CHECK(problems_of(whole.substr(0, whole.size() / 2)).at(0).message.find("damaged or incomplete") !=
          std::string::npos);
    const ImportResult as_text = import_text(whole, "plan.csv", ImportFormat::Csv);
    REQUIRE_FALSE(as_text.ok());
    CHECK(as_text.problems.at(0).message.find("this is a spreadsheet workbook, not text") != std::string::npos);
    const ImportResult xls = import_file("/nonexistent/plan.xls");
    REQUIRE_FALSE(xls.problems.empty());
    CHECK(xls.problems.at(0).message.find("a .xls spreadsheet is not read: save it as Excel Workbook (.xlsx)") !=
          std::string::npos);
}

TEST_CASE("The sheet to read: the one named, else Scenes, else the first; a missing one lists the sheets") {
    const std::string bytes = book(kHeader + R"(<row r="2"><c r="B2" t="inlineStr"><is><t>Park</t></is></c></row>)");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    WorkbookOptions options;
    options.rows.fallback_title = "plan";
    CHECK(journey_from_workbook(*wb, "plan.xlsx", options).journeys.at(0).stages[0].scenes[0].name == "Park");
    options.sheet = "Notes";
    CHECK(journey_from_workbook(*wb, "plan.xlsx", options).journeys.at(0).stages[0].scenes[0].name == "Noted");
    options.sheet = "notes";   // as spreadsheets find sheets, capitals aside
    CHECK(journey_from_workbook(*wb, "plan.xlsx", options).journeys.at(0).stages[0].scenes[0].name == "Noted");
    options.sheet = "Budget";
    const ImportResult missing = journey_from_workbook(*wb, "plan.xlsx", options);
    CHECK_FALSE(missing.ok());
    CHECK(missing.problems.at(0).message == "the workbook has no sheet 'Budget'; its sheets are 'Plan', 'Notes'");
}

TEST_CASE("Errors in a workbook name the file and sheet, the row and column, and the header") {
    const std::string bytes = book(
        kHeader +
        R"(<row r="7"><c r="B7" t="inlineStr"><is><t>Park</t></is></c><c r="D7" t="inlineStr"><is><t>maybe</t></is></c></row>)");
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    WorkbookOptions options;
    const ImportResult r = journey_from_workbook(*wb, "plan.xlsx", options);
    REQUIRE_FALSE(r.ok());
    std::string error;
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) error = format_problem(p);
    CHECK(error.rfind("plan.xlsx[Plan]:7:4: error: (Fail point) 'maybe' is not yes or no", 0) == 0);
}

TEST_CASE("A large sheet read beside the others gives the cells a small one would, shared strings and all") {
    // Over 1 MB: the sheet is read in pieces while a second thread reads the shared strings and
    // the other sheet, which uses a shared string of its own rows too.
    std::string strings = R"(<?xml version="1.0"?><sst xmlns="urn:x"><si><t>Stage</t></si><si><t>Scene</t></si>)"
                          R"(<si><t></t></si><si><t>Shared &amp; kept</t></si>)";
    const int kRows = 12000;
    for (int r = 2; r <= kRows; ++r) strings += "<si><t>Scene number " + std::to_string(r) + "</t></si>";
    strings += "</sst>";
    std::string plan = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)";
    for (int r = 2; r <= kRows; ++r) {
        const std::string n = std::to_string(r);
        plan += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>3</v></c><c r=\"B" + n + "\" t=\"s\"><v>" +
                std::to_string(r + 2) + "</v></c><c r=\"C" + n + "\" t=\"s\"><v>2</v></c><c r=\"D" + n + "\"><v>" + n +
                "</v></c></row>";
    }
    plan += R"(<row r="3"><c r="E3" t="inlineStr"><is><t>late</t></is></c></row>)";   // out of order: merged in
    const std::string bytes =
        test::zip_of({{"xl/workbook.xml", workbook_xml()},
                      {"xl/_rels/workbook.xml.rels", kRels},
                      {"xl/sharedStrings.xml", strings},
                      {"xl/worksheets/sheet1.xml", sheet(plan, R"(<mergeCells><mergeCell ref="D2:D3"/></mergeCells>)")},
                      {"xl/worksheets/sheet2.xml",
                       sheet(R"(<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>5</v></c></row>)")}});
    REQUIRE(test::zip_part(bytes, "xl/worksheets/sheet1.xml")->size() > 1024u * 1024u);
    std::vector<Problem> problems;
    const auto wb = read_xlsx(bytes, "plan.xlsx", problems);
    REQUIRE(wb);
    CHECK(problems.empty());
    const Table& t = wb->sheets.at(0);
    REQUIRE(t.rows.size() == static_cast<std::size_t>(kRows));
    CHECK(t.rows[0].cells == std::vector<std::string>{"Stage", "Scene"});
    bool all = true;
    for (int r = 4; r <= kRows; ++r) {
        const std::string n = std::to_string(r);
        all = all && t.rows[static_cast<std::size_t>(r - 1)].number == r &&
              t.rows[static_cast<std::size_t>(r - 1)].cells ==
                  std::vector<std::string>{"Shared & kept", "Scene number " + n, "", n};
    }
    CHECK(all);
    CHECK(t.rows[2].cells == std::vector<std::string>{"Shared & kept", "Scene number 3", "", "2", "late"});
    CHECK(wb->sheets.at(1).rows.at(0).cells == std::vector<std::string>{"Shared & kept", "Scene number 3"});
}
