// Builds small journeys in code for the check tests: one call per role, scene or flow, with
// every field a test does not set left at a neutral value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/checks/checks.hpp"
#include "model/journey.hpp"

namespace stagecraft::test {

class JourneyBuilder {
public:
    JourneyBuilder();   // journey "test" with one stage "act"

    // Each returns the new element; the reference is valid until the next element of its kind.
    Role& role(const std::string& id, Zone zone = Zone::Frontstage, std::optional<double> capacity = {});
    Stage& stage(const std::string& id);
    // A scene in the last stage, named "Scene <id>".
    Scene& scene(const std::string& id, Lane lane = Lane::Frontstage);
    // A scene with one part already cast.
    Scene& scene_with(const std::string& id, Lane lane, const std::string& role, PartKind kind);
    Flow& flow(const std::string& from, const std::string& to, FlowKind kind, const std::string& label = {});
    Principle& principle(const std::string& id, const std::string& name = {});

    Journey& journey() { return j_; }

private:
    Journey j_;
};

void cast(Scene& t, const std::string& role, PartKind kind);

// The findings of one check only.
std::vector<Finding> findings_of(const Journey& j, std::string_view check);

}   // namespace stagecraft::test
