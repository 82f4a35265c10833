// The client deck (see deck.hpp): every slide planned first (so each knows the count), then drawn.
#include "export/deck.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/cast_sheet.hpp"
#include "export/page_frame.hpp"
#include "export/page_table.hpp"
#include "export/scene_label.hpp"
#include "export/view_pages.hpp"
#include "export/view_style.hpp"
#include "model/analysis.hpp"
#include "model/checks/checks.hpp"

namespace stagecraft::diagram {

namespace {

using Draw = std::function<bool(PageWriter&, std::string& error)>;

struct Slide {
    std::string subtitle;   // under the title: what the slide shows
    Draw draw;              // its content, under the frame
    bool framed = true;     // false: the title slide, which lays itself out
};

std::string kind_text(JourneyKind kind) {
    return kind == JourneyKind::Employee ? "Employee journey" : "Customer journey";
}

// The title slide: the journey, whose it is and what it holds to.
Draw title_slide(const Journey& j, PageShape shape) {
    return [&j, shape](PageWriter& w, std::string&) {
        const PageSize size = page_size(shape);
        const double x = 120, width = size.width - 240;
        double y = 150;
        TextStyle kind;
        kind.size = 24;
        kind.colour = style::kMuted;
        kind.bold = true;
        y += w.text(kind_text(j.kind), x, y, width, kind, 1) + 12;
        TextStyle title;
        title.size = 64;
        title.bold = true;
        y += w.text(j.title.empty() ? std::string("Untitled journey") : j.title, x, y, width, title, 3) + 16;
        TextStyle body;
        body.size = 24;
        if (!j.description.empty()) y += w.text(j.description, x, y, width, body, 3) + 24;
        w.box(x, y, width, 3, 0, "#2c7bb6");
        y += 36;
        // Persona on the left, principles on the right.
        const double column = (width - 80) / 2;
        double left = y, right = y;
        TextStyle head;
        head.size = 26;
        head.bold = true;
        TextStyle item;
        item.size = 20;
        if (j.persona) {
            const Persona& persona = *j.persona;
            left +=
                w.text("Persona: " + (persona.name.empty() ? persona.id : persona.name), x, left, column, head, 2) + 8;
            if (!persona.description.empty()) left += w.text(persona.description, x, left, column, item, 3) + 10;
            const std::pair<const char*, const std::vector<std::string>*> lists[] = {{"Goals", &persona.goals},
                                                                                     {"Needs", &persona.needs}};
            for (const auto& [label, list] : lists) {
                if (list->empty()) continue;
                TextStyle sub = item;
                sub.bold = true;
                left += w.text(label, x, left, column, sub, 1) + 4;
                for (const auto& g : *list) left += w.text("\xE2\x80\xA2 " + g, x + 16, left, column - 16, item, 2) + 4;
                left += 8;
            }
        }
        if (!j.principles.empty()) {
            const double px = x + column + 80;
            right += w.text("Principles", px, right, column, head, 1) + 8;
            for (const auto& p : j.principles) {
                TextStyle name = item;
                name.bold = true;
                right += w.text(p.name.empty() ? p.id : p.name, px, right, column, name, 2) + 2;
                if (!p.description.empty()) right += w.text(p.description, px, right, column, item, 2);
                right += 10;
                if (right > size.height - 160) break;
            }
        }
        std::string byline;
        for (const std::string* part :
             {&j.meta.author, &j.meta.organisation, j.meta.modified.empty() ? &j.meta.created : &j.meta.modified})
            if (!part->empty()) byline += (byline.empty() ? "" : "  \xC2\xB7  ") + *part;
        if (!byline.empty()) {
            TextStyle by;
            by.size = 20;
            by.colour = style::kMuted;
            w.text(byline, x, size.height - 110, width, by, 1);
        }
        return true;
    };
}

// Where a finding is, by the element's name as the user wrote it ("scene Check in at the desk").
std::string where(const Journey& j, const Finding& f) {
    const std::string kind(to_string(f.element));
    if (f.element == stagecraft::ElementKind::Role)
        if (const Role* r = find_role(j, f.element_id)) return kind + " " + name_or_id(*r);
    if (f.element == stagecraft::ElementKind::Scene)
        for (const auto& stage : j.stages)
            for (const auto& s : stage.scenes)
                if (s.id == f.element_id) return kind + " " + name_or_id(s);
    if (f.element == stagecraft::ElementKind::Flow && f.flow_index >= 0 &&
        static_cast<std::size_t>(f.flow_index) < j.flows.size()) {
        const Flow& flow = j.flows[static_cast<std::size_t>(f.flow_index)];
        std::string from = flow.from, to = flow.to;
        for (const auto& stage : j.stages)
            for (const auto& s : stage.scenes) {
                if (s.id == flow.from) from = name_or_id(s);
                if (s.id == flow.to) to = name_or_id(s);
            }
        return kind + " " + from + " \xE2\x86\x92 " + to;
    }
    return kind + " " + f.element_id;
}

PageTable findings_table(const Journey& j, const std::vector<Finding>& findings) {
    PageTable t;
    t.columns = {{"Severity", 150}, {"Where", 340}, {"What is wrong", 640}, {"What to do", 694}};
    for (const auto& f : findings) {
        std::vector<TableCell> row;
        const bool error = f.severity == Severity::Error;
        row.push_back({std::string(to_string(f.severity)),
                       error                             ? "#b2182b"
                       : f.severity == Severity::Warning ? "#fdae61"
                                                         : "#e0e0e0",
                       error ? "#ffffff" : "#222222", true});
        row.push_back(cell(where(j, f)));
        row.push_back(cell(f.message));
        row.push_back(cell(f.hint));
        t.rows.push_back(std::move(row));
    }
    return t;
}

// Who plays which scene: scenes as rows, at most `roles` roles from `first` as columns.
PageTable sheet_table(const Journey& j, const CastSheet& sheet, std::size_t first, std::size_t count) {
    PageTable t;
    t.text_px = 15;
    t.max_lines = 3;
    const std::size_t last = std::min(sheet.roles.size(), first + count);
    const double role_width = 125;
    const double rest = 1824 - role_width * static_cast<double>(last - first);
    t.columns = {{"Stage", rest * 0.32}, {"Scene", rest * 0.68}};
    for (std::size_t r = first; r < last; ++r)
        t.columns.push_back({sheet.roles[r].name, role_width, TextStyle::Centre});
    for (const auto& s : sheet.scenes) {
        std::vector<TableCell> row{cell(s.stage), cell(s.name)};
        for (std::size_t r = first; r < last; ++r) {
            const char p = r < s.parts.size() ? s.parts[r] : ' ';
            const Role* role = find_role(j, sheet.roles[r].id);
            const std::string fill = role ? role_fill(j, *role) : std::string("#7f7f7f");
            if (p == 'L')
                row.push_back(cell("lead", fill, ink_on(fill), true));
            else if (p == 'S')
                row.push_back(cell("support"));
            else if (p == 'U')
                row.push_back(cell("understudy", {}, "#666666"));
            else
                row.push_back(cell({}));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

// Slides for a table, as many as its rows need, each headed `subtitle` (with "k of n" when more).
void table_slides(std::vector<Slide>& slides, PageWriter& measure, PageShape shape, const std::string& subtitle,
                  const PageTable& table, const std::string& empty) {
    const ContentArea area = content_area(shape, View::Map);
    if (table.rows.empty()) {
        slides.push_back({subtitle, [empty, area](PageWriter& w, std::string&) {
                              TextStyle s;
                              s.size = 28;
                              w.text(empty, area.x, area.y + 40, area.width, s, 2);
                              return true;
                          }});
        return;
    }
    const auto breaks = table_page_breaks(measure, table, area.height);
    const std::size_t pages = breaks.size() - 1;
    auto shared = std::make_shared<PageTable>(table);
    for (std::size_t p = 0; p < pages; ++p) {
        std::string title = subtitle;
        if (pages > 1) title += " \xC2\xB7 " + std::to_string(p + 1) + " of " + std::to_string(pages);
        const std::size_t first = breaks[p], last = breaks[p + 1];
        slides.push_back({title, [shared, first, last, area](PageWriter& w, std::string&) {
                              draw_table(w, *shared, first, last, area.x, area.y);
                              return true;
                          }});
    }
}

}   // namespace

DeckResult build_deck(Renderer& renderer, const Journey& journey, const DeckOptions& options) {
    DeckResult result;
    const PageShape shape = options.shape;
    const std::size_t steps = 8;   // the title, four views, two tables, writing
    std::size_t step = 0;
    auto report = [&](const std::string& what) {
        ++step;
        if (options.progress && !options.progress(step, steps, what)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };

    std::vector<Slide> slides;
    slides.push_back({kind_text(journey.kind), title_slide(journey, shape), false});
    if (!report("title")) return result;

    ViewOptions summary;
    summary.summary = true;
    // A journey with no scenes yet has nothing to draw: one slide says so, in place of empty views.
    std::size_t scenes = 0;
    for (const auto& stage : journey.stages) scenes += stage.scenes.size();
    if (scenes == 0)
        slides.push_back({"No scenes yet", [shape](PageWriter& w, std::string&) {
                              const ContentArea area = content_area(shape, View::Map);
                              TextStyle s;
                              s.size = 28;
                              w.text(
                                  "The journey has no scenes yet: add stages and scenes to see its journey map, "
                                  "emotion curve, service blueprint and cast.",
                                  area.x, area.y + 40, area.width, s, 3);
                              return true;
                          }});
    for (View view : {View::Map, View::Emotion, View::Blueprint, View::Cast}) {
        if (scenes == 0) {
            if (!report(std::string(display_name(view)))) return result;
            continue;
        }
        PagedViewResult laid = lay_out_pages(renderer, journey, view, shape, summary);
        if (!laid.ok) {
            result.error = "the " + std::string(display_name(view)) + " cannot be laid out: " + laid.error;
            return result;
        }
        auto paged = std::make_shared<PagedView>(std::move(laid.paged));
        for (std::size_t i = 0; i < paged->pages.size(); ++i) {
            const JourneyKind kind = journey.kind;
            slides.push_back({page_subtitle(view, i, paged->pages.size()),
                              [paged, i, shape, view, kind](PageWriter& w, std::string& error) {
                                  draw_legend(w, shape, view, kind);
                                  return draw_view_page(w, *paged, i, error);
                              }});
        }
        if (!report(std::string(display_name(view)))) return result;
    }

    PageWriter measure(PageFormat::Png, shape, 1);
    measure.begin_page();
    const std::vector<Finding> findings = run_checks(journey);
    table_slides(slides, measure, shape, "Findings of the staging checks", findings_table(journey, findings),
                 "No findings: every staging check passes.");
    if (!report("findings")) return result;
    // The cast sheet, at most eight roles to a slide, the roles shared out evenly.
    const CastSheet sheet = build_cast_sheet(journey);
    constexpr std::size_t kMostRoles = 8;
    const std::size_t groups = std::max<std::size_t>(1, (sheet.roles.size() + kMostRoles - 1) / kMostRoles);
    for (std::size_t g = 0; g < groups && scenes > 0; ++g) {
        const std::size_t first = sheet.roles.size() * g / groups, last = sheet.roles.size() * (g + 1) / groups;
        const std::string title = groups == 1
                                      ? std::string("Cast sheet")
                                      : "Cast sheet (roles " + std::to_string(first + 1) + "\xE2\x80\x93" +
                                            std::to_string(last) + " of " + std::to_string(sheet.roles.size()) + ")";
        table_slides(slides, measure, shape, title, sheet_table(journey, sheet, first, last - first), "No scenes yet.");
    }
    if (!report("cast sheet")) return result;

    PageWriter writer(options.format, shape, options.png_scale);
    const std::string title = journey.title.empty() ? std::string("Untitled journey") : journey.title;
    for (std::size_t s = 0; s < slides.size(); ++s) {
        writer.begin_page();
        const std::string number = std::to_string(s + 1) + " / " + std::to_string(slides.size());
        if (slides[s].framed) {
            draw_frame(writer, shape, {title, slides[s].subtitle, number});
        } else {
            TextStyle foot;
            foot.size = 16;
            foot.colour = style::kMuted;
            foot.align = TextStyle::Right;
            const PageSize size = page_size(shape);
            writer.text(number, kMarginPx, size.height - kMarginPx + 14, size.width - 2 * kMarginPx, foot, 1);
        }
        if (!slides[s].draw(writer, result.error)) return result;
        result.slide_titles.push_back(slides[s].subtitle);
    }
    if (!report("writing")) return result;
    PageDocumentInfo info;
    info.title = title;
    info.author = journey.meta.author;
    info.subject =
        kind_text(journey.kind) + (journey.meta.organisation.empty() ? "" : ", " + journey.meta.organisation);
    result.files = writer.finish(info, result.error);
    result.ok = !result.files.empty();
    return result;
}

}   // namespace stagecraft::diagram
