// The concrete journey edits (see edits.hpp). Each command records exactly what it changed so
// that undo puts back the same values at the same places.
#include "model/edits/edits.hpp"

#include <algorithm>
#include <utility>

#include "model/validate.hpp"

namespace stagecraft::edits {
namespace {

using Error = std::optional<std::string>;

struct ScenePos {
    std::size_t stage;
    std::size_t index;
};

std::optional<ScenePos> locate_scene(const Journey& j, const std::string& id) {
    for (std::size_t s = 0; s < j.stages.size(); ++s) {
        const auto& tps = j.stages[s].scenes;
        for (std::size_t i = 0; i < tps.size(); ++i)
            if (tps[i].id == id) return ScenePos{s, i};
    }
    return std::nullopt;
}

template <typename T>
std::optional<std::size_t> index_of(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return i;
    return std::nullopt;
}

bool id_in_use(const Journey& j, const std::string& id) {
    if (j.persona && j.persona->id == id) return true;
    if (index_of(j.principles, id) || index_of(j.cast, id) || index_of(j.stages, id)) return true;
    return locate_scene(j, id).has_value();
}

Error check_new_id(const Journey& j, const std::string& id, const char* what) {
    if (!is_valid_id(id))
        return "'" + id + "' is not a valid " + what +
               " id: start with a letter, then letters, digits, '_', '.' or '-'";
    if (id_in_use(j, id)) return "the id '" + id + "' is already used in this journey";
    return std::nullopt;
}

template <typename T>
std::size_t clamp_index(std::size_t index, const std::vector<T>& items) {
    return std::min(index, items.size());
}

template <typename T>
void insert_at(std::vector<T>& items, std::size_t index, T value) {
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), std::move(value));
}

template <typename T>
void erase_at(std::vector<T>& items, std::size_t index) {
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
}

// Items removed from a vector, with the index each had; put back in ascending order.
template <typename T>
struct Removed {
    std::vector<std::pair<std::size_t, T>> items;
    template <typename Pred>
    void take(std::vector<T>& from, Pred pred) {
        items.clear();
        std::vector<T> kept;
        kept.reserve(from.size());
        for (std::size_t i = 0; i < from.size(); ++i) {
            if (pred(from[i])) items.emplace_back(i, std::move(from[i]));
            else kept.push_back(std::move(from[i]));
        }
        from = std::move(kept);
    }
    void restore(std::vector<T>& into) const {
        for (const auto& [index, value] : items) insert_at(into, index, value);
    }
};

std::string scene_missing(const std::string& id) { return "there is no scene '" + id + "'"; }
std::string role_missing(const std::string& id) { return "there is no role '" + id + "'"; }
std::string stage_missing(const std::string& id) { return "there is no stage '" + id + "'"; }
std::string principle_missing(const std::string& id) { return "there is no principle '" + id + "'"; }

// ---- element edits: change one element in place, undo restores its saved copy --------------

using SceneChange = std::function<Error(const Journey&, Scene&)>;

class SceneEdit final : public Command {
public:
    SceneEdit(std::string id, std::string name, SceneChange change)
        : id_(std::move(id)), name_(std::move(name)), change_(std::move(change)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        auto pos = locate_scene(j, id_);
        if (!pos) return scene_missing(id_);
        Scene& t = j.stages[pos->stage].scenes[pos->index];
        saved_ = t;
        Error error = change_(j, t);
        if (!error && t.id != id_) error = std::string("this edit cannot change the scene's id");
        if (error) t = std::move(saved_);
        return error;
    }
    void undo(Journey& j) override {
        auto pos = locate_scene(j, id_);
        if (pos) j.stages[pos->stage].scenes[pos->index] = saved_;
    }

private:
    std::string id_, name_;
    SceneChange change_;
    Scene saved_;
};

// Edit of an element kept in a vector of the journey, found by id.
template <typename T>
class ElementEdit final : public Command {
public:
    using Change = std::function<Error(const Journey&, T&)>;
    using Select = std::vector<T>& (*)(Journey&);
    ElementEdit(Select select, const char* what, std::string id, std::string name, Change change)
        : select_(select), what_(what), id_(std::move(id)), name_(std::move(name)),
          change_(std::move(change)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        auto& items = select_(j);
        auto index = index_of(items, id_);
        if (!index) return "there is no " + std::string(what_) + " '" + id_ + "'";
        T& item = items[*index];
        saved_ = item;
        Error error = change_(j, item);
        if (!error && item.id != id_) error = "this edit cannot change the " + std::string(what_) + "'s id";
        if (error) item = std::move(saved_);
        return error;
    }
    void undo(Journey& j) override {
        auto& items = select_(j);
        if (auto index = index_of(items, id_)) items[*index] = saved_;
    }

private:
    Select select_;
    const char* what_;
    std::string id_, name_;
    Change change_;
    T saved_;
};

std::vector<Role>& cast_of(Journey& j) { return j.cast; }
std::vector<Stage>& stages_of(Journey& j) { return j.stages; }
std::vector<Principle>& principles_of(Journey& j) { return j.principles; }

CommandPtr role_edit(std::string id, std::string name, ElementEdit<Role>::Change change) {
    return std::make_unique<ElementEdit<Role>>(cast_of, "role", std::move(id), std::move(name), std::move(change));
}
CommandPtr stage_edit(std::string id, std::string name, ElementEdit<Stage>::Change change) {
    return std::make_unique<ElementEdit<Stage>>(stages_of, "stage", std::move(id), std::move(name), std::move(change));
}
CommandPtr principle_edit(std::string id, std::string name, ElementEdit<Principle>::Change change) {
    return std::make_unique<ElementEdit<Principle>>(principles_of, "principle", std::move(id),
                                                    std::move(name), std::move(change));
}
CommandPtr scene_edit(std::string id, std::string name, SceneChange change) {
    return std::make_unique<SceneEdit>(std::move(id), std::move(name), std::move(change));
}

// The journey's own fields (not its collections).
struct Header {
    std::string id, title, description;
    JourneyKind kind = JourneyKind::Customer;
    Meta meta;
    std::optional<Persona> persona;
};

Header header_of(const Journey& j) { return {j.id, j.title, j.description, j.kind, j.meta, j.persona}; }
void put_header(Journey& j, Header h) {
    j.id = std::move(h.id);
    j.title = std::move(h.title);
    j.description = std::move(h.description);
    j.kind = h.kind;
    j.meta = std::move(h.meta);
    j.persona = std::move(h.persona);
}

class HeaderEdit final : public Command {
public:
    using Change = std::function<Error(Journey&)>;
    HeaderEdit(std::string name, Change change) : name_(std::move(name)), change_(std::move(change)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        saved_ = header_of(j);
        Error error = change_(j);
        if (error) put_header(j, saved_);
        return error;
    }
    void undo(Journey& j) override { put_header(j, saved_); }

private:
    std::string name_;
    Change change_;
    Header saved_;
};

CommandPtr header_edit(std::string name, HeaderEdit::Change change) {
    return std::make_unique<HeaderEdit>(std::move(name), std::move(change));
}

// ---- stages ---------------------------------------------------------------------------------

class AddStage final : public Command {
public:
    AddStage(Stage stage, std::size_t index) : stage_(std::move(stage)), index_(index) {}
    std::string name() const override { return "Add stage"; }
    Error apply(Journey& j) override {
        if (auto e = check_new_id(j, stage_.id, "stage")) return e;
        for (const auto& t : stage_.scenes)
            if (auto e = check_new_id(j, t.id, "scene")) return e;
        at_ = clamp_index(index_, j.stages);
        insert_at(j.stages, at_, stage_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(j.stages, at_); }

private:
    Stage stage_;
    std::size_t index_, at_ = 0;
};

class RemoveStage final : public Command {
public:
    explicit RemoveStage(std::string id) : id_(std::move(id)) {}
    std::string name() const override { return "Delete stage"; }
    Error apply(Journey& j) override {
        auto index = index_of(j.stages, id_);
        if (!index) return stage_missing(id_);
        at_ = *index;
        std::vector<std::string> scene_ids;
        for (const auto& t : j.stages[at_].scenes) scene_ids.push_back(t.id);
        auto touches = [&](const std::string& id) {
            return std::find(scene_ids.begin(), scene_ids.end(), id) != scene_ids.end();
        };
        flows_.take(j.flows, [&](const Flow& f) { return touches(f.from) || touches(f.to); });
        stage_ = std::move(j.stages[at_]);
        erase_at(j.stages, at_);
        return std::nullopt;
    }
    void undo(Journey& j) override {
        insert_at(j.stages, at_, stage_);
        flows_.restore(j.flows);
    }

private:
    std::string id_;
    std::size_t at_ = 0;
    Stage stage_;
    Removed<Flow> flows_;
};

// Move an element within a vector of the journey, found by id.
template <typename T>
class MoveElement final : public Command {
public:
    using Select = std::vector<T>& (*)(Journey&);
    MoveElement(Select select, const char* what, std::string id, std::size_t index, std::string name)
        : select_(select), what_(what), id_(std::move(id)), index_(index), name_(std::move(name)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        auto& items = select_(j);
        auto from = index_of(items, id_);
        if (!from) return "there is no " + std::string(what_) + " '" + id_ + "'";
        from_ = *from;
        T item = std::move(items[from_]);
        erase_at(items, from_);
        to_ = clamp_index(index_, items);
        insert_at(items, to_, std::move(item));
        return std::nullopt;
    }
    void undo(Journey& j) override {
        auto& items = select_(j);
        T item = std::move(items[to_]);
        erase_at(items, to_);
        insert_at(items, from_, std::move(item));
    }

private:
    Select select_;
    const char* what_;
    std::string id_;
    std::size_t index_, from_ = 0, to_ = 0;
    std::string name_;
};

// Nothing refers to a stage by id, so only the stage itself changes.
class SetStageId final : public Command {
public:
    SetStageId(std::string id, std::string new_id) : id_(std::move(id)), new_id_(std::move(new_id)) {}
    std::string name() const override { return "Change stage id"; }
    Error apply(Journey& j) override {
        auto index = index_of(j.stages, id_);
        if (!index) return stage_missing(id_);
        if (auto e = check_new_id(j, new_id_, "stage")) return e;
        j.stages[*index].id = new_id_;
        return std::nullopt;
    }
    void undo(Journey& j) override {
        if (auto index = index_of(j.stages, new_id_)) j.stages[*index].id = id_;
    }

private:
    std::string id_, new_id_;
};

// ---- scenes ---------------------------------------------------------------------------------

class AddScene final : public Command {
public:
    AddScene(std::string stage_id, Scene scene, std::size_t index)
        : stage_id_(std::move(stage_id)), scene_(std::move(scene)), index_(index) {}
    std::string name() const override { return "Add scene"; }
    Error apply(Journey& j) override {
        auto s = index_of(j.stages, stage_id_);
        if (!s) return stage_missing(stage_id_);
        if (auto e = check_new_id(j, scene_.id, "scene")) return e;
        stage_ = *s;
        auto& tps = j.stages[stage_].scenes;
        at_ = clamp_index(index_, tps);
        insert_at(tps, at_, scene_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(j.stages[stage_].scenes, at_); }

private:
    std::string stage_id_;
    Scene scene_;
    std::size_t index_, stage_ = 0, at_ = 0;
};

class RemoveScene final : public Command {
public:
    explicit RemoveScene(std::string id) : id_(std::move(id)) {}
    std::string name() const override { return "Delete scene"; }
    Error apply(Journey& j) override {
        auto pos = locate_scene(j, id_);
        if (!pos) return scene_missing(id_);
        pos_ = *pos;
        flows_.take(j.flows, [&](const Flow& f) { return f.from == id_ || f.to == id_; });
        auto& tps = j.stages[pos_.stage].scenes;
        scene_ = std::move(tps[pos_.index]);
        erase_at(tps, pos_.index);
        return std::nullopt;
    }
    void undo(Journey& j) override {
        insert_at(j.stages[pos_.stage].scenes, pos_.index, scene_);
        flows_.restore(j.flows);
    }

private:
    std::string id_;
    ScenePos pos_{0, 0};
    Scene scene_;
    Removed<Flow> flows_;
};

class MoveScene final : public Command {
public:
    MoveScene(std::string id, std::string to_stage, std::size_t index)
        : id_(std::move(id)), to_stage_(std::move(to_stage)), index_(index) {}
    std::string name() const override { return "Move scene"; }
    Error apply(Journey& j) override {
        auto from = locate_scene(j, id_);
        if (!from) return scene_missing(id_);
        auto to_stage = index_of(j.stages, to_stage_);
        if (!to_stage) return stage_missing(to_stage_);
        from_ = *from;
        auto& src = j.stages[from_.stage].scenes;
        Scene scene = std::move(src[from_.index]);
        erase_at(src, from_.index);
        auto& dst = j.stages[*to_stage].scenes;
        to_ = ScenePos{*to_stage, clamp_index(index_, dst)};
        insert_at(dst, to_.index, std::move(scene));
        return std::nullopt;
    }
    void undo(Journey& j) override {
        auto& dst = j.stages[to_.stage].scenes;
        Scene scene = std::move(dst[to_.index]);
        erase_at(dst, to_.index);
        insert_at(j.stages[from_.stage].scenes, from_.index, std::move(scene));
    }

private:
    std::string id_, to_stage_;
    std::size_t index_;
    ScenePos from_{0, 0}, to_{0, 0};
};

class SetSceneId final : public Command {
public:
    SetSceneId(std::string id, std::string new_id) : id_(std::move(id)), new_id_(std::move(new_id)) {}
    std::string name() const override { return "Change scene id"; }
    Error apply(Journey& j) override {
        auto pos = locate_scene(j, id_);
        if (!pos) return scene_missing(id_);
        if (auto e = check_new_id(j, new_id_, "scene")) return e;
        j.stages[pos->stage].scenes[pos->index].id = new_id_;
        from_.clear();
        to_.clear();
        for (std::size_t i = 0; i < j.flows.size(); ++i) {
            if (j.flows[i].from == id_) { j.flows[i].from = new_id_; from_.push_back(i); }
            if (j.flows[i].to == id_) { j.flows[i].to = new_id_; to_.push_back(i); }
        }
        return std::nullopt;
    }
    void undo(Journey& j) override {
        if (auto pos = locate_scene(j, new_id_)) j.stages[pos->stage].scenes[pos->index].id = id_;
        for (auto i : from_) j.flows[i].from = id_;
        for (auto i : to_) j.flows[i].to = id_;
    }

private:
    std::string id_, new_id_;
    std::vector<std::size_t> from_, to_;
};

// ---- roles ----------------------------------------------------------------------------------

struct PartPos {
    std::size_t stage, scene, part;
};

class AddRole final : public Command {
public:
    AddRole(Role role, std::size_t index) : role_(std::move(role)), index_(index) {}
    std::string name() const override { return "Add role"; }
    Error apply(Journey& j) override {
        if (auto e = check_new_id(j, role_.id, "role")) return e;
        at_ = clamp_index(index_, j.cast);
        insert_at(j.cast, at_, role_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(j.cast, at_); }

private:
    Role role_;
    std::size_t index_, at_ = 0;
};

class RemoveRole final : public Command {
public:
    explicit RemoveRole(std::string id) : id_(std::move(id)) {}
    std::string name() const override { return "Delete role"; }
    Error apply(Journey& j) override {
        auto index = index_of(j.cast, id_);
        if (!index) return role_missing(id_);
        at_ = *index;
        parts_.clear();
        for (std::size_t s = 0; s < j.stages.size(); ++s) {
            auto& tps = j.stages[s].scenes;
            for (std::size_t t = 0; t < tps.size(); ++t) {
                Removed<Part> removed;
                removed.take(tps[t].parts, [&](const Part& p) { return p.role == id_; });
                for (auto& [i, part] : removed.items) parts_.push_back({{s, t, i}, std::move(part)});
            }
        }
        role_ = std::move(j.cast[at_]);
        erase_at(j.cast, at_);
        return std::nullopt;
    }
    void undo(Journey& j) override {
        insert_at(j.cast, at_, role_);
        for (const auto& [pos, part] : parts_) insert_at(j.stages[pos.stage].scenes[pos.scene].parts, pos.part, part);
    }

private:
    std::string id_;
    std::size_t at_ = 0;
    Role role_;
    std::vector<std::pair<PartPos, Part>> parts_;   // in ascending order
};

class SetRoleId final : public Command {
public:
    SetRoleId(std::string id, std::string new_id) : id_(std::move(id)), new_id_(std::move(new_id)) {}
    std::string name() const override { return "Change role id"; }
    Error apply(Journey& j) override {
        auto index = index_of(j.cast, id_);
        if (!index) return role_missing(id_);
        if (auto e = check_new_id(j, new_id_, "role")) return e;
        j.cast[*index].id = new_id_;
        changed_.clear();
        for (std::size_t s = 0; s < j.stages.size(); ++s) {
            auto& tps = j.stages[s].scenes;
            for (std::size_t t = 0; t < tps.size(); ++t)
                for (std::size_t p = 0; p < tps[t].parts.size(); ++p)
                    if (tps[t].parts[p].role == id_) {
                        tps[t].parts[p].role = new_id_;
                        changed_.push_back({s, t, p});
                    }
        }
        return std::nullopt;
    }
    void undo(Journey& j) override {
        if (auto index = index_of(j.cast, new_id_)) j.cast[*index].id = id_;
        for (const auto& pos : changed_) j.stages[pos.stage].scenes[pos.scene].parts[pos.part].role = id_;
    }

private:
    std::string id_, new_id_;
    std::vector<PartPos> changed_;
};

// ---- principles -----------------------------------------------------------------------------

class AddPrinciple final : public Command {
public:
    AddPrinciple(Principle p, std::size_t index) : principle_(std::move(p)), index_(index) {}
    std::string name() const override { return "Add principle"; }
    Error apply(Journey& j) override {
        if (auto e = check_new_id(j, principle_.id, "principle")) return e;
        at_ = clamp_index(index_, j.principles);
        insert_at(j.principles, at_, principle_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(j.principles, at_); }

private:
    Principle principle_;
    std::size_t index_, at_ = 0;
};

class RemovePrinciple final : public Command {
public:
    explicit RemovePrinciple(std::string id) : id_(std::move(id)) {}
    std::string name() const override { return "Delete principle"; }
    Error apply(Journey& j) override {
        auto index = index_of(j.principles, id_);
        if (!index) return principle_missing(id_);
        at_ = *index;
        tags_.clear();
        for (std::size_t s = 0; s < j.stages.size(); ++s) {
            auto& tps = j.stages[s].scenes;
            for (std::size_t t = 0; t < tps.size(); ++t) {
                Removed<PrincipleTag> removed;
                removed.take(tps[t].principles, [&](const PrincipleTag& tag) { return tag.ref == id_; });
                for (auto& [i, tag] : removed.items) tags_.push_back({{s, t, i}, std::move(tag)});
            }
        }
        principle_ = std::move(j.principles[at_]);
        erase_at(j.principles, at_);
        return std::nullopt;
    }
    void undo(Journey& j) override {
        insert_at(j.principles, at_, principle_);
        for (const auto& [pos, tag] : tags_)
            insert_at(j.stages[pos.stage].scenes[pos.scene].principles, pos.part, tag);
    }

private:
    std::string id_;
    std::size_t at_ = 0;
    Principle principle_;
    std::vector<std::pair<PartPos, PrincipleTag>> tags_;
};

// ---- flows ----------------------------------------------------------------------------------

Error check_flow(const Journey& j, const Flow& f) {
    if (!find_scene(j, f.from)) return "a flow must start at a scene; there is no scene '" + f.from + "'";
    if (!find_scene(j, f.to)) return "a flow must end at a scene; there is no scene '" + f.to + "'";
    return std::nullopt;
}

class AddFlow final : public Command {
public:
    AddFlow(Flow f, std::size_t index) : flow_(std::move(f)), index_(index) {}
    std::string name() const override { return "Add flow"; }
    Error apply(Journey& j) override {
        if (auto e = check_flow(j, flow_)) return e;
        at_ = clamp_index(index_, j.flows);
        insert_at(j.flows, at_, flow_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(j.flows, at_); }

private:
    Flow flow_;
    std::size_t index_, at_ = 0;
};

class RemoveFlow final : public Command {
public:
    explicit RemoveFlow(std::size_t index) : index_(index) {}
    std::string name() const override { return "Delete flow"; }
    Error apply(Journey& j) override {
        if (index_ >= j.flows.size()) return std::string("there is no such flow");
        flow_ = std::move(j.flows[index_]);
        erase_at(j.flows, index_);
        return std::nullopt;
    }
    void undo(Journey& j) override { insert_at(j.flows, index_, flow_); }

private:
    std::size_t index_;
    Flow flow_;
};

class SetFlow final : public Command {
public:
    SetFlow(std::size_t index, Flow f) : index_(index), flow_(std::move(f)) {}
    std::string name() const override { return "Edit flow"; }
    Error apply(Journey& j) override {
        if (index_ >= j.flows.size()) return std::string("there is no such flow");
        if (auto e = check_flow(j, flow_)) return e;
        saved_ = j.flows[index_];
        j.flows[index_] = flow_;
        return std::nullopt;
    }
    void undo(Journey& j) override { j.flows[index_] = saved_; }

private:
    std::size_t index_;
    Flow flow_, saved_;
};

std::vector<std::string>& list_of(Scene& t, SceneList list) {
    switch (list) {
    case SceneList::Props: return t.props;
    case SceneList::Pains: return t.pains;
    case SceneList::Opportunities: break;
    }
    return t.opportunities;
}

const char* item_word(SceneList list) {
    switch (list) {
    case SceneList::Props: return "prop";
    case SceneList::Pains: return "pain point";
    case SceneList::Opportunities: break;
    }
    return "opportunity";
}

Error check_optional_number(const std::optional<double>& v, const char* what) {
    if (v && *v < 0) return std::string(what) + " cannot be negative";
    return std::nullopt;
}

}  // namespace

// ---- public factories -----------------------------------------------------------------------

CommandPtr edit_scene(std::string scene_id, std::string name, std::function<void(Scene&)> change) {
    return scene_edit(std::move(scene_id), std::move(name), [change = std::move(change)](const Journey&, Scene& t) {
        change(t);
        return Error{};
    });
}
CommandPtr edit_role(std::string role_id, std::string name, std::function<void(Role&)> change) {
    return role_edit(std::move(role_id), std::move(name), [change = std::move(change)](const Journey&, Role& r) {
        change(r);
        return Error{};
    });
}
CommandPtr edit_stage(std::string stage_id, std::string name, std::function<void(Stage&)> change) {
    return stage_edit(std::move(stage_id), std::move(name), [change = std::move(change)](const Journey&, Stage& s) {
        change(s);
        return Error{};
    });
}
CommandPtr edit_principle(std::string principle_id, std::string name, std::function<void(Principle&)> change) {
    return principle_edit(std::move(principle_id), std::move(name),
                          [change = std::move(change)](const Journey&, Principle& p) {
                              change(p);
                              return Error{};
                          });
}

CommandPtr set_journey_title(std::string title) {
    return header_edit("Rename journey", [title = std::move(title)](Journey& j) {
        j.title = title;
        return Error{};
    });
}
CommandPtr set_journey_description(std::string description) {
    return header_edit("Change journey description", [d = std::move(description)](Journey& j) {
        j.description = d;
        return Error{};
    });
}
CommandPtr set_journey_kind(JourneyKind kind) {
    return header_edit("Change journey kind", [kind](Journey& j) {
        j.kind = kind;
        return Error{};
    });
}
CommandPtr set_journey_id(std::string id) {
    return header_edit("Change journey id", [id = std::move(id)](Journey& j) -> Error {
        if (!is_valid_id(id))
            return "'" + id + "' is not a valid journey id: start with a letter, then letters, digits, '_', '.' or '-'";
        j.id = id;
        return std::nullopt;
    });
}
CommandPtr set_meta(Meta meta) {
    return header_edit("Change journey details", [meta = std::move(meta)](Journey& j) {
        j.meta = meta;
        return Error{};
    });
}
CommandPtr set_persona(std::optional<Persona> persona) {
    const char* name = persona ? "Set persona" : "Remove persona";
    return header_edit(name, [persona = std::move(persona)](Journey& j) -> Error {
        if (persona && !is_valid_id(persona->id)) return "'" + persona->id + "' is not a valid persona id";
        if (persona && (!j.persona || j.persona->id != persona->id)) {
            std::optional<Persona> old = std::move(j.persona);
            j.persona.reset();
            bool clash = id_in_use(j, persona->id);
            j.persona = std::move(old);
            if (clash) return "the id '" + persona->id + "' is already used in this journey";
        }
        j.persona = persona;
        return std::nullopt;
    });
}
CommandPtr edit_persona(std::string name, std::function<void(Persona&)> change) {
    return header_edit(std::move(name), [change = std::move(change)](Journey& j) -> Error {
        if (!j.persona) return std::string("this journey has no persona");
        std::string id = j.persona->id;
        change(*j.persona);
        if (j.persona->id != id) return std::string("this edit cannot change the persona's id");
        return std::nullopt;
    });
}

CommandPtr add_stage(Stage stage, std::size_t index) { return std::make_unique<AddStage>(std::move(stage), index); }
CommandPtr remove_stage(std::string stage_id) { return std::make_unique<RemoveStage>(std::move(stage_id)); }
CommandPtr rename_stage(std::string stage_id, std::string name) {
    return edit_stage(std::move(stage_id), "Rename stage", [name = std::move(name)](Stage& s) { s.name = name; });
}
CommandPtr set_stage_goal(std::string stage_id, std::string goal) {
    return edit_stage(std::move(stage_id), "Change stage goal", [goal = std::move(goal)](Stage& s) { s.goal = goal; });
}
CommandPtr set_stage_id(std::string stage_id, std::string new_id) {
    return std::make_unique<SetStageId>(std::move(stage_id), std::move(new_id));
}
CommandPtr move_stage(std::string stage_id, std::size_t index) {
    return std::make_unique<MoveElement<Stage>>(stages_of, "stage", std::move(stage_id), index, "Move stage");
}

CommandPtr add_scene(std::string stage_id, Scene scene, std::size_t index) {
    return std::make_unique<AddScene>(std::move(stage_id), std::move(scene), index);
}
CommandPtr remove_scene(std::string scene_id) { return std::make_unique<RemoveScene>(std::move(scene_id)); }
CommandPtr rename_scene(std::string scene_id, std::string name) {
    return edit_scene(std::move(scene_id), "Rename scene", [name = std::move(name)](Scene& t) { t.name = name; });
}
CommandPtr move_scene(std::string scene_id, std::string to_stage_id, std::size_t index) {
    return std::make_unique<MoveScene>(std::move(scene_id), std::move(to_stage_id), index);
}
CommandPtr set_scene_id(std::string scene_id, std::string new_id) {
    return std::make_unique<SetSceneId>(std::move(scene_id), std::move(new_id));
}
CommandPtr set_scene_lane(std::string scene_id, Lane lane) {
    return edit_scene(std::move(scene_id), "Change scene lane", [lane](Scene& t) { t.lane = lane; });
}
CommandPtr set_scene_channel(std::string scene_id, Channel channel) {
    return edit_scene(std::move(scene_id), "Change scene channel", [channel](Scene& t) { t.channel = channel; });
}
CommandPtr set_scene_description(std::string scene_id, std::string text) {
    return edit_scene(std::move(scene_id), "Change scene description",
                      [text = std::move(text)](Scene& t) { t.description = text; });
}
CommandPtr set_scene_script(std::string scene_id, std::string text) {
    return edit_scene(std::move(scene_id), "Change scene script", [text = std::move(text)](Scene& t) { t.script = text; });
}
CommandPtr set_scene_emotion(std::string scene_id, std::optional<int> emotion) {
    return scene_edit(std::move(scene_id), "Change scene emotion", [emotion](const Journey&, Scene& t) -> Error {
        if (emotion && (*emotion < -2 || *emotion > 2)) return std::string("emotion must be between -2 and +2");
        t.emotion = emotion;
        return std::nullopt;
    });
}
CommandPtr set_scene_minutes(std::string scene_id, std::optional<double> minutes) {
    return scene_edit(std::move(scene_id), "Change scene duration", [minutes](const Journey&, Scene& t) -> Error {
        if (auto e = check_optional_number(minutes, "a duration")) return e;
        t.minutes = minutes;
        return std::nullopt;
    });
}
CommandPtr set_scene_wait(std::string scene_id, std::optional<double> wait) {
    return scene_edit(std::move(scene_id), "Change scene wait", [wait](const Journey&, Scene& t) -> Error {
        if (auto e = check_optional_number(wait, "a wait")) return e;
        t.wait = wait;
        return std::nullopt;
    });
}
CommandPtr set_scene_fail_point(std::string scene_id, bool on) {
    return edit_scene(std::move(scene_id), on ? "Mark fail point" : "Unmark fail point", [on](Scene& t) { t.fail_point = on; });
}
CommandPtr set_scene_moment_of_truth(std::string scene_id, bool on) {
    return edit_scene(std::move(scene_id), on ? "Mark moment of truth" : "Unmark moment of truth",
                      [on](Scene& t) { t.moment_of_truth = on; });
}
CommandPtr set_scene_follow_up(std::string scene_id, std::string delay) {
    return scene_edit(std::move(scene_id), "Change follow-up delay", [delay = std::move(delay)](const Journey&, Scene& t) -> Error {
        if (!delay.empty() && !is_valid_follow_up(delay))
            return "'" + delay + "' is not a follow-up delay: write a number and a unit, e.g. 30m, 2h, 3d, 1w or 6mo";
        t.follow_up = delay;
        return std::nullopt;
    });
}

CommandPtr assign_part(std::string scene_id, std::string role_id, PartKind kind) {
    return scene_edit(std::move(scene_id), "Cast role", [role_id = std::move(role_id), kind](const Journey& j, Scene& t) -> Error {
        if (!find_role(j, role_id)) return role_missing(role_id);
        if (find_part(t, role_id)) return "'" + role_id + "' already has a part in this scene";
        Part part;
        part.role = role_id;
        part.kind = kind;
        t.parts.push_back(std::move(part));
        return std::nullopt;
    });
}
CommandPtr unassign_part(std::string scene_id, std::string role_id) {
    return scene_edit(std::move(scene_id), "Uncast role", [role_id = std::move(role_id)](const Journey&, Scene& t) -> Error {
        auto it = std::find_if(t.parts.begin(), t.parts.end(), [&](const Part& p) { return p.role == role_id; });
        if (it == t.parts.end()) return "'" + role_id + "' has no part in this scene";
        t.parts.erase(it);
        return std::nullopt;
    });
}
CommandPtr set_part_kind(std::string scene_id, std::string role_id, PartKind kind) {
    return scene_edit(std::move(scene_id), "Change part", [role_id = std::move(role_id), kind](const Journey&, Scene& t) -> Error {
        for (auto& p : t.parts)
            if (p.role == role_id) {
                p.kind = kind;
                return std::nullopt;
            }
        return "'" + role_id + "' has no part in this scene";
    });
}

CommandPtr add_scene_item(std::string scene_id, SceneList list, std::string text) {
    return edit_scene(std::move(scene_id), std::string("Add ") + item_word(list),
                      [list, text = std::move(text)](Scene& t) { list_of(t, list).push_back(text); });
}
CommandPtr remove_scene_item(std::string scene_id, SceneList list, std::size_t index) {
    return scene_edit(std::move(scene_id), std::string("Delete ") + item_word(list),
                      [list, index](const Journey&, Scene& t) -> Error {
                          auto& items = list_of(t, list);
                          if (index >= items.size()) return "there is no such " + std::string(item_word(list));
                          erase_at(items, index);
                          return std::nullopt;
                      });
}
CommandPtr set_scene_item(std::string scene_id, SceneList list, std::size_t index, std::string text) {
    return scene_edit(std::move(scene_id), std::string("Edit ") + item_word(list),
                      [list, index, text = std::move(text)](const Journey&, Scene& t) -> Error {
                          auto& items = list_of(t, list);
                          if (index >= items.size()) return "there is no such " + std::string(item_word(list));
                          items[index] = text;
                          return std::nullopt;
                      });
}
CommandPtr add_kpi(std::string scene_id, Kpi kpi) {
    return scene_edit(std::move(scene_id), "Add KPI", [kpi = std::move(kpi)](const Journey&, Scene& t) -> Error {
        if (kpi.name.empty()) return std::string("a KPI needs a name");
        t.kpis.push_back(kpi);
        return std::nullopt;
    });
}
CommandPtr remove_kpi(std::string scene_id, std::size_t index) {
    return scene_edit(std::move(scene_id), "Delete KPI", [index](const Journey&, Scene& t) -> Error {
        if (index >= t.kpis.size()) return std::string("there is no such KPI");
        erase_at(t.kpis, index);
        return std::nullopt;
    });
}
CommandPtr set_kpi(std::string scene_id, std::size_t index, Kpi kpi) {
    return scene_edit(std::move(scene_id), "Edit KPI", [index, kpi = std::move(kpi)](const Journey&, Scene& t) -> Error {
        if (index >= t.kpis.size()) return std::string("there is no such KPI");
        if (kpi.name.empty()) return std::string("a KPI needs a name");
        t.kpis[index] = kpi;
        return std::nullopt;
    });
}
CommandPtr add_principle_tag(std::string scene_id, std::string principle_id) {
    return scene_edit(std::move(scene_id), "Tag principle", [ref = std::move(principle_id)](const Journey& j, Scene& t) -> Error {
        if (!find_principle(j, ref)) return principle_missing(ref);
        for (const auto& tag : t.principles)
            if (tag.ref == ref) return "the scene is already tagged with '" + ref + "'";
        PrincipleTag tag;
        tag.ref = ref;
        t.principles.push_back(std::move(tag));
        return std::nullopt;
    });
}
CommandPtr remove_principle_tag(std::string scene_id, std::string principle_id) {
    return scene_edit(std::move(scene_id), "Untag principle", [ref = std::move(principle_id)](const Journey&, Scene& t) -> Error {
        auto it = std::find_if(t.principles.begin(), t.principles.end(), [&](const PrincipleTag& tag) { return tag.ref == ref; });
        if (it == t.principles.end()) return "the scene is not tagged with '" + ref + "'";
        t.principles.erase(it);
        return std::nullopt;
    });
}

CommandPtr add_role(Role role, std::size_t index) { return std::make_unique<AddRole>(std::move(role), index); }
CommandPtr remove_role(std::string role_id) { return std::make_unique<RemoveRole>(std::move(role_id)); }
CommandPtr rename_role(std::string role_id, std::string name) {
    return edit_role(std::move(role_id), "Rename role", [name = std::move(name)](Role& r) { r.name = name; });
}
CommandPtr move_role(std::string role_id, std::size_t index) {
    return std::make_unique<MoveElement<Role>>(cast_of, "role", std::move(role_id), index, "Move role");
}
CommandPtr set_role_id(std::string role_id, std::string new_id) {
    return std::make_unique<SetRoleId>(std::move(role_id), std::move(new_id));
}
CommandPtr set_role_zone(std::string role_id, Zone zone) {
    return edit_role(std::move(role_id), "Change role zone", [zone](Role& r) { r.zone = zone; });
}
CommandPtr set_role_colour(std::string role_id, std::string colour) {
    return role_edit(std::move(role_id), "Change role colour", [colour = std::move(colour)](const Journey&, Role& r) -> Error {
        if (!colour.empty() && !is_valid_colour(colour))
            return "'" + colour + "' is not a colour: write #rgb or #rrggbb";
        r.colour = colour;
        return std::nullopt;
    });
}
CommandPtr set_role_description(std::string role_id, std::string text) {
    return edit_role(std::move(role_id), "Change role description", [text = std::move(text)](Role& r) { r.description = text; });
}
CommandPtr set_role_capacity(std::string role_id, std::optional<double> minutes) {
    return role_edit(std::move(role_id), "Change role capacity", [minutes](const Journey&, Role& r) -> Error {
        if (auto e = check_optional_number(minutes, "a capacity")) return e;
        r.capacity = minutes;
        return std::nullopt;
    });
}

CommandPtr add_principle(Principle principle, std::size_t index) {
    return std::make_unique<AddPrinciple>(std::move(principle), index);
}
CommandPtr remove_principle(std::string principle_id) { return std::make_unique<RemovePrinciple>(std::move(principle_id)); }
CommandPtr rename_principle(std::string principle_id, std::string name) {
    return edit_principle(std::move(principle_id), "Rename principle", [name = std::move(name)](Principle& p) { p.name = name; });
}
CommandPtr set_principle_description(std::string principle_id, std::string text) {
    return edit_principle(std::move(principle_id), "Change principle description",
                          [text = std::move(text)](Principle& p) { p.description = text; });
}

CommandPtr add_flow(Flow flow, std::size_t index) { return std::make_unique<AddFlow>(std::move(flow), index); }
CommandPtr remove_flow(std::size_t index) { return std::make_unique<RemoveFlow>(index); }
CommandPtr set_flow(std::size_t index, Flow flow) { return std::make_unique<SetFlow>(index, std::move(flow)); }

std::string unused_id(const Journey& journey, const std::string& prefix) {
    for (std::size_t n = 1;; ++n) {
        std::string id = prefix + "-" + std::to_string(n);
        if (!id_in_use(journey, id)) return id;
    }
}

}  // namespace stagecraft::edits
