// Rendering in the helper process: the same pictures and positions as in-process, a helper
// replaced every so many renders and after it stops, and rendering in-process without one.
#include <catch2/catch.hpp>

#include "export/render_process.hpp"
#include "export/render_protocol.hpp"
#include "export/text_layout_plugin.hpp"
#include "export/views.hpp"
#include "export_fixtures.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

void check_same_layout(const DiagramLayout& a, const DiagramLayout& b) {
    CHECK(a.bounds.width == Approx(b.bounds.width));
    CHECK(a.bounds.height == Approx(b.bounds.height));
    REQUIRE(a.elements.size() == b.elements.size());
    for (std::size_t i = 0; i < a.elements.size(); ++i) {
        CHECK(a.elements[i].id == b.elements[i].id);
        CHECK(a.elements[i].box.x == Approx(b.elements[i].box.x));
        CHECK(a.elements[i].box.y == Approx(b.elements[i].box.y));
    }
}

}   // namespace

TEST_CASE("Render requests and results cross the pipe unchanged, and a damaged message is refused") {
    RenderRequest request;
    request.format = Format::Png;
    request.options.scale = 2.5;
    request.options.dpi = 150;
    request.dot = "digraph { a -> b; }";
    const auto back = decode_request(encode_request(request));
    REQUIRE(back);
    CHECK(back->format == Format::Png);
    CHECK(back->options.scale == 2.5);
    CHECK(back->dot == request.dot);
    CHECK_FALSE(decode_request(encode_request(request).substr(3)));

    RenderResult result;
    result.ok = true;
    result.bytes = std::string("\x89PNG\0\x01", 6);
    result.layout.bounds = Box{0, 0, 300, 200};
    result.layout.elements.push_back(LayoutElement{ElementKind::Role, "barista", Box{1, 2, 3, 4}});
    result.warnings = {"a label is wider than its box"};
    const auto decoded = decode_result(encode_result(result));
    REQUIRE(decoded);
    CHECK(decoded->bytes == result.bytes);
    CHECK(decoded->layout.elements.at(0).id == "barista");
    CHECK(decoded->warnings == result.warnings);
    const std::string encoded = encode_result(result);
    CHECK_FALSE(decode_result(encoded.substr(0, encoded.size() - 1)));
    CHECK_FALSE(decode_result(encoded + "x"));
}

TEST_CASE("Graphviz's text layouts are all released when a render is done") {
    Renderer renderer;
    REQUIRE(renderer.render(test::load_sample("coffee-shop.journey.xml"), View::Blueprint, Format::Svg).ok);
    CHECK(gv::text_layouts_held() == 0);
}

TEST_CASE("Without a helper, rendering happens in this process") {
    RenderProcess process("/nonexistent/stagecraft-render");
    CHECK_FALSE(process.uses_helper());
    const DotGraph graph = build_view(test::load_sample("coffee-shop.journey.xml"), View::Map);
    const RenderResult r = process.render_graph(graph, Format::Svg);
    REQUIRE(r.ok);
    CHECK(r.bytes.find("<svg") != std::string::npos);
}

TEST_CASE("A helper that stops on every request gives an error, not a crash or a hang") {
    RenderProcess process("/bin/true");
    REQUIRE(process.uses_helper());
    const RenderResult r =
        process.render_graph(build_view(test::load_sample("coffee-shop.journey.xml"), View::Map), Format::Svg);
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("rendering process stopped"));
    CHECK(process.helpers_started() == 2);
}

#ifdef STAGECRAFT_RENDER_HELPER_PATH
TEST_CASE("The helper draws the same picture and positions as this process") {
    RenderProcess process(STAGECRAFT_RENDER_HELPER_PATH);
    REQUIRE(process.uses_helper());
    Renderer local;
    for (const char* sample : {"coffee-shop.journey.xml", "hotel-stay.journey.xml"}) {
        const Journey j = test::load_sample(sample);
        for (View v : all_views()) {
            INFO(sample << " " << to_string(v));
            const DotGraph graph = build_view(j, v);
            const RenderResult there = process.render_graph(graph, Format::Svg);
            const RenderResult here = local.render_graph(graph, Format::Svg);
            REQUIRE(there.ok);
            REQUIRE(here.ok);
            CHECK(there.bytes == here.bytes);
            check_same_layout(there.layout, here.layout);
            const LayoutResult positions = process.layout(graph);
            REQUIRE(positions.ok);
            check_same_layout(positions.layout, here.layout);
        }
    }
}

TEST_CASE("The helper is replaced after its share of renders") {
    RenderProcess process(STAGECRAFT_RENDER_HELPER_PATH, 2);
    const DotGraph graph = build_view(test::load_sample("coffee-shop.journey.xml"), View::Emotion);
    for (int i = 0; i < 5; ++i) REQUIRE(process.render_graph(graph, Format::Svg).ok);
    CHECK(process.helpers_started() == 3);
}
#endif
