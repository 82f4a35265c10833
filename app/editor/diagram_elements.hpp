// Internals of the diagram pane shared by its two files (diagram_panel.cpp: the picture;
// diagram_gestures.cpp: editing on it): how drawn elements and selections correspond.
#pragma once

#include <string>

#include "app/editor/core/selection.hpp"
#include "export/render.hpp"

namespace stagecraft::editor {

// The selection of a drawn element, and whether a drawn element shows the selected one (a scene
// or role node, a stage's title, a stretch of a flow's line or its label; the journey's title
// selects the journey, a lane's heading nothing).
inline Selection selection_of(const diagram::LayoutElement& e) {
    switch (e.kind) {
        case diagram::ElementKind::Scene: return Selection::scene(e.id);
        case diagram::ElementKind::Role: return Selection::role(e.id);
        case diagram::ElementKind::Stage: return Selection::stage(e.id);
        case diagram::ElementKind::Title: return Selection::journey();
        case diagram::ElementKind::Lane: return Selection::none();
        case diagram::ElementKind::Flow: break;
    }
    return Selection::flow(std::stoi(e.id));
}
// The title does not (the journey is selected whenever a file opens, and the title needs no
// frame), nor does a lane's heading (which would show "nothing selected").
inline bool shows(const diagram::LayoutElement& e, const Selection& selection) {
    return e.kind != diagram::ElementKind::Title && e.kind != diagram::ElementKind::Lane &&
           selection_of(e) == selection;
}

}   // namespace stagecraft::editor
