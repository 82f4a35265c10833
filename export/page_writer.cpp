// Pages drawn with cairo, librsvg and pango (see page_writer.hpp).
#include "export/page_writer.hpp"

#include <cmath>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "export/text_metrics.hpp"
#include "export/view_style.hpp"

namespace stagecraft::diagram {

namespace {

struct SurfaceCloser {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoCloser {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct GObjectCloser {
    void operator()(gpointer p) const { g_object_unref(p); }
};
struct FontCloser {
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceCloser>;
using Cairo = std::unique_ptr<cairo_t, CairoCloser>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void set_colour(cairo_t* cr, const std::string& hex) {
    double rgb[3] = {0.13, 0.13, 0.13};
    if (hex.size() == 7 && hex[0] == '#')
        for (int i = 0; i < 3; ++i) rgb[i] = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

}   // namespace

struct PageWriter::Impl {
    PageFormat format;
    PageShape shape;
    double png_scale;
    PageSize size;
    std::string pdf;                  // the PDF's bytes as cairo writes them
    std::vector<std::string> files;   // PNG or SVG: one per finished page
    std::string svg_page;             // the SVG page being written
    Surface surface;
    Cairo cr;
    std::size_t count = 0;
    std::string error;

    void finish_page() {
        if (!cr) return;
        if (format == PageFormat::Pdf) {
            cairo_show_page(cr.get());
            return;
        }
        cr.reset();
        if (format == PageFormat::Png) {
            std::string png;
            if (cairo_surface_write_to_png_stream(surface.get(), append, &png) != CAIRO_STATUS_SUCCESS)
                error = "cannot write the page as PNG";
            files.push_back(std::move(png));
        } else {
            cairo_surface_finish(surface.get());
            files.push_back(std::move(svg_page));
            svg_page.clear();
        }
        surface.reset();
    }
};

PageWriter::PageWriter(PageFormat format, PageShape shape, double png_scale) : impl_(std::make_unique<Impl>()) {
    impl_->format = format;
    impl_->shape = shape;
    impl_->png_scale = png_scale > 0 ? png_scale : 1;
    impl_->size = page_size(shape);
    warm_up_text_metrics();   // the faces our fonts resolve to, as the views measure them
}

PageWriter::~PageWriter() = default;

void PageWriter::begin_page() {
    Impl& m = *impl_;
    const PageSize px = m.size;
    if (m.format == PageFormat::Pdf) {
        if (!m.surface) {
            const PageSize pt = pdf_page_size(m.shape);
            m.surface = Surface(cairo_pdf_surface_create_for_stream(append, &m.pdf, pt.width, pt.height));
            m.cr = Cairo(cairo_create(m.surface.get()));
            cairo_scale(m.cr.get(), pt.width / px.width, pt.height / px.height);
        } else {
            m.finish_page();
        }
    } else {
        m.finish_page();
        if (m.format == PageFormat::Png) {
            m.surface =
                Surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(px.width * m.png_scale),
                                                   static_cast<int>(px.height * m.png_scale)));
            m.cr = Cairo(cairo_create(m.surface.get()));
            cairo_scale(m.cr.get(), m.png_scale, m.png_scale);
        } else {
            m.surface = Surface(cairo_svg_surface_create_for_stream(append, &m.svg_page, px.width, px.height));
            m.cr = Cairo(cairo_create(m.surface.get()));
        }
    }
    ++m.count;
    cairo_save(m.cr.get());
    cairo_set_source_rgb(m.cr.get(), 1, 1, 1);
    cairo_paint(m.cr.get());
    cairo_restore(m.cr.get());
    if (m.format == PageFormat::Pdf) cairo_pdf_surface_set_page_label(m.surface.get(), std::to_string(m.count).c_str());
}

namespace {

std::unique_ptr<PangoLayout, GObjectCloser> layout_for(cairo_t* cr, const std::string& text, const TextStyle& style) {
    std::unique_ptr<PangoLayout, GObjectCloser> layout(pango_cairo_create_layout(cr));
    std::unique_ptr<PangoFontDescription, FontCloser> font(pango_font_description_from_string(style::kFont));
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
}

}   // namespace

namespace {

// `text` wrapped to `width` px in `style`, at most `max_lines` lines (0: any), the last ellipsised.
std::unique_ptr<PangoLayout, GObjectCloser> wrapped(cairo_t* cr, const std::string& text, double width,
                                                    const TextStyle& style, int max_lines) {
    auto layout = layout_for(cr, text, style);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    if (max_lines > 0) {
        pango_layout_set_height(layout.get(), -max_lines);
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_alignment(layout.get(), style.align == TextStyle::Centre  ? PANGO_ALIGN_CENTER
                                             : style.align == TextStyle::Right ? PANGO_ALIGN_RIGHT
                                                                               : PANGO_ALIGN_LEFT);
    return layout;
}

}   // namespace

double PageWriter::text(const std::string& text, double x, double y, double width, const TextStyle& style,
                        int max_lines) {
    cairo_t* cr = impl_->cr.get();
    if (!cr || text.empty()) return 0;
    auto layout = wrapped(cr, text, width, style, max_lines);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout.get(), &w, &h);
    cairo_save(cr);
    set_colour(cr, style.colour);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
    cairo_restore(cr);
    return h;
}

double PageWriter::text_height(const std::string& text, double width, const TextStyle& style, int max_lines) {
    cairo_t* cr = impl_->cr.get();
    if (!cr || text.empty()) return 0;
    int w = 0, h = 0;
    pango_layout_get_pixel_size(wrapped(cr, text, width, style, max_lines).get(), &w, &h);
    return h;
}

std::pair<double, double> PageWriter::measure(const std::string& text, const TextStyle& style) {
    cairo_t* cr = impl_->cr.get();
    if (!cr) return {0, 0};
    auto layout = layout_for(cr, text, style);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout.get(), &w, &h);
    return {w, h};
}

bool PageWriter::picture(const std::string& svg, double x, double y, double scale, std::string& error) {
    cairo_t* cr = impl_->cr.get();
    if (!cr) return false;
    GError* gerror = nullptr;
    std::unique_ptr<RsvgHandle, GObjectCloser> handle(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &gerror));
    if (!handle) {
        error = std::string("the picture cannot be read: ") + (gerror ? gerror->message : "unknown reason");
        if (gerror) g_error_free(gerror);
        return false;
    }
    // At 72 dpi a size in points (as Graphviz writes it) is the same number of pixels: the
    // picture's units. (librsvg's own default is 90 dpi.)
    rsvg_handle_set_dpi(handle.get(), 72);
    gdouble w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &w, &h) || w <= 0 || h <= 0) {
        error = "the picture has no size";
        return false;
    }
    const RsvgRectangle viewport{x, y, w * scale, h * scale};
    if (!rsvg_handle_render_document(handle.get(), cr, &viewport, &gerror)) {
        error = std::string("the picture cannot be drawn: ") + (gerror ? gerror->message : "unknown reason");
        if (gerror) g_error_free(gerror);
        return false;
    }
    return true;
}

void PageWriter::box(double x, double y, double width, double height, double radius, const std::string& fill,
                     const std::string& stroke, double line_width) {
    cairo_t* cr = impl_->cr.get();
    if (!cr) return;
    cairo_save(cr);
    cairo_new_sub_path(cr);
    const double r = std::min(radius, std::min(width, height) / 2);
    cairo_arc(cr, x + width - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + width - r, y + height - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + height - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
    set_colour(cr, fill);
    if (stroke.empty()) {
        cairo_fill(cr);
    } else {
        cairo_fill_preserve(cr);
        set_colour(cr, stroke);
        cairo_set_line_width(cr, line_width);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

std::size_t PageWriter::pages() const { return impl_->count; }

std::vector<std::string> PageWriter::finish(const PageDocumentInfo& info, std::string& error) {
    Impl& m = *impl_;
    if (m.format == PageFormat::Pdf) {
        if (!m.surface) {
            error = "the document has no pages";
            return {};
        }
        cairo_pdf_surface_set_metadata(m.surface.get(), CAIRO_PDF_METADATA_TITLE, info.title.c_str());
        if (!info.author.empty())
            cairo_pdf_surface_set_metadata(m.surface.get(), CAIRO_PDF_METADATA_AUTHOR, info.author.c_str());
        if (!info.subject.empty())
            cairo_pdf_surface_set_metadata(m.surface.get(), CAIRO_PDF_METADATA_SUBJECT, info.subject.c_str());
        cairo_pdf_surface_set_metadata(m.surface.get(), CAIRO_PDF_METADATA_CREATOR, info.creator.c_str());
        m.cr.reset();
        cairo_surface_finish(m.surface.get());
        if (cairo_surface_status(m.surface.get()) != CAIRO_STATUS_SUCCESS) {
            error =
                std::string("cannot write the PDF: ") + cairo_status_to_string(cairo_surface_status(m.surface.get()));
            return {};
        }
        m.surface.reset();
        return {std::move(m.pdf)};
    }
    m.finish_page();
    if (!m.error.empty()) {
        error = m.error;
        return {};
    }
    return std::move(m.files);
}

}   // namespace stagecraft::diagram
