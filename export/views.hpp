// The four diagram views of a journey (README "Diagrams"), each built as a graph value from a Journey.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/dot_graph.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

enum class View { Map, Blueprint, Cast, Emotion };

// Command-line spelling ("map", "blueprint", "cast", "emotion").
std::string_view to_string(View v);
std::optional<View> parse_view(std::string_view s);
// Title shown on the diagram ("Journey map", "Service blueprint", "Cast", "Emotion curve").
std::string_view display_name(View v);
// All views, in menu order.
const std::vector<View>& all_views();

// Node names the views give to the elements a user can select. Every such node also carries
// the attribute `id` = "scene-<ID>" or "role-<ID>", which Graphviz writes into SVG as the id
// of the node's <g> element.
std::string scene_node_name(const std::string& scene_id);   // "scene:<ID>"
std::string role_node_name(const std::string& role_id);     // "role:<ID>"

// How a view is drawn. `page`: for a page, which carries the title and the legend itself: the
// picture has neither, a thin margin, and is shaped for `page_aspect` (width / height) where
// it can fold. `summary`: cards keep their names, emotion, who leads, the markers and counts of
// pains and opportunities; scripts, notes and props are left out.
struct ViewOptions {
    bool page = false;
    double page_aspect = 16.0 / 9.0;
    // The widest a page's picture may be, points (its content area at the scale that keeps text
    // at 14 px): the map's cards flow into strips this wide. 0: the map folds by stages instead.
    double page_width = 0;
    bool summary = false;
    // The whole journey when the one drawn is part of it (a page's stages): the cast view
    // counts each role's load over the whole. Null: the journey drawn is whole.
    const Journey* whole = nullptr;
};

// Graph of one view. The graph's `layout` attribute names the Graphviz engine to use.
DotGraph build_view(const Journey& journey, View view, const ViewOptions& options = {});

DotGraph build_journey_map(const Journey& journey, const ViewOptions& options = {});
DotGraph build_blueprint(const Journey& journey, const ViewOptions& options = {});
DotGraph build_cast_view(const Journey& journey, const ViewOptions& options = {});
DotGraph build_emotion_curve(const Journey& journey, const ViewOptions& options = {});

}   // namespace stagecraft::diagram
