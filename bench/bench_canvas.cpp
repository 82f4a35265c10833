// Canvas gestures on generated journeys (goal in README "Benchmarks"): the longest time the UI
// thread is busy in one event-loop turn, i.e. the longest frame, while a scene's card is dragged
// across the view and while its name is typed in place. Goal: 16 ms (one frame at 60 Hz) at
// 1,000 scenes. The pointer and keys go through the display server (wxUIActionSimulator), as a
// user's do. Needs a display: run under xvfb-run.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" ./bench_canvas [--sizes 200,1000] [--view map|blueprint]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "app/editor/diagram_panel.hpp"
#include "app/editor/main_frame.hpp"
#include "bench/bench_options.hpp"
#include "bench/editor_harness.hpp"
#include "bench/journey_generator.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// The event loop's turns during `ms` milliseconds, each turn's busy time added to `frames`.
void turn_for(double ms, std::vector<double>& frames) {
    const auto start = Clock::now();
    while (ms_since(start) < ms) {
        frames.push_back(bench::loop_turn());
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double longest(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

// Two scenes whose cards are wholly in view, the second at least 150 pixels right of the first.
std::optional<std::pair<wxRect, wxRect>> cards_in_view(DiagramPanel& panel, const Journey& journey) {
    const wxRect client(wxPoint(0, 0), panel.GetClientSize());
    std::vector<wxRect> cards;
    for (const auto& stage : journey.stages)
        for (const auto& scene : stage.scenes)
            if (auto r = panel.element_rect(scene.id); r && client.Contains(*r)) cards.push_back(*r);
    for (const auto& a : cards)
        for (const auto& b : cards)
            if (b.GetX() - a.GetX() >= 150) return std::make_pair(a, b);
    return std::nullopt;
}

}   // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes = {200, 1000};
    DiagramView view = DiagramView::Blueprint;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sizes" && i + 1 < argc)
            sizes = stagecraft::bench::parse_sizes(argv[++i]);
        else if (a == "--view" && i + 1 < argc) {
            const std::string v = argv[++i];
            for (auto candidate : kAllViews)
                if (view_cli_name(candidate) == v) view = candidate;
        } else {
            std::fprintf(stderr, "usage: bench_canvas [--sizes 200,1000] [--view map|blueprint]\n");
            return 2;
        }
    }
    if (!bench::start_wx("bench_canvas")) return 2;

    std::printf("view: %s, window 1920x1080; frame = one event-loop turn's busy time on the UI thread\n",
                std::string(view_label(view)).c_str());
    std::printf("%7s %10s %10s %10s %10s %10s %10s %10s\n", "scenes", "drag", "drag", "drag", "drop", "typing",
                "typing", "goal 16ms");
    std::printf("%7s %10s %10s %10s %10s %10s %10s %10s\n", "", "moves", "median ms", "longest ms", "longest ms",
                "keys", "longest ms", "");
    int status = 0;
    wxUIActionSimulator sim;
    for (int scenes : sizes) {
        MainFrame* frame = bench::open_bench_window();
        frame->SetSize(1920, 1080);
        frame->document().reset(bench::generate_journey(scenes), "");
        frame->set_view(view);
        DiagramPanel& panel = *frame->diagram();
        if (!bench::wait_for_picture(*frame, 120000).ok) {
            std::fprintf(stderr, "bench_canvas: no diagram for %d scenes: %s\n", scenes, panel.last_error().c_str());
            return 1;
        }
        std::vector<double> settle;
        turn_for(300, settle);
        const auto found = cards_in_view(panel, frame->document().journey());
        if (!found) {
            std::fprintf(stderr, "bench_canvas: no two cards in view at %d scenes\n", scenes);
            return 1;
        }
        auto centre = [&](const wxRect& r) {
            return panel.ClientToScreen(r.GetPosition() + wxPoint(r.width / 2, r.height / 2));
        };
        const wxPoint from = centre(found->first), to = centre(found->second);

        // Drag the first card past the second in steps of 4 pixels, back onto it, and drop it
        // there (a move).
        std::vector<double> drag;
        sim.MouseMove(from);
        turn_for(100, settle);
        sim.MouseDown();
        turn_for(50, settle);
        int moves = 0;
        const wxPoint beyond = to + wxPoint(80, 20);
        const int steps = std::max(std::abs(beyond.x - from.x), std::abs(beyond.y - from.y)) / 4;
        for (int i = 1; i <= steps; ++i, ++moves) {
            sim.MouseMove(from + (beyond - from) * i / steps);
            turn_for(16, drag);
        }
        for (int i = 1; i <= 20; ++i, ++moves) {
            sim.MouseMove(beyond + (to - beyond) * i / 20);
            turn_for(16, drag);
        }
        const auto before_drop = frame->document().generation();
        sim.MouseUp();
        std::vector<double> drop;
        turn_for(300, drop);
        if (frame->document().generation() == before_drop) {
            std::fprintf(stderr, "bench_canvas: the drag at %d scenes moved nothing\n", scenes);
            status = 1;
        }
        bench::wait_for_picture(*frame, 120000);

        // Type a new name in place, one key at a time, then leave it as it was (Esc).
        std::vector<double> typing;
        const std::string typed = "Guest checks in at the kiosk";
        int keys = 0;
        if (panel.begin_rename(frame->selection().current()) && panel.rename_field()) {
            panel.rename_field()->SetFocus();
            panel.rename_field()->Clear();
            turn_for(100, settle);
            for (char c : typed) {
                sim.Char(c);
                turn_for(16, typing);
                ++keys;
            }
            sim.Char(WXK_ESCAPE);
            turn_for(100, settle);
        } else {
            std::fprintf(stderr, "bench_canvas: the moved scene's name could not be typed in place\n");
            status = 1;
        }
        const double worst = std::max(longest(drag), longest(typing));
        std::printf("%7d %10d %10.1f %10.1f %10.1f %10d %10.1f %10s\n", scenes, moves, median(drag), longest(drag),
                    longest(drop), keys, longest(typing), worst <= 16 ? "met" : "missed");
        std::fflush(stdout);
        frame->Close(true);
        for (int i = 0; i < 20; ++i) bench::loop_turn();
    }
    std::printf(
        "drag: the turns while a card is dragged past another card and back onto it; drop: the longest turn after\n"
        "the drop (the move edit, panes refreshed; not a frame of the gesture); typing: the turns while a\n"
        "name is typed in place, one key per 16 ms.\n");
    bench::stop_wx();
    return status;
}
