// A long editing session in the editor: thousands of edits of several kinds on a generated
// journey, with view switches, and the resident memory before and after (goal: growth under
// 30 MB). Also measures how much memory Graphviz keeps per layout of the blueprint (its
// HTML-like labels), so the session's growth can be told apart from it. Needs a display.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" ./bench_session [--scenes 200] [--edits 5000]
//            [--wait-every 5] [--layouts 200]
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

#include "app/editor/diagram_panel.hpp"
#include "bench/editor_harness.hpp"
#include "bench/journey_generator.hpp"
#include "export/render.hpp"
#include "export/render_process.hpp"
#include "model/edits/edits.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {

// Resident memory in MB, after handing freed memory back (so what is measured is what is kept).
double resident_mb() {
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Resident memory in MB of this process's children (the rendering helper).
double children_mb() {
    double total = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        std::getline(stat, line);
        const auto close = line.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream rest(line.substr(close + 2));
        char state;
        long ppid = 0;
        rest >> state >> ppid;
        if (ppid != static_cast<long>(getpid())) continue;
        std::ifstream statm(entry.path() / "statm");
        long pages = 0, resident = 0;
        statm >> pages >> resident;
        total += static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
    }
    return total;
}

// The edit number `e` of the session: renames, emotions, pain points added and removed, lane
// changes, casting, and undo/redo of them, in turn.
void edit(MainFrame& frame, int e) {
    Document& doc = frame.document();
    const auto scenes = all_scenes(doc.journey());
    const Scene& t = *scenes[static_cast<std::size_t>(e * 7) % scenes.size()];
    const std::string id = t.id;
    switch (e % 8) {
        case 0: doc.execute(edits::rename_scene(id, "Scene renamed in edit " + std::to_string(e))); break;
        case 1: doc.execute(edits::set_scene_emotion(id, (e / 8) % 5 - 2)); break;
        case 2:
            doc.execute(
                edits::add_scene_item(id, edits::SceneList::Pains, "A pain noted in edit " + std::to_string(e)));
            break;
        case 3:
            if (!t.pains.empty())
                doc.execute(edits::remove_scene_item(id, edits::SceneList::Pains, t.pains.size() - 1));
            else
                doc.execute(edits::set_scene_script(id, "Script " + std::to_string(e)));
            break;
        case 4:
            doc.execute(edits::set_scene_lane(id, t.lane == Lane::Frontstage ? Lane::Backstage : Lane::Frontstage));
            break;
        case 5: doc.undo(); break;
        case 6: doc.redo(); break;
        default:
            if (!doc.journey().cast.empty())
                doc.execute(edits::assign_part(id, doc.journey().cast.front().id, PartKind::Support));
            break;
    }
}

}   // namespace

int main(int argc, char** argv) {
    int scenes = 200, edits = 5000, wait_every = 5, layouts = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const int v = std::max(1, std::atoi(argv[i + 1]));
        if (a == "--scenes")
            scenes = v;
        else if (a == "--edits")
            edits = v;
        else if (a == "--wait-every")
            wait_every = v;
        else if (a == "--layouts")
            layouts = v;
        else {
            std::fprintf(stderr,
                         "usage: bench_session [--scenes 200] [--edits 5000] [--wait-every 5] [--layouts 200]\n");
            return 2;
        }
    }
    if (!bench::start_wx("bench_session")) return 2;

    // Graphviz alone: what one layout and render of the blueprint keeps.
    const Journey journey = bench::generate_journey(scenes);
    double per_layout_kb = 0;
    {
        diagram::Renderer renderer;
        renderer.render(journey, diagram::View::Blueprint, diagram::Format::Bitmap);
        const double before = resident_mb();
        for (int i = 0; i < layouts; ++i) renderer.render(journey, diagram::View::Blueprint, diagram::Format::Bitmap);
        per_layout_kb = (resident_mb() - before) * 1024.0 / layouts;
    }

    MainFrame* frame = bench::open_bench_window();
    frame->document().reset(journey, "");
    // Every view once, so what is measured is growth, not first use.
    for (DiagramView v : kAllViews) {
        frame->set_view(v);
        if (!bench::wait_for_picture(*frame, 120000).ok) {
            std::fprintf(stderr, "bench_session: no diagram of the %s\n", std::string(view_label(v)).c_str());
            return 1;
        }
    }
    const double before = resident_mb();
    const double helper_before = children_mb();
    const auto start = std::chrono::steady_clock::now();
    int pictures = 0;
    for (int e = 0; e < edits; ++e) {
        edit(*frame, e);
        if (e % 250 == 249) frame->set_view(kAllViews[static_cast<std::size_t>(e / 250) % kAllViews.size()]);
        if (e % wait_every == wait_every - 1) {
            if (!bench::wait_for_picture(*frame, 120000).ok) {
                std::fprintf(stderr, "bench_session: diagram not redrawn after edit %d\n", e);
                return 1;
            }
            ++pictures;
        } else {
            bench::loop_turn();
        }
    }
    bench::wait_for_picture(*frame, 120000);
    const double after = resident_mb();
    const double helper_after = children_mb();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double growth = after - before;
    std::printf(
        "session: %d scenes, %d edits (8 kinds, undo and redo among them), a view switch every 250, "
        "a picture awaited every %d edits (%d pictures), %.0f s\n",
        scenes, edits, wait_every, pictures, seconds);
    std::printf("resident memory: %.1f MB before, %.1f MB after, growth %.1f MB (goal < 30 MB): %s\n", before, after,
                growth, growth < 30 ? "met" : "missed");
    std::printf("rendering helper (%s): %.1f MB before, %.1f MB after (replaced every 100 renders)\n",
                diagram::default_render_helper().empty() ? "none: drawing in-process" : "in use", helper_before,
                helper_after);
    std::printf(
        "graphviz alone, in one process: %.1f KB kept per blueprint layout and render (%d renders), about %.1f MB over "
        "the "
        "session's pictures\n",
        per_layout_kb, layouts, per_layout_kb * pictures / 1024.0);
    std::printf("undo history: %zu steps kept (at most 1000)\n", frame->document().history().size());
    frame->Close(true);
    bench::stop_wx();
    return 0;
}
