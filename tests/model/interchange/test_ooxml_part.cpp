// Large workbook parts read in pieces: the same items as a whole parse, and a whole parse
// whenever a cut might not lie directly among the items.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/interchange/ooxml_part.hpp"

using namespace stagecraft;

namespace {

// Records the items read (their `r` and text) and how often reading started again.
class Recorder : public ooxml::ItemReader {
public:
    std::vector<std::string> items;
    std::string after;   // the names of the top element's children after the items' container
    int restarts = 0;

    void restart() override {
        items.clear();
        after.clear();
        ++restarts;
    }
    void item(pugi::xml_node n) override {
        items.push_back(std::string(n.attribute("r").value()) + "=" + n.child_value());
    }
    void end(pugi::xml_node top) override {
        for (auto c : top.children()) after += std::string(c.name()) + ";";
    }
};

// `count` rows, about 60 bytes each, numbered from 1; `insert` is written before row `at`.
std::string rows(int count, int at = 0, const std::string& insert = "") {
    std::string out;
    for (int r = 1; r <= count; ++r) {
        if (r == at) out += insert;
        out += "<row r=\"" + std::to_string(r) + "\">text of row " + std::to_string(r) + " &amp; more</row>\n";
    }
    return out;
}

std::string sheet(const std::string& data, const std::string& prefix = "") {
    return "<?xml version=\"1.0\"?>\n<" + prefix + "worksheet xmlns=\"urn:x\"><" + prefix + "sheetData>" + data + "</" +
           prefix + "sheetData><" + prefix + "mergeCells/></" + prefix + "worksheet>";
}

std::vector<std::string> expected(int count) {
    std::vector<std::string> out;
    for (int r = 1; r <= count; ++r) out.push_back(std::to_string(r) + "=text of row " + std::to_string(r) + " & more");
    return out;
}

}   // namespace

TEST_CASE("A large part is read in pieces and gives every item in order, and what follows them") {
    Recorder reader;
    REQUIRE(ooxml::read_items(sheet(rows(5000)), {"worksheet", "sheetData"}, "row", reader));
    CHECK(reader.restarts == 0);   // read in pieces, once
    CHECK(reader.items == expected(5000));
    CHECK(reader.after == "sheetData;mergeCells;");
}

TEST_CASE("A cut that would fall in a comment, CDATA or an attribute makes the part be read whole") {
    // Each hides a row start tag in the first 64 KB boundary's way: the first piece would end inside it.
    const std::string filler(70 * 1024, 'x');
    for (const std::string& hiding :
         {"<!-- " + filler + " <row r=\"0\">no</row> -->", "<?pi " + filler + " <row r=\"0\">no</row> ?>",
          "<![CDATA[" + filler + " <row r=\"0\">no</row> ]]>", "<ext a=\"" + filler + " <row r='0'>\"/>"}) {
        Recorder reader;
        REQUIRE(ooxml::read_items(sheet(rows(3000, 2, hiding)), {"worksheet", "sheetData"}, "row", reader));
        CHECK(reader.restarts == 1);
        CHECK(reader.items == expected(3000));
    }
    // A row inside another element among the rows is not an item, whole or in pieces.
    Recorder nested;
    REQUIRE(ooxml::read_items(sheet(rows(3000, 2, "<ext>" + filler + "<row r=\"0\">no</row></ext>")),
                              {"worksheet", "sheetData"}, "row", nested));
    CHECK(nested.restarts == 1);
    CHECK(nested.items == expected(3000));
}

TEST_CASE("Names with a namespace prefix are read as without one") {
    std::string data;
    for (int r = 1; r <= 3000; ++r)
        data += "<x:row r=\"" + std::to_string(r) + "\">text of row " + std::to_string(r) + " &amp; more</x:row>";
    Recorder reader;
    REQUIRE(ooxml::read_items(sheet(data, "x:"), {"worksheet", "sheetData"}, "row", reader));
    CHECK(reader.items == expected(3000));
    CHECK(reader.after == "x:sheetData;x:mergeCells;");
}

TEST_CASE("A part that is not well-formed XML is refused, however it is cut") {
    Recorder reader;
    std::string broken = sheet(rows(3000));
    broken.erase(broken.find("</row>", broken.size() / 2), 3);   // "</row>" becomes "w>" mid-way
    CHECK_FALSE(ooxml::read_items(broken, {"worksheet", "sheetData"}, "row", reader));
    CHECK_FALSE(ooxml::read_items(sheet(rows(3000)).substr(0, 100000), {"worksheet", "sheetData"}, "row", reader));
}
