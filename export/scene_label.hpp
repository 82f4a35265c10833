// The HTML-like label and node look of a scene, shared by the journey map and the blueprint.
#pragma once

#include <string>

#include "export/dot_graph.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

struct SceneLabelOptions {
    bool show_cast = false;        // the roles playing the scene (lead bold, understudy marked)
    bool show_lane = true;         // lane name under the title
    bool show_script = false;      // the scene's script, in quotes
};

// A node for the scene: name "scene:<id>", id attribute "scene-<id>", filled by emotion,
// bordered for moments of truth and fail points.
DotNode scene_node(const Journey& journey, const Touchpoint& scene, const SceneLabelOptions& options);

// A note node for the scene's pain points and opportunities; nullopt-like empty name when the
// scene has neither.
DotNode scene_note_node(const Touchpoint& scene);

}  // namespace stagecraft::diagram
