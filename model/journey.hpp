// The journey model: plain value types, one journey per file (README "The file format").
// Terms: a journey has stages (acts) and each stage has scenes, the file's <touchpoint>
// elements; the journey's cast is its roles, and a scene's parts say which roles play it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/enums.hpp"

namespace stagecraft {

// Where an element stood in the file it was read from (1-based; 0 when not read from a file).
// Positions are bookkeeping, not content: they take no part in equality.
struct SourcePos {
    int line = 0;
    int column = 0;
};

// An attribute the program does not know, kept to be written back unchanged.
struct ExtraAttribute {
    std::string name;
    std::string value;
};

// A child element the program does not know, kept as XML text. `after` is the number of known
// child elements that preceded it, so it is written back in the same place.
struct ExtraElement {
    std::size_t after = 0;
    std::string xml;
};

// Everything unknown on one element (forward compatibility: README "The file format").
struct Extras {
    std::vector<ExtraAttribute> attributes;
    std::vector<ExtraElement> elements;
    bool empty() const { return attributes.empty() && elements.empty(); }
};

struct Meta {
    std::string author;
    std::string organisation;
    std::string created;   // ISO date as written, e.g. 2026-11-01
    std::string modified;
    Extras extras;
    // Nothing to write: a journey without <meta> reads back the same.
    bool empty() const {
        return author.empty() && organisation.empty() && created.empty() && modified.empty() && extras.empty();
    }
};

struct Persona {
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> goals;
    std::vector<std::string> needs;
    Extras extras;
    SourcePos pos;
};

struct Principle {
    std::string id;
    std::string name;
    std::string description;
    Extras extras;
    SourcePos pos;
};

// A cast member.
struct Role {
    std::string id;
    std::string name;
    Zone zone = Zone::Frontstage;
    std::string description;
    std::string colour;               // "#rrggbb" or "#rgb", empty for none
    std::optional<double> capacity;   // minutes per journey run, >= 0; none when unlimited
    Extras extras;
    SourcePos pos;
};

// A role cast in a scene.
struct Part {
    std::string role;   // Role id
    PartKind kind = PartKind::Lead;
    Extras extras;
    SourcePos pos;
};

struct Kpi {
    std::string name;
    std::string unit;
    std::string target;   // kept as written ("3", "95", "< 2")
    std::string actual;
    Extras extras;
    SourcePos pos;
};

// A principle a scene must embody.
struct PrincipleTag {
    std::string ref;   // Principle id
    Extras extras;
    SourcePos pos;
};

// A scene (a touchpoint; <touchpoint> in the file): one moment of the journey, in one lane.
struct Scene {
    std::string id;
    std::string name;
    Lane lane = Lane::Frontstage;
    Channel channel = Channel::InPerson;
    std::string description;
    std::string script;
    std::vector<std::string> props;
    std::vector<Part> parts;         // the roles that play it, in file order
    std::optional<int> emotion;      // the customer's feeling, -2 .. +2
    std::optional<double> minutes;   // duration in minutes, >= 0
    std::optional<double> wait;      // the customer's wait before the scene, in minutes, >= 0
    std::vector<std::string> pains;
    std::vector<std::string> opportunities;
    std::vector<Kpi> kpis;
    std::vector<PrincipleTag> principles;
    bool fail_point = false;
    bool moment_of_truth = false;
    std::string follow_up;   // delay after the visit as written: a count and m, h, d, w or mo
                             // ("3d"); empty when played during it
    Extras extras;
    SourcePos pos;
};

// An act.
struct Stage {
    std::string id;
    std::string name;
    std::string goal;   // the customer's goal in this stage
    std::vector<Scene> scenes;
    Extras extras;
    SourcePos pos;
};

struct Flow {
    std::string from;   // Scene id
    std::string to;     // Scene id
    FlowKind kind = FlowKind::Sequence;
    std::string label;
    std::string condition;
    Extras extras;
    SourcePos pos;
};

struct Journey {
    static constexpr int kFormat = 1;   // the format this program reads and writes

    std::string id;
    std::string title;
    JourneyKind kind = JourneyKind::Customer;
    std::string description;
    Meta meta;
    std::optional<Persona> persona;
    std::vector<Principle> principles;
    std::vector<Role> cast;   // the roles
    std::vector<Stage> stages;
    std::vector<Flow> flows;
    Extras extras;
    // Unknown content of the container elements, kept like any other.
    Extras principles_extras;
    Extras cast_extras;
    Extras stages_extras;
    Extras flows_extras;
    SourcePos pos;
};

// Content equality (positions ignored).
bool operator==(const ExtraAttribute& a, const ExtraAttribute& b);
bool operator==(const ExtraElement& a, const ExtraElement& b);
bool operator==(const Extras& a, const Extras& b);
bool operator==(const Meta& a, const Meta& b);
bool operator==(const Persona& a, const Persona& b);
bool operator==(const Principle& a, const Principle& b);
bool operator==(const Role& a, const Role& b);
bool operator==(const Part& a, const Part& b);
bool operator==(const Kpi& a, const Kpi& b);
bool operator==(const PrincipleTag& a, const PrincipleTag& b);
bool operator==(const Scene& a, const Scene& b);
bool operator==(const Stage& a, const Stage& b);
bool operator==(const Flow& a, const Flow& b);
bool operator==(const Journey& a, const Journey& b);
inline bool operator!=(const Role& a, const Role& b) { return !(a == b); }
inline bool operator!=(const Scene& a, const Scene& b) { return !(a == b); }
inline bool operator!=(const Stage& a, const Stage& b) { return !(a == b); }
inline bool operator!=(const Flow& a, const Flow& b) { return !(a == b); }
inline bool operator!=(const Journey& a, const Journey& b) { return !(a == b); }

// What users read for an element (stage, scene, role, principle, persona): its name, or its id
// when it has none. The journey's own is name_or_id(journey.title, journey.id).
inline const std::string& name_or_id(const std::string& name, const std::string& id) {
    return name.empty() ? id : name;
}
template <typename Element>
const std::string& name_or_id(const Element& e) {
    return name_or_id(e.name, e.id);
}

// Lookups by id; nullptr when absent. Linear: build an index for hot loops.
const Role* find_role(const Journey& j, const std::string& id);
Role* find_role(Journey& j, const std::string& id);
const Scene* find_scene(const Journey& j, const std::string& id);
Scene* find_scene(Journey& j, const std::string& id);
const Stage* find_stage(const Journey& j, const std::string& id);
Stage* find_stage(Journey& j, const std::string& id);
const Principle* find_principle(const Journey& j, const std::string& id);

// All scenes in document order (stage by stage).
std::vector<const Scene*> all_scenes(const Journey& j);
std::size_t scene_count(const Journey& j);

// The part a role plays in a scene, or nullptr.
const Part* find_part(const Scene& t, const std::string& role_id);
bool has_part(const Scene& t, PartKind kind);

}   // namespace stagecraft
