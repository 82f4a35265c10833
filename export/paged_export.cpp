// Views exported on pages (see paged_export.hpp).
#include "export/paged_export.hpp"

#include "export/page_frame.hpp"

namespace stagecraft::diagram {

PagedExport export_view_pages(Renderer& renderer, const Journey& journey, View view, PageShape shape, PageFormat format,
                              const ViewOptions& options, double png_scale) {
    PagedExport out;
    PagedViewResult laid = lay_out_pages(renderer, journey, view, shape, options);
    if (!laid.ok) {
        out.error = laid.error;
        return out;
    }
    const PagedView& paged = laid.paged;
    PageWriter writer(format, shape, png_scale);
    for (std::size_t i = 0; i < paged.pages.size(); ++i) {
        writer.begin_page();
        draw_frame(writer, shape, {journey.title, page_subtitle(view, i, paged.pages.size()), {}});
        draw_legend(writer, shape, view, journey.kind);
        if (!draw_view_page(writer, paged, i, out.error)) return out;
    }
    PageDocumentInfo info;
    info.title = (journey.title.empty() ? std::string("Untitled journey") : journey.title) + " \xE2\x80\x93 " +
                 std::string(display_name(view));
    info.author = journey.meta.author;
    out.files = writer.finish(info, out.error);
    if (out.files.empty()) return out;
    out.pages = paged.pages.size();
    out.readable = paged.readable;
    out.ok = true;
    return out;
}

}   // namespace stagecraft::diagram
