// A PNG's pixel size is known before it is drawn: one beyond what can be drawn is refused with
// what was asked, the limit and what to do, and nothing of Graphviz's own words reaches the user.
#include <catch2/catch.hpp>

#include <filesystem>

#include "export/render.hpp"
#include "export_fixtures.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

// 40 stages of 10 scenes, every scene on the customer path.
Journey four_hundred_scenes() {
    Journey j;
    j.id = "big";
    j.title = "Four hundred scenes";
    Role r;
    r.id = "agent";
    r.name = "Agent";
    j.cast.push_back(r);
    for (int s = 0; s < 40; ++s) {
        Stage stage;
        stage.id = "s" + std::to_string(s);
        stage.name = "Stage " + std::to_string(s + 1);
        for (int k = 0; k < 10; ++k) {
            Scene t;
            t.id = stage.id + "t" + std::to_string(k);
            t.name = "Scene " + std::to_string(k + 1) + " of stage " + std::to_string(s + 1);
            t.lane = k % 2 ? Lane::Frontstage : Lane::Customer;
            t.emotion = (k % 5) - 2;
            if (t.lane == Lane::Frontstage) t.parts.push_back(Part{"agent", PartKind::Lead, {}, {}});
            t.pains = {"A pain point of some length"};
            stage.scenes.push_back(t);
        }
        j.stages.push_back(stage);
    }
    return j;
}

}   // namespace

TEST_CASE("A PNG larger than can be drawn is refused before drawing, with the size, the limit and what fits") {
    Renderer renderer;
    RenderOptions options;
    options.scale = 4;
    const RenderResult r = renderer.render(four_hundred_scenes(), View::Map, Format::Png, options);
    REQUIRE_FALSE(r.ok);
    CHECK(r.bytes.empty());
    CHECK_THAT(r.error, Catch::Contains("pixels") && Catch::Contains("32,767") && Catch::Contains("SVG or PDF") &&
                            Catch::Contains("--scale"));
}

TEST_CASE("The CLI refuses an oversized PNG with a Stagecraft message and a non-zero exit, writing nothing") {
    test::TempDir dir;
    const auto journey = dir / "big.journey.xml";
    test::write_file(journey, journey_to_xml(four_hundred_scenes()));
    const auto png = dir / "map.png";
    const test::CommandResult r = test::run_cli(
        {"export", journey.string(), "--view", "map", "--format", "png", "--scale", "4", "-o", png.string()});
    CHECK(r.exit_code != 0);
    CHECK_THAT(r.err, Catch::Contains("the PNG would be") && Catch::Contains("--scale"));
    CHECK_THAT(r.err, !Catch::Contains("cairo") && !Catch::Contains("(null)") && !Catch::Contains("Scaling"));
    CHECK_FALSE(std::filesystem::exists(png));
}

TEST_CASE("The scale the refusal proposes draws, within the limits") {
    Renderer renderer;
    const Journey j = four_hundred_scenes();
    RenderOptions options;
    options.scale = 4;
    const RenderResult refused = renderer.render(j, View::Map, Format::Png, options);
    REQUIRE_FALSE(refused.ok);
    const auto at = refused.error.find("--scale ");
    REQUIRE(at != std::string::npos);
    options.scale = std::stod(refused.error.substr(at + 8));
    const RenderResult drawn = renderer.render(j, View::Map, Format::Png, options);
    REQUIRE(drawn.ok);
    CHECK(drawn.warnings.empty());
    const auto [w, h] = test::png_size(drawn.bytes);
    CHECK(w <= kMaxPngSide);
    CHECK(h <= kMaxPngSide);
    CHECK(static_cast<double>(w) * h <= kMaxPngPixels);
}

TEST_CASE("A resolution asked with --dpi is answered with the largest dpi that fits") {
    Renderer renderer;
    RenderOptions options;
    options.dpi = 1200;
    const RenderResult r = renderer.render(four_hundred_scenes(), View::Map, Format::Png, options);
    REQUIRE_FALSE(r.ok);
    const auto at = r.error.find("--dpi ");
    REQUIRE(at != std::string::npos);
    options.dpi = std::stod(r.error.substr(at + 6));
    CHECK(options.dpi >= 10);
    CHECK(renderer.render(four_hundred_scenes(), View::Map, Format::Png, options).ok);
}

TEST_CASE("A paragraph for a title is drawn on two lines at most, and warnings speak Stagecraft") {
    Journey j = four_hundred_scenes();
    j.stages.resize(2);
    j.title.clear();
    for (int i = 0; i < 400; ++i) j.title += "word ";
    j.stages[0].name = std::string(3000, 'W');
    Renderer renderer;
    for (Format f : {Format::Png, Format::Svg}) {
        const RenderResult r = renderer.render(j, View::Map, f);
        REQUIRE(r.ok);
        CHECK(r.layout.bounds.width < 4000);
        for (const auto& w : r.warnings) {
            INFO(w);
            CHECK(w.find("graph '") == std::string::npos);
            CHECK(w.find("node '") == std::string::npos);
        }
    }
}
