// Editor responsiveness on generated journeys (goals in README "Benchmarks"): for each size, the time from an edit to
// the redrawn diagram, and the longest stretch the UI thread spent away from its event loop
// while Graphviz worked on the worker thread. Needs a display: run under xvfb-run.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" ./bench_editor [--sizes 200,1000] [--edits 10]
//            [--view map|blueprint|cast|emotion] [--edit rename|move]
//
// rename: a scene's name changes (the usual edit); move: a scene moves to the start of another
// stage (the drop of a dragged card), which changes the journey's structure.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

#include "app/editor/diagram_panel.hpp"
#include "app/editor/main_frame.hpp"
#include "bench/bench_options.hpp"
#include "bench/editor_harness.hpp"
#include "bench/journey_generator.hpp"
#include "model/edits/edits.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}   // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes = {200, 1000};
    int edits_per_size = 10;
    DiagramView view = DiagramView::Blueprint;
    bool move = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sizes" && i + 1 < argc)
            sizes = stagecraft::bench::parse_sizes(argv[++i]);
        else if (a == "--edits" && i + 1 < argc)
            edits_per_size = std::max(1, std::atoi(argv[++i]));
        else if (a == "--view" && i + 1 < argc) {
            const std::string v = argv[++i];
            for (auto candidate : kAllViews)
                if (view_cli_name(candidate) == v) view = candidate;
        } else if (a == "--edit" && i + 1 < argc &&
                   (std::string(argv[i + 1]) == "rename" || std::string(argv[i + 1]) == "move")) {
            move = std::string(argv[++i]) == "move";
        } else {
            std::fprintf(stderr,
                         "usage: bench_editor [--sizes 200,1000] [--edits N] [--view map|blueprint|cast|emotion] "
                         "[--edit rename|move]\n");
            return 2;
        }
    }

    if (!bench::start_wx("bench_editor")) return 2;

    std::printf("view: %s, %d edits per size (%s), window 1280x800\n", std::string(view_label(view)).c_str(),
                edits_per_size, move ? "move a scene to another stage" : "rename a scene");
    std::printf("%7s %12s %12s %12s %12s %14s %12s\n", "scenes", "edit->pic", "edit->pic", "graphviz", "edit call",
                "longest UI", "goal 100ms");
    std::printf("%7s %12s %12s %12s %12s %14s %12s\n", "", "median ms", "max ms", "median ms", "median ms", "turn ms",
                "");
    int status = 0;
    for (int scenes : sizes) {
        MainFrame* frame = bench::open_bench_window();
        frame->document().reset(bench::generate_journey(scenes), "");
        frame->set_view(view);
        if (!bench::wait_for_picture(*frame, 120000).ok) {
            std::fprintf(stderr, "bench_editor: no diagram for %d scenes: %s\n", scenes,
                         frame->diagram()->last_error().c_str());
            return 1;
        }
        const auto ids = all_scenes(frame->document().journey());
        std::vector<double> to_picture, graphviz, edit_call, longest;
        for (int e = 0; e < edits_per_size; ++e) {
            const std::string id = ids[static_cast<std::size_t>(e * 7) % ids.size()]->id;
            const auto start = Clock::now();
            const Journey& j = frame->document().journey();
            frame->document().execute(
                move ? edits::move_scene(id, j.stages.at(static_cast<std::size_t>(e) % j.stages.size()).id, 0)
                     : edits::rename_scene(id, "Renamed scene " + std::to_string(e)));
            edit_call.push_back(ms_since(start));
            const bench::Wait w = bench::wait_for_picture(*frame, 120000);
            if (!w.ok) {
                std::fprintf(stderr, "bench_editor: diagram not redrawn after edit %d\n", e);
                return 1;
            }
            to_picture.push_back(ms_since(start));
            graphviz.push_back(frame->diagram()->last_render_ms());
            longest.push_back(w.longest_turn_ms);
        }
        const double med = median(to_picture);
        std::printf("%7d %12.1f %12.1f %12.1f %12.1f %14.1f %12s\n", scenes, med,
                    *std::max_element(to_picture.begin(), to_picture.end()), median(graphviz), median(edit_call),
                    *std::max_element(longest.begin(), longest.end()), med <= 100 ? "met" : "missed");
        std::fflush(stdout);
        frame->Close(true);
        for (int i = 0; i < 20; ++i) bench::loop_turn();
    }
    std::printf(
        "edit->pic: from the edit call to the new picture painted; graphviz: the worker's layout, render and\n"
        "decode of that picture; edit call: the synchronous part of the edit (panes refreshed); longest UI\n"
        "turn: the longest single event-loop turn while waiting, i.e. the longest the UI thread was busy.\n");
    bench::stop_wx();
    return status;
}
