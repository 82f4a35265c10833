// Rendering each view of each sample in each format: SVG parses and names every scene, PNG and
// PDF are what they claim, DOT re-reads, the layout maps clicks back to scenes and roles, and
// no output embeds a local file path.
#include <catch2/catch.hpp>

#include <set>

#include <cstdlib>

#include <graphviz/cgraph.h>
#include <pugixml.hpp>

#include "export/render.hpp"
#include "export/scene_order.hpp"
#include "export_fixtures.hpp"
#include "model/analysis.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

std::string squeeze(const std::string& s) { return test::squeeze_spaces(s); }

void check_no_local_paths(const std::string& bytes) {
    for (const char* path : {"/work/", "/home/", "/tmp/", "/usr/", "file:"}) {
        INFO(path);
        CHECK(bytes.find(path) == std::string::npos);
    }
}

}   // namespace

TEST_CASE("SVG of every view of every sample parses and names every scene it shows") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        for (View v : all_views()) {
            INFO(file.filename().string() << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Svg);
            REQUIRE(r.ok);
            CHECK(r.warnings.empty());
            pugi::xml_document doc;
            REQUIRE(doc.load_buffer(r.bytes.data(), r.bytes.size()));
            CHECK(std::string(doc.document_element().name()) == "svg");
            const std::string text = squeeze(test::svg_text(r.bytes));
            if (v == View::Blueprint) {
                for (const Scene* t : all_scenes(j)) CHECK(text.find(squeeze(t->name)) != std::string::npos);
            } else if (v == View::Cast) {
                for (const auto& role : j.cast) CHECK(text.find(squeeze(role.name)) != std::string::npos);
            } else if (v == View::Map) {
                for (const auto& o : customer_scenes(j)) CHECK(text.find(squeeze(o.scene->name)) != std::string::npos);
            } else {
                for (const auto& o : customer_scenes(j))
                    CHECK(doc.find_node([&](pugi::xml_node n) {
                        return std::string(n.attribute("id").value()) == "scene-" + o.scene->id;
                    }));
            }
            check_no_local_paths(r.bytes);
        }
    }
}

TEST_CASE("PNG of every view of every sample has the PNG signature and a sane size") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        for (View v : all_views()) {
            INFO(file.filename().string() << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Png);
            REQUIRE(r.ok);
            const auto [w, h] = test::png_size(r.bytes);
            CHECK(w > 300);
            CHECK(h > 150);
            CHECK(w < 32768);
            CHECK(h < 32768);
        }
    }
}

TEST_CASE("PNG scale multiplies the picture's size") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    RenderOptions twice;
    twice.scale = 2;
    const auto normal = test::png_size(render_view(j, View::Emotion, Format::Png).bytes);
    const auto large = test::png_size(render_view(j, View::Emotion, Format::Png, twice).bytes);
    CHECK(large.first >= normal.first * 2 - 2);
    CHECK(large.first <= normal.first * 2 + 2);
}

TEST_CASE("the on-screen bitmap is an uncompressed BMP the same size as the PNG") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    Renderer renderer;
    const RenderResult bmp = renderer.render(j, View::Map, Format::Bitmap);
    REQUIRE(bmp.ok);
    REQUIRE(bmp.bytes.size() > 54);
    CHECK(bmp.bytes.compare(0, 2, "BM") == 0);
    auto le32 = [&](std::size_t at) {
        const auto* b = reinterpret_cast<const unsigned char*>(bmp.bytes.data() + at);
        return static_cast<long>(b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<unsigned long>(b[3]) << 24));
    };
    const long width = le32(18);
    const long height = std::labs(le32(22));   // negative for top-down rows
    const auto png = test::png_size(renderer.render(j, View::Map, Format::Png).bytes);
    CHECK(width == static_cast<long>(png.first));
    CHECK(height == static_cast<long>(png.second));
}

TEST_CASE("PDF of every view of every sample starts with %PDF and names no local path") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        for (View v : all_views()) {
            INFO(file.filename().string() << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Pdf);
            REQUIRE(r.ok);
            CHECK(r.bytes.rfind("%PDF", 0) == 0);
            check_no_local_paths(r.bytes);
        }
    }
}

TEST_CASE("DOT of every view of every sample re-reads with agmemread into the same nodes") {
    Renderer renderer;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        for (View v : all_views()) {
            INFO(file.filename().string() << " " << to_string(v));
            const RenderResult r = renderer.render(j, v, Format::Dot);
            REQUIRE(r.ok);
            Agraph_t* g = agmemread(r.bytes.c_str());
            REQUIRE(g);
            CHECK(static_cast<std::size_t>(agnnodes(g)) == build_view(j, v).nodes.size());
            CHECK(std::string(agget(g, const_cast<char*>("layout"))) == attr(build_view(j, v).graph_attrs, "layout"));
            agclose(g);
        }
    }
}

TEST_CASE("the layout maps the centre of every scene and stage title back to that element") {
    Renderer renderer;
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const LayoutResult r = renderer.layout(j, View::Blueprint);
    REQUIRE(r.ok);
    std::size_t scenes = 0, stages = 0, flow_boxes = 0, titles = 0;
    std::vector<std::string> lanes;
    std::set<std::string> flows;
    for (const auto& e : r.layout.elements) {
        scenes += e.kind == ElementKind::Scene && find_scene(j, e.id);
        stages += e.kind == ElementKind::Stage && find_stage(j, e.id);
        titles += e.kind == ElementKind::Title;
        if (e.kind == ElementKind::Lane) lanes.push_back(e.id);
        if (e.kind == ElementKind::Flow) {
            ++flow_boxes;
            flows.insert(e.id);
            CHECK(std::stoul(e.id) < j.flows.size());
        }
    }
    CHECK(scenes == scene_count(j));
    CHECK(stages == j.stages.size());
    CHECK(flows.size() == j.flows.size());   // every flow of the sample is drawn, and can be clicked
    CHECK(titles == 1);
    CHECK(lanes == std::vector<std::string>{"0", "1", "2", "3"});   // customer, frontstage, backstage, support
    CHECK(r.layout.elements.size() == scenes + stages + flow_boxes + titles + lanes.size());
    for (const auto& e : r.layout.elements) {
        if (e.kind == ElementKind::Flow) continue;   // lines run under nodes and cross each other
        const LayoutElement* hit = r.layout.element_at(e.box.x + e.box.width / 2, e.box.y + e.box.height / 2);
        REQUIRE(hit);
        CHECK(hit->id == e.id);
        CHECK(e.box.x >= 0);
        CHECK(e.box.y >= 0);
        CHECK(e.box.x + e.box.width <= r.layout.bounds.width);
        CHECK(e.box.y + e.box.height <= r.layout.bounds.height);
    }
    CHECK(r.layout.element_at(-5, -5) == nullptr);
}

TEST_CASE("the layout's frame matches the rendered SVG's size") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const RenderResult r = render_view(j, View::Cast, Format::Svg);
    REQUIRE(r.ok);
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(r.bytes.data(), r.bytes.size()));
    const double w = std::stod(doc.document_element().attribute("width").value());
    const double h = std::stod(doc.document_element().attribute("height").value());
    CHECK(std::abs(w - r.layout.bounds.width) < 2);
    CHECK(std::abs(h - r.layout.bounds.height) < 2);
    std::size_t roles = 0;
    for (const auto& e : r.layout.elements) roles += e.kind == ElementKind::Role;
    CHECK(roles == j.cast.size());
}

TEST_CASE("formats are recognised by name and by file extension") {
    CHECK(parse_format("PNG") == Format::Png);
    CHECK(parse_format("gif") == std::nullopt);
    CHECK(parse_format("bmp") == std::nullopt);   // the on-screen bitmap is not an export format
    CHECK(format_from_path("out/slide.SVG") == Format::Svg);
    CHECK(format_from_path("a.b/c.pdf") == Format::Pdf);
    CHECK(format_from_path("noext") == std::nullopt);
    CHECK(parse_view("blueprint") == View::Blueprint);
    CHECK(parse_view("castsheet") == std::nullopt);
}

TEST_CASE("a view rendered from its graph value matches the same view rendered from its DOT text") {
    Renderer renderer;
    const Journey j = test::load_sample("hotel-stay.journey.xml");
    for (View v : all_views()) {
        INFO(to_string(v));
        const DotGraph graph = build_view(j, v);
        const RenderResult direct = renderer.render_graph(graph, Format::Svg);
        const RenderResult parsed = renderer.render_dot_text(to_dot(graph), Format::Svg);
        REQUIRE(direct.ok);
        REQUIRE(parsed.ok);
        CHECK(direct.bytes == parsed.bytes);
    }
}

TEST_CASE("the layout holds the journey's title above the stages, and the lanes' headings from top to bottom") {
    Renderer renderer;
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    for (View view : {View::Map, View::Blueprint}) {
        const LayoutResult r = renderer.layout(j, view);
        REQUIRE(r.ok);
        const LayoutElement* title = nullptr;
        double highest_stage = 1e9;
        std::vector<double> lane_y;
        for (const auto& e : r.layout.elements) {
            if (e.kind == ElementKind::Title) title = &e;
            if (e.kind == ElementKind::Stage) highest_stage = std::min(highest_stage, e.box.y);
            if (e.kind == ElementKind::Lane) lane_y.push_back(e.box.y);
        }
        REQUIRE(title);
        CHECK(title->box.x >= 0);
        CHECK(title->box.y >= 0);
        CHECK(title->box.height > 20);                             // 24-point text
        CHECK(title->box.y + title->box.height < highest_stage);   // above the stages
        CHECK(std::is_sorted(lane_y.begin(), lane_y.end()));
        CHECK(lane_y.size() == (view == View::Blueprint ? 4u : 0u));
    }
}

TEST_CASE("the journey map draws a stage without customer-facing scenes as its title over an empty column") {
    Renderer renderer;
    Journey j = test::load_sample("coffee-shop.journey.xml");
    Stage empty;
    empty.id = "empty-stage";
    empty.name = "Nothing yet";
    j.stages.insert(j.stages.begin() + 1, empty);
    const LayoutResult r = renderer.layout(j, View::Map);
    REQUIRE(r.ok);
    const LayoutElement* title = nullptr;
    for (const auto& e : r.layout.elements)
        if (e.kind == ElementKind::Stage && e.id == "empty-stage") title = &e;
    REQUIRE(title);
    // No card in its column, in its strip (the map folds into strips of whole stages).
    double next_strip = r.layout.bounds.height;
    for (const auto& e : r.layout.elements)
        if (e.kind == ElementKind::Stage && e.box.y > title->box.y + 1) next_strip = std::min(next_strip, e.box.y);
    std::size_t in_strip = 0;
    for (const auto& e : r.layout.elements)
        if (e.kind == ElementKind::Scene && e.box.y > title->box.y && e.box.y < next_strip) {
            ++in_strip;
            CHECK((e.box.x + e.box.width <= title->box.x || e.box.x >= title->box.x + title->box.width));
        }
    CHECK(in_strip > 0);
}
