// Where a scene's card being dragged will land, decided from the point under the pointer: the
// window draws it while the card moves, and the drop does exactly what it showed. No display
// needed.
#pragma once

#include <optional>
#include <string>

#include "app/editor/core/add_in_place.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "export/layout.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

struct CardLanding {
    // Place: an empty blueprint cell or a map stage's column (move_scene_to_place); Before and
    // After: next to another scene (move_scene_onto); StageEnd: a stage's title, to its end.
    enum class Kind { Place, Before, After, StageEnd };
    Kind kind = Kind::Place;
    AddPlace place;     // for Place
    Selection onto;     // the scene or stage, for the others
    diagram::Box box;   // what to highlight, points in the layout's frame: the cell or
                        // column, a bar along the near edge of the scene, or the title
    Action action;      // what the drop does
};

// The landing of scene `moving` dragged to (x, y) in points on `view` drawn as `layout`; nullopt
// where a drop does nothing (on the card itself or where the scene already is, a lane heading,
// the title, a flow, a gap between stages, outside the stages, or in the cast and emotion views).
std::optional<CardLanding> card_landing_at(const Journey& journey, const diagram::DiagramLayout& layout,
                                           DiagramView view, const std::string& moving, double x, double y);

}   // namespace stagecraft::editor
