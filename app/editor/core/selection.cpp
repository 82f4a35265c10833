// The editor's shared selection (see selection.hpp).
#include "selection.hpp"

#include <algorithm>

namespace stagecraft::editor {

bool operator==(const Selection& a, const Selection& b) {
    return a.kind == b.kind && a.id == b.id && a.flow_index == b.flow_index;
}

bool selection_exists(const Journey& journey, const Selection& s) {
    switch (s.kind) {
        case SelectionKind::None:
        case SelectionKind::Journey: return true;
        case SelectionKind::Stage: return find_stage(journey, s.id) != nullptr;
        case SelectionKind::Scene: return find_scene(journey, s.id) != nullptr;
        case SelectionKind::Role: return find_role(journey, s.id) != nullptr;
        case SelectionKind::Principle: return find_principle(journey, s.id) != nullptr;
        case SelectionKind::Flow:
            return s.flow_index >= 0 && static_cast<std::size_t>(s.flow_index) < journey.flows.size();
    }
    return false;
}

bool SelectionModel::select(const Selection& selection) {
    if (selection == current_) return false;
    current_ = selection;
    changed_.emit(current_);
    return true;
}

bool SelectionModel::reconcile(const Journey& journey) {
    if (selection_exists(journey, current_)) return false;
    return select(Selection::none());
}

}   // namespace stagecraft::editor
