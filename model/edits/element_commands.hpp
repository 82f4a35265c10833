// The four generic commands every element edit is made of: insert, remove (with whatever refers
// to the element), edit in place (following a changed id through its references) and move.
// Family<T> tells them, per element type, where elements live and what refers to them.
// Internal to model/edits; the public vocabulary of edits is edits.hpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "model/edits/command.hpp"

namespace stagecraft::edits::detail {

// Where an element is: `outer` picks the list (the stage, for scenes; 0 for the journey's own
// lists) and `index` the place in it. Commands keep slots, not pointers, so a command stays
// valid while others before it are undone and redone.
struct Slot {
    std::size_t outer = 0;
    std::size_t index = 0;
};

// Finds an element (a Slot) or a list (its `outer`), or says what is missing.
struct Locator {
    std::function<std::optional<Slot>(const Journey&)> find;
    std::string missing;   // "there is no scene 'x'"
};
struct Place {
    std::function<std::optional<std::size_t>(const Journey&)> find;
    std::string missing;
};

// What a cascade changed beyond the element itself, put back by undo: flows removed (with their
// indexes, ascending), and flows and scenes as they were before their references changed.
struct Footprint {
    std::vector<std::pair<std::size_t, Flow>> removed_flows;
    std::vector<std::pair<std::size_t, Flow>> changed_flows;
    std::vector<std::pair<Slot, Scene>> changed_scenes;
    void clear();
    void restore(Journey& j) const;
};

// Per element type T (Stage, Scene, Role, Principle, Flow):
//   kWhat                  the word users read: "scene"
//   list(j, outer)         the list elements of T live in (const with a const journey)
//   id_of(e)               its id (flows have none: empty)
//   check_new(j, e)        why `e` may not be added (an id in use or invalid, a flow's missing end)
//   unlink(j, e, fp)       removes what refers to `e`, which is being removed, recording it in fp
//   relink(j, from, to, fp) makes references to id `from` name `to`, recording it in fp
template <typename T>
struct Family;

template <>
struct Family<Stage> {
    static constexpr const char* kWhat = "stage";
    template <typename J>   // Journey or const Journey
    static auto& list(J& j, std::size_t) {
        return j.stages;
    }
    static const std::string& id_of(const Stage& s) { return s.id; }
    static Error check_new(const Journey& j, const Stage& s);
    static void unlink(Journey& j, const Stage& s, Footprint& fp);
    static void relink(Journey&, const std::string&, const std::string&, Footprint&) {}   // nothing names a stage
};
template <>
struct Family<Scene> {
    static constexpr const char* kWhat = "scene";
    template <typename J>   // Journey or const Journey
    static auto& list(J& j, std::size_t stage) {
        return j.stages[stage].scenes;
    }
    static const std::string& id_of(const Scene& s) { return s.id; }
    static Error check_new(const Journey& j, const Scene& s);
    static void unlink(Journey& j, const Scene& s, Footprint& fp);   // the flows that touch it
    static void relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp);
};
template <>
struct Family<Role> {
    static constexpr const char* kWhat = "role";
    template <typename J>   // Journey or const Journey
    static auto& list(J& j, std::size_t) {
        return j.cast;
    }
    static const std::string& id_of(const Role& r) { return r.id; }
    static Error check_new(const Journey& j, const Role& r);
    static void unlink(Journey& j, const Role& r, Footprint& fp);   // its parts in every scene
    static void relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp);
};
template <>
struct Family<Principle> {
    static constexpr const char* kWhat = "principle";
    template <typename J>   // Journey or const Journey
    static auto& list(J& j, std::size_t) {
        return j.principles;
    }
    static const std::string& id_of(const Principle& p) { return p.id; }
    static Error check_new(const Journey& j, const Principle& p);
    static void unlink(Journey& j, const Principle& p, Footprint& fp);   // its tags on every scene
    static void relink(Journey& j, const std::string& from, const std::string& to, Footprint& fp);
};
template <>
struct Family<Flow> {
    static constexpr const char* kWhat = "flow";
    template <typename J>   // Journey or const Journey
    static auto& list(J& j, std::size_t) {
        return j.flows;
    }
    static std::string id_of(const Flow&) { return {}; }
    static Error check_new(const Journey& j, const Flow& f);   // both ends must be scenes
    static void unlink(Journey&, const Flow&, Footprint&) {}
    static void relink(Journey&, const std::string&, const std::string&, Footprint&) {}
};

// Locators: an element by id (for scenes: in any stage), a flow by index, and the lists
// elements are added to or moved into.
template <typename T>
Locator by_id(std::string id);
template <>
Locator by_id<Scene>(std::string id);
Locator flow_at(std::size_t index);
Place stage_scenes(std::string stage_id);   // the scenes of one stage
Place journey_list();                       // the journey's own list of stages, roles, principles or flows

template <typename T>
Locator by_id(std::string id) {
    std::string missing = "there is no " + std::string(Family<T>::kWhat) + " '" + id + "'";
    return {[id = std::move(id)](const Journey& j) -> std::optional<Slot> {
                const auto& items = Family<T>::list(j, 0);
                for (std::size_t i = 0; i < items.size(); ++i)
                    if (items[i].id == id) return Slot{0, i};
                return std::nullopt;
            },
            std::move(missing)};
}

// Is `id` valid and unused in the journey? Says why not (`what` names the element: "scene").
Error check_new_id(const Journey& j, const std::string& id, const char* what);
bool id_in_use(const Journey& j, const std::string& id);

template <typename T>
void insert_at(std::vector<T>& items, std::size_t index, T value) {
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), std::move(value));
}
template <typename T>
void erase_at(std::vector<T>& items, std::size_t index) {
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
}

// Adds an element at `index` of a list (clamped to its end). Refuses when the list is missing
// or Family<T>::check_new does.
template <typename T>
class Insert final : public Command {
public:
    Insert(Place into, T element, std::size_t index)
        : into_(std::move(into)), element_(std::move(element)), index_(index) {}
    std::string name() const override { return "Add " + std::string(Family<T>::kWhat); }
    Error apply(Journey& j) override {
        const auto outer = into_.find(j);
        if (!outer) return into_.missing;
        if (Error e = Family<T>::check_new(j, element_)) return e;
        auto& items = Family<T>::list(j, *outer);
        at_ = Slot{*outer, std::min(index_, items.size())};
        insert_at(items, at_.index, element_);
        return std::nullopt;
    }
    void undo(Journey& j) override { erase_at(Family<T>::list(j, at_.outer), at_.index); }

private:
    Place into_;
    T element_;
    std::size_t index_;
    Slot at_;
};

// Removes an element and everything that refers to it; undo puts all of it back in place.
// Refuses when the element is missing.
template <typename T>
class Remove final : public Command {
public:
    explicit Remove(Locator where) : where_(std::move(where)) {}
    std::string name() const override { return "Delete " + std::string(Family<T>::kWhat); }
    Error apply(Journey& j) override {
        const auto slot = where_.find(j);
        if (!slot) return where_.missing;
        at_ = *slot;
        auto& items = Family<T>::list(j, at_.outer);
        footprint_.clear();
        Family<T>::unlink(j, items[at_.index], footprint_);
        removed_ = std::move(items[at_.index]);
        erase_at(items, at_.index);
        return std::nullopt;
    }
    void undo(Journey& j) override {
        insert_at(Family<T>::list(j, at_.outer), at_.index, removed_);
        footprint_.restore(j);
    }

private:
    Locator where_;
    Slot at_;
    T removed_;
    Footprint footprint_;
};

// Changes one element in place with `change`, which gets the journey as it was and says why it
// refuses. When the id changes (only with `id_may_change`) the references follow. Refuses when
// the element is missing, when `change` does, or when it changes an id it may not; a refused
// edit leaves the element as it was.
template <typename T>
class Edit final : public Command {
public:
    using Change = std::function<Error(const Journey&, T&)>;
    Edit(Locator where, std::string name, Change change, bool id_may_change)
        : where_(std::move(where)), name_(std::move(name)), change_(std::move(change)), id_may_change_(id_may_change) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        const auto slot = where_.find(j);
        if (!slot) return where_.missing;
        at_ = *slot;
        T& element = Family<T>::list(j, at_.outer)[at_.index];
        saved_ = element;
        Error error = change_(j, element);
        const std::string old_id = Family<T>::id_of(saved_);
        if (!error && Family<T>::id_of(element) != old_id && !id_may_change_)
            error = "this edit cannot change the " + std::string(Family<T>::kWhat) + "'s id";
        if (error) {
            element = std::move(saved_);
            return error;
        }
        footprint_.clear();
        if (Family<T>::id_of(element) != old_id) {
            const std::string new_id = Family<T>::id_of(element);
            Family<T>::relink(j, old_id, new_id, footprint_);
        }
        return std::nullopt;
    }
    void undo(Journey& j) override {
        Family<T>::list(j, at_.outer)[at_.index] = saved_;
        footprint_.restore(j);
    }

private:
    Locator where_;
    std::string name_;
    Change change_;
    bool id_may_change_;
    Slot at_;
    T saved_;
    Footprint footprint_;
};

// Moves an element to `index` of a list (clamped to its end; the list may be another stage's
// for scenes). Refuses when the element or the list is missing.
template <typename T>
class Move final : public Command {
public:
    Move(Locator what, Place into, std::size_t index) : what_(std::move(what)), into_(std::move(into)), index_(index) {}
    std::string name() const override { return "Move " + std::string(Family<T>::kWhat); }
    Error apply(Journey& j) override {
        const auto from = what_.find(j);
        if (!from) return what_.missing;
        const auto outer = into_.find(j);
        if (!outer) return into_.missing;
        from_ = *from;
        auto& source = Family<T>::list(j, from_.outer);
        T element = std::move(source[from_.index]);
        erase_at(source, from_.index);
        auto& target = Family<T>::list(j, *outer);
        to_ = Slot{*outer, std::min(index_, target.size())};
        insert_at(target, to_.index, std::move(element));
        return std::nullopt;
    }
    void undo(Journey& j) override {
        auto& target = Family<T>::list(j, to_.outer);
        T element = std::move(target[to_.index]);
        erase_at(target, to_.index);
        insert_at(Family<T>::list(j, from_.outer), from_.index, std::move(element));
    }

private:
    Locator what_;
    Place into_;
    std::size_t index_;
    Slot from_, to_;
};

// Shorthands the edit files build their commands with.
template <typename T>
CommandPtr edit(Locator where, std::string name, typename Edit<T>::Change change, bool id_may_change = false) {
    return std::make_unique<Edit<T>>(std::move(where), std::move(name), std::move(change), id_may_change);
}
// An edit that cannot fail.
template <typename T>
CommandPtr edit_always(Locator where, std::string name, std::function<void(T&)> change) {
    return edit<T>(std::move(where), std::move(name), [change = std::move(change)](const Journey&, T& e) {
        change(e);
        return Error{};
    });
}
// An edit that gives the element a new id, checked first; references follow.
template <typename T>
CommandPtr set_id(std::string id, std::string new_id) {
    return edit<T>(
        by_id<T>(std::move(id)), "Change " + std::string(Family<T>::kWhat) + " id",
        [new_id = std::move(new_id)](const Journey& j, T& e) -> Error {
            if (Error error = check_new_id(j, new_id, Family<T>::kWhat)) return error;
            e.id = new_id;
            return std::nullopt;
        },
        true);
}

}   // namespace stagecraft::edits::detail
