// Edits of scenes: add, delete (with the flows that touch them), move, id (flows follow), the
// scene's values, its parts (the roles cast in it) and its lists (props, pains, opportunities,
// KPIs, principle tags).
#include <algorithm>

#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"
#include "model/validate.hpp"

namespace stagecraft::edits {

using namespace detail;

namespace {

using Change = Edit<Scene>::Change;

CommandPtr scene_edit(std::string id, std::string name, Change change) {
    return edit<Scene>(by_id<Scene>(std::move(id)), std::move(name), std::move(change));
}
CommandPtr scene_edit_always(std::string id, std::string name, std::function<void(Scene&)> change) {
    return edit_always<Scene>(by_id<Scene>(std::move(id)), std::move(name), std::move(change));
}

Error check_minutes(const std::optional<double>& v, const char* what) {
    if (v && *v < 0) return std::string(what) + " cannot be negative";
    return std::nullopt;
}

std::vector<std::string>& list_of(Scene& t, SceneList list) {
    switch (list) {
        case SceneList::Props: return t.props;
        case SceneList::Pains: return t.pains;
        case SceneList::Opportunities: break;
    }
    return t.opportunities;
}

// The words for one item of a list ("prop") and for the list ("props").
struct ListWords {
    const char* item;
    const char* list;
};
ListWords words(SceneList list) {
    switch (list) {
        case SceneList::Props: return {"prop", "props"};
        case SceneList::Pains: return {"pain point", "pain points"};
        case SceneList::Opportunities: break;
    }
    return {"opportunity", "opportunities"};
}
const char* item_word(SceneList list) { return words(list).item; }
const char* list_word(SceneList list) { return words(list).list; }

}   // namespace

CommandPtr add_scene(std::string stage_id, Scene scene, std::size_t index) {
    return std::make_unique<Insert<Scene>>(stage_scenes(std::move(stage_id)), std::move(scene), index);
}
CommandPtr remove_scene(std::string scene_id) {
    return std::make_unique<Remove<Scene>>(by_id<Scene>(std::move(scene_id)));
}
CommandPtr move_scene(std::string scene_id, std::string to_stage_id, std::size_t index) {
    return std::make_unique<Move<Scene>>(by_id<Scene>(std::move(scene_id)), stage_scenes(std::move(to_stage_id)),
                                         index);
}
CommandPtr set_scene_id(std::string scene_id, std::string new_id) {
    return set_id<Scene>(std::move(scene_id), std::move(new_id));
}

CommandPtr rename_scene(std::string scene_id, std::string name) {
    return scene_edit_always(std::move(scene_id), "Rename scene",
                             [name = std::move(name)](Scene& t) { t.name = name; });
}
CommandPtr set_scene_lane(std::string scene_id, Lane lane) {
    return scene_edit_always(std::move(scene_id), "Change scene lane", [lane](Scene& t) { t.lane = lane; });
}
CommandPtr set_scene_channel(std::string scene_id, Channel channel) {
    return scene_edit_always(std::move(scene_id), "Change scene channel", [channel](Scene& t) { t.channel = channel; });
}
CommandPtr set_scene_description(std::string scene_id, std::string text) {
    return scene_edit_always(std::move(scene_id), "Change scene description",
                             [text = std::move(text)](Scene& t) { t.description = text; });
}
CommandPtr set_scene_script(std::string scene_id, std::string text) {
    return scene_edit_always(std::move(scene_id), "Change scene script",
                             [text = std::move(text)](Scene& t) { t.script = text; });
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
        if (Error e = check_minutes(minutes, "a duration")) return e;
        t.minutes = minutes;
        return std::nullopt;
    });
}
CommandPtr set_scene_wait(std::string scene_id, std::optional<double> minutes) {
    return scene_edit(std::move(scene_id), "Change scene wait", [minutes](const Journey&, Scene& t) -> Error {
        if (Error e = check_minutes(minutes, "a wait")) return e;
        t.wait = minutes;
        return std::nullopt;
    });
}
CommandPtr set_scene_fail_point(std::string scene_id, bool on) {
    return scene_edit_always(std::move(scene_id), on ? "Mark fail point" : "Unmark fail point",
                             [on](Scene& t) { t.fail_point = on; });
}
CommandPtr set_scene_moment_of_truth(std::string scene_id, bool on) {
    return scene_edit_always(std::move(scene_id), on ? "Mark moment of truth" : "Unmark moment of truth",
                             [on](Scene& t) { t.moment_of_truth = on; });
}
CommandPtr set_scene_follow_up(std::string scene_id, std::string delay) {
    return scene_edit(
        std::move(scene_id), "Change follow-up delay", [delay = std::move(delay)](const Journey&, Scene& t) -> Error {
            if (!delay.empty() && !is_valid_follow_up(delay))
                return "'" + delay +
                       "' is not a follow-up delay: write a number and a unit, e.g. 30m, 2h, 3d, 1w or 6mo";
            t.follow_up = delay;
            return std::nullopt;
        });
}

CommandPtr assign_part(std::string scene_id, std::string role_id, PartKind kind) {
    return scene_edit(std::move(scene_id), "Cast role",
                      [role_id = std::move(role_id), kind](const Journey& j, Scene& t) -> Error {
                          if (!find_role(j, role_id)) return "there is no role '" + role_id + "'";
                          if (find_part(t, role_id)) return "'" + role_id + "' already has a part in this scene";
                          Part part;
                          part.role = role_id;
                          part.kind = kind;
                          t.parts.push_back(std::move(part));
                          return std::nullopt;
                      });
}
CommandPtr unassign_part(std::string scene_id, std::string role_id) {
    return scene_edit(
        std::move(scene_id), "Uncast role", [role_id = std::move(role_id)](const Journey&, Scene& t) -> Error {
            auto it = std::find_if(t.parts.begin(), t.parts.end(), [&](const Part& p) { return p.role == role_id; });
            if (it == t.parts.end()) return "'" + role_id + "' has no part in this scene";
            t.parts.erase(it);
            return std::nullopt;
        });
}
CommandPtr set_part_kind(std::string scene_id, std::string role_id, PartKind kind) {
    return scene_edit(std::move(scene_id), "Change part",
                      [role_id = std::move(role_id), kind](const Journey&, Scene& t) -> Error {
                          for (auto& p : t.parts)
                              if (p.role == role_id) {
                                  p.kind = kind;
                                  return std::nullopt;
                              }
                          return "'" + role_id + "' has no part in this scene";
                      });
}

CommandPtr add_scene_item(std::string scene_id, SceneList list, std::string text, std::size_t index) {
    return scene_edit_always(std::move(scene_id), std::string("Add ") + item_word(list),
                             [list, index, text = std::move(text)](Scene& t) {
                                 auto& items = list_of(t, list);
                                 insert_at(items, std::min(index, items.size()), text);
                             });
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
CommandPtr set_scene_items(std::string scene_id, SceneList list, std::vector<std::string> items) {
    return scene_edit_always(std::move(scene_id), std::string("Change ") + list_word(list),
                             [list, items = std::move(items)](Scene& t) { list_of(t, list) = items; });
}
CommandPtr add_kpi(std::string scene_id, Kpi kpi) {
    return scene_edit(std::move(scene_id), "Add KPI", [kpi = std::move(kpi)](const Journey&, Scene& t) -> Error {
        if (kpi.name.empty()) return std::string("a KPI needs a name");
        t.kpis.push_back(kpi);
        return std::nullopt;
    });
}
CommandPtr set_kpi(std::string scene_id, std::size_t index, Kpi kpi) {
    return scene_edit(std::move(scene_id), "Edit KPI",
                      [index, kpi = std::move(kpi)](const Journey&, Scene& t) -> Error {
                          if (index >= t.kpis.size()) return std::string("there is no such KPI");
                          if (kpi.name.empty()) return std::string("a KPI needs a name");
                          t.kpis[index] = kpi;
                          return std::nullopt;
                      });
}
CommandPtr add_principle_tag(std::string scene_id, std::string principle_id) {
    return scene_edit(std::move(scene_id), "Tag principle",
                      [ref = std::move(principle_id)](const Journey& j, Scene& t) -> Error {
                          if (!find_principle(j, ref)) return "there is no principle '" + ref + "'";
                          for (const auto& tag : t.principles)
                              if (tag.ref == ref) return "the scene is already tagged with '" + ref + "'";
                          PrincipleTag tag;
                          tag.ref = ref;
                          t.principles.push_back(std::move(tag));
                          return std::nullopt;
                      });
}
CommandPtr remove_principle_tag(std::string scene_id, std::string principle_id) {
    return scene_edit(std::move(scene_id), "Untag principle",
                      [ref = std::move(principle_id)](const Journey&, Scene& t) -> Error {
                          auto it = std::find_if(t.principles.begin(), t.principles.end(),
                                                 [&](const PrincipleTag& tag) { return tag.ref == ref; });
                          if (it == t.principles.end()) return "the scene is not tagged with '" + ref + "'";
                          t.principles.erase(it);
                          return std::nullopt;
                      });
}

}   // namespace stagecraft::edits
