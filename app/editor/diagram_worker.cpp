// The Graphviz worker thread (see diagram_worker.hpp).
#include "diagram_worker.hpp"

#include <chrono>
#include <cstdio>

#include <wx/mstream.h>

#include "export/region_cull.hpp"
#include "export/views.hpp"

namespace stagecraft::editor {

diagram::View to_export_view(DiagramView view) {
    switch (view) {
        case DiagramView::Map: return diagram::View::Map;
        case DiagramView::Blueprint: return diagram::View::Blueprint;
        case DiagramView::Cast: return diagram::View::Cast;
        case DiagramView::Emotion: return diagram::View::Emotion;
    }
    return diagram::View::Map;
}

namespace {

diagram::RenderResult render_region(diagram::RenderProcess& renderer, const Journey& journey, const DiagramJob& job) {
    diagram::DotGraph graph = diagram::build_view(journey, to_export_view(job.view));
    // Graphviz's viewport: the output size in points, the zoom, and the node to centre on.
    char viewport[96];
    std::snprintf(viewport, sizeof viewport, "%.2f,%.2f,%.4f", job.region->width * job.zoom,
                  job.region->height * job.zoom, job.zoom);
    std::string value = viewport;
    if (!job.anchor.node.empty()) {
        value += ",'" + job.anchor.node + "'";
        // Cards beyond the region (and a margin for lines and shadows) are not drawn: Graphviz
        // is spared their text.
        const double margin = 72;
        diagram::blank_labels_outside(graph, job.anchor.node, job.region->width / 2 + margin,
                                      job.region->height / 2 + margin);
    }
    diagram::set_attr(graph.graph_attrs, "viewport", value);
    diagram::RenderOptions options;
    options.dpi = 96;
    return renderer.render_graph(graph, diagram::Format::Bitmap, options);
}

// Where the rendered region sits in the new layout; nullopt when its anchor is gone.
std::optional<PictureRegion> placed_region(const DiagramJob& job, const diagram::DiagramLayout& layout) {
    double cx = layout.bounds.width / 2, cy = layout.bounds.height / 2;
    if (!job.anchor.node.empty()) {
        const diagram::LayoutElement* anchor = nullptr;
        for (const auto& e : layout.elements)
            if (e.kind == job.anchor.kind && e.id == job.anchor.id) anchor = &e;
        if (!anchor) return std::nullopt;
        cx = anchor->box.x + anchor->box.width / 2;
        cy = anchor->box.y + anchor->box.height / 2;
    }
    PictureRegion r = *job.region;
    r.x = cx - r.width / 2;
    r.y = cy - r.height / 2;
    return r;
}

}   // namespace

DiagramWorker::DiagramWorker(Deliver deliver, std::string render_helper)
    : deliver_(std::move(deliver)), render_helper_(std::move(render_helper)), thread_([this] { run(); }) {}

DiagramWorker::~DiagramWorker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        pending_.reset();
    }
    wake_.notify_all();
    thread_.join();
}

void DiagramWorker::submit(DiagramJob job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pending_ = std::move(job);
    }
    wake_.notify_one();
}

void DiagramWorker::run_task(std::function<void(diagram::Renderer&)> task) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        tasks_.push_back(std::move(task));
    }
    wake_.notify_one();
}

bool DiagramWorker::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return running_job_ || pending_.has_value() || !tasks_.empty();
}

void DiagramWorker::run() {
    // Created on this thread and used only here: every Graphviz call of the editor. Pictures
    // are drawn in the rendering helper (replaced every so many, taking Graphviz's leaks with
    // it); exports, one-off, in this process.
    diagram::Renderer renderer;
    diagram::RenderProcess pictures(render_helper_);
    for (;;) {
        DiagramJob job;
        std::vector<std::function<void(diagram::Renderer&)>> tasks;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stop_ || pending_.has_value() || !tasks_.empty(); });
            if (stop_) return;
            tasks.swap(tasks_);
            if (tasks.empty()) {
                job = std::move(*pending_);
                pending_.reset();
            }
            running_job_ = true;
        }
        if (!tasks.empty()) {
            for (auto& task : tasks) {
                try {
                    task(renderer);
                } catch (const std::exception&) {
                    // A task reports its own outcome; nothing may escape the worker.
                }
            }
            std::lock_guard<std::mutex> lock(mutex_);
            running_job_ = false;
            continue;
        }
        const auto start = std::chrono::steady_clock::now();
        DiagramResult result;
        result.serial = job.serial;
        result.generation = job.generation;
        result.view = job.view;
        result.region = job.region;
        result.zoom = job.zoom;
        try {
            if (!job.region) {
                auto laid_out = pictures.layout(diagram::build_view(*job.journey, to_export_view(job.view)));
                result.ok = laid_out.ok;
                result.error = laid_out.error;
                result.layout = std::move(laid_out.layout);
            } else {
                auto rendered = render_region(pictures, *job.journey, job);
                result.region = placed_region(job, rendered.layout);
                if (rendered.ok && !result.region) {
                    // The scene the picture was centred on is gone: the layout is still good.
                    result.ok = true;
                    result.layout = std::move(rendered.layout);
                } else if (rendered.ok) {
                    wxMemoryInputStream stream(rendered.bytes.data(), rendered.bytes.size());
                    if (result.image.LoadFile(stream, wxBITMAP_TYPE_BMP)) {
                        result.ok = true;
                        result.layout = std::move(rendered.layout);
                    } else {
                        result.error = "The diagram could not be decoded.";
                    }
                } else {
                    result.error = rendered.error;
                }
            }
        } catch (const std::exception& e) {
            result.error = std::string("The diagram could not be drawn: ") + e.what();
        }
        result.render_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            running_job_ = false;
            if (stop_) return;
        }
        deliver_(std::move(result));
    }
}

}   // namespace stagecraft::editor
