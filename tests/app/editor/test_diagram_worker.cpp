// The Graphviz worker: results come back for the newest job, and jobs queued behind a running
// one are superseded rather than laid out one after another.
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "app/editor/diagram_worker.hpp"
#include "gui_fixture.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {
struct Collected {
    std::mutex mutex;
    std::condition_variable done;
    std::vector<DiagramResult> results;
};

DiagramJob job_for(const std::shared_ptr<const Journey>& journey, std::uint64_t generation) {
    DiagramJob job;
    job.serial = generation;
    job.generation = generation;
    job.view = DiagramView::Map;
    job.journey = journey;
    return job;
}
}   // namespace

TEST_CASE("The worker lays out only the newest of jobs submitted while it is busy", "[worker]") {
    Collected collected;
    auto journey = std::make_shared<const Journey>(test::load_sample("coffee-shop.journey.xml"));
    {
        DiagramWorker worker([&](DiagramResult r) {
            std::lock_guard<std::mutex> lock(collected.mutex);
            collected.results.push_back(std::move(r));
            collected.done.notify_all();
        });
        for (std::uint64_t g = 1; g <= 8; ++g) worker.submit(job_for(journey, g));
        std::unique_lock<std::mutex> lock(collected.mutex);
        REQUIRE(collected.done.wait_for(lock, std::chrono::seconds(30), [&] {
            return !collected.results.empty() && collected.results.back().generation == 8;
        }));
    }
    // The first job may have started before the others arrived; everything between was skipped.
    CHECK(collected.results.size() <= 2);
    CHECK(collected.results.back().ok);
    CHECK_FALSE(collected.results.back().layout.elements.empty());
}

TEST_CASE("A region job renders a picture of that size centred on its anchor", "[worker]") {
    Collected collected;
    auto journey = std::make_shared<const Journey>(test::load_sample("coffee-shop.journey.xml"));
    const std::string scene = "queue";
    DiagramWorker worker([&](DiagramResult r) {
        std::lock_guard<std::mutex> lock(collected.mutex);
        collected.results.push_back(std::move(r));
        collected.done.notify_all();
    });
    DiagramJob job = job_for(journey, 1);
    job.region = PictureRegion{0, 0, 300, 150};
    job.zoom = 2.0;
    job.anchor.node = "scene:" + scene;
    job.anchor.kind = diagram::ElementKind::Scene;
    job.anchor.id = scene;
    worker.submit(job);
    std::unique_lock<std::mutex> lock(collected.mutex);
    REQUIRE(collected.done.wait_for(lock, std::chrono::seconds(30), [&] { return !collected.results.empty(); }));
    const DiagramResult& r = collected.results.front();
    REQUIRE(r.ok);
    REQUIRE(r.region);
    REQUIRE(r.image.IsOk());
    // 300 x 150 points at zoom 2 and 96 dpi.
    CHECK(std::abs(r.image.GetWidth() - 800) <= 2);
    CHECK(std::abs(r.image.GetHeight() - 400) <= 2);
    const diagram::LayoutElement* anchor = nullptr;
    for (const auto& e : r.layout.elements)
        if (e.id == scene) anchor = &e;
    REQUIRE(anchor);
    CHECK(std::abs(r.region->x + r.region->width / 2 - (anchor->box.x + anchor->box.width / 2)) < 0.01);
    CHECK(std::abs(r.region->y + r.region->height / 2 - (anchor->box.y + anchor->box.height / 2)) < 0.01);
}
