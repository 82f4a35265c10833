// Undo/redo stack with a clean point and a change counter (see history.hpp).
#include "model/edits/history.hpp"

namespace stagecraft {

History::History(std::size_t limit) : limit_(limit == 0 ? 1 : limit) {}

Error History::execute(Journey& journey, CommandPtr command) {
    if (!command) return std::string("no command to apply");
    if (auto error = command->apply(journey)) return error;
    if (position_ < commands_.size()) {
        commands_.erase(commands_.begin() + static_cast<std::ptrdiff_t>(position_), commands_.end());
        if (clean_ && *clean_ > position_) clean_.reset();
    }
    commands_.push_back(std::move(command));
    ++position_;
    if (commands_.size() > limit_) {
        commands_.erase(commands_.begin());
        --position_;
        if (clean_) {
            if (*clean_ == 0)
                clean_.reset();
            else
                --*clean_;
        }
    }
    ++changes_;
    return std::nullopt;
}

std::string History::undo_name() const { return can_undo() ? commands_[position_ - 1]->name() : std::string(); }

std::string History::redo_name() const { return can_redo() ? commands_[position_]->name() : std::string(); }

bool History::undo(Journey& journey) {
    if (!can_undo()) return false;
    --position_;
    commands_[position_]->undo(journey);
    ++changes_;
    return true;
}

bool History::redo(Journey& journey) {
    if (!can_redo()) return false;
    if (commands_[position_]->apply(journey)) {
        // A command that applied once applies again on the same state; if it does not, the
        // history can no longer be trusted beyond this point.
        commands_.erase(commands_.begin() + static_cast<std::ptrdiff_t>(position_), commands_.end());
        return false;
    }
    ++position_;
    ++changes_;
    return true;
}

bool History::modified() const { return !clean_ || *clean_ != position_; }

void History::mark_clean() { clean_ = position_; }

void History::clear() {
    commands_.clear();
    position_ = 0;
    clean_ = 0;
    ++changes_;
}

}   // namespace stagecraft
