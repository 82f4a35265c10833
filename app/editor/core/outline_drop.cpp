// Outline drag and drop as commands (see outline_drop.hpp).
#include "outline_drop.hpp"

#include "model/edits/edits.hpp"

namespace stagecraft::editor {

CommandPtr outline_drop(const Journey& j, const Selection& dragged, const Selection& target) {
    if (dragged == target) return nullptr;
    if (dragged.kind == SelectionKind::Scene) {
        if (target.kind == SelectionKind::Stage && find_stage(j, target.id))
            return edits::move_scene(dragged.id, target.id, 0);
        if (target.kind == SelectionKind::Scene)
            for (const auto& stage : j.stages)
                for (std::size_t i = 0; i < stage.scenes.size(); ++i)
                    if (stage.scenes[i].id == target.id) return edits::move_scene(dragged.id, stage.id, i);
        return nullptr;
    }
    if (dragged.kind == SelectionKind::Stage) {
        std::string onto = target.id;
        if (target.kind == SelectionKind::Scene) {
            onto.clear();
            for (const auto& stage : j.stages)
                for (const auto& t : stage.scenes)
                    if (t.id == target.id) onto = stage.id;
        } else if (target.kind != SelectionKind::Stage) {
            return nullptr;
        }
        for (std::size_t i = 0; i < j.stages.size(); ++i)
            if (j.stages[i].id == onto) return edits::move_stage(dragged.id, i);
    }
    return nullptr;
}

}   // namespace stagecraft::editor
