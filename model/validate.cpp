// Content rules of a journey: ids, references and ranges.
#include "model/validate.hpp"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <thread>

#include "model/id_index.hpp"

namespace stagecraft {

namespace {
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}   // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || !is_ascii_letter(id[0])) return false;
    for (char c : id)
        if (!(is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
    return true;
}

bool is_valid_colour(std::string_view c) {
    if (c.size() != 4 && c.size() != 7) return false;
    if (c[0] != '#') return false;
    for (std::size_t i = 1; i < c.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(c[i]))) return false;
    return true;
}

bool is_valid_follow_up(std::string_view d) {
    std::size_t i = 0;
    while (i < d.size() && std::isdigit(static_cast<unsigned char>(d[i]))) ++i;
    if (i == 0 || i > 6) return false;
    std::string_view unit = d.substr(i);
    return unit == "m" || unit == "h" || unit == "d" || unit == "w" || unit == "mo";
}

namespace {

// What an id names: one bit each, so an id given to two kinds of element answers for both.
enum IdKind : std::uint8_t {
    kJourney = 1,
    kPersona = 2,
    kPrinciple = 4,
    kRole = 8,
    kStage = 16,
    kScene = 32,
};

const char* id_kind_name(IdKind kind) {
    switch (kind) {
        case kJourney: return "journey";
        case kPersona: return "persona";
        case kPrinciple: return "principle";
        case kRole: return "role";
        case kStage: return "stage";
        default: return "scene";
    }
}

// Problems found, each with the file's name.
struct Problems {
    const std::string& file;
    std::vector<Problem> out;

    void add(const SourcePos& pos, std::string message) {
        out.push_back(Problem{file, pos.line, pos.column, Severity::Error, std::move(message)});
    }

    void minutes(const std::optional<double>& v, const char* what, const std::string& scene, const SourcePos& pos) {
        if (v && (!std::isfinite(*v) || *v < 0))
            add(pos, std::string("scene '") + scene + "' has a negative " + what + "; use 0 or more minutes");
    }
};

// Every id of the journey and what it names; one index serves every kind of reference.
// One fault gives one problem: an id that is reported (as a duplicate or as malformed) still
// answers for every kind it was given to, so references to it are not reported as dangling too.
struct Ids {
    IdIndex index;
    struct Named {
        IdKind first;       // the element the id was first given to
        std::uint8_t all;   // every kind of element it was given to, a set of IdKind bits
    };
    std::vector<Named> kinds;

    explicit Ids(std::size_t expected) : index(expected) { kinds.reserve(expected); }

    void add(Problems& p, const std::string& value, IdKind what, const SourcePos& pos) {
        const char* name = id_kind_name(what);
        if (value.empty()) {
            p.add(pos, std::string("the ") + name + " has no id; give it one (letters, digits, '_', '.', '-')");
            return;
        }
        if (!is_valid_id(value))
            p.add(pos, std::string("'") + value + "' is not a valid id for a " + name +
                           "; an id starts with a letter and has only letters, digits, '_', '.' and '-'");
        if (index.insert(value, static_cast<std::uint32_t>(kinds.size()))) {
            kinds.push_back(Named{what, what});
            return;
        }
        Named& known = kinds[index.find(value)];
        if (is_valid_id(value))
            p.add(pos, "duplicate id '" + value + "': a " + std::string(id_kind_name(known.first)) +
                           " already uses it; ids must be unique in a journey");
        known.all = static_cast<std::uint8_t>(known.all | what);
    }

    // True when `id` was given to a `what` (alone or besides another element).
    bool names(const std::string& id, IdKind what) const {
        std::uint32_t i = index.find(id);
        return i != UINT32_MAX && (kinds[i].all & what) != 0;
    }
};

// The rules of one scene; reads the ids only.
void check_scene(const Ids& ids, const Scene& t, Problems& p) {
    if (t.emotion && (*t.emotion < -2 || *t.emotion > 2))
        p.add(t.pos, "scene '" + t.id + "' has emotion " + std::to_string(*t.emotion) +
                         "; emotion runs from -2 (very negative) to 2 (very positive)");
    p.minutes(t.minutes, "duration", t.id, t.pos);
    p.minutes(t.wait, "wait", t.id, t.pos);
    if (!t.follow_up.empty() && !is_valid_follow_up(t.follow_up))
        p.add(t.pos, "scene '" + t.id + "' has follow-up delay '" + t.follow_up +
                         "'; write a whole number and a unit: 30m, 2h, 3d, 1w or 6mo");
    for (std::size_t i = 0; i < t.parts.size(); ++i) {
        const Part& part = t.parts[i];
        bool repeated = false;
        for (std::size_t k = 0; k < i && !repeated; ++k) repeated = t.parts[k].role == part.role;
        if (!ids.names(part.role, kRole))
            p.add(part.pos, "scene '" + t.id + "' casts role '" + part.role +
                                "', which is not in the cast; add the role or fix the reference");
        else if (repeated)
            p.add(part.pos,
                  "scene '" + t.id + "' casts role '" + part.role + "' twice; give each role one part per scene");
    }
    for (const auto& tag : t.principles)
        if (!ids.names(tag.ref, kPrinciple))
            p.add(tag.pos, "scene '" + t.id + "' refers to principle '" + tag.ref +
                               "', which is not declared; add it under <principles> or fix the reference");
}

void check_stages(const Ids& ids, const std::vector<Stage>& stages, std::size_t from, std::size_t to, Problems& p) {
    for (std::size_t i = from; i < to; ++i)
        for (const auto& t : stages[i].scenes) check_scene(ids, t, p);
}

void check_flows(const Ids& ids, const std::vector<Flow>& flows, Problems& p) {
    for (const auto& f : flows) {
        if (!ids.names(f.from, kScene))
            p.add(f.pos, "flow starts at scene '" + f.from + "', which does not exist; fix the 'from' reference");
        if (!ids.names(f.to, kScene))
            p.add(f.pos, "flow ends at scene '" + f.to + "', which does not exist; fix the 'to' reference");
    }
}

// From this many scenes on, the scenes are checked on two threads.
constexpr std::size_t kParallelScenes = 4000;

}   // namespace

std::vector<Problem> validate_journey(const Journey& j, const std::string& file) {
    const std::size_t total_scenes = scene_count(j);
    Problems p{file, {}};
    Ids ids(total_scenes + j.cast.size() + j.stages.size() + j.principles.size() + 2);
    ids.add(p, j.id, kJourney, j.pos);
    if (j.persona) ids.add(p, j.persona->id, kPersona, j.persona->pos);
    for (const auto& pr : j.principles) ids.add(p, pr.id, kPrinciple, pr.pos);
    for (const auto& r : j.cast) {
        ids.add(p, r.id, kRole, r.pos);
        if (!r.colour.empty() && !is_valid_colour(r.colour))
            p.add(r.pos, "role '" + r.id + "' has colour '" + r.colour + "'; write a colour as #rrggbb, e.g. #2a9d8f");
        if (r.capacity && (!std::isfinite(*r.capacity) || *r.capacity < 0))
            p.add(r.pos, "role '" + r.id + "' has a negative capacity; use 0 or more minutes");
    }
    for (const auto& s : j.stages) {
        ids.add(p, s.id, kStage, s.pos);
        for (const auto& t : s.scenes) ids.add(p, t.id, kScene, t.pos);
    }

    // The ids are only read from here on: a large journey's later stages and its flows are
    // checked on a second thread, and its problems follow the first thread's, in file order.
    std::size_t half = j.stages.size();
    if (total_scenes >= kParallelScenes) {
        std::size_t scenes = 0;
        half = 0;
        while (half < j.stages.size() && scenes * 2 < total_scenes) scenes += j.stages[half++].scenes.size();
    }
    if (half == j.stages.size()) {
        check_stages(ids, j.stages, 0, j.stages.size(), p);
        check_flows(ids, j.flows, p);
        return std::move(p.out);
    }
    Problems later{file, {}};
    std::thread worker([&] {
        check_stages(ids, j.stages, half, j.stages.size(), later);
        check_flows(ids, j.flows, later);
    });
    check_stages(ids, j.stages, 0, half, p);
    worker.join();
    p.out.insert(p.out.end(), std::make_move_iterator(later.out.begin()), std::make_move_iterator(later.out.end()));
    return std::move(p.out);
}

}   // namespace stagecraft
