// Text measures kept between layouts: a diagram laid out again from kept measures is drawn
// exactly as when measured afresh, and a span's font (weight, style, size) is part of its measure.
#include <catch2/catch.hpp>

#include "export/render.hpp"
#include "export/text_layout_plugin.hpp"
#include "export_fixtures.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

double laid_out_width(Renderer& renderer, const std::string& label) {
    const LayoutResult r = renderer.layout_dot_text(
        "digraph { layout=nop2; node [shape=box, fontname=\"Nimbus Sans,DejaVu Sans\"]; a [pos=\"0,0!\", label=<" +
        label + ">]; }");
    REQUIRE(r.ok);
    return r.layout.bounds.width;
}

}   // namespace

TEST_CASE("A diagram laid out again from kept text measures is drawn exactly as when measured afresh") {
    const Journey journey = test::load_sample("hotel-stay.journey.xml");
    Renderer renderer;
    for (View view : {View::Map, View::Blueprint, View::Cast, View::Emotion}) {
        gv::forget_text_measures();
        const RenderResult fresh = renderer.render(journey, view, Format::Svg);
        const RenderResult kept = renderer.render(journey, view, Format::Svg);
        REQUIRE(fresh.ok);
        REQUIRE(kept.ok);
        CHECK(kept.bytes == fresh.bytes);
    }
}

TEST_CASE("The same words in another weight, style or size are measured apart") {
    Renderer renderer;
    gv::forget_text_measures();
    const std::string words = "Welcome the guest at the front desk";
    const double plain = laid_out_width(renderer, words);
    CHECK(laid_out_width(renderer, "<B>" + words + "</B>") > plain);
    CHECK(laid_out_width(renderer, "<FONT POINT-SIZE=\"20\">" + words + "</FONT>") > plain);
    gv::forget_text_measures();
    const double bold_first = laid_out_width(renderer, "<B>" + words + "</B>");
    CHECK(laid_out_width(renderer, words) < bold_first);
    CHECK(laid_out_width(renderer, words) == Approx(plain));
}
