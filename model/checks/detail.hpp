// Internals shared by the staging checks: what every check needs to know about the journey once,
// and the sink each check reports its findings to. Not part of the public API (see checks.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/analysis.hpp"
#include "model/checks/checks.hpp"
#include "model/journey.hpp"

namespace stagecraft::checks_detail {

// Facts computed once per run and shared by the checks.
struct Context {
    explicit Context(const Journey& j);

    const Journey& journey;
    std::vector<const Scene*> scenes;                             // document order
    std::unordered_map<std::string_view, std::size_t> scene_at;   // scene id -> index in `scenes`
    std::unordered_map<std::string_view, std::size_t> role_at;    // role id -> index in journey.cast
    std::vector<RoleLoad> loads;                                  // parallel to journey.cast
    std::vector<bool> followed_up;                                // per scene: a follow-up flow enters it

    // True when the scene at `index` is played after the visit: it has a follow-up delay or a
    // follow-up flow enters it.
    bool is_follow_up(std::size_t index) const;

    // Index of the scene with this id, or scenes.size() when there is none.
    std::size_t scene_index(std::string_view id) const;
    // The role with this id, or nullptr.
    const Role* role(std::string_view id) const;
};

// Collects the findings of one check, filling in its id and severity.
class Sink {
public:
    Sink(const CheckInfo& info, std::vector<Finding>& out) : info_(info), out_(out) {}
    void scene(const Scene& t, std::string message, std::string hint);
    void role(const Role& r, std::string message, std::string hint);
    void principle(const Principle& p, std::string message, std::string hint);
    void flow(const Flow& f, int index, std::string message, std::string hint);

private:
    void add(ElementKind kind, std::string id, int flow_index, SourcePos pos, std::string message, std::string hint);
    const CheckInfo& info_;
    std::vector<Finding>& out_;
};

// How an element is named in a message: 'Name' (id), or 'id' when it has no name. Line breaks
// and control characters in names become spaces so a message stays on one line.
std::string name_of(const Scene& t);
std::string name_of(const Role& r);
std::string name_of(const Principle& p);
std::string one_line(std::string_view text);
// one_line(text), cut to at most `max` bytes at a character boundary, "..." marking the cut.
std::string excerpt(std::string_view text, std::size_t max = 60);
// "1 pain point", "3 pain points".
std::string count_of(std::size_t n, std::string_view singular, std::string_view plural);

// The checks, one function each (grouped by theme in checks_*.cpp).
void check_no_lead(const Context& c, Sink& out);
void check_single_point_of_failure(const Context& c, Sink& out);
void check_unowned_pain(const Context& c, Sink& out);
void check_followup_unowned(const Context& c, Sink& out);
void check_over_capacity(const Context& c, Sink& out);
void check_load_imbalance(const Context& c, Sink& out);
void check_principle_unused(const Context& c, Sink& out);
void check_dip_without_opportunity(const Context& c, Sink& out);
void check_unlabelled_handoff(const Context& c, Sink& out);
void check_unreachable_scene(const Context& c, Sink& out);

}   // namespace stagecraft::checks_detail
