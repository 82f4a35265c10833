// Internals of the diagram pane shared by its two files (diagram_panel.cpp: the picture;
// diagram_gestures.cpp: editing on it): how drawn elements and selections correspond.
#pragma once

#include <optional>

#include "app/editor/core/selection.hpp"
#include "export/render.hpp"

namespace stagecraft::editor {

// The selection of a drawn element, and the kind of element a selection is drawn as (none for
// the journey or a flow).
inline Selection selection_of(const diagram::LayoutElement& e) {
    switch (e.kind) {
        case diagram::ElementKind::Scene: return Selection::scene(e.id);
        case diagram::ElementKind::Role: return Selection::role(e.id);
        case diagram::ElementKind::Stage: break;
    }
    return Selection::stage(e.id);
}
inline std::optional<diagram::ElementKind> drawn_as(SelectionKind kind) {
    switch (kind) {
        case SelectionKind::Scene: return diagram::ElementKind::Scene;
        case SelectionKind::Role: return diagram::ElementKind::Role;
        case SelectionKind::Stage: return diagram::ElementKind::Stage;
        default: return std::nullopt;
    }
}

}   // namespace stagecraft::editor
