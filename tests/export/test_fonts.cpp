// The face drawn is the face the layout measured: Nimbus Sans (with DejaVu Sans for symbols
// and fontconfig's faces for other scripts) in every PNG, PDF and on-screen picture; every
// script CX teams write is drawn without missing glyphs; no label overflows its box.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "export/render.hpp"
#include "export/text_metrics.hpp"
#include "export/views.hpp"
#include "export_fixtures.hpp"
#include "model/io/xml_reader.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

Journey load_case(const std::string& name) {
    LoadResult r = load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/" + name);
    REQUIRE(r.ok());
    return *r.journey;
}

// The base font names pdffonts lists for a PDF ("NimbusSans-Bold", without the subset tag).
std::set<std::string> pdf_fonts(const std::string& pdf) {
    test::TempDir dir;
    const auto path = dir / "view.pdf";
    test::write_file(path, pdf);
    std::set<std::string> names;
    FILE* p = popen(("pdffonts '" + path.string() + "' 2>&1").c_str(), "r");
    REQUIRE(p);
    char line[512];
    int row = 0;
    while (std::fgets(line, sizeof line, p)) {
        if (++row <= 2) continue;   // header and rule
        std::string name(line);
        name = name.substr(0, name.find(' '));
        if (const auto plus = name.find('+'); plus != std::string::npos) name = name.substr(plus + 1);
        names.insert(name);
    }
    REQUIRE(pclose(p) == 0);
    return names;
}

bool is_diagram_face(const std::string& font) {
    return font.rfind("NimbusSans-", 0) == 0 || font.rfind("DejaVuSans", 0) == 0;
}

}   // namespace

TEST_CASE("Every PDF of every view of every sample embeds only the faces the layout measures") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        for (View v : all_views()) {
            INFO(file.filename().string() << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Pdf);
            REQUIRE(r.ok);
            const std::set<std::string> fonts = pdf_fonts(r.bytes);
            for (const auto& f : fonts) {
                INFO(f);
                CHECK(is_diagram_face(f));
            }
            CHECK(fonts.count("NimbusSans-Regular") == 1);
            CHECK(fonts.count("NimbusSans-Bold") == 1);
        }
    }
}

TEST_CASE("No label of any view of any sample or case overflows its box as Graphviz lays it out") {
    std::vector<std::pair<std::string, Journey>> journeys;
    for (const auto& file : test::sample_files())
        journeys.emplace_back(file.filename().string(), test::load_sample(file.filename().string()));
    for (const char* name :
         {"fonts-one-scene-stages.journey.xml", "many-scripts.journey.xml", "backslash-names.journey.xml"})
        journeys.emplace_back(name, load_case(name));
    Renderer renderer;
    for (const auto& [name, j] : journeys) {
        for (View v : all_views()) {
            INFO(name << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Svg);
            REQUIRE(r.ok);
            for (const auto& w : r.warnings) INFO("Graphviz: " << w);
            CHECK(r.warnings.empty());
        }
    }
}

TEST_CASE("Chinese, Arabic, Russian, Greek, Hebrew and emoji are drawn with no missing glyph") {
    const Journey j = load_case("many-scripts.journey.xml");
    std::vector<std::string> texts{j.title, j.cast.at(0).name, j.stages.at(0).name};
    for (const auto& t : j.stages.at(0).scenes) {
        texts.push_back(t.name);
        for (const auto& p : t.pains) texts.push_back(p);
    }
    texts.push_back(
        "\xCE\x9A\xCE\xB1\xCE\xBB\xCF\x8E\xCF\x82 \xCE\xAE\xCF\x81\xCE\xB8\xCE\xB1\xCF\x84\xCE\xB5");   // Καλώς ήρθατε
    texts.push_back("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");                                                // שלום
    texts.push_back("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");   // 한국어 日本語
    texts.push_back(
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
        "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD");   // family, thumbs up
    for (const auto& t : texts) {
        INFO(t);
        CHECK(unknown_glyphs(t, false) == 0);
        CHECK(unknown_glyphs(t, true) == 0);
    }
}

TEST_CASE("Text of any script wraps within the width it is given") {
    const std::vector<std::string> texts{
        "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85 \xD9\x81\xD9\x8A "
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8 "
        "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85",   // Arabic, right to left
        "\xE6\x89\x93\xE5\xBC\x80\xE5\xBA\x94\xE7\x94\xA8\xE7\xA8\x8B\xE5\xBA\x8F\xE6\x89\x93\xE5\xBC\x80\xE5\xBA\x94"
        "\xE7\x94\xA8\xE7\xA8\x8B\xE5\xBA\x8F",   // Chinese, no spaces
        "Awareness through word of mouth and comparison",
        "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB\xF0\x9F\x91\xA9\xE2"
        "\x80\x8D\xF0\x9F\x92\xBB"
        "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",   // joined emoji, never split
    };
    for (const auto& t : texts) {
        INFO(t);
        const auto lines = wrap_to_width(t, 60, 12, true, 10);
        REQUIRE(lines.size() >= 2);
        std::string joined;
        for (const auto& l : lines) {
            CHECK(text_width(l, 12, true) <= 60.0);
            joined += l;
        }
        std::string compact = t;
        compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
        joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
        CHECK(joined == compact);   // nothing lost, nothing split inside a character
    }
}

TEST_CASE("A wider face is measured wider: widths come from the face, not a fixed table") {
    // Nimbus Sans (Helvetica's metrics) is narrower than DejaVu Sans, which Graphviz substitutes
    // for "Helvetica"; the measured width of a Latin line is Helvetica's, within 3%.
    const double measured = text_width("Awareness through word of mouth", 14, true);
    const double helvetica_bold_afm = 14.0 * 16.557;   // sum of the AFM advances of that text / 1000
    CHECK(measured == Approx(helvetica_bold_afm).epsilon(0.03));
}

TEST_CASE("SVG asks the viewer for the diagram face, then faces with the same metrics") {
    const RenderResult r = render_view(test::load_sample("coffee-shop.journey.xml"), View::Map, Format::Svg);
    REQUIRE(r.ok);
    CHECK(r.bytes.find("font-family=\"'Nimbus Sans',Helvetica,Arial,'DejaVu Sans',sans-serif\"") != std::string::npos);
    CHECK(r.bytes.find("font-family=\"Nimbus Sans,DejaVu Sans\"") == std::string::npos);
    CHECK(r.bytes.find("Helvetica,sans-Serif") == std::string::npos);
}

TEST_CASE("Our words beside a right-to-left name stay on their side of it") {
    // "(support)" and the note marks moved to the far side of Hebrew and Arabic names: the names
    // now sit in first-strong isolates, which pango draws without a glyph.
    Journey j = load_case("many-scripts.journey.xml");
    j.stages[0].scenes[1].parts[0].kind = PartKind::Support;
    const DotGraph g = build_blueprint(j);
    bool found = false;
    for (const auto& n : g.nodes) {
        const std::string label = attr(n.attrs, "label");
        if (label.find("(support)") == std::string::npos) continue;
        found = true;
        CHECK(label.find("\xE2\x81\xA8") != std::string::npos);
        CHECK(label.find("\xE2\x81\xA9 (support)") != std::string::npos);
    }
    CHECK(found);
    // The lead's chip holds the name alone, isolated too.
    j.stages[0].scenes[1].parts[0].kind = PartKind::Lead;
    bool chip = false;
    for (const auto& n : build_blueprint(j).nodes) {
        const std::string label = attr(n.attrs, "label");
        chip = chip || (label.find("\xE2\x81\xA8") != std::string::npos && label.find("(lead)") == std::string::npos &&
                        label.find("BGCOLOR") != std::string::npos);
    }
    CHECK(chip);
    CHECK(unknown_glyphs("\xE2\x81\xA8\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x81\xA9 (lead)") == 0);
}
