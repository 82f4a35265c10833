// Facts derived from a journey: the customer's path, each role's load, summary statistics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft {

// Scenes in the order the customer meets them. Without sequence flows this is document order;
// with them, scenes linked by sequence flows in topological order (ties in document order),
// starting from scenes that no sequence flow enters, followed by the scenes no sequence flow
// touches, in document order.
std::vector<const Scene*> customer_path(const Journey& journey);

// The stage that holds a scene, or nullptr.
const Stage* stage_of(const Journey& journey, const std::string& scene_id);

struct RoleLoad {
    std::string role;   // Role id
    int scenes = 0;     // scenes with any part
    int leads = 0;
    int supports = 0;
    int understudies = 0;
    double minutes = 0;   // minutes of the scenes where the role leads or supports
};

// One entry per role, in cast order.
std::vector<RoleLoad> role_loads(const Journey& journey);

struct EmotionSummary {
    int scored = 0;   // scenes with an emotion
    int min = 0;      // emotions run from -2 to +2
    int max = 0;
    double mean = 0;   // of the scored scenes
};

struct JourneyStats {
    int stages = 0;
    int scenes = 0;
    int roles = 0;
    int flows = 0;
    int pains = 0;
    int opportunities = 0;
    int fail_points = 0;
    int moments_of_truth = 0;
    double minutes = 0;   // sum of scene durations, in minutes
    double wait = 0;      // sum of the customer's waits, in minutes
    EmotionSummary emotion;
    std::vector<RoleLoad> loads;
};

JourneyStats journey_stats(const Journey& journey);

// Shortest text for a number of minutes: "4", "2.5".
std::string format_number(double value);

}   // namespace stagecraft
