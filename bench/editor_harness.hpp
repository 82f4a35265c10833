// What the editor benchmarks share: a main window that asks nothing, and turning the event loop
// until the diagram shows the journey's current state.
#pragma once

#include <memory>

#include "app/editor/main_frame.hpp"

namespace stagecraft::bench {

// Starts wxWidgets for a benchmark (an application object that does nothing of its own, image
// handlers), with pictures drawn by the build's stagecraft-render unless $STAGECRAFT_RENDER_HELPER
// says otherwise. False, with a message on stderr, when there is no display.
bool start_wx(const char* program);

// Shuts wxWidgets down again.
void stop_wx();

// A shown 1280x800 main window that answers no question (unsaved changes are discarded).
editor::MainFrame* open_bench_window();

// One turn of the event loop; returns how long the UI thread was busy in it (ms).
double loop_turn();

struct Wait {
    bool ok = false;
    double longest_turn_ms = 0;   // longest single event-loop turn while waiting
};

// Turns the event loop until the diagram shows the document's generation, or `timeout_ms` passed.
Wait wait_for_picture(editor::MainFrame& frame, double timeout_ms);

}   // namespace stagecraft::bench
