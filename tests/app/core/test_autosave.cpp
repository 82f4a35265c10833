// Autosave timing with an injected clock, and the recovery file it writes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/editor/core/autosave.hpp"
#include "app/editor/core/recovery.hpp"
#include "test_support.hpp"

using namespace stagecraft::editor;
using namespace std::chrono_literals;

namespace {
struct FakeClock {
    std::chrono::steady_clock::time_point now{};
    AutosaveScheduler::Clock fn() {
        return [this] { return now; };
    }
};
}   // namespace

TEST_CASE("Autosave waits a full interval after the first unsaved change", "[autosave]") {
    FakeClock clock;
    AutosaveScheduler autosave(60s, clock.fn());
    CHECK_FALSE(autosave.tick(true, 1));
    clock.now += 59s;
    CHECK_FALSE(autosave.tick(true, 2));
    clock.now += 1s;
    CHECK(autosave.tick(true, 3));
}

TEST_CASE("Autosave does nothing while the journey is unmodified", "[autosave]") {
    FakeClock clock;
    AutosaveScheduler autosave(60s, clock.fn());
    for (int i = 0; i < 5; ++i) {
        clock.now += 61s;
        CHECK_FALSE(autosave.tick(false, 7));
    }
}

TEST_CASE("After a recovery write autosave waits for the next change", "[autosave]") {
    FakeClock clock;
    AutosaveScheduler autosave(60s, clock.fn());
    autosave.tick(true, 1);
    clock.now += 60s;
    REQUIRE(autosave.tick(true, 1));
    autosave.written(1);
    clock.now += 600s;
    CHECK_FALSE(autosave.tick(true, 1));
    CHECK_FALSE(autosave.tick(true, 2));
    clock.now += 60s;
    CHECK(autosave.tick(true, 2));
}

TEST_CASE("Saving the file resets the autosave countdown", "[autosave]") {
    FakeClock clock;
    AutosaveScheduler autosave(60s, clock.fn());
    autosave.tick(true, 1);
    clock.now += 30s;
    autosave.reset(1);
    CHECK_FALSE(autosave.tick(false, 1));
    clock.now += 30s;
    CHECK_FALSE(autosave.tick(true, 2));
    clock.now += 59s;
    CHECK_FALSE(autosave.tick(true, 2));
}

TEST_CASE("The recovery store writes, reads back and discards", "[autosave]") {
    stagecraft::test::TempDir dir;
    RecoveryStore store((dir / "config").string());
    CHECK_FALSE(store.read());
    REQUIRE_FALSE(store.write("<journey/>\n", "/home/me/coffee.journey.xml"));
    auto recovered = store.read();
    REQUIRE(recovered);
    CHECK(recovered->xml == "<journey/>\n");
    CHECK(recovered->source == "/home/me/coffee.journey.xml");
    CHECK_FALSE(std::filesystem::exists(store.journey_path() + ".bak"));
    store.discard();
    CHECK_FALSE(store.read());
}
