// Hostile text in every field of a journey renders as text: no markup, attribute, script or link
// reaches the SVG, and the DOT text cannot be broken out of.
#include <catch2/catch.hpp>

#include <set>

#include <graphviz/cgraph.h>
#include <pugixml.hpp>

#include "export/render.hpp"
#include "export_fixtures.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

void walk(const pugi::xml_node& node, const std::function<void(const pugi::xml_node&)>& fn) {
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) {
            fn(child);
            walk(child, fn);
        }
}

}   // namespace

TEST_CASE("hostile names render as escaped text in every view's SVG") {
    const Journey j = test::hostile_journey();
    Renderer renderer;
    for (View v : all_views()) {
        INFO(to_string(v));
        const RenderResult r = renderer.render(j, v, Format::Svg);
        REQUIRE(r.ok);
        pugi::xml_document doc;
        REQUIRE(doc.load_buffer(r.bytes.data(), r.bytes.size()));
        // The text itself is there, as text.
        const std::string text = test::svg_text(r.bytes);
        CHECK(text.find("<script>alert(1)</script>") != std::string::npos);
        CHECK(r.bytes.find("&lt;script&gt;") != std::string::npos);
        CHECK(r.bytes.find("<script") == std::string::npos);
        // Only the elements and attributes Graphviz draws with; no links, no handlers.
        const std::set<std::string> elements{"svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline"};
        const std::set<std::string> attributes{"width",
                                               "height",
                                               "viewBox",
                                               "xmlns",
                                               "xmlns:xlink",
                                               "id",
                                               "class",
                                               "transform",
                                               "fill",
                                               "stroke",
                                               "points",
                                               "d",
                                               "cx",
                                               "cy",
                                               "rx",
                                               "ry",
                                               "x",
                                               "y",
                                               "text-anchor",
                                               "font-family",
                                               "font-size",
                                               "font-weight",
                                               "font-style",
                                               "stroke-width",
                                               "stroke-dasharray",
                                               "fill-opacity",
                                               "stroke-opacity"};
        walk(doc, [&](const pugi::xml_node& n) {
            INFO(n.name());
            CHECK(elements.count(n.name()) == 1);
            for (pugi::xml_attribute a : n.attributes()) {
                INFO(a.name() << "=" << a.value());
                CHECK(attributes.count(a.name()) == 1);
                CHECK(std::string(a.value()).find("javascript:") == std::string::npos);
                CHECK(std::string(a.value()).find('<') == std::string::npos);
            }
        });
    }
}

TEST_CASE("hostile names cannot add nodes, edges or attributes to the DOT text") {
    const Journey j = test::hostile_journey();
    for (View v : all_views()) {
        INFO(to_string(v));
        const DotGraph graph = build_view(j, v);
        const std::string dot = to_dot(graph);
        Agraph_t* g = agmemread(dot.c_str());
        REQUIRE(g);
        CHECK(static_cast<std::size_t>(agnnodes(g)) == graph.nodes.size());
        CHECK(static_cast<std::size_t>(agnedges(g)) == graph.edges.size());
        CHECK(agattr(g, AGNODE, const_cast<char*>("onload"), nullptr) == nullptr);
        CHECK(agattr(g, AGNODE, const_cast<char*>("URL"), nullptr) == nullptr);
        CHECK(agattr(g, AGNODE, const_cast<char*>("href"), nullptr) == nullptr);
        agclose(g);
    }
}

TEST_CASE("hostile role colours are replaced, not passed to Graphviz") {
    const DotGraph g = build_cast_view(test::hostile_journey());
    const DotNode* role = find_node(g, role_node_name("r1"));
    REQUIRE(role);
    CHECK(attr(role->attrs, "color").find('"') == std::string::npos);
    CHECK(attr(role->attrs, "color").size() == 7);
}

TEST_CASE("DOT quoting escapes quotes and backslashes and drops control characters") {
    CHECK(dot_quote("a\"b") == "\"a\\\"b\"");
    CHECK(dot_quote("a\\b") == "\"a\\\\b\"");
    CHECK(dot_quote(std::string("a\x01"
                                "b")) == "\"ab\"");
    CHECK(dot_quote("x];y") == "\"x];y\"");
}
