// Where each kind of element lives and what refers to it (Family<T> in element_commands.hpp),
// the locators, and the id rules every edit that names a new id follows.
#include <algorithm>

#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"
#include "model/validate.hpp"

namespace stagecraft::edits {
namespace detail {
namespace {

std::optional<Slot> locate_scene(const Journey& j, const std::string& id) {
    for (std::size_t s = 0; s < j.stages.size(); ++s) {
        const auto& scenes = j.stages[s].scenes;
        for (std::size_t i = 0; i < scenes.size(); ++i)
            if (scenes[i].id == id) return Slot{s, i};
    }
    return std::nullopt;
}

// Removes the flows `drop` picks, recording each with its index.
template <typename Pred>
void remove_flows(Journey& j, Footprint& fp, Pred drop) {
    std::vector<Flow> kept;
    kept.reserve(j.flows.size());
    for (std::size_t i = 0; i < j.flows.size(); ++i) {
        if (drop(j.flows[i]))
            fp.removed_flows.emplace_back(i, std::move(j.flows[i]));
        else
            kept.push_back(std::move(j.flows[i]));
    }
    j.flows = std::move(kept);
}

// Applies `change` to the references `is_ref` picks in `list_of(scene)`, in every scene; each
// scene changed is recorded as it was.
template <typename ListOf, typename IsRef, typename Change>
void change_references(Journey& j, Footprint& fp, ListOf list_of, IsRef is_ref, Change change) {
    for (std::size_t s = 0; s < j.stages.size(); ++s) {
        auto& scenes = j.stages[s].scenes;
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            auto& refs = list_of(scenes[i]);
            if (std::none_of(refs.begin(), refs.end(), is_ref)) continue;
            fp.changed_scenes.emplace_back(Slot{s, i}, scenes[i]);
            change(refs);
        }
    }
}
// The same for the two kinds of reference a scene holds: parts (to roles) and tags (to principles).
template <typename Ref, typename ListOf>
void drop_references(Journey& j, Footprint& fp, ListOf list_of, std::string Ref::*field, const std::string& id) {
    auto is_ref = [&](const Ref& r) { return r.*field == id; };
    change_references(j, fp, list_of, is_ref, [&](std::vector<Ref>& refs) {
        refs.erase(std::remove_if(refs.begin(), refs.end(), is_ref), refs.end());
    });
}
template <typename Ref, typename ListOf>
void rename_references(Journey& j, Footprint& fp, ListOf list_of, std::string Ref::*field, const std::string& from,
                       const std::string& to) {
    auto is_ref = [&](const Ref& r) { return r.*field == from; };
    change_references(j, fp, list_of, is_ref, [&](std::vector<Ref>& refs) {
        for (Ref& r : refs)
            if (is_ref(r)) r.*field = to;
    });
}
std::vector<Part>& parts_of(Scene& t) { return t.parts; }
std::vector<PrincipleTag>& tags_of(Scene& t) { return t.principles; }

}   // namespace

void Footprint::clear() {
    removed_flows.clear();
    changed_flows.clear();
    changed_scenes.clear();
}

void Footprint::restore(Journey& j) const {
    for (const auto& [index, flow] : removed_flows) insert_at(j.flows, index, flow);
    for (const auto& [index, flow] : changed_flows) j.flows[index] = flow;
    for (const auto& [slot, scene] : changed_scenes) j.stages[slot.outer].scenes[slot.index] = scene;
}

bool id_in_use(const Journey& j, const std::string& id) {
    if (j.persona && j.persona->id == id) return true;
    auto named = [&](const auto& items) {
        return std::any_of(items.begin(), items.end(), [&](const auto& e) { return e.id == id; });
    };
    return named(j.principles) || named(j.cast) || named(j.stages) || locate_scene(j, id).has_value();
}

Error check_new_id(const Journey& j, const std::string& id, const char* what) {
    if (!is_valid_id(id))
        return "'" + id + "' is not a valid " + what +
               " id: start with a letter, then letters, digits, '_', '.' or '-'";
    if (id_in_use(j, id)) return "the id '" + id + "' is already used in this journey";
    return std::nullopt;
}

Error Family<Stage>::check_new(const Journey& j, const Stage& stage) {
    if (Error e = check_new_id(j, stage.id, "stage")) return e;
    for (const auto& scene : stage.scenes)
        if (Error e = check_new_id(j, scene.id, "scene")) return e;
    return std::nullopt;
}
void Family<Stage>::unlink(Journey& j, const Stage& stage, Footprint& fp) {
    auto inside = [&](const std::string& id) {
        return std::any_of(stage.scenes.begin(), stage.scenes.end(), [&](const Scene& t) { return t.id == id; });
    };
    remove_flows(j, fp, [&](const Flow& f) { return inside(f.from) || inside(f.to); });
}

Error Family<Scene>::check_new(const Journey& j, const Scene& scene) { return check_new_id(j, scene.id, "scene"); }
void Family<Scene>::unlink(Journey& j, const Scene& scene, Footprint& fp) {
    remove_flows(j, fp, [&](const Flow& f) { return f.from == scene.id || f.to == scene.id; });
}
void Family<Scene>::relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp) {
    for (std::size_t i = 0; i < j.flows.size(); ++i) {
        Flow& f = j.flows[i];
        if (f.from != from && f.to != from) continue;
        fp.changed_flows.emplace_back(i, f);
        if (f.from == from) f.from = to;
        if (f.to == from) f.to = to;
    }
}

Error Family<Role>::check_new(const Journey& j, const Role& role) { return check_new_id(j, role.id, "role"); }
void Family<Role>::unlink(Journey& j, const Role& role, Footprint& fp) {
    drop_references(j, fp, parts_of, &Part::role, role.id);
}
void Family<Role>::relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp) {
    rename_references(j, fp, parts_of, &Part::role, from, to);
}

Error Family<Principle>::check_new(const Journey& j, const Principle& p) { return check_new_id(j, p.id, "principle"); }
void Family<Principle>::unlink(Journey& j, const Principle& principle, Footprint& fp) {
    drop_references(j, fp, tags_of, &PrincipleTag::ref, principle.id);
}
void Family<Principle>::relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp) {
    rename_references(j, fp, tags_of, &PrincipleTag::ref, from, to);
}

Error Family<Flow>::check_new(const Journey& j, const Flow& f) {
    if (!find_scene(j, f.from)) return "a flow must start at a scene; there is no scene '" + f.from + "'";
    if (!find_scene(j, f.to)) return "a flow must end at a scene; there is no scene '" + f.to + "'";
    return std::nullopt;
}

template <>
Locator by_id<Scene>(std::string id) {
    std::string missing = "there is no scene '" + id + "'";
    return {[id = std::move(id)](const Journey& j) { return locate_scene(j, id); }, std::move(missing)};
}

Locator flow_at(std::size_t index) {
    return {[index](const Journey& j) -> std::optional<Slot> {
                if (index >= j.flows.size()) return std::nullopt;
                return Slot{0, index};
            },
            "there is no such flow"};
}

Place stage_scenes(std::string stage_id) {
    std::string missing = "there is no stage '" + stage_id + "'";
    return {[id = std::move(stage_id)](const Journey& j) -> std::optional<std::size_t> {
                for (std::size_t s = 0; s < j.stages.size(); ++s)
                    if (j.stages[s].id == id) return s;
                return std::nullopt;
            },
            std::move(missing)};
}

Place journey_list() {
    return {[](const Journey&) -> std::optional<std::size_t> { return 0; }, {}};
}

}   // namespace detail

// The name's ASCII letters and digits in lower case, other runs as one '-'.
std::string id_stem(const std::string& name) {
    std::string out;
    bool dash = false;
    for (char c : name) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !digit) {
            dash = true;
            continue;
        }
        if (dash && !out.empty()) out += '-';
        dash = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (out.size() >= 40) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

namespace {

class Batch final : public Command {
public:
    Batch(std::string name, std::vector<CommandPtr> commands)
        : name_(std::move(name)), commands_(std::move(commands)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        for (std::size_t i = 0; i < commands_.size(); ++i) {
            if (Error e = commands_[i]->apply(j)) {
                while (i > 0) commands_[--i]->undo(j);
                return e;
            }
        }
        return std::nullopt;
    }
    void undo(Journey& j) override {
        for (std::size_t i = commands_.size(); i > 0; --i) commands_[i - 1]->undo(j);
    }

private:
    std::string name_;
    std::vector<CommandPtr> commands_;
};

}   // namespace

std::string id_from_name(const Journey& journey, const std::string& name, const std::string& prefix) {
    std::string stem = id_stem(name);
    if (stem.empty()) return unused_id(journey, prefix);
    if (stem[0] >= '0' && stem[0] <= '9') stem = prefix + "-" + stem;   // an id starts with a letter
    if (!detail::id_in_use(journey, stem)) return stem;
    for (std::size_t n = 2;; ++n) {
        std::string id = stem + "-" + std::to_string(n);
        if (!detail::id_in_use(journey, id)) return id;
    }
}

bool id_made_from(const std::string& full_id, const std::string& name) {
    const std::string stem = id_stem(name);
    std::string id = full_id;
    // A name starting with a digit had a word put before it ("scene-2nd-visit").
    if (!stem.empty() && stem[0] >= '0' && stem[0] <= '9' && id.find('-') != std::string::npos)
        id = id.substr(id.find('-') + 1);
    if (stem.empty() || id.compare(0, stem.size(), stem) != 0) return false;
    if (id.size() == stem.size()) return true;
    if (id[stem.size()] != '-' || id.size() == stem.size() + 1) return false;
    return id.find_first_not_of("0123456789", stem.size() + 1) == std::string::npos;
}

CommandPtr batch(std::string name, std::vector<CommandPtr> commands) {
    return std::make_unique<Batch>(std::move(name), std::move(commands));
}

std::string unused_id(const Journey& journey, const std::string& prefix) {
    for (std::size_t n = 1;; ++n) {
        std::string id = prefix + "-" + std::to_string(n);
        if (!detail::id_in_use(journey, id)) return id;
    }
}

}   // namespace stagecraft::edits
