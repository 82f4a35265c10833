// Drawing a region of a diagram with the labels of the cards outside it blanked: the same
// pixels in the region and the same layout everywhere, with most labels left out.
#include <catch2/catch.hpp>

#include "export/region_cull.hpp"
#include "export/render.hpp"
#include "export/views.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

// The region `w` × `h` points around `anchor`, drawn as the editor draws it (96 dpi, zoom 1).
RenderResult draw_region(DotGraph graph, const std::string& anchor, double w, double h) {
    char viewport[96];
    std::snprintf(viewport, sizeof viewport, "%.2f,%.2f,1", w, h);
    set_attr(graph.graph_attrs, "viewport", std::string(viewport) + ",'" + anchor + "'");
    RenderOptions options;
    options.dpi = 96;
    Renderer renderer;
    return renderer.render_graph(graph, Format::Bitmap, options);
}

}   // namespace

TEST_CASE("A region drawn with the labels outside it blanked looks the same and lays out the same") {
    const Journey journey = test::load_sample("hotel-stay.journey.xml");
    for (View view : {View::Map, View::Blueprint, View::Cast}) {
        INFO(display_name(view));
        // The cast view's rows are roles: its region is around one of them.
        const std::string anchor =
            view == View::Cast ? "role:" + journey.cast.at(6).id : "scene:" + journey.stages.at(2).scenes.at(0).id;
        const DotGraph full = build_view(journey, view);
        DotGraph culled = full;
        const int blanked = blank_labels_outside(culled, anchor, 300, 200);
        CHECK(blanked > 10);
        const RenderResult a = draw_region(full, anchor, 600, 400);
        const RenderResult b = draw_region(culled, anchor, 600, 400);
        REQUIRE(a.ok);
        REQUIRE(b.ok);
        CHECK(a.bytes == b.bytes);
        REQUIRE(a.layout.elements.size() == b.layout.elements.size());
        CHECK(a.layout.bounds.width == b.layout.bounds.width);
        CHECK(a.layout.bounds.height == b.layout.bounds.height);
        for (std::size_t i = 0; i < a.layout.elements.size(); ++i) {
            CHECK(a.layout.elements[i].id == b.layout.elements[i].id);
            CHECK(a.layout.elements[i].box.x == b.layout.elements[i].box.x);
            CHECK(a.layout.elements[i].box.y == b.layout.elements[i].box.y);
            CHECK(a.layout.elements[i].box.width == b.layout.elements[i].box.width);
        }
    }
}

TEST_CASE("Labels stay when the anchor of the region is not in the diagram") {
    const Journey journey = test::load_sample("hotel-stay.journey.xml");
    DotGraph graph = build_view(journey, View::Blueprint);
    CHECK(blank_labels_outside(graph, "scene:no-such-scene", 10, 10) == 0);
}

TEST_CASE("Only fixed-size placed nodes lose their labels") {
    DotGraph graph;
    DotNode anchor{"a", {}};
    set_attr(anchor.attrs, "pos", "0,0!");
    set_attr(anchor.attrs, "width", "1");
    set_attr(anchor.attrs, "height", "1");
    set_attr(anchor.attrs, "fixedsize", "true");
    set_attr(anchor.attrs, "label", "A");
    DotNode far_fixed = anchor;
    far_fixed.name = "far";
    set_attr(far_fixed.attrs, "pos", "1000,0!");
    DotNode far_free = far_fixed;
    far_free.name = "free";
    set_attr(far_free.attrs, "fixedsize", "false");
    DotNode near = far_fixed;
    near.name = "near";
    set_attr(near.attrs, "pos", "130,0!");   // its box starts 94 points right of the anchor
    graph.nodes = {anchor, far_fixed, far_free, near};
    CHECK(blank_labels_outside(graph, "a", 100, 100) == 1);
    CHECK(attr(graph.nodes[0].attrs, "label") == "A");
    CHECK(attr(graph.nodes[1].attrs, "label").empty());
    CHECK(attr(graph.nodes[2].attrs, "label") == "A");
    CHECK(attr(graph.nodes[3].attrs, "label") == "A");
}
