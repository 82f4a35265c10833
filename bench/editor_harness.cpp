// The editor benchmarks' window and event-loop helpers (see editor_harness.hpp).
#include "bench/editor_harness.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include <cstdio>
#include <cstdlib>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

#include "app/editor/diagram_panel.hpp"

namespace stagecraft::bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

class NoPrompts final : public editor::Prompter {
public:
    Answer unsaved_changes(wxWindow*, const wxString&, const wxString&) override { return Answer::Discard; }
    bool replace_file(wxWindow*, const std::string&) override { return false; }
    std::optional<std::string> open_path(wxWindow*) override { return std::nullopt; }
    std::optional<std::string> import_path(wxWindow*) override { return std::nullopt; }
    std::optional<std::string> save_path(wxWindow*, const std::string&) override { return std::nullopt; }
    std::optional<std::string> deck_path(wxWindow*, const std::string&) override { return std::nullopt; }
    std::optional<std::string> ask_text(wxWindow*, const wxString&, const wxString&) override { return std::nullopt; }
    bool offer_restore(wxWindow*, const wxString&) override { return false; }
    void error(wxWindow*, const wxString&, const wxString&) override {}
    std::optional<FlowKind> flow_kind(wxWindow*, FlowKind proposed) override { return proposed; }
    std::optional<std::size_t> choose_start(wxWindow*,
                                            const std::vector<std::pair<std::string, std::string>>&) override {
        return 0;
    }
};

class App : public wxApp {
public:
    bool OnInit() override { return true; }
};

}   // namespace

bool start_wx(const char* program) {
    // Pictures are drawn in the rendering helper, as in the editor (unless the caller chose one).
    setenv("STAGECRAFT_RENDER_HELPER", STAGECRAFT_RENDER_HELPER_PATH, 0);
    wxApp::SetInstance(new App);
    static char* argv[] = {const_cast<char*>(program), nullptr};
    int argc = 1;
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "%s: no display (run under xvfb-run)\n", program);
        return false;
    }
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    return true;
}

void stop_wx() {
    for (int i = 0; i < 20; ++i) loop_turn();
    wxEntryCleanup();
}

editor::MainFrame* open_bench_window() {
    editor::FrameOptions options;
    options.prompter = std::make_unique<NoPrompts>();
    options.remember = false;
    options.recovery_dir = "/tmp/stagecraft-bench-recovery";
    auto* frame = new editor::MainFrame(std::move(options));
    frame->SetSize(1280, 800);
    frame->Show();
    return frame;
}

double loop_turn() {
    const auto start = Clock::now();
    wxTheApp->ProcessPendingEvents();
    wxTheApp->Yield(true);
    return ms_since(start);
}

Wait wait_for_picture(editor::MainFrame& frame, double timeout_ms) {
    Wait w;
    const auto start = Clock::now();
    while (ms_since(start) < timeout_ms) {
        w.longest_turn_ms = std::max(w.longest_turn_ms, loop_turn());
        auto* d = frame.diagram();
        if (d->has_picture() && d->shown_generation() == frame.document().generation()) {
            frame.diagram()->Update();   // the repaint itself, on the UI thread
            w.ok = true;
            return w;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return w;
}

}   // namespace stagecraft::bench
