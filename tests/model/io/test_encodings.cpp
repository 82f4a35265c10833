// Files saved in other encodings than UTF-8 are read by what their byte order mark or XML
// declaration says, saved back as UTF-8, or refused with a message that names the encoding.
#include <catch2/catch.hpp>

#include "minimal_journey.hpp"
#include "model/io/text_encoding.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

std::string case_file(const std::string& name) { return std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/" + name; }

// UTF-8 text as UTF-16 code units in the given byte order, with or without a byte order mark.
std::string to_utf16(const std::string& utf8, bool little_endian, bool bom) {
    std::u32string cps;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
        cps.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    std::string out;
    auto unit = [&](unsigned u) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += little_endian ? lo : hi;
        out += little_endian ? hi : lo;
    };
    if (bom) unit(0xFEFF);
    for (char32_t cp : cps) {
        if (cp >= 0x10000) {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            unit(static_cast<unsigned>(cp));
        }
    }
    return out;
}

std::string minimal_with_title(const std::string& title, const std::string& declaration) {
    auto lines = replaced(minimal_lines(), "<title>Minimal</title>", "<title>" + title + "</title>");
    lines[0] = declaration;
    return join_lines(lines);
}

}   // namespace

TEST_CASE("A file declared ISO-8859-1 is read as Latin-1 and saved as UTF-8") {
    LoadResult r = load_journey_file(case_file("latin1-declared.journey.xml"));
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.converted_from == "ISO-8859-1");
    CHECK(r.journey->title == "Joining a gym in Malm\xC3\xB6");
    const std::string saved = journey_to_xml(*r.journey);
    CHECK_THAT(saved, Catch::StartsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"));
    LoadResult again = load_journey_text(saved);
    REQUIRE(again.ok());
    CHECK(again.converted_from.empty());
    CHECK(*again.journey == *r.journey);
}

TEST_CASE("A UTF-16 file with a byte order mark is read and saved as UTF-8") {
    LoadResult r = load_journey_file(case_file("utf16-bom.journey.xml"));
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.converted_from == "UTF-16LE");
    LoadResult again = load_journey_text(journey_to_xml(*r.journey));
    REQUIRE(again.ok());
    CHECK(*again.journey == *r.journey);
}

TEST_CASE("UTF-16 and UTF-32 in either byte order, with or without a mark, read the same journey") {
    const std::string title = "Caf\xC3\xA9 \xE5\x92\x96\xE5\x95\xA1 \xF0\x9F\x98\x80";   // Café 咖啡 😀
    const std::string utf8 = minimal_with_title(title, R"(<?xml version="1.0" encoding="UTF-16"?>)");
    for (bool little : {true, false}) {
        for (bool bom : {true, false}) {
            INFO("little endian " << little << ", mark " << bom);
            LoadResult r = load_journey_text(to_utf16(utf8, little, bom));
            for (const auto& p : r.problems) INFO(format_problem(p));
            REQUIRE(r.ok());
            CHECK(r.journey->title == title);
            CHECK(r.converted_from == (little ? "UTF-16LE" : "UTF-16BE"));
            CHECK(r.journey->stages.at(0).scenes.at(0).pos.line == 12);
        }
    }
}

TEST_CASE("A Windows-1252 file keeps its curly quotes and euro sign") {
    const std::string text = minimal_with_title(
        "\x93Price\x94 \x80"
        "5",
        R"(<?xml version="1.0" encoding="windows-1252"?>)");
    LoadResult r = load_journey_text(text);
    REQUIRE(r.ok());
    CHECK(r.converted_from == "WINDOWS-1252");
    CHECK(r.journey->title ==
          "\xE2\x80\x9CPrice\xE2\x80\x9D \xE2\x82\xAC"
          "5");
}

TEST_CASE("An encoding Stagecraft does not read is refused with its name") {
    LoadResult r = load_journey_text(minimal_with_title("x", R"(<?xml version="1.0" encoding="EBCDIC-US"?>)"), "j.xml");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("EBCDIC-US") && Catch::Contains("save it as UTF-8"));
    CHECK_THAT(r.problems[0].message, !Catch::Contains("invalid UTF-8"));
}

TEST_CASE("A byte that is not valid in the file's encoding is reported at its place with the encoding") {
    SECTION("a lone UTF-16 surrogate") {
        std::string text = to_utf16(minimal_with_title("AB", R"(<?xml version="1.0" encoding="UTF-16"?>)"), true, true);
        const std::string ab("A\0B\0", 4);
        text.replace(text.find(ab), 4, std::string("A\0\x00\xDC", 4));   // B becomes U+DC00
        LoadResult r = load_journey_text(text, "j.xml");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line == 3);
        CHECK(r.problems[0].column == 11);
        CHECK_THAT(r.problems[0].message, Catch::Contains("UTF-16LE"));
    }
    SECTION("a Shift_JIS lead byte without its second byte") {
        LoadResult r = load_journey_text(
            minimal_with_title("Tokyo \x81 ", R"(<?xml version="1.0" encoding="Shift_JIS"?>)"), "j.xml");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line == 3);
        CHECK(r.problems[0].column == 16);
        CHECK_THAT(r.problems[0].message, Catch::Contains("0x81") && Catch::Contains("SHIFT_JIS"));
    }
}

TEST_CASE("A UTF-8 file that declares UTF-8 or nothing is read unconverted") {
    LoadResult r = load_journey_text(join_lines(minimal_lines()));
    REQUIRE(r.ok());
    CHECK(r.converted_from.empty());
    CHECK(decode_xml_text("\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?><journey/>").encoding == "UTF-8");
    CHECK_FALSE(decode_xml_text("<journey/>").converted());
}

TEST_CASE("stagecraft-cli format rewrites a Latin-1 file as UTF-8 and says so") {
    TempDir dir;
    const auto path = dir / "gym.journey.xml";
    write_file(path, read_file(case_file("latin1-declared.journey.xml")));
    CommandResult r = run_cli({"format", path.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("ISO-8859-1") && Catch::Contains("UTF-8"));
    LoadResult again = load_journey_file(path.string());
    REQUIRE(again.ok());
    CHECK(again.converted_from.empty());
    CHECK(again.journey->title == "Joining a gym in Malm\xC3\xB6");
}

TEST_CASE("A UTF-8 byte order mark decides over the declaration, as the UTF-16 marks do") {
    const std::string text = "\xEF\xBB\xBF" + minimal_with_title("Caf\xC3\xA9 cr\xC3\xA8me",
                                                                 R"(<?xml version="1.0" encoding="windows-1252"?>)");
    LoadResult r = load_journey_text(text);
    REQUIRE(r.ok());
    CHECK(r.converted_from.empty());
    CHECK(r.journey->title == "Caf\xC3\xA9 cr\xC3\xA8me");
    const std::string sjis = "\xEF\xBB\xBF" + minimal_with_title("x", R"(<?xml version="1.0" encoding="Shift_JIS"?>)");
    CHECK(load_journey_text(sjis).ok());
}

TEST_CASE("In a file in another encoding, columns count characters, whatever found the problem") {
    // The same problem in UTF-8, ISO-8859-1 and UTF-16: after "éééé" a byte column would differ.
    const std::string utf8 = minimal_with_title("x", R"(<?xml version="1.0" encoding="UTF-8"?>)");
    auto with_problem = [](std::string text) {
        const std::string from = R"(name="Greeting")";
        text.replace(text.find(from), from.size(), "name=\"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\"");
        const std::string e = R"(emotion="1")";
        text.replace(text.find(e), e.size(), R"(emotion="7")");
        return text;
    };
    const std::string bad = with_problem(utf8);
    LoadResult in_utf8 = load_journey_text(bad);
    REQUIRE(in_utf8.problems.size() == 1);
    const int line = in_utf8.problems[0].line;
    std::string latin1 = bad;
    for (std::size_t at = latin1.find("\xC3\xA9"); at != std::string::npos; at = latin1.find("\xC3\xA9"))
        latin1.replace(at, 2, "\xE9");
    latin1.replace(latin1.find("UTF-8"), 5, "ISO-8859-1");
    LoadResult in_latin1 = load_journey_text(latin1);
    REQUIRE(in_latin1.problems.size() == 1);
    CHECK(in_latin1.problems[0].line == line);
    CHECK(in_latin1.problems[0].column == in_utf8.problems[0].column - 4);   // four two-byte characters before it
    LoadResult in_utf16 = load_journey_text(to_utf16(bad, true, true));
    REQUIRE(in_utf16.problems.size() == 1);
    CHECK(in_utf16.problems[0].column == in_latin1.problems[0].column);
}
