// A leak-free "textlayout" plugin for Graphviz (see text_layout_plugin.hpp).
#include "export/text_layout_plugin.hpp"

#include "export/pango_context.hpp"

#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace stagecraft::diagram::gv {

namespace {

constexpr double kFontDpi = 96.0;   // Graphviz lays text out at 96 dpi and works in points
constexpr double kPointsPerInch = 72.0;

// The plugin's layouts and font descriptions. Only used under the Graphviz lock, on one thread
// at a time; the layouts are made in the diagrams' one pango context.
struct Pango {
    std::unordered_set<PangoLayout*> layouts;   // made and not yet released
    // Font descriptions by family, size and weight/style: parsing one per line costs more
    // than laying the line out.
    std::unordered_map<std::string, PangoFontDescription*> descriptions;

    // A span's measure in pango units: the logical width and the baseline.
    struct Measure {
        int width = 0;
        int baseline = 0;
    };
    // Measures by font key and text; cleared when it grows past this many spans.
    std::unordered_map<std::string, Measure> measures;
    static constexpr std::size_t kMaxMeasures = 200000;

    static std::string key_of(const std::string& family, double size, unsigned flags) {
        std::string key = family;
        key += '\0';
        key += std::to_string(static_cast<int>(size * PANGO_SCALE));
        key += (flags & HTML_BF) ? 'B' : '-';
        key += (flags & HTML_IF) ? 'I' : '-';
        key += (flags & HTML_UL) ? 'U' : '-';
        key += (flags & HTML_S) ? 'S' : '-';
        key += (flags & HTML_SUP) ? '^' : (flags & HTML_SUB) ? '_' : '-';
        return key;
    }
    const Measure* measured(const std::string& key) const {
        auto it = measures.find(key);
        return it == measures.end() ? nullptr : &it->second;
    }
    void remember(std::string key, Measure m) {
        if (measures.size() >= kMaxMeasures) measures.clear();
        measures.emplace(std::move(key), m);
    }

    const PangoFontDescription* description(const std::string& family, double size, bool bold, bool italic) {
        const std::string key = key_of(family, size, (bold ? HTML_BF : 0) | (italic ? HTML_IF : 0));
        auto it = descriptions.find(key);
        if (it != descriptions.end()) return it->second;
        PangoFontDescription* desc = pango_font_description_from_string(family.c_str());
        pango_font_description_set_size(desc, static_cast<gint>(size * PANGO_SCALE));
        if (bold) pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
        if (italic) pango_font_description_set_style(desc, PANGO_STYLE_ITALIC);
        return descriptions.emplace(std::move(key), desc).first->second;
    }
};

Pango& pango() {
    static Pango* p = new Pango;   // kept to the end of the process, like Graphviz's own
    return *p;
}

// Graphviz calls this when it frees a text span; the layout may already be released.
void free_layout(void* layout) {
    auto& held = pango().layouts;
    auto it = held.find(static_cast<PangoLayout*>(layout));
    if (it == held.end()) return;
    held.erase(it);
    g_object_unref(layout);
}

// The pango family for a span's font: a PostScript name (Helvetica-Bold) by its family, weight
// and style; any other name as it stands (a pango family list such as "Nimbus Sans,DejaVu Sans").
std::string family_of(const textfont_t* font) {
    if (!font) return "sans";
    if (const PostscriptAlias* ps = font->postscript_alias) {
        std::string d = ps->family ? ps->family : "sans";
        if (ps->weight) d += std::string(" ") + ps->weight;
        if (ps->style) d += std::string(" ") + ps->style;
        return d;
    }
    return font->name ? font->name : "sans";
}

boolean layout_text(textspan_t* span, char** fontpath) {
    if (fontpath) *fontpath = nullptr;
    Pango& p = pango();
    const textfont_t* font = span->font;
    const double size = font && font->size > 0 ? font->size : 14.0;
    const unsigned flags = font ? font->flags : 0;
    const std::string family = family_of(font);
    const PangoFontDescription* desc = p.description(family, size, flags & HTML_BF, flags & HTML_IF);

    PangoLayout* layout = pango_layout_new(diagram_pango_context());
    // Every line of a label runs left to right, as the cards are laid out; right-to-left words
    // in it are still drawn right to left, and a name in a first-strong isolate keeps its own
    // direction (pango's automatic direction would take the first strong letter of the line,
    // isolate or not, and swap "Name (lead)" around for a Hebrew name).
    pango_layout_set_auto_dir(layout, FALSE);
    pango_layout_set_text(layout, span->str ? span->str : "", -1);
    pango_layout_set_font_description(layout, desc);
    if (flags & (HTML_UL | HTML_S | HTML_SUP | HTML_SUB)) {
        PangoAttrList* attrs = pango_attr_list_new();
        if (flags & HTML_UL) pango_attr_list_insert(attrs, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
        if (flags & HTML_S) pango_attr_list_insert(attrs, pango_attr_strikethrough_new(TRUE));
        if (flags & (HTML_SUP | HTML_SUB)) {
            // As pango's <sup> and <sub>: a third of the size up or down, at 0.8 of it.
            const int rise = static_cast<int>(size * PANGO_SCALE / 3) * ((flags & HTML_SUP) ? 1 : -1);
            pango_attr_list_insert(attrs, pango_attr_rise_new(rise));
            pango_attr_list_insert(attrs, pango_attr_scale_new(0.8));
        }
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
    }
    p.layouts.insert(layout);
    span->layout = layout;
    span->free_layout = free_layout;

    // Shaping the text is most of a layout's cost, and the measure of a span depends only on its
    // text and font: measured once, it is looked up on every later layout, and the layout is
    // shaped only if it is drawn (a region of the diagram draws few of its spans).
    std::string key = Pango::key_of(family, size, flags);
    key += '\0';
    key += span->str ? span->str : "";
    Pango::Measure m;
    if (const Pango::Measure* known = p.measured(key)) {
        m = *known;
    } else {
        PangoRectangle logical;
        pango_layout_get_extents(layout, nullptr, &logical);
        m = {logical.width, pango_layout_get_baseline(layout)};
        p.remember(std::move(key), m);
    }
    const double scale = kPointsPerInch / (kFontDpi * PANGO_SCALE);
    // As Graphviz: widths rounded up, the line height from the font size, the baseline offset
    // of the layout, and centring a fifth of the size below the middle.
    span->size.x = std::floor(m.width * scale + 1);
    span->size.y = std::floor(size * 1.1 + 0.5);
    span->yoffset_layout = m.baseline * scale;
    span->yoffset_centerline = 0.2 * size;
    return m.width != 0;
}

gvtextlayout_engine_t engine = {layout_text};

// Quality 100: chosen ahead of Graphviz's pango plugin (10).
gvplugin_installed_t types[] = {{0, "textlayout", 100, &engine, nullptr}, {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t apis[] = {{API_textlayout, types}, {static_cast<api_t>(0), nullptr}};
gvplugin_library_t library = {const_cast<char*>("stagecraft_textlayout"), apis};
// Graphviz installs the plugin libraries given to gvContextPlugins by this naming convention.
lt_symlist_t builtins[] = {{"gvplugin_stagecraft_textlayout_LTX_library", &library}, {nullptr, nullptr}};

}   // namespace

GVC_t* context_with_text_layout() { return gvContextPlugins(builtins, 1); }

void release_text_layouts() {
    auto& held = pango().layouts;
    for (PangoLayout* layout : held) g_object_unref(layout);
    held.clear();
}

std::size_t text_layouts_held() { return pango().layouts.size(); }

void forget_text_measures() { pango().measures.clear(); }

}   // namespace stagecraft::diagram::gv
