// Page frames and view pages drawn (see page_frame.hpp).
#include "export/page_frame.hpp"

#include <algorithm>
#include <map>

#include "export/view_style.hpp"

namespace stagecraft::diagram {

void draw_frame(PageWriter& writer, PageShape shape, const PageFrame& frame) {
    const PageSize size = page_size(shape);
    const double width = size.width - 2 * kMarginPx;
    TextStyle title;
    title.size = kTitlePx;
    title.bold = true;
    title.colour = style::kInk;
    const std::string text = frame.title.empty() ? std::string("Untitled journey") : frame.title;
    const double used = writer.text(text, kMarginPx, 24, width, title, 1);
    TextStyle sub;
    sub.size = 22;
    sub.colour = style::kMuted;
    writer.text(frame.subtitle, kMarginPx, 24 + used + 2, width, sub, 1);
    if (!frame.footer.empty()) {
        TextStyle foot;
        foot.size = 16;
        foot.colour = style::kMuted;
        foot.align = TextStyle::Right;
        writer.text(frame.footer, kMarginPx, size.height - kMarginPx + 14, width, foot, 1);
    }
}

namespace {

// Lays out legend items left to right on a row: swatches (a filled box with text) and plain text.
class LegendRow {
public:
    LegendRow(PageWriter& writer, double x, double y) : writer_(writer), x_(x), y_(y) {}

    void label(const std::string& text, const char* colour = style::kMuted, bool bold = false) {
        TextStyle s = style(colour, bold);
        const auto [w, h] = writer_.measure(text, s);
        writer_.text(text, x_, y_ + 4, w + 2, s, 1);
        x_ += w + 14;
    }
    void swatch(const std::string& text, const std::string& fill, const char* ink, bool bold = false,
                const std::string& stroke = {}) {
        TextStyle s = style(ink, bold);
        const auto [w, h] = writer_.measure(text, s);
        writer_.box(x_, y_, w + 16, kLegendRowPx - 4, 4, fill, stroke, 1);
        writer_.text(text, x_ + 8, y_ + 4, w + 2, s, 1);
        x_ += w + 16 + 8;
    }

private:
    static TextStyle style(const char* colour, bool bold) {
        TextStyle s;
        s.size = 15;
        s.colour = colour;
        s.bold = bold;
        return s;
    }
    PageWriter& writer_;
    double x_, y_;
};

}   // namespace

void draw_legend(PageWriter& writer, PageShape shape, View view, JourneyKind kind) {
    const PageSize size = page_size(shape);
    const int rows = legend_rows(view);
    double y = size.height - kMarginPx / 2 - rows * kLegendRowPx;
    LegendRow first(writer, kMarginPx, y);
    if (view == View::Cast) {
        first.label("Parts in each stage:", style::kInk);
        first.swatch("2 L", "#4393c3", "#ffffff", true);
        first.label("2 lead parts,");
        first.label("1 S", "#2166ac");
        first.label("1 support,");
        first.label("1 U", "#666666");
        first.label("1 understudy");
        first.label("Bar: minutes led or supported against capacity (red: over)", style::kInk);
        return;
    }
    first.label("Emotion:", style::kInk);
    for (int e = -2; e <= 2; ++e) {
        const std::string score = e > 0 ? "+" + std::to_string(e) : e < 0 ? "\xE2\x88\x92" + std::to_string(-e) : "0";
        first.swatch(score + " " + std::string(style::emotion_word(e)), style::emotion_fill(e), style::emotion_text(e));
    }
    first.swatch("not scored", style::kNoEmotionFill, style::kInk, false, "#bbbbbb");
    first.swatch("\xE2\x98\x85 MOMENT OF TRUTH", "#1a1a1a", "#ffffff", true);
    first.swatch("\xE2\x9A\xA0 FAIL POINT", "#67001f", "#ffffff", true);
    if (view == View::Map || view == View::Blueprint)
        first.label(std::string("WAIT: the ") + (kind == JourneyKind::Employee ? "employee" : "customer") +
                    "'s wait before a scene");
    if (rows < 2) return;
    y += kLegendRowPx;
    LegendRow second(writer, kMarginPx, y);
    second.label("Flows:", style::kInk);
    second.label("\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB6 sequence", "#444444");
    second.label("\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6 handoff", "#5e3c99", true);
    second.label("\xE2\x8B\xAF\xE2\x8B\xAF\xE2\x96\xB6 support", "#1b7837");
    second.label("\xE2\x95\xB4\xE2\x95\xB4\xE2\x96\xB6 alternative", "#b35806");
    second.label("\xE2\x95\xB4\xE2\x95\xB4\xE2\x96\xB7 follow-up", "#2166ac");
    second.swatch("to Stay \xE2\x86\x92", "#5e3c99", "#ffffff", true);
    second.label("a flow that goes on to a stage on another page");
}

std::string page_subtitle(View view, std::size_t index, std::size_t count) {
    std::string out(display_name(view));
    if (count > 1) out += " \xC2\xB7 page " + std::to_string(index + 1) + " of " + std::to_string(count);
    return out;
}

bool draw_view_page(PageWriter& writer, const PagedView& paged, std::size_t index, std::string& error) {
    const ViewPage& page = paged.pages.at(index);
    const ContentArea area = content_area(paged.shape, paged.view);
    const double s = paged.scale;
    const double x0 = area.x + std::max(0.0, (area.width - page.layout.bounds.width * s) / 2);
    const double y0 = area.y;
    if (!writer.picture(page.svg, x0, y0, s, error)) return false;
    if (page.markers.empty()) return true;
    std::map<std::string, Box> boxes;
    for (const auto& e : page.layout.elements)
        if (e.kind == ElementKind::Scene) boxes.emplace(e.id, e.box);
    // One tag per card and direction, naming the stages the flows go to or come from, just
    // above the card (right-aligned going out, left-aligned coming in), so no text is covered.
    std::map<std::pair<std::string, bool>, std::vector<std::string>> tags;
    for (const auto& m : page.markers) {
        auto& stages = tags[{m.scene_id, m.outgoing}];
        if (std::find(stages.begin(), stages.end(), m.other_stage) == stages.end()) stages.push_back(m.other_stage);
    }
    TextStyle tag;
    tag.size = 14;
    tag.bold = true;
    tag.colour = "#ffffff";
    for (const auto& [key, stages] : tags) {
        const auto found = boxes.find(key.first);
        if (found == boxes.end()) continue;
        std::string list;
        for (const auto& name : stages) list += (list.empty() ? "" : ", ") + name;
        const std::string text = key.second ? "to " + list + " \xE2\x86\x92" : "\xE2\x86\x90 from " + list;
        const Box& b = found->second;
        auto [w, h] = writer.measure(text, tag);
        w = std::min(w, b.width * s - 16);
        const double x = key.second ? x0 + (b.x + b.width) * s - w - 16 : x0 + b.x * s;
        const double y = y0 + b.y * s - h - 8;
        writer.box(x, y, w + 16, h + 6, (h + 6) / 2, "#5e3c99");
        writer.text(text, x + 8, y + 3, w + 2, tag, 1);
    }
    return true;
}

}   // namespace stagecraft::diagram
