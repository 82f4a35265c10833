// View names and the dispatch from a view to the function that builds its graph.
#include "export/views.hpp"

namespace stagecraft::diagram {

std::string_view to_string(View v) {
    switch (v) {
        case View::Map: return "map";
        case View::Blueprint: return "blueprint";
        case View::Cast: return "cast";
        case View::Emotion: return "emotion";
    }
    return "map";
}

std::optional<View> parse_view(std::string_view s) {
    for (View v : all_views())
        if (to_string(v) == s) return v;
    return std::nullopt;
}

std::string_view display_name(View v) {
    switch (v) {
        case View::Map: return "Journey map";
        case View::Blueprint: return "Service blueprint";
        case View::Cast: return "Cast and load";
        case View::Emotion: return "Emotion curve";
    }
    return "Journey map";
}

const std::vector<View>& all_views() {
    static const std::vector<View> views{View::Map, View::Blueprint, View::Cast, View::Emotion};
    return views;
}

std::string scene_node_name(const std::string& scene_id) { return "scene:" + scene_id; }
std::string role_node_name(const std::string& role_id) { return "role:" + role_id; }

DotGraph build_view(const Journey& journey, View view, const ViewOptions& options) {
    switch (view) {
        case View::Map: return build_journey_map(journey, options);
        case View::Blueprint: return build_blueprint(journey, options);
        case View::Cast: return build_cast_view(journey, options);
        case View::Emotion: return build_emotion_curve(journey, options);
    }
    return build_journey_map(journey, options);
}

}   // namespace stagecraft::diagram
