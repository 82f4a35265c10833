// The editor's export: the same renderer and atomic write as the command line.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/editor/export_dialog.hpp"
#include "gui_fixture.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("Exporting from the editor writes each format of the chosen view", "[export]") {
    test::TempDir dir;
    const Journey journey = test::load_sample("coffee-shop.journey.xml");
    diagram::Renderer renderer;
    ExportRequest svg{DiagramView::Blueprint, diagram::Format::Svg, 1.0, (dir / "b.svg").string()};
    REQUIRE_FALSE(run_export(renderer, journey, svg));
    const std::string text = test::read_file(svg.path);
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Service blueprint") != std::string::npos);
    ExportRequest png{DiagramView::Emotion, diagram::Format::Png, 2.0, (dir / "e.png").string()};
    REQUIRE_FALSE(run_export(renderer, journey, png));
    CHECK(test::read_file(png.path).compare(1, 3, "PNG") == 0);
}

TEST_CASE("An export to a place that cannot be written fails with a message and writes nothing", "[export]") {
    test::TempDir dir;
    const Journey journey = test::load_sample("coffee-shop.journey.xml");
    diagram::Renderer renderer;
    ExportRequest bad{DiagramView::Map, diagram::Format::Svg, 1.0, (dir / "missing-dir" / "m.svg").string()};
    auto error = run_export(renderer, journey, bad);
    REQUIRE(error);
    CHECK_FALSE(error->empty());
    CHECK_FALSE(std::filesystem::exists(bad.path));
}

TEST_CASE("The suggested export name follows the journey file, view and format", "[export]") {
    CHECK(suggested_export_name("/work/coffee-shop.journey.xml", DiagramView::Cast, diagram::Format::Png) ==
          "/work/coffee-shop-cast.png");
}
