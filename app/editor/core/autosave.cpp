// Autosave timing (see autosave.hpp).
#include "autosave.hpp"

namespace stagecraft::editor {

AutosaveScheduler::AutosaveScheduler(std::chrono::milliseconds interval, Clock clock)
    : interval_(interval), clock_(std::move(clock)) {}

bool AutosaveScheduler::tick(bool modified, std::uint64_t change_count) {
    if (!modified || change_count == written_count_) {
        pending_since_.reset();
        return false;
    }
    const auto now = clock_();
    if (!pending_since_) pending_since_ = now;
    return now - *pending_since_ >= interval_;
}

void AutosaveScheduler::written(std::uint64_t change_count) {
    written_count_ = change_count;
    pending_since_.reset();
}

void AutosaveScheduler::reset(std::uint64_t change_count) { written(change_count); }

}   // namespace stagecraft::editor
