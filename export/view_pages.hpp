// A view laid out on pages of one shape (README "Slides and decks"): whole stages per page, as
// many pages as keep every text at least kMinTextPx when the page is shown 1920 px wide, stages
// shared out so the pages carry about the same; the same scale on every page. A stage too big
// for a page alone is split between pages by its scenes. Each page's picture is the view of its
// stages, without the journey's title (the page carries it) and with the legend.
#pragma once

#include <string>
#include <vector>

#include "export/layout.hpp"
#include "export/page_shape.hpp"
#include "export/render.hpp"
#include "export/views.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

// A flow of the blueprint with its other end on another page: drawn as a tag over the card,
// naming the stage the flow goes to or comes from.
struct FlowMarker {
    std::string scene_id;      // the scene on this page
    bool outgoing = true;      // the flow leaves this scene (else it arrives)
    std::size_t other_page;    // 0-based
    std::string other_stage;   // the name of the other scene's stage
};

struct ViewPage {
    std::vector<std::size_t> stages;   // the journey's stages on this page, by index, in order
    std::string svg;                   // the page's picture (Graphviz SVG, points)
    DiagramLayout layout;              // where its elements are, in the picture's points
    double smallest_text = 0;          // the smallest font size in the picture, points
    std::vector<FlowMarker> markers;
};

struct PagedView {
    View view = View::Map;
    PageShape shape = PageShape::Slide;
    std::vector<ViewPage> pages;
    double scale = 1;       // page px (as shown 1920 px wide) per picture point, the same on every page
    bool readable = true;   // false when even one scene a page was too big to keep every text at kMinTextPx
};

struct PagedViewResult {
    bool ok = false;
    PagedView paged;
    std::string error;   // when !ok: what Graphviz could not do, in Stagecraft's words
};

// The view of `journey` laid out on pages of `shape`; `options.page` is set (pages carry the title and legend).
PagedViewResult lay_out_pages(Renderer& renderer, const Journey& journey, View view, PageShape shape,
                              const ViewOptions& options);

// Where a page's picture goes: the area under the header and above the view's legend, within
// the margins, in page px.
struct ContentArea {
    double x = 0, y = 0, width = 0, height = 0;
};
ContentArea content_area(PageShape shape, View view);

// How many rows the view's legend takes at the foot of a page: 2 for the blueprint (flows under
// the emotion scale), else 1.
int legend_rows(View view);

// The smallest font-size in an SVG's text, in its own units; 0 when it has no text.
double smallest_font_size(const std::string& svg);

}   // namespace stagecraft::diagram
