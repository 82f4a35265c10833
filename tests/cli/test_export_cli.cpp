// stagecraft-cli export: single and batch exports, formats from extensions, and clear errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "export_fixtures.hpp"
#include "test_support.hpp"

using namespace stagecraft;
namespace fs = std::filesystem;

namespace {
std::string sample(const char* name) { return (fs::path(STAGECRAFT_SAMPLES_DIR) / name).string(); }
}   // namespace

TEST_CASE("export writes one view to the file named by -o, the format taken from its extension") {
    test::TempDir dir;
    const auto out = dir / "coffee.png";
    const auto r =
        test::run_cli({"export", sample("coffee-shop.journey.xml"), "--view", "blueprint", "-o", out.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(test::png_size(test::read_file(out)).first > 300);
}

TEST_CASE("export writes SVG and DOT when asked with --format") {
    test::TempDir dir;
    const auto svg = dir / "map.out";
    auto r = test::run_cli(
        {"export", sample("coffee-shop.journey.xml"), "--view", "map", "--format", "svg", "-o", svg.string()});
    CHECK(r.exit_code == 0);
    CHECK(test::read_file(svg).find("<svg") != std::string::npos);
    const auto dot = dir / "cast.dot";
    r = test::run_cli({"export", sample("coffee-shop.journey.xml"), "--view=cast", "-o", dot.string()});
    CHECK(r.exit_code == 0);
    CHECK(test::read_file(dot).rfind("digraph", 0) == 0);
}

TEST_CASE("batch export writes every view of every file as <stem>.<view>.<ext> with progress") {
    test::TempDir dir;
    const auto out = dir / "diagrams";
    const auto r = test::run_cli({"export", sample("coffee-shop.journey.xml"), sample("hotel-stay.journey.xml"),
                                  "--all-views", "--format", "svg", "-d", out.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    for (const char* stem : {"coffee-shop", "hotel-stay"})
        for (const char* view : {"map", "blueprint", "cast", "emotion"})
            CHECK(fs::exists(out / (std::string(stem) + "." + view + ".svg")));
    CHECK(r.err.find("[8/8]") != std::string::npos);
}

TEST_CASE("an invalid journey file is reported as FILE:LINE:COL problems with exit 1 and no output") {
    test::TempDir dir;
    const auto bad = dir / "bad.journey.xml";
    test::write_file(bad,
                     "<?xml version=\"1.0\"?>\n<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"x\" "
                     "kind=\"customer\">\n  <stages>\n    <stage id=\"s\" name=\"S\">\n      <touchpoint id=\"t\" "
                     "name=\"T\" lane=\"nowhere\" channel=\"web\"/>\n    </stage>\n  </stages>\n</journey>\n");
    const auto out = dir / "bad.svg";
    const auto r = test::run_cli({"export", bad.string(), "--view", "map", "-o", out.string()});
    CHECK(r.exit_code == 1);
    CHECK(std::regex_search(r.err, std::regex("bad\\.journey\\.xml:[0-9]+:[0-9]+: error")));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("bad usage gets a message and exit 2") {
    const std::string file = sample("coffee-shop.journey.xml");
    auto r = test::run_cli({"export", file, "--view", "timeline", "-o", "x.svg"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown view 'timeline'") != std::string::npos);
    r = test::run_cli({"export", file, "--view", "map"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no destination") != std::string::npos);
    r = test::run_cli({"export", file, "--view", "map", "-o", "out.gif"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown format 'gif'") != std::string::npos);
    r = test::run_cli({"export", file, "--view", "map", "--scale", "2", "-o", "out.svg"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("PNG output only") != std::string::npos);
}

TEST_CASE("export --help describes the views and formats") {
    const auto r = test::run_cli({"export", "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("blueprint") != std::string::npos);
    CHECK(r.out.find("--all-views") != std::string::npos);
}

TEST_CASE("an export that cannot be written leaves no file behind and exits 2") {
    test::TempDir dir;
    const auto out = dir / "missing-dir" / "x.svg";
    const auto r = test::run_cli({"export", sample("coffee-shop.journey.xml"), "--view", "map", "-o", out.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("cannot write") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a PNG exported with --scale 2 is twice as wide") {
    test::TempDir dir;
    const std::string file = sample("coffee-shop.journey.xml");
    REQUIRE(test::run_cli({"export", file, "--view", "emotion", "-o", (dir / "a.png").string()}).exit_code == 0);
    REQUIRE(test::run_cli({"export", file, "--view", "emotion", "--scale", "2", "-o", (dir / "b.png").string()})
                .exit_code == 0);
    const auto a = test::png_size(test::read_file(dir / "a.png"));
    const auto b = test::png_size(test::read_file(dir / "b.png"));
    CHECK(b.first >= 2 * a.first - 2);
}

TEST_CASE("The export scale and resolution take plain decimal numbers only") {
    for (const char* value : {"0x2", " 2", "inf", "2e0", "-1"}) {
        INFO(value);
        const auto r =
            stagecraft::test::run_cli({"export", std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml",
                                       "--view", "map", "--format", "png", "--scale", value, "-o", "/tmp/never.png"});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("--scale needs a number"));
    }
}
