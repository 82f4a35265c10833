// The Graphviz worker thread (see diagram_worker.hpp).
#include "diagram_worker.hpp"

#include <chrono>

#include <wx/mstream.h>

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

DiagramWorker::DiagramWorker(Deliver deliver) : deliver_(std::move(deliver)), thread_([this] { run(); }) {}

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
    // Created on this thread and used only here: every Graphviz call of the editor.
    diagram::Renderer renderer;
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
        result.generation = job.generation;
        result.view = job.view;
        result.dpi = job.dpi;
        try {
            diagram::RenderOptions options;
            options.dpi = job.dpi;
            auto rendered = renderer.render(*job.journey, to_export_view(job.view), diagram::Format::Png, options);
            if (rendered.ok) {
                wxMemoryInputStream stream(rendered.bytes.data(), rendered.bytes.size());
                if (result.image.LoadFile(stream, wxBITMAP_TYPE_PNG)) {
                    result.ok = true;
                    result.layout = std::move(rendered.layout);
                } else {
                    result.error = "The diagram could not be decoded.";
                }
            } else {
                result.error = rendered.error;
            }
        } catch (const std::exception& e) {
            result.error = std::string("The diagram could not be drawn: ") + e.what();
        }
        result.render_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            running_job_ = false;
            if (stop_) return;
        }
        deliver_(std::move(result));
    }
}

}  // namespace stagecraft::editor
