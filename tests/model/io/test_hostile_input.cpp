// Hostile and broken input: each gives a clear error and no crash, and nothing is expanded.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include "model/io/xml_reader.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {
Problem only_problem(const LoadResult& r) {
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    return r.problems[0];
}
}   // namespace

TEST_CASE("A billion-laughs document is refused without expanding anything") {
    std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE journey [\n  <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        doc += "  <!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) doc += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
        doc += "\">\n";
    }
    doc +=
        "]>\n<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" "
        "kind=\"customer\"><title>&lol9;</title><stages/></journey>\n";
    const Problem p = only_problem(load_journey_text(doc, "laughs.xml"));
    CHECK(p.line == 2);
    CHECK_THAT(p.message, Catch::Contains("DOCTYPE declarations are not allowed"));
}

TEST_CASE("A DOCTYPE with an external entity is refused and nothing is fetched") {
    const std::string doc =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE journey [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" "
        "kind=\"customer\"><title>&xxe;</title></journey>\n";
    LoadResult r = load_journey_text(doc, "xxe.xml");
    const Problem p = only_problem(r);
    CHECK(p.line == 2);
    CHECK_THAT(p.message, Catch::Contains("DOCTYPE"));
    CHECK(p.message.find("root:") == std::string::npos);
}

TEST_CASE("An entity reference without a DOCTYPE is refused where it stands, not kept as text") {
    const std::string doc =
        "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" kind=\"customer\"><title>&xxe; &amp; "
        "co</title>"
        "<stages/></journey>";
    LoadResult r = load_journey_text(doc, "e.xml");
    const Problem p = only_problem(r);
    CHECK(p.column == 82);
    CHECK_THAT(p.message, Catch::Contains("'&xxe;' is not defined in XML"));
}

TEST_CASE("A document nested 100000 levels deep is refused without a crash") {
    std::string doc =
        "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" kind=\"customer\"><title>t</title>";
    const int depth = 100000;
    for (int i = 0; i < depth; ++i) doc += "<a>";
    for (int i = 0; i < depth; ++i) doc += "</a>";
    doc += "<stages/></journey>";
    const Problem p = only_problem(load_journey_text(doc, "deep.xml"));
    CHECK(p.line == 1);
    CHECK_THAT(p.message, Catch::Contains("nested more than"));
}

TEST_CASE("Invalid UTF-8 is reported at the offending byte") {
    std::string doc = "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"j\" kind=\"customer\">\n<title>Caf";
    const int column = 11;   // after "<title>Caf"
    doc += "\xE9";           // Latin-1 e-acute, not UTF-8
    doc += "</title>\n<stages/></journey>\n";
    const Problem p = only_problem(load_journey_text(doc, "latin1.xml"));
    CHECK(p.line == 2);
    CHECK(p.column == column);
    CHECK_THAT(p.message, Catch::Contains("invalid UTF-8 byte 0xE9"));
}

TEST_CASE("Overlong and surrogate UTF-8 sequences are refused") {
    for (std::string bad :
         {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"), std::string("\xF8\x88\x80\x80\x80")}) {
        std::string doc = "<journey format=\"1\" id=\"j\" kind=\"customer\"><title>" + bad + "</title></journey>";
        const Problem p = only_problem(load_journey_text(doc, "bad.xml"));
        CHECK_THAT(p.message, Catch::Contains("invalid UTF-8"));
    }
}

TEST_CASE("Valid multi-byte UTF-8 text loads unchanged") {
    const std::string title = "Caf\xC3\xA9 \xE2\x98\x95 \xF0\x9F\x98\x80";
    std::string doc =
        "<journey format=\"1\" id=\"j\" kind=\"customer\"><title>" + title + "</title><stages/></journey>";
    LoadResult r = load_journey_text(doc, "utf8.xml");
    REQUIRE(r.ok());
    CHECK(r.journey->title == title);
}

TEST_CASE("An empty file is reported as empty") {
    const Problem p = only_problem(load_journey_text("", "empty.xml"));
    CHECK(p.line == 1);
    CHECK_THAT(p.message, Catch::Contains("the file is empty"));
    const Problem q = only_problem(load_journey_text("  \n\n ", "blank.xml"));
    CHECK_THAT(q.message, Catch::Contains("the file is empty"));
}

TEST_CASE("A binary file is reported as not text") {
    std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const Problem p = only_problem(load_journey_text(bytes, "picture.png"));
    CHECK(p.line >= 1);
    CHECK_THAT(p.message, Catch::Contains("binary file") || Catch::Contains("invalid UTF-8"));
}

TEST_CASE("A NUL byte in an otherwise fine file is reported") {
    std::string doc = "<journey format=\"1\" id=\"j\" kind=\"customer\"><title>a";
    const int column = static_cast<int>(doc.size()) + 1;
    doc.push_back('\0');
    doc += "b</title></journey>";
    const Problem p = only_problem(load_journey_text(doc, "nul.xml"));
    CHECK(p.column == column);
    CHECK_THAT(p.message, Catch::Contains("control character 0x00"));
}

TEST_CASE("A file over 64 MiB is refused unread") {
    TempDir dir;
    const auto path = dir / "huge.journey.xml";
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, static_cast<off_t>(kMaxJourneyFileBytes) + 1) == 0);   // sparse: no disk used
    ::close(fd);
    LoadResult r = load_journey_file(path.string());
    const Problem p = only_problem(r);
    CHECK(r.unreadable);
    CHECK_THAT(p.message, Catch::Contains("over 64 MiB are refused"));
}

TEST_CASE("A missing file is reported as unreadable") {
    LoadResult r = load_journey_file("/nonexistent/dir/none.journey.xml");
    const Problem p = only_problem(r);
    CHECK(r.unreadable);
    CHECK(p.file == "/nonexistent/dir/none.journey.xml");
    CHECK_THAT(p.message, Catch::Contains("cannot open the file"));
}

TEST_CASE("A directory given as a file is reported as unreadable") {
    TempDir dir;
    LoadResult r = load_journey_file(dir.path().string());
    CHECK(r.unreadable);
    CHECK_THAT(only_problem(r).message, Catch::Contains("directory"));
}

TEST_CASE("Truncated files at every length give a problem, never a crash") {
    const std::string full = read_file(std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml");
    REQUIRE(full.size() > 1000);
    int failures = 0;
    for (std::size_t len = 0; len < full.size(); len += 97) {
        LoadResult r = load_journey_text(std::string_view(full).substr(0, len), "cut.xml");
        if (!r.ok()) {
            ++failures;
            REQUIRE_FALSE(r.problems.empty());
        }
    }
    CHECK(failures > 0);
}
