// Content rules of a journey: ids, references and ranges.
#include "validate.hpp"

#include <cctype>
#include <cmath>
#include <cstdint>

#include "id_index.hpp"

namespace stagecraft {

namespace {
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

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

// What an id names; compared by address.
constexpr const char* kJourney = "journey";
constexpr const char* kPersona = "persona";
constexpr const char* kPrinciple = "principle";
constexpr const char* kRole = "role";
constexpr const char* kStage = "stage";
constexpr const char* kScene = "scene";

struct Checker {
    const std::string& file;
    std::vector<Problem> out;
    IdIndex ids;                       // id -> index into kinds
    std::vector<const char*> kinds;    // what each id names

    void add(const SourcePos& pos, std::string message) {
        out.push_back(Problem{file, pos.line, pos.column, Severity::Error, std::move(message)});
    }

    void id(const std::string& value, const char* what, const SourcePos& pos) {
        if (value.empty()) {
            add(pos, std::string("the ") + what + " has no id; give it one (letters, digits, '_', '.', '-')");
            return;
        }
        if (!is_valid_id(value)) {
            add(pos, std::string("'") + value + "' is not a valid id for a " + what +
                         "; an id starts with a letter and has only letters, digits, '_', '.' and '-'");
            return;
        }
        if (ids.insert(value, static_cast<std::uint32_t>(kinds.size()))) {
            kinds.push_back(what);
            return;
        }
        add(pos, "duplicate id '" + value + "': a " + std::string(kinds[ids.find(value)]) +
                     " already uses it; ids must be unique in a journey");
    }

    // True when `id` was registered as a `what` (one index serves every kind of reference).
    bool names(const std::string& id, const char* what) const {
        std::uint32_t i = ids.find(id);
        return i != UINT32_MAX && kinds[i] == what;
    }

    void minutes(const std::optional<double>& v, const char* what, const std::string& scene, const SourcePos& pos) {
        if (v && (!std::isfinite(*v) || *v < 0))
            add(pos, std::string("scene '") + scene + "' has a negative " + what + "; use 0 or more minutes");
    }
};

}  // namespace

std::vector<Problem> validate_journey(const Journey& j, const std::string& file) {
    const std::size_t scene_count = touchpoint_count(j);
    Checker c{file, {}, IdIndex(scene_count + j.cast.size() + j.stages.size() + j.principles.size() + 2), {}};
    c.kinds.reserve(scene_count + j.cast.size() + j.stages.size() + j.principles.size() + 2);
    c.id(j.id, kJourney, j.pos);
    if (j.persona) c.id(j.persona->id, kPersona, j.persona->pos);
    for (const auto& p : j.principles) c.id(p.id, kPrinciple, p.pos);
    for (const auto& r : j.cast) {
        c.id(r.id, kRole, r.pos);
        if (!r.colour.empty() && !is_valid_colour(r.colour))
            c.add(r.pos, "role '" + r.id + "' has colour '" + r.colour + "'; write a colour as #rrggbb, e.g. #2a9d8f");
        if (r.capacity && (!std::isfinite(*r.capacity) || *r.capacity < 0))
            c.add(r.pos, "role '" + r.id + "' has a negative capacity; use 0 or more minutes");
    }
    for (const auto& s : j.stages) {
        c.id(s.id, kStage, s.pos);
        for (const auto& t : s.touchpoints) c.id(t.id, kScene, t.pos);
    }
    for (const auto& s : j.stages)
        for (const auto& t : s.touchpoints) {
            if (t.emotion && (*t.emotion < -2 || *t.emotion > 2))
                c.add(t.pos, "scene '" + t.id + "' has emotion " + std::to_string(*t.emotion) +
                                 "; emotion runs from -2 (very negative) to 2 (very positive)");
            c.minutes(t.minutes, "duration", t.id, t.pos);
            c.minutes(t.wait, "wait", t.id, t.pos);
            if (!t.follow_up.empty() && !is_valid_follow_up(t.follow_up))
                c.add(t.pos, "scene '" + t.id + "' has follow-up delay '" + t.follow_up +
                                 "'; write a whole number and a unit: 30m, 2h, 3d, 1w or 6mo");
            for (std::size_t i = 0; i < t.cast.size(); ++i) {
                const Part& p = t.cast[i];
                bool repeated = false;
                for (std::size_t k = 0; k < i && !repeated; ++k) repeated = t.cast[k].role == p.role;
                if (!c.names(p.role, kRole))
                    c.add(p.pos, "scene '" + t.id + "' casts role '" + p.role +
                                     "', which is not in the cast; add the role or fix the reference");
                else if (repeated)
                    c.add(p.pos, "scene '" + t.id + "' casts role '" + p.role +
                                     "' twice; give each role one part per scene");
            }
            for (const auto& tag : t.principles)
                if (!c.names(tag.ref, kPrinciple))
                    c.add(tag.pos, "scene '" + t.id + "' refers to principle '" + tag.ref +
                                       "', which is not declared; add it under <principles> or fix the reference");
        }
    for (const auto& f : j.flows) {
        if (!c.names(f.from, kScene))
            c.add(f.pos, "flow starts at scene '" + f.from + "', which does not exist; fix the 'from' reference");
        if (!c.names(f.to, kScene))
            c.add(f.pos, "flow ends at scene '" + f.to + "', which does not exist; fix the 'to' reference");
    }
    return std::move(c.out);
}

}  // namespace stagecraft
