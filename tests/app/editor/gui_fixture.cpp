// GUI test helpers (see gui_fixture.hpp).
#include "gui_fixture.hpp"

#include <chrono>
#include <thread>

#include <wx/app.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include "app/editor/diagram_panel.hpp"

namespace stagecraft::test {

EditorWindow::EditorWindow(const std::string& recovery_dir, bool remember) {
    editor::FrameOptions options;
    options.prompter = std::make_unique<ScriptedPrompter>(answers);
    options.remember = remember;
    options.recovery_dir = recovery_dir.empty() ? recovery_.path().string() : recovery_dir;
    options.autosave_interval = std::chrono::milliseconds(0);
    frame_ = new editor::MainFrame(std::move(options));
    frame_->SetSize(1280, 800);
    frame_->Show();
    pump(100);
}

EditorWindow::~EditorWindow() {
    if (!frame_) return;
    // Leave without questions: the test decides what is saved.
    answers.unsaved = editor::Prompter::Answer::Discard;
    frame_->Close(true);
    pump(50);
}

void pump(int milliseconds) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    do {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        wxTheApp->ProcessIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    } while (std::chrono::steady_clock::now() < end);
}

bool wait_for_diagram(editor::MainFrame& frame, int timeout_ms) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < end) {
        pump(10);
        auto* d = frame.diagram();
        if (d->has_picture() && d->shown_generation() == frame.document().generation() && !d->layout_pending())
            return true;
    }
    return false;
}

std::string sample_path(const std::string& name) { return std::string(STAGECRAFT_SAMPLES_DIR) + "/" + name; }

void drag(wxUIActionSimulator& sim, const wxPoint& start, const wxPoint& end) {
    sim.MouseMove(start);
    pump(50);
    sim.MouseDown();
    pump(50);
    sim.MouseMove((start + end) / 2);
    pump(50);
    sim.MouseMove(end);
    pump(50);
    sim.MouseUp();
    pump(200);
}

}   // namespace stagecraft::test
