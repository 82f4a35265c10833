// Pages drawn with cairo (README "Slides and decks"): a PDF of any number of pages, or one PNG
// or SVG file per page. A page is drawn in px as shown 1920 px wide; pictures come in as SVG and
// are drawn by librsvg, text is laid out by pango (so a PDF keeps it as searchable text with its
// fonts embedded). Every cairo, pango and librsvg handle is owned here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export/page_shape.hpp"

namespace stagecraft::diagram {

enum class PageFormat { Pdf, Png, Svg };

// The document's metadata (PDF only).
struct PageDocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string creator = "Stagecraft";
};

// Text on a page: its size in px, weight, colour ("#rrggbb") and where it sits in its box.
struct TextStyle {
    double size = 20;
    bool bold = false;
    bool italic = false;
    std::string colour = "#222222";
    enum Align { Left, Centre, Right } align = Left;
};

class PageWriter {
public:
    // `png_scale` multiplies a PNG page's pixels (1: 1920 px wide for a slide).
    PageWriter(PageFormat format, PageShape shape, double png_scale = 1);
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    // Starts a page (white); the one before is finished first.
    void begin_page();

    // Draws text wrapped to `width` px from (x, y), its top; at most `max_lines` lines, the last
    // ellipsised. Returns the height it took, px. The text is drawn as typed: never read as markup.
    double text(const std::string& text, double x, double y, double width, const TextStyle& style, int max_lines = 0);

    // Draws an SVG picture with its top-left corner at (x, y), `scale` px per SVG unit; false
    // with `error` set when librsvg cannot read it.
    bool picture(const std::string& svg, double x, double y, double scale, std::string& error);

    // A filled rectangle with rounded corners (radius px); `stroke` empty for none.
    void box(double x, double y, double width, double height, double radius, const std::string& fill,
             const std::string& stroke = {}, double line_width = 1);

    // The width and height in px that `text` takes in `style` on one line.
    std::pair<double, double> measure(const std::string& text, const TextStyle& style);

    // The height in px that `text` takes wrapped to `width` (at most `max_lines` lines; 0: any).
    double text_height(const std::string& text, double width, const TextStyle& style, int max_lines = 0);

    // Finishes the last page and the document: one entry for a PDF, one per page for PNG and
    // SVG; an error message when cairo could not write.
    std::vector<std::string> finish(const PageDocumentInfo& info, std::string& error);

    std::size_t pages() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}   // namespace stagecraft::diagram
