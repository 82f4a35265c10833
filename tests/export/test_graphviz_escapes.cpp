// Graphviz's own escape sequences (\N, \G, \E, \T, \H, \L, \n, \l, \r, \\) typed by a user
// appear exactly as typed in every view: Graphviz expands them in label text unless escaped.
#include <catch2/catch.hpp>

#include <algorithm>

#include "export/escape.hpp"
#include "export/render.hpp"
#include "export_fixtures.hpp"
#include "model/io/xml_reader.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

// Every escape Graphviz knows, a doubled and a trailing backslash; no spaces, so no wrapping.
const std::string kCodes = R"(\N\G\E\T\H\L\n\l\r\\x\)";

// A journey whose every text field holds a distinct tag followed by kCodes; returns the tags.
Journey journey_of_codes(std::vector<std::string>& tags) {
    int next = 0;
    auto text = [&] {
        tags.push_back("Q" + std::to_string(next++) + "q");
        return tags.back() + kCodes;
    };
    Journey j;
    j.id = "codes";
    j.title = text();
    j.description = text();
    Persona persona;
    persona.id = "p";
    persona.name = text();
    persona.goals = {text()};
    persona.needs = {text()};
    j.persona = persona;
    Principle pr;
    pr.id = "pr";
    pr.name = text();
    j.principles = {pr};
    Role lead;
    lead.id = "r1";
    lead.name = text();
    Role back;
    back.id = "r2";
    back.name = text();
    back.zone = Zone::Backstage;
    j.cast = {lead, back};
    const Lane lanes[] = {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support};
    for (int s = 0; s < 2; ++s) {
        Stage stage;
        stage.id = "s" + std::to_string(s);
        stage.name = text();
        stage.goal = text();
        for (int k = 0; k < 4; ++k) {
            Scene t;
            t.id = "t" + std::to_string(s) + std::to_string(k);
            t.name = text();
            t.lane = lanes[k];
            t.emotion = k % 2 ? -2 : 1;
            t.description = text();
            t.script = text();
            t.props = {text()};
            t.pains = {text()};
            t.opportunities = {text()};
            t.parts = {Part{k < 2 ? "r1" : "r2", PartKind::Lead, {}, {}}};
            Kpi kpi;
            kpi.name = text();
            t.kpis = {kpi};
            stage.scenes.push_back(t);
        }
        j.stages.push_back(stage);
    }
    j.flows.push_back(Flow{"t01", "t02", FlowKind::Handoff, text(), "", {}, {}});
    j.flows.push_back(Flow{"t02", "t12", FlowKind::Alternative, "", text(), {}, {}});
    return j;
}

}   // namespace

TEST_CASE("Graphviz HTML-label escaping doubles backslashes after escaping markup") {
    CHECK(graphviz_html_escape(R"(a\N<b>\)") == R"(a\\N&lt;b&gt;\\)");
    CHECK(graphviz_html_escape("plain") == "plain");
}

TEST_CASE("Every Graphviz escape in every text field appears exactly as typed in every view's SVG") {
    std::vector<std::string> tags;
    const Journey j = journey_of_codes(tags);
    Renderer renderer;
    for (View v : all_views()) {
        INFO(to_string(v));
        const RenderResult r = renderer.render(j, v, Format::Svg);
        REQUIRE(r.ok);
        for (const auto& w : r.warnings) INFO("warning: " << w);
        CHECK(r.warnings.empty());
        // Long words are broken across lines (text elements joined by spaces here); the codes
        // and tags hold no space, so without spaces each drawn field reads whole.
        std::string text = test::svg_text(r.bytes);
        text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
        // No node, graph or edge name was substituted into the text.
        CHECK(text.find("scene:") == std::string::npos);
        CHECK(text.find("journey_map") == std::string::npos);
        CHECK(text.find("service_blueprint") == std::string::npos);
        CHECK(text.find("->") == std::string::npos);
        // Wherever a field is drawn, what follows its tag is the codes as typed (or, where the
        // view shortens long names, a start of them and an ellipsis).
        int drawn = 0;
        for (const auto& tag : tags) {
            for (std::size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at + 1)) {
                ++drawn;
                const std::string after = text.substr(at + tag.size(), kCodes.size());
                INFO(tag << " drawn as " << tag << after);
                const std::size_t ellipsis = after.find("\xE2\x80\xA6");
                if (ellipsis == std::string::npos)
                    CHECK(after == kCodes);
                else
                    CHECK(after.substr(0, ellipsis) == kCodes.substr(0, ellipsis));
            }
        }
        CHECK(drawn >= 3);
        // The title is drawn whole in every view.
        CHECK(text.find(j.title) != std::string::npos);
    }
}

TEST_CASE("The shared backslash case renders its names literally, without Graphviz warnings") {
    LoadResult loaded = load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/cases/backslash-names.journey.xml");
    REQUIRE(loaded.ok());
    Renderer renderer;
    for (View v : {View::Map, View::Blueprint}) {
        INFO(to_string(v));
        const RenderResult r = renderer.render(*loaded.journey, v, Format::Svg);
        REQUIRE(r.ok);
        CHECK(r.warnings.empty());
        const std::string text = test::svg_text(r.bytes);
        CHECK(text.find(R"(Scans land in D:\Inbox\)") != std::string::npos);
        CHECK(text.find(R"(\\fileserver\scans\)") != std::string::npos);
        CHECK(text.find(R"(Codes \N \G \E \T)") != std::string::npos);
    }
}

TEST_CASE("Noncharacters in a name are drawn as the replacement character, and PDFs keep their text") {
    // XML allows U+FDD0 and U+1FFFF; cairo's PDF output failed on them and drew a blank page.
    Journey j = test::hostile_journey();
    j.title = "Plan \xEF\xB7\x90 A \xF0\x9F\xBF\xBF B";
    CHECK(graphviz_html_escape(j.title) == "Plan \xEF\xBF\xBD A \xEF\xBF\xBD B");
    Renderer renderer;
    for (View v : all_views()) {
        INFO(to_string(v));
        const RenderResult pdf = renderer.render(j, v, Format::Pdf);
        REQUIRE(pdf.ok);
        CHECK(pdf.bytes.size() > 10000);   // the blank page was about 5 KB: no fonts, no text
        const RenderResult svg = renderer.render(j, v, Format::Svg);
        REQUIRE(svg.ok);
        CHECK(test::svg_text(svg.bytes).find("Plan \xEF\xBF\xBD A") != std::string::npos);
    }
}
