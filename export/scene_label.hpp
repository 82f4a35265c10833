// Scene cards and note boxes shared by the views laid out on a computed grid: the label, the
// look (emotion fill, moment-of-truth and fail-point borders) and the height the card needs.
#pragma once

#include <string>

#include "export/dot_graph.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

struct SceneLabelOptions {
    bool show_cast = false;     // the roles playing the scene (lead bold, understudy marked)
    bool show_lane = false;     // the lane after the channel
    bool show_script = false;   // the scene's script, in quotes
    bool show_lead = false;     // a chip with the lead role's name in the role's colour
    bool show_counts = false;   // how many pains and opportunities the scene has (instead of notes)
};

// The colour a role is drawn in: its own, else one of a colour-blind-safe qualitative palette
// (Paul Tol's "muted" and three of his "high-contrast" colours), by its place in the cast, that
// does not repeat within 12 roles.
std::string role_fill(const Journey& journey, const Role& role);

// The text colour that reads on a fill given as "#rrggbb": of white and the ink, the one with the
// higher WCAG 2 contrast ratio against it (white below a relative luminance of about 0.21).
const char* ink_on(const std::string& fill);

// The text colour that reads on the scene's emotion fill.
const char* scene_ink(const Scene& scene);

// A scene's node without its label, as every view draws it: node "scene:<id>", id attribute
// "scene-<id>", a rounded box filled by emotion, bordered for moments of truth and fail points.
DotNode scene_node(const Scene& scene);

// A card for the scene: node "scene:<id>", id attribute "scene-<id>", filled by emotion,
// bordered for moments of truth and fail points, kCardWidth wide. `height` receives the
// height in points the card needs.
DotNode scene_card(const Journey& journey, const Scene& scene, const SceneLabelOptions& options, double& height);

// A note box with the scene's pain points and opportunities (node "note:<id>"); `height`
// receives its height. Only for scenes that have either.
DotNode scene_notes(const Scene& scene, double& height);

}   // namespace stagecraft::diagram
