// When to write the recovery file: while the journey has unsaved changes, at most one interval
// after the first change not yet in the recovery file. The clock is injected so the timing can
// be tested without waiting. No display needed.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

namespace stagecraft::editor {

class AutosaveScheduler {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit AutosaveScheduler(
        std::chrono::milliseconds interval = std::chrono::seconds(60),
        Clock clock = [] { return std::chrono::steady_clock::now(); });

    // Called on every timer tick (and may be called often): true when a recovery write is due.
    bool tick(bool modified, std::uint64_t change_count);
    // The recovery file now holds the state at `change_count`.
    void written(std::uint64_t change_count);
    // The user saved, opened or created a file: nothing is pending any more.
    void reset(std::uint64_t change_count);

private:
    std::chrono::milliseconds interval_;
    Clock clock_;
    std::uint64_t written_count_ = 0;
    std::optional<std::chrono::steady_clock::time_point> pending_since_;
};

}   // namespace stagecraft::editor
