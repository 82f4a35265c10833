// The undo/redo history of one journey: keeps the applied commands, knows whether the journey
// differs from the last save (the "clean" point) and counts changes so autosave can tell when
// to write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "model/edits/command.hpp"

namespace stagecraft {

class History {
public:
    explicit History(std::size_t limit = 1000);

    // Apply a command and record it (dropping anything that could be redone). On failure the
    // journey and the history are unchanged and the error is returned.
    Error execute(Journey& journey, CommandPtr command);

    bool can_undo() const { return position_ > 0; }
    bool can_redo() const { return position_ < commands_.size(); }
    // Names of the command undo/redo would take back or apply again; empty when none.
    std::string undo_name() const;
    std::string redo_name() const;
    bool undo(Journey& journey);
    bool redo(Journey& journey);

    // True when the journey differs from the state last marked clean (saved or opened).
    bool modified() const;
    void mark_clean();
    // Forget everything: a newly opened or created journey.
    void clear();

    // Grows by one on every execute, undo and redo: a cheap "has anything happened?" token.
    std::uint64_t change_count() const { return changes_; }
    std::size_t size() const { return commands_.size(); }

private:
    std::vector<CommandPtr> commands_;
    std::size_t position_ = 0;               // commands_[0, position_) are applied
    std::optional<std::size_t> clean_ = 0;   // position of the saved state; nullopt: unreachable
    std::size_t limit_;
    std::uint64_t changes_ = 0;
};

}   // namespace stagecraft
