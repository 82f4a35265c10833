// The editor's export: the same renderer and atomic write as the command line.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/editor/command_ids.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/problems_pane.hpp"
#include "export/mermaid_writer.hpp"
#include "export/rows_writer.hpp"
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
    ExportRequest png{DiagramView::Cast, diagram::Format::Png, 1.0, {}};
    CHECK(suggested_export_name("/work/coffee-shop.journey.xml", png) == "/work/coffee-shop-cast.png");
    ExportRequest mermaid{DiagramView::Cast, diagram::Format::Svg, 1.0, {}, ExportRequest::Kind::Mermaid};
    CHECK(suggested_export_name("/work/coffee-shop.journey.xml", mermaid) == "/work/coffee-shop.mmd");
    ExportRequest csv{DiagramView::Map, diagram::Format::Svg, 1.0, {}, ExportRequest::Kind::Csv};
    CHECK(suggested_export_name("/work/coffee-shop.journey.xml", csv) == "/work/coffee-shop.csv");
    // A journey never saved (imported, or new) is named after its title, not "journey".
    ExportRequest xlsx{DiagramView::Map, diagram::Format::Svg, 1.0, {}, ExportRequest::Kind::Xlsx};
    CHECK(std::filesystem::path(suggested_export_name("", xlsx, "morning-coffee")).filename() == "morning-coffee.xlsx");
}

TEST_CASE("Exporting from the editor writes the journey as Mermaid or CSV, as stagecraft-cli convert does",
          "[export]") {
    test::TempDir dir;
    const Journey journey = test::load_sample("coffee-shop.journey.xml");
    diagram::Renderer renderer;
    ExportRequest mermaid{DiagramView::Map, diagram::Format::Svg, 1.0, (dir / "c.mmd").string(),
                          ExportRequest::Kind::Mermaid};
    REQUIRE_FALSE(run_export(renderer, journey, mermaid));
    CHECK(test::read_file(mermaid.path) == journey_to_mermaid(journey).text);
    ExportRequest csv{DiagramView::Map, diagram::Format::Svg, 1.0, (dir / "c.csv").string(), ExportRequest::Kind::Csv};
    REQUIRE_FALSE(run_export(renderer, journey, csv));
    CHECK(test::read_file(csv.path) == journey_to_csv(journey).text);
}

TEST_CASE("File > Import opens a Mermaid journey as a new unsaved one, its notes in the Problems pane", "[gui]") {
    test::TempDir dir;
    const std::string path = (dir / "day.mmd").string();
    test::write_file(path,
                     "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n"
                     "    Do work: 1: Me, Cat\n");
    test::EditorWindow window;
    window.answers.path = path;
    window->ProcessCommand(ID_IMPORT);
    test::pump();
    CHECK(window->document().journey().title == "My working day");
    CHECK(window->document().path().empty());
    CHECK(window->document().modified());
    bool noted = false;
    for (const auto& item : window->problems()->shown())
        noted = noted || (item.source == "import" && item.message.find("taken as the customer") != std::string::npos);
    CHECK(noted);
    // A file with an error opens nothing and says why.
    test::write_file(path, "journey\n  section A\n    Pay: 9: Me\n");
    window->document().reset(window->document().journey(), "");
    CHECK_FALSE(window->import_file(path));
    REQUIRE_FALSE(window.answers.errors.empty());
    CHECK(window.answers.errors.back().find("day.mmd:3:10") != std::string::npos);
    CHECK(window->document().journey().title == "My working day");
}

TEST_CASE("File > Export Deck writes the deck beside the journey, as stagecraft-cli deck does", "[gui][export]") {
    test::TempDir dir;
    const std::string journey_path = (dir / "coffee-shop.journey.xml").string();
    test::write_file(journey_path, test::read_file(test::sample_path("coffee-shop.journey.xml")));
    test::EditorWindow window;
    REQUIRE(window->open_file(journey_path));
    const std::string deck = (dir / "deck.pdf").string();
    window.answers.path = deck;
    window->ProcessCommand(ID_EXPORT_DECK);
    for (int i = 0; i < 300 && !std::filesystem::exists(deck); ++i) test::pump(50);
    REQUIRE(std::filesystem::exists(deck));
    CHECK(window.answers.suggested == (dir / "coffee-shop-deck.pdf").string());
    test::pump(200);
    CHECK(test::read_file(deck).compare(0, 5, "%PDF-") == 0);
    CHECK(window.answers.errors.empty());
    const auto text = test::run_program("pdftotext", {deck, "-"});
    CHECK(text.out.find("Morning coffee run") != std::string::npos);
    CHECK(text.out.find("Findings of the staging checks") != std::string::npos);
}
