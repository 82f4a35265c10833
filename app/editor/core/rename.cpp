// Renaming with readable ids (see rename.hpp).
#include "app/editor/core/rename.hpp"

#include <utility>
#include <vector>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// The rename, plus the id change when the element's id still follows its name.
template <typename Element>
Rename rename_with_id(const Journey& j, const Element& e, const std::string& name, const char* word, CommandPtr rename,
                      CommandPtr (*set_id)(std::string, std::string), Selection after) {
    if (e.name == name) return {nullptr, std::move(after)};
    if (!edits::id_made_from(e.id, e.name) || edits::id_made_from(e.id, name)) return {std::move(rename), after};
    const std::string id = edits::id_from_name(j, name, word);
    std::vector<CommandPtr> steps;
    steps.push_back(std::move(rename));
    steps.push_back(set_id(e.id, id));
    after.id = id;
    return {edits::batch("Rename " + std::string(word), std::move(steps)), std::move(after)};
}

}   // namespace

Rename rename_element(const Journey& j, const Selection& sel, const std::string& name) {
    switch (sel.kind) {
        case SelectionKind::Stage:
            if (const Stage* s = find_stage(j, sel.id))
                return rename_with_id(j, *s, name, "stage", edits::rename_stage(s->id, name), edits::set_stage_id, sel);
            break;
        case SelectionKind::Scene:
            if (const Scene* t = find_scene(j, sel.id))
                return rename_with_id(j, *t, name, "scene", edits::rename_scene(t->id, name), edits::set_scene_id, sel);
            break;
        case SelectionKind::Role:
            if (const Role* r = find_role(j, sel.id))
                return rename_with_id(j, *r, name, "role", edits::rename_role(r->id, name), edits::set_role_id, sel);
            break;
        case SelectionKind::Journey: {
            // The journey's title; its id follows while it was made from the title, as for elements.
            if (j.title == name) break;
            if (!edits::id_made_from(j.id, j.title) || edits::id_made_from(j.id, name))
                return {edits::set_journey_title(name), sel};
            std::vector<CommandPtr> steps;
            steps.push_back(edits::set_journey_title(name));
            steps.push_back(edits::set_journey_id(edits::id_from_name(j, name, "journey")));
            return {edits::batch("Rename journey", std::move(steps)), sel};
        }
        default: break;
    }
    return {nullptr, sel};
}

}   // namespace stagecraft::editor
