// A view exported on pages (stagecraft-cli export --page): laid out by lay_out_pages, each page
// framed with the journey's title, the view's name and "page k of n", drawn as one PDF or one
// PNG or SVG file per page.
#pragma once

#include <string>
#include <vector>

#include "export/page_writer.hpp"
#include "export/view_pages.hpp"

namespace stagecraft::diagram {

struct PagedExport {
    bool ok = false;
    std::vector<std::string> files;   // PDF: the one document; PNG and SVG: one per page, in order
    std::size_t pages = 0;
    bool readable = true;   // false when a single scene was too big to keep every text at kMinTextPx
    std::string error;      // when !ok
};

PagedExport export_view_pages(Renderer& renderer, const Journey& journey, View view, PageShape shape, PageFormat format,
                              const ViewOptions& options, double png_scale = 1);

}   // namespace stagecraft::diagram
