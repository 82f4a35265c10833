// stagecraft-cli deck and export --page: the files written, their names, and clear refusals
// that write nothing.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"

using namespace stagecraft;
namespace fs = std::filesystem;

namespace {
std::string sample(const char* name) { return (fs::path(STAGECRAFT_SAMPLES_DIR) / name).string(); }
}   // namespace

TEST_CASE("deck writes one PDF of slides and says how many") {
    test::TempDir dir;
    const auto out = dir / "coffee.pdf";
    const auto r = test::run_cli({"deck", sample("coffee-shop.journey.xml"), "-o", out.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(test::read_file(out).compare(0, 5, "%PDF-") == 0);
    CHECK(r.err.find(" slides") != std::string::npos);
}

TEST_CASE("deck refuses what it cannot do before making any slide, and writes nothing") {
    test::TempDir dir;
    auto r = test::run_cli({"deck", sample("coffee-shop.journey.xml"), "-o", (dir / "deck.png").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("name it NAME.pdf") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "deck.png"));
    r = test::run_cli({"deck", sample("coffee-shop.journey.xml"), "-o", (dir / "missing" / "deck.pdf").string(), "-q"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("there is no folder") != std::string::npos);
    CHECK(r.err.find("[1/") == std::string::npos);   // no slide was made first
    r = test::run_cli({"deck", sample("coffee-shop.journey.xml"), "--format", "png", "-o", (dir / "x.pdf").string()});
    CHECK(r.exit_code == 2);
    test::write_file(dir / "plan.mmd", "journey\n  title Plan\n  section A\n    Go: 3: Me\n");
    r = test::run_cli({"deck", (dir / "plan.mmd").string(), "-o", (dir / "plan.pdf").string()});
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("stagecraft-cli import") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "plan.pdf"));
}

TEST_CASE("PNG slides are numbered, and a shorter deck made again leaves none of the earlier slides") {
    test::TempDir dir;
    const auto slides = dir / "slides";
    fs::create_directories(slides);
    test::write_file(slides / "coffee-shop-99.png", "an earlier slide");
    test::write_file(slides / "notes.png", "the user's own file");
    const auto r =
        test::run_cli({"deck", sample("coffee-shop.journey.xml"), "--format", "png", "-d", slides.string(), "-q"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(fs::exists(slides / "coffee-shop-01.png"));
    CHECK(test::read_file(slides / "coffee-shop-01.png").compare(1, 3, "PNG") == 0);
    CHECK_FALSE(fs::exists(slides / "coffee-shop-99.png"));
    CHECK(fs::exists(slides / "notes.png"));
}

TEST_CASE("export --page writes a file per page as OUT-1.png, OUT-2.png and drops an earlier run's extra pages") {
    test::TempDir dir;
    test::write_file(dir / "map-40.png", "an earlier page");
    const auto r = test::run_cli({"export", sample("hotel-stay.journey.xml"), "--view", "map", "--page", "slide", "-o",
                                  (dir / "map.png").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(fs::exists(dir / "map-1.png"));
    CHECK(fs::exists(dir / "map-2.png"));
    CHECK_FALSE(fs::exists(dir / "map.png"));
    CHECK_FALSE(fs::exists(dir / "map-40.png"));
    const auto dot = test::run_cli({"export", sample("hotel-stay.journey.xml"), "--view", "map", "--page", "slide",
                                    "-o", (dir / "map.dot").string()});
    CHECK(dot.exit_code == 2);
    CHECK(dot.err.find("pdf, png or svg") != std::string::npos);
}
