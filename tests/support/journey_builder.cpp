// Small journeys built in code for the check tests.
#include "journey_builder.hpp"

namespace stagecraft::test {

JourneyBuilder::JourneyBuilder() {
    j_.id = "test";
    j_.title = "Test journey";
    stage("act");
}

Role& JourneyBuilder::role(const std::string& id, Zone zone, std::optional<double> capacity) {
    Role r;
    r.id = id;
    r.name = "Role " + id;
    r.zone = zone;
    r.capacity = capacity;
    j_.cast.push_back(std::move(r));
    return j_.cast.back();
}

Stage& JourneyBuilder::stage(const std::string& id) {
    Stage s;
    s.id = id;
    s.name = "Stage " + id;
    j_.stages.push_back(std::move(s));
    return j_.stages.back();
}

Scene& JourneyBuilder::scene(const std::string& id, Lane lane) {
    Scene t;
    t.id = id;
    t.name = "Scene " + id;
    t.lane = lane;
    j_.stages.back().scenes.push_back(std::move(t));
    return j_.stages.back().scenes.back();
}

Scene& JourneyBuilder::scene_with(const std::string& id, Lane lane, const std::string& role, PartKind kind) {
    Scene& t = scene(id, lane);
    cast(t, role, kind);
    return t;
}

Flow& JourneyBuilder::flow(const std::string& from, const std::string& to, FlowKind kind, const std::string& label) {
    Flow f;
    f.from = from;
    f.to = to;
    f.kind = kind;
    f.label = label;
    j_.flows.push_back(std::move(f));
    return j_.flows.back();
}

Principle& JourneyBuilder::principle(const std::string& id, const std::string& name) {
    Principle p;
    p.id = id;
    p.name = name.empty() ? "Principle " + id : name;
    j_.principles.push_back(std::move(p));
    return j_.principles.back();
}

void cast(Scene& t, const std::string& role, PartKind kind) {
    Part p;
    p.role = role;
    p.kind = kind;
    t.parts.push_back(std::move(p));
}

std::vector<Finding> findings_of(const Journey& j, std::string_view check) {
    std::vector<Finding> out;
    for (auto& f : run_checks(j))
        if (f.check == check) out.push_back(std::move(f));
    return out;
}

}   // namespace stagecraft::test
