// Equality and lookups over the journey model.
#include "model/journey.hpp"

#include <tuple>

namespace stagecraft {

bool operator==(const ExtraAttribute& a, const ExtraAttribute& b) { return a.name == b.name && a.value == b.value; }
bool operator==(const ExtraElement& a, const ExtraElement& b) { return a.after == b.after && a.xml == b.xml; }
bool operator==(const Extras& a, const Extras& b) { return a.attributes == b.attributes && a.elements == b.elements; }
bool operator==(const Meta& a, const Meta& b) {
    return std::tie(a.author, a.organisation, a.created, a.modified, a.extras) ==
           std::tie(b.author, b.organisation, b.created, b.modified, b.extras);
}
bool operator==(const Persona& a, const Persona& b) {
    return std::tie(a.id, a.name, a.description, a.goals, a.needs, a.extras) ==
           std::tie(b.id, b.name, b.description, b.goals, b.needs, b.extras);
}
bool operator==(const Principle& a, const Principle& b) {
    return std::tie(a.id, a.name, a.description, a.extras) == std::tie(b.id, b.name, b.description, b.extras);
}
bool operator==(const Role& a, const Role& b) {
    return std::tie(a.id, a.name, a.zone, a.description, a.colour, a.capacity, a.extras) ==
           std::tie(b.id, b.name, b.zone, b.description, b.colour, b.capacity, b.extras);
}
bool operator==(const Part& a, const Part& b) {
    return std::tie(a.role, a.kind, a.extras) == std::tie(b.role, b.kind, b.extras);
}
bool operator==(const Kpi& a, const Kpi& b) {
    return std::tie(a.name, a.unit, a.target, a.actual, a.extras) ==
           std::tie(b.name, b.unit, b.target, b.actual, b.extras);
}
bool operator==(const PrincipleTag& a, const PrincipleTag& b) { return a.ref == b.ref && a.extras == b.extras; }
bool operator==(const Scene& a, const Scene& b) {
    return std::tie(a.id, a.name, a.lane, a.channel, a.description, a.script, a.props, a.parts, a.emotion, a.minutes,
                    a.wait, a.pains, a.opportunities, a.kpis, a.principles, a.fail_point, a.moment_of_truth,
                    a.follow_up, a.extras) == std::tie(b.id, b.name, b.lane, b.channel, b.description, b.script,
                                                       b.props, b.parts, b.emotion, b.minutes, b.wait, b.pains,
                                                       b.opportunities, b.kpis, b.principles, b.fail_point,
                                                       b.moment_of_truth, b.follow_up, b.extras);
}
bool operator==(const Stage& a, const Stage& b) {
    return std::tie(a.id, a.name, a.goal, a.scenes, a.extras) == std::tie(b.id, b.name, b.goal, b.scenes, b.extras);
}
bool operator==(const Flow& a, const Flow& b) {
    return std::tie(a.from, a.to, a.kind, a.label, a.condition, a.extras) ==
           std::tie(b.from, b.to, b.kind, b.label, b.condition, b.extras);
}
bool operator==(const Journey& a, const Journey& b) {
    return std::tie(a.id, a.title, a.kind, a.description, a.meta, a.persona, a.principles, a.cast, a.stages, a.flows,
                    a.extras, a.principles_extras, a.cast_extras, a.stages_extras, a.flows_extras) ==
           std::tie(b.id, b.title, b.kind, b.description, b.meta, b.persona, b.principles, b.cast, b.stages, b.flows,
                    b.extras, b.principles_extras, b.cast_extras, b.stages_extras, b.flows_extras);
}

const Role* find_role(const Journey& j, const std::string& id) {
    for (const auto& r : j.cast)
        if (r.id == id) return &r;
    return nullptr;
}
Role* find_role(Journey& j, const std::string& id) {
    return const_cast<Role*>(find_role(static_cast<const Journey&>(j), id));
}
const Scene* find_scene(const Journey& j, const std::string& id) {
    for (const auto& s : j.stages)
        for (const auto& t : s.scenes)
            if (t.id == id) return &t;
    return nullptr;
}
Scene* find_scene(Journey& j, const std::string& id) {
    return const_cast<Scene*>(find_scene(static_cast<const Journey&>(j), id));
}
const Stage* find_stage(const Journey& j, const std::string& id) {
    for (const auto& s : j.stages)
        if (s.id == id) return &s;
    return nullptr;
}
Stage* find_stage(Journey& j, const std::string& id) {
    return const_cast<Stage*>(find_stage(static_cast<const Journey&>(j), id));
}
const Principle* find_principle(const Journey& j, const std::string& id) {
    for (const auto& p : j.principles)
        if (p.id == id) return &p;
    return nullptr;
}

std::vector<const Scene*> all_scenes(const Journey& j) {
    std::vector<const Scene*> out;
    out.reserve(scene_count(j));
    for (const auto& s : j.stages)
        for (const auto& t : s.scenes) out.push_back(&t);
    return out;
}
std::size_t scene_count(const Journey& j) {
    std::size_t n = 0;
    for (const auto& s : j.stages) n += s.scenes.size();
    return n;
}

const Part* find_part(const Scene& t, const std::string& role_id) {
    for (const auto& p : t.parts)
        if (p.role == role_id) return &p;
    return nullptr;
}
bool has_part(const Scene& t, PartKind kind) {
    for (const auto& p : t.parts)
        if (p.kind == kind) return true;
    return false;
}

}   // namespace stagecraft
