// Adding on the diagram where the user points. On the map and the blueprint, a point on no
// element stands for a place to add something: a stage × lane cell of the blueprint or a stage's
// column on the map adds a scene there; the gap between two stages (or beside the first or
// last) adds a stage there. The window offers "+" and a double-click at such a point, then types
// the new element's name in place. No display needed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "app/editor/core/selection_actions.hpp"
#include "app/editor/core/view_switch.hpp"
#include "export/layout.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

struct AddPlace {
    enum class What { Scene, Stage };
    What what = What::Scene;
    std::size_t stage = 0;        // the stage the scene joins; for a stage, the index it takes
    Lane lane = Lane::Customer;   // the scene's lane (the map adds to the customer lane)
    std::size_t position = 0;     // the scene's index in its stage
    // Where the place is drawn, points in the layout's frame: the stage's column × the lane's band
    // on the blueprint, the stage's column under its title on the map, the gap for a stage.
    diagram::Box area;
};
// Equal places add the same thing at the same place (the areas are not compared).
bool operator==(const AddPlace& a, const AddPlace& b);

// The place at (x, y), in points in the layout's frame (diagram::Box), of `view` drawn as
// `layout`; nullopt on an element, outside the stages' columns and lanes, and in the cast and
// emotion views. A scene's position in its stage: in a blueprint column that holds scenes, before
// the first one in a lower lane (so the new one shares that column) or after the last one in a
// higher lane; elsewhere after the last scene whose card starts left of the point.
std::optional<AddPlace> add_place_at(const Journey& journey, const diagram::DiagramLayout& layout, DiagramView view,
                                     double x, double y);

// The command adding "New scene" or "New stage" at the place (ids made from the name), and the
// new element to select, whose name is then typed in place; a refusal when the place's stage
// no longer exists.
Action add_at(const Journey& journey, const AddPlace& place);

// A scene's card dropped on such a place: the scene moves into that stage and lane at that
// position (counted as if the scene were still where it is), one undo step "Move scene", the
// scene selected after; a null command when it would not move or the place adds a stage;
// refused for a missing scene or stage.
Action move_scene_to_place(const Journey& journey, const std::string& scene_id, const AddPlace& place);

// What a double-click adds there, for the status bar: "Double-click to add a scene to Visit,
// frontstage" or "Double-click to add a stage after Visit".
std::string describe_add_place(const Journey& journey, const AddPlace& place);

}   // namespace stagecraft::editor
