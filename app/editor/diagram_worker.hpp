// The one thread that talks to Graphviz for the editor. The window hands it jobs (a snapshot of
// the journey, the view, the resolution); a newer job replaces one still waiting, so the worker
// always moves on to the newest edit. Results come back through a callback called on the worker
// thread, which the window forwards to the UI thread (CallAfter). The picture (an uncompressed
// bitmap, so there is no PNG to compress and decode again) is decoded into a
// wxImage here too, so the UI thread only turns it into a bitmap.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/image.h>

#include "export/render_process.hpp"

#include "app/editor/core/view_switch.hpp"
#include "export/render.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// A region of the picture, in points from its top-left corner (the layout's frame).
struct PictureRegion {
    double x = 0, y = 0, width = 0, height = 0;
};

// Where a region is taken from: centred on a node (its name in the graph), or on the middle of
// the picture when `node` is empty. Centring on a node keeps the picture and the layout in
// register whatever Graphviz's coordinate origin and padding are, even when the edit moved it.
struct RegionAnchor {
    std::string node;
    diagram::ElementKind kind = diagram::ElementKind::Scene;
    std::string id;
};

// Lay out a view and, when a region is given, render that region of it at `zoom` (1.0 = 96 dpi).
// Rendering only what is on screen keeps the time per edit independent of the picture's size.
struct DiagramJob {
    std::uint64_t serial = 0;   // numbers the jobs of one panel
    std::uint64_t generation = 0;
    DiagramView view = DiagramView::Map;
    std::optional<PictureRegion> region;   // size wanted (points); nothing: layout only
    RegionAnchor anchor;                   // what the region is centred on
    double zoom = 1.0;                     // screen pixels per point (1 = actual size)
    std::shared_ptr<const Journey> journey;
};

struct DiagramResult {
    std::uint64_t serial = 0;
    std::uint64_t generation = 0;
    DiagramView view = DiagramView::Map;
    std::optional<PictureRegion> region;   // where the picture sits in the new layout
    double zoom = 1.0;                     // screen pixels per point (1 = actual size)
    bool ok = false;
    std::string error;
    wxImage image;                   // the region, when one was asked for
    diagram::DiagramLayout layout;   // boxes in points
    double render_ms = 0;            // Graphviz layout + render + decode, in milliseconds
};

class DiagramWorker {
public:
    using Deliver = std::function<void(DiagramResult)>;

    // `render_helper`: the rendering helper's path (export/render_process.hpp); empty: draw
    // in this process.
    explicit DiagramWorker(Deliver deliver, std::string render_helper = diagram::default_render_helper());
    ~DiagramWorker();   // finishes the job in progress, drops waiting ones, joins the thread
    DiagramWorker(const DiagramWorker&) = delete;
    DiagramWorker& operator=(const DiagramWorker&) = delete;

    // Queue a job, replacing any job that has not started yet.
    void submit(DiagramJob job);
    // Run other Graphviz work (exports) on the worker, before the next layout job. `task` runs
    // on the worker thread; it reports back to the UI thread itself.
    void run_task(std::function<void(diagram::Renderer&)> task);
    // True while a job is waiting or running.
    bool busy() const;

private:
    void run();

    Deliver deliver_;
    std::string render_helper_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<DiagramJob> pending_;
    std::vector<std::function<void(diagram::Renderer&)>> tasks_;
    bool running_job_ = false;
    bool stop_ = false;
    std::thread thread_;
};

// The export library's view for an editor view.
diagram::View to_export_view(DiagramView view);

}   // namespace stagecraft::editor
