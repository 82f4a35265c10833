// The shapes of page a view or a deck is laid out on, and the sizes every page rule is stated
// in: a page is measured as shown 1920 px wide (a full-HD slide), whatever its output size.
#pragma once

#include <optional>
#include <string_view>

namespace stagecraft::diagram {

enum class PageShape {
    Slide,         // 16:9, as presentation software's default slide
    A4Landscape,   // 297 x 210 mm, for print
};

// "slide", "a4-landscape".
std::string_view to_string(PageShape shape);
std::optional<PageShape> parse_page_shape(std::string_view text);

// A page's size in px as shown 1920 px wide: 1920 x 1080 (slide) or 1920 x 1358 (A4 landscape).
struct PageSize {
    double width = 1920;
    double height = 1080;
};
PageSize page_size(PageShape shape);

// The page's size in PDF points: 960 x 540 (13.33 x 7.5 in, a 16:9 slide) or 842 x 595 (A4).
PageSize pdf_page_size(PageShape shape);

// The rules every page keeps (px as shown 1920 px wide), from the slide-readability goal.
inline constexpr double kMinTextPx = 14;     // no text smaller
inline constexpr double kTitlePx = 40;       // the page's title (at least 36)
inline constexpr double kMarginPx = 48;      // around the page's content
inline constexpr double kHeaderPx = 116;     // the band at the top for the title and "page k of n"
inline constexpr double kLegendRowPx = 30;   // a row of the legend at the foot of a page (text 15 px)

}   // namespace stagecraft::diagram
