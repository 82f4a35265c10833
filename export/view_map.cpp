// Journey map: stages as columns left to right, the customer-facing scenes in the customer's
// order as cards coloured by emotion, pain points and opportunities as notes hung under their
// scene. Positions are computed here and Graphviz only draws (nop2). A long journey is folded
// into several strips of whole stages, so the picture keeps roughly a slide's proportions.
#include <algorithm>
#include <cmath>
#include <map>

#include "export/grid_parts.hpp"
#include "export/scene_label.hpp"
#include "export/scene_order.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"

namespace stagecraft::diagram {

namespace {

using namespace grid;

constexpr double kGap = 46;         // between cards of a stage (the path arrow runs in it)
constexpr double kStageGap = 70;    // between stages
constexpr double kNoteGap = 22;     // between a card and its note
constexpr double kStripGap = 40;    // between strips (the path turns in it)
constexpr double kArrowDrop = 26;   // the path arrow's height below the top of the cards
constexpr double kSlide = 16.0 / 9.0;

struct StageRun {
    std::size_t stage = 0;
    std::size_t first = 0, last = 0;   // scene indices
    double width = 0;
    bool empty = false;       // a stage without customer-facing scenes: its title over an empty column
    bool continued = false;   // the rest of a stage whose first cards end the strip above
};

double run_width(std::size_t cards) {
    return static_cast<double>(cards) * kCardWidth + static_cast<double>(cards - 1) * kGap;
}

// On a page: the cards flow into strips no wider than `width`, a stage carrying on into the next
// strip when it does not fit the rest of one, so every strip but the last is full and the pages
// of a map come out as wide as each other. `runs` is split where a stage breaks; returns the
// first run of each strip.
std::vector<std::size_t> flow(std::vector<StageRun>& runs, double width) {
    const double limit = width - kStageGap;
    std::vector<StageRun> pieces;
    std::vector<std::size_t> starts{0};
    double used = 0;
    for (const StageRun& run : runs) {
        if (run.empty) {
            if (used > 0 && used + kStageGap + kCardWidth > limit) {
                starts.push_back(pieces.size());
                used = 0;
            }
            used += (used > 0 ? kStageGap : 0) + kCardWidth;
            pieces.push_back(run);
            continue;
        }
        for (std::size_t i = run.first; i <= run.last;) {
            const double room = limit - used - (used > 0 ? kStageGap : 0);
            std::size_t fit = room < kCardWidth ? 0 : static_cast<std::size_t>((room + kGap) / (kCardWidth + kGap));
            if (fit == 0 && used > 0) {
                starts.push_back(pieces.size());
                used = 0;
                continue;
            }
            const std::size_t take = std::min(std::max<std::size_t>(fit, 1), run.last - i + 1);
            StageRun piece{run.stage, i, i + take - 1, 0, false, i != run.first};
            piece.width = run_width(take);
            used += (used > 0 ? kStageGap : 0) + piece.width;
            pieces.push_back(piece);
            i += take;
            if (i <= run.last) {
                starts.push_back(pieces.size());
                used = 0;
            }
        }
    }
    runs = std::move(pieces);
    return starts;
}

// Splits the runs into strips of whole stages; returns the first run of each strip.
std::vector<std::size_t> fold(const std::vector<StageRun>& runs, double strip_height, double aspect, double above) {
    double total = 0;
    for (const auto& r : runs) total += r.width + kStageGap;
    std::vector<std::size_t> best{0};
    double best_score = 1e300;
    for (std::size_t count = 1; count <= std::max<std::size_t>(1, runs.size()); ++count) {
        const double target = total / static_cast<double>(count);
        std::vector<std::size_t> starts{0};
        double width = 0, widest = 0;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const double w = runs[i].width + kStageGap;
            if (width > 0 && width + w / 2 > target && starts.size() < count) {
                starts.push_back(i);
                widest = std::max(widest, width);
                width = 0;
            }
            width += w;
        }
        widest = std::max(widest, width);
        const double height = static_cast<double>(starts.size()) * (strip_height + kStripGap) + above;
        const double score = std::abs(std::log((widest / height) / aspect));
        if (score < best_score - 1e-9) {
            best_score = score;
            best = starts;
        }
    }
    return best;
}

}   // namespace

DotGraph build_journey_map(const Journey& journey, const ViewOptions& view_options) {
    DotGraph g;
    g.name = "journey_map";
    style::apply_common(
        g, journey.title, display_name(View::Map), view_options.page,
        style::legend_emotion_row() + style::legend_markers_row(journey.kind, true, !view_options.summary));
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "notranslate", "true");
    set_attr(g.graph_attrs, "outputorder", "edgesfirst");

    const auto scenes = customer_scenes(journey);
    SceneLabelOptions options;
    options.show_script = !view_options.summary;
    options.show_lead = true;
    options.show_counts = view_options.summary;

    // Cards and notes with their heights.
    std::vector<std::size_t> card(scenes.size()), note(scenes.size(), SIZE_MAX);
    std::vector<double> card_h(scenes.size()), note_h(scenes.size(), 0);
    double tallest_card = 60, tallest_note = 0;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        g.nodes.push_back(scene_card(journey, *scenes[i].scene, options, card_h[i]));
        card[i] = g.nodes.size() - 1;
        tallest_card = std::max(tallest_card, card_h[i]);
        if (!view_options.summary && (!scenes[i].scene->pains.empty() || !scenes[i].scene->opportunities.empty())) {
            g.nodes.push_back(scene_notes(*scenes[i].scene, note_h[i]));
            note[i] = g.nodes.size() - 1;
            tallest_note = std::max(tallest_note, note_h[i]);
        }
    }

    // Runs of scenes per stage (every stage has one, so that an empty stage shows where its
    // scenes will go), and their titles.
    std::vector<StageRun> runs;
    for (std::size_t s = 0, i = 0; s < journey.stages.size(); ++s) {
        StageRun run{s, i, i, 0, true};
        for (; i < scenes.size() && scenes[i].stage == s; ++i) {
            run.last = i;
            run.empty = false;
        }
        runs.push_back(run);
    }
    std::vector<std::size_t> flowed;
    if (view_options.page && view_options.page_width > 0) {
        for (auto& run : runs) run.width = run_width(run.empty ? 1 : run.last - run.first + 1);
        flowed = flow(runs, view_options.page_width);
    }
    double title_h = 0;
    std::vector<std::pair<std::string, double>> titles;
    for (auto& run : runs) {
        const std::size_t n = run.empty ? 1 : run.last - run.first + 1;
        run.width = static_cast<double>(n) * kCardWidth + static_cast<double>(n - 1) * kGap;
        const Stage& stage = journey.stages[run.stage];
        Label label;
        label.height = 8;
        label.text_width = run.width - 8;
        label.table_width = run.width - 4;
        const std::string name = name_or_id(stage) + (run.continued ? " (continued)" : "");
        label.add(wrap_to_width(name, label.text_width, 16, true, 2), 16, style::kInk, "<B>", "</B>");
        if (!stage.goal.empty() && !run.continued)
            label.add(wrap_to_width("Goal: " + stage.goal, label.text_width, 11, false, 3), 11, "#555555", "<I>",
                      "</I>");
        titles.push_back({label.finish(), label.height});
        title_h = std::max(title_h, label.height);
    }

    // Strips, top-down.
    const double cards_offset = title_h + 14;
    const double notes_offset = cards_offset + tallest_card + kNoteGap;
    const double strip_h = notes_offset + tallest_note + 20;
    // The picture is shaped like a slide, or like the page's content area; 160 points for the
    // title and legend above the strips, none on a page.
    const auto starts = !flowed.empty() ? flowed
                                        : fold(runs, strip_h, view_options.page ? view_options.page_aspect : kSlide,
                                               view_options.page ? 0 : 160);
    const double height = static_cast<double>(starts.size()) * (strip_h + kStripGap);
    auto gy = [&](double top_down) { return height - top_down; };

    std::vector<double> x(scenes.size()), strip_top(scenes.size());
    std::vector<std::size_t> strip_of(scenes.size());
    Ops ops;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : runs.size();
        const double top = static_cast<double>(k) * (strip_h + kStripGap);
        double cursor = kStageGap / 2;
        for (std::size_t r = starts[k]; r < end; ++r) {
            const StageRun& run = runs[r];
            ops.rect(cursor - kStageGap / 2 + 6, gy(top + strip_h), cursor + run.width + kStageGap / 2 - 6, gy(top),
                     r % 2 ? "#f3f3f3" : "#f9f9f9");
            g.nodes.push_back(text_node(
                "stage:" + std::to_string(run.stage) + (run.continued ? ":" + std::to_string(run.first) : ""),
                titles[r].first,
                Box{cursor + run.width / 2, gy(top + titles[r].second / 2 + 4), run.width, titles[r].second}));
            if (!run.continued) set_attr(g.nodes.back().attrs, "id", "stage-" + journey.stages[run.stage].id);
            for (std::size_t i = run.first; !run.empty && i <= run.last; ++i) {
                x[i] = cursor + kCardWidth / 2;
                strip_top[i] = top;
                strip_of[i] = k;
                cursor += kCardWidth + (i < run.last ? kGap : 0);
            }
            if (run.empty) cursor += kCardWidth;
            cursor += kStageGap;
        }
    }
    if (!ops.text.empty()) set_attr(g.graph_attrs, "_background", ops.text);

    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const double cards_top = strip_top[i] + cards_offset;
        place(g.nodes[card[i]], Box{x[i], gy(cards_top + card_h[i] / 2), kCardWidth, card_h[i]});
        if (note[i] == SIZE_MAX) continue;
        const double top = cards_top + card_h[i] + kNoteGap;
        place(g.nodes[note[i]], Box{x[i], gy(top + note_h[i] / 2), kCardWidth, note_h[i]});
        DotEdge link{g.nodes[card[i]].name, g.nodes[note[i]].name, {}};
        set_attr(link.attrs, "style", "dashed");
        set_attr(link.attrs, "color", "#bfb38f");
        set_attr(link.attrs, "arrowhead", "none");
        set_attr(link.attrs, "pos", polyline_pos({{x[i], gy(cards_top + card_h[i])}, {x[i], gy(top)}}, 0));
        g.edges.push_back(std::move(link));
    }

    // The customer's path from card to card, turning down into the next strip.
    std::map<std::pair<std::string, std::string>, FlowKind> kind_between;
    for (const auto& f : journey.flows) kind_between.emplace(std::make_pair(f.from, f.to), f.kind);
    for (std::size_t i = 1; i < scenes.size(); ++i) {
        const double y0 = gy(strip_top[i - 1] + cards_offset + kArrowDrop);
        const double y1 = gy(strip_top[i] + cards_offset + kArrowDrop);
        const double x0 = x[i - 1] + kCardWidth / 2, x1 = x[i] - kCardWidth / 2;
        std::vector<std::pair<double, double>> pts;
        if (strip_of[i] == strip_of[i - 1]) {
            pts = {{x0, y0}, {x1, y1}};
        } else {
            const double turn = gy(strip_top[i] - kStripGap / 2);
            pts = {{x0, y0}, {x0 + 18, y0}, {x0 + 18, turn}, {x1 - 18, turn}, {x1 - 18, y1}, {x1, y1}};
        }
        DotEdge e{scene_node_name(scenes[i - 1].scene->id), scene_node_name(scenes[i].scene->id), {}};
        auto it = kind_between.find({scenes[i - 1].scene->id, scenes[i].scene->id});
        style::apply_flow_style(e.attrs, it != kind_between.end() ? it->second : FlowKind::Sequence);
        set_attr(e.attrs, "pos", polyline_pos(pts));
        g.edges.push_back(std::move(e));
    }
    return g;
}

}   // namespace stagecraft::diagram
