// The client deck: for every sample the slides in their order and number, every page 16:9, every
// scene's name in the PDF's text, the title and author in its metadata; progress and stopping.
#include <catch2/catch.hpp>

#include <sstream>

#include "export/deck.hpp"
#include "export/view_pages.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

// Text as pdftotext gives it, with lines broken anywhere, as one line.
std::string flat(const std::string& text) { return test::squeeze_spaces(text); }

std::size_t count_starting(const std::vector<std::string>& titles, const std::string& prefix) {
    std::size_t n = 0;
    for (const auto& t : titles) n += t.rfind(prefix, 0) == 0 ? 1 : 0;
    return n;
}

}   // namespace

TEST_CASE("The deck of every sample: its slides in order, every page 16:9, every scene named, metadata set") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const std::string name = file.filename().string();
        INFO(name);
        const Journey j = test::load_sample(name);
        const DeckResult deck = build_deck(renderer, j);
        REQUIRE(deck.ok);
        REQUIRE(deck.files.size() == 1);
        const auto& titles = deck.slide_titles;

        // The views take as many slides as they take pages on their own, in order.
        ViewOptions summary;
        summary.summary = true;
        std::size_t expected = 1;
        std::size_t at = 1;
        CHECK(titles.at(0) == (j.kind == JourneyKind::Employee ? "Employee journey" : "Customer journey"));
        for (View v : {View::Map, View::Emotion, View::Blueprint}) {
            const auto pages = lay_out_pages(renderer, j, v, PageShape::Slide, summary).paged.pages.size();
            CHECK(count_starting(titles, std::string(display_name(v))) == pages);
            CHECK(titles.at(at).rfind(std::string(display_name(v)), 0) == 0);
            at += pages;
            expected += pages;
        }
        CHECK(titles.at(at).rfind("Cast and load", 0) == 0);
        const std::size_t tables = titles.size() - expected;
        CHECK(tables >= 3);
        CHECK(count_starting(titles, "Findings of the staging checks") >= 1);
        CHECK(count_starting(titles, "Cast sheet") >= 1);
        CHECK(titles.back().rfind("Cast sheet", 0) == 0);

        test::TempDir dir;
        const std::string pdf = (dir / "deck.pdf").string();
        test::write_file(pdf, deck.files[0]);
        const auto info = test::run_program("pdfinfo", {"-f", "1", "-l", "9999", pdf});
        REQUIRE(info.exit_code == 0);
        CHECK(info.out.find("Pages:           " + std::to_string(titles.size()) + "\n") != std::string::npos);
        std::istringstream lines(info.out);
        std::string line;
        std::size_t sized = 0;
        while (std::getline(lines, line))
            if (line.rfind("Page ", 0) == 0 && line.find(" size: ") != std::string::npos) {
                CHECK(line.find(" 960 x 540 pts") != std::string::npos);
                ++sized;
            }
        CHECK(sized == titles.size());
        CHECK(info.out.find("Title:           " + j.title + "\n") != std::string::npos);
        if (!j.meta.author.empty())
            CHECK(info.out.find("Author:          " + j.meta.author + "\n") != std::string::npos);

        const auto text = test::run_program("pdftotext", {pdf, "-"});
        REQUIRE(text.exit_code == 0);
        const std::string all = flat(text.out);
        for (const auto& stage : j.stages)
            for (const auto& scene : stage.scenes) {
                INFO(scene.name);
                CHECK(all.find(flat(scene.name)) != std::string::npos);
            }
    }
}

TEST_CASE("Making a deck reports its progress and stops when asked, writing nothing") {
    Renderer renderer;
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    DeckOptions options;
    std::vector<std::string> steps;
    options.progress = [&](std::size_t done, std::size_t total, const std::string& step) {
        CHECK(done <= total);
        steps.push_back(step);
        return done < 3;
    };
    const DeckResult deck = build_deck(renderer, j, options);
    CHECK_FALSE(deck.ok);
    CHECK(deck.cancelled);
    CHECK(deck.files.empty());
    CHECK(steps.size() == 3);
}

TEST_CASE("A deck can be slides as PNG, 1920 x 1080 each") {
    Renderer renderer;
    const Journey j = test::load_sample("utility-billing-dispute.journey.xml");
    DeckOptions options;
    options.format = PageFormat::Png;
    const DeckResult deck = build_deck(renderer, j, options);
    REQUIRE(deck.ok);
    CHECK(deck.files.size() == deck.slide_titles.size());
    for (const auto& png : deck.files) CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
}

TEST_CASE("The deck of a journey with no scenes says so on one slide instead of empty views") {
    Renderer renderer;
    Journey j = test::load_sample("coffee-shop.journey.xml");
    j.stages.clear();
    j.flows.clear();
    const DeckResult deck = build_deck(renderer, j);
    REQUIRE(deck.ok);
    REQUIRE(deck.slide_titles.size() == 3);
    CHECK(deck.slide_titles[1] == "No scenes yet");
    CHECK(deck.slide_titles[2].rfind("Findings", 0) == 0);
}
