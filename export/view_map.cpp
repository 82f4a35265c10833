// Journey map: stages as columns left to right, the customer-facing scenes in the customer's
// order as cards coloured by emotion, pain points and opportunities as notes hung under their
// scene. Positions are computed here (a single row of cards); Graphviz only draws (nop2).
#include <algorithm>
#include <map>
#include <set>

#include "export/grid_parts.hpp"
#include "export/scene_label.hpp"
#include "export/scene_order.hpp"
#include "export/text_metrics.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"

namespace stagecraft::diagram {

namespace {

using namespace grid;

constexpr double kGap = 46;          // between cards of a stage (the path arrow runs in it)
constexpr double kStageGap = 70;     // between stages
constexpr double kNoteGap = 22;      // between a card and its note

}  // namespace

DotGraph build_journey_map(const Journey& journey) {
    DotGraph g;
    g.name = "journey_map";
    style::apply_common(g, journey.title, display_name(View::Map),
                        style::legend_emotion_row() + style::legend_markers_row());
    set_attr(g.graph_attrs, "layout", "nop2");
    set_attr(g.graph_attrs, "notranslate", "true");
    set_attr(g.graph_attrs, "outputorder", "edgesfirst");

    const auto scenes = customer_scenes(journey);
    SceneLabelOptions options;
    options.show_script = true;

    // Horizontal placement.
    std::vector<double> x(scenes.size());
    std::map<std::size_t, std::pair<double, double>> stage_span;
    double cursor = kStageGap / 2;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const bool new_stage = i == 0 || scenes[i].stage != scenes[i - 1].stage;
        if (i > 0) cursor += new_stage ? kStageGap : kGap;
        x[i] = cursor + kCardWidth / 2;
        auto it = stage_span.find(scenes[i].stage);
        if (it == stage_span.end()) stage_span[scenes[i].stage] = {cursor, cursor + kCardWidth};
        else it->second.second = cursor + kCardWidth;
        cursor += kCardWidth;
    }

    // Cards and notes with their heights.
    std::vector<std::size_t> card(scenes.size()), note(scenes.size(), SIZE_MAX);
    std::vector<double> card_h(scenes.size()), note_h(scenes.size(), 0);
    double tallest_card = 60, tallest_note = 0;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        g.nodes.push_back(scene_card(journey, *scenes[i].scene, options, card_h[i]));
        card[i] = g.nodes.size() - 1;
        tallest_card = std::max(tallest_card, card_h[i]);
        if (!scenes[i].scene->pains.empty() || !scenes[i].scene->opportunities.empty()) {
            g.nodes.push_back(scene_notes(*scenes[i].scene, note_h[i]));
            note[i] = g.nodes.size() - 1;
            tallest_note = std::max(tallest_note, note_h[i]);
        }
    }

    // Stage titles.
    double title_h = 0;
    std::map<std::size_t, std::pair<std::string, double>> titles;
    for (const auto& [s, span] : stage_span) {
        const Stage& stage = journey.stages[s];
        Label label;
        label.height = 8;
        label.text_width = span.second - span.first - 8;
        label.add(wrap_to_width(stage.name.empty() ? stage.id : stage.name, label.text_width, 16, true, 2), 16,
                  style::kInk, "<B>", "</B>");
        if (!stage.goal.empty())
            label.add(wrap_to_width("Goal: " + stage.goal, label.text_width, 11, false, 3), 11, "#555555", "<I>",
                      "</I>");
        titles[s] = {label.finish(), label.height};
        title_h = std::max(title_h, label.height);
    }

    // Vertical, top-down: titles, cards (top-aligned), notes.
    const double cards_top = title_h + 14;
    const double notes_top = cards_top + tallest_card + kNoteGap;
    const double height = notes_top + tallest_note + 20;
    auto gy = [&](double top_down) { return height - top_down; };

    Ops ops;
    bool shade = false;
    for (const auto& [s, span] : stage_span) {
        ops.rect(span.first - kStageGap / 2 + 6, gy(height - 4), span.second + kStageGap / 2 - 6, gy(0),
                 shade ? "#f3f3f3" : "#f9f9f9");
        shade = !shade;
    }
    if (!ops.text.empty()) set_attr(g.graph_attrs, "_background", ops.text);

    for (const auto& [s, span] : stage_span) {
        const double w = span.second - span.first;
        g.nodes.push_back(text_node("stage:" + std::to_string(s), titles[s].first,
                                    Box{span.first + w / 2, gy(titles[s].second / 2 + 4), w, titles[s].second}));
        set_attr(g.nodes.back().attrs, "id", "stage-" + journey.stages[s].id);
    }
    for (std::size_t i = 0; i < scenes.size(); ++i) {
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

    // The customer's path from card to card.
    std::map<std::pair<std::string, std::string>, FlowKind> kind_between;
    for (const auto& f : journey.flows) kind_between.emplace(std::make_pair(f.from, f.to), f.kind);
    for (std::size_t i = 1; i < scenes.size(); ++i) {
        const double y = gy(cards_top + 26);
        DotEdge e{scene_node_name(scenes[i - 1].scene->id), scene_node_name(scenes[i].scene->id), {}};
        auto it = kind_between.find({scenes[i - 1].scene->id, scenes[i].scene->id});
        style::apply_flow_style(e.attrs, it != kind_between.end() ? it->second : FlowKind::Sequence);
        set_attr(e.attrs, "pos", polyline_pos({{x[i - 1] + kCardWidth / 2, y}, {x[i] - kCardWidth / 2, y}}));
        g.edges.push_back(std::move(e));
    }
    return g;
}

}  // namespace stagecraft::diagram
