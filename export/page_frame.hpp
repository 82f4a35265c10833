// What every page of a view or deck carries around its content: the title (kTitlePx), a line
// under it (the view's name and "page k of n"), and, in a deck, the page number at the foot.
// And a paged view's picture placed in the content area, with its flow markers.
#pragma once

#include <string>

#include "export/page_writer.hpp"
#include "export/view_pages.hpp"

namespace stagecraft::diagram {

struct PageFrame {
    std::string title;      // the journey's title
    std::string subtitle;   // "Service blueprint · page 2 of 3"
    std::string footer;     // at the bottom right, e.g. the deck's page number; empty for none
};

void draw_frame(PageWriter& writer, PageShape shape, const PageFrame& frame);

// The view's legend in legend_rows(view) rows at the foot of the page, above the bottom margin:
// the emotion scale and the markers, the wait worded for the journey's `kind`, and the flows
// (blueprint); for the cast view, what its cells and bars say. Text 15 px.
void draw_legend(PageWriter& writer, PageShape shape, View view, JourneyKind kind);

// The `index`th page of `paged`: its picture at the view's scale, at the top of the content
// area and centred across it, and a tag over each card whose flow continues on another page,
// naming the stage it goes to or comes from ("to Check out →", "← from Arrive"). False with
// `error` set when the picture cannot be drawn.
bool draw_view_page(PageWriter& writer, const PagedView& paged, std::size_t index, std::string& error);

// "Journey map · page 2 of 3" ("Journey map" alone for one page).
std::string page_subtitle(View view, std::size_t index, std::size_t count);

}   // namespace stagecraft::diagram
