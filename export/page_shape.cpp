// Page shapes and sizes (see page_shape.hpp).
#include "export/page_shape.hpp"

namespace stagecraft::diagram {

std::string_view to_string(PageShape shape) { return shape == PageShape::Slide ? "slide" : "a4-landscape"; }

std::optional<PageShape> parse_page_shape(std::string_view text) {
    if (text == "slide") return PageShape::Slide;
    if (text == "a4-landscape") return PageShape::A4Landscape;
    return std::nullopt;
}

PageSize page_size(PageShape shape) {
    if (shape == PageShape::Slide) return {1920, 1080};
    return {1920, 1358};   // 1920 x 210 / 297, rounded
}

PageSize pdf_page_size(PageShape shape) {
    if (shape == PageShape::Slide) return {960, 540};
    return {841.89, 595.28};   // 297 x 210 mm
}

}   // namespace stagecraft::diagram
