// The one pango context the diagrams' text is measured and laid out with: a cairo font map at
// 96 dpi with hinted metrics, as Graphviz's pango plugin sets it up. Sharing it means the face
// is found and loaded once per process, for measuring and drawing alike.
#pragma once

#include <pango/pango.h>

namespace stagecraft::diagram {

// Created on first use and kept to the end of the process. Pango objects are not thread-safe:
// the diagrams use it from one thread at a time (the CLI's, or the editor's layout worker).
PangoContext* diagram_pango_context();

}   // namespace stagecraft::diagram
