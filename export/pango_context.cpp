// The diagrams' pango context (see pango_context.hpp).
#include "export/pango_context.hpp"

#include <pango/pangocairo.h>

namespace stagecraft::diagram {

PangoContext* diagram_pango_context() {
    static PangoContext* context = [] {
        // The same settings as Graphviz's pango plugin (plugin/pango/gvtextlayout_pango.c).
        PangoFontMap* map = pango_cairo_font_map_new();
        PangoContext* c = pango_font_map_create_context(map);
        g_object_unref(map);   // the context keeps it
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_FULL);
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_ON);
        cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_BGR);
        pango_cairo_context_set_font_options(c, options);
        cairo_font_options_destroy(options);
        pango_cairo_context_set_resolution(c, 96.0);
        return c;
    }();
    return context;
}

}   // namespace stagecraft::diagram
