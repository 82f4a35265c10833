// The journey open in an editor window: the journey value, its edit history, the file it came
// from, and listeners told after every change. Every change goes through execute/undo/redo,
// so the modified flag, undo menu, diagram refresh and autosave all follow one mechanism.
// No display needed.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/editor/core/signal.hpp"
#include "model/edits/history.hpp"
#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft::editor {

// A small valid journey to start from: one stage, one scene, one role.
Journey new_journey();

class Document {
public:
    using Listener = std::function<void()>;

    Document();

    const Journey& journey() const { return journey_; }
    const History& history() const { return history_; }

    Error execute(CommandPtr command);
    bool undo();
    bool redo();

    // Replace the whole journey (new, open, restore); the history starts afresh. When
    // `modified` is set (a restored recovery), the journey counts as unsaved.
    void reset(Journey journey, std::string path, bool modified = false);

    // Load a file. On failure nothing changes and the problems say why.
    std::vector<Problem> open(const std::string& path);
    // Save atomically (keeping PATH.bak); on success the document takes the path and is clean.
    Error save(const std::string& path);

    const std::string& path() const { return path_; }
    // The file name without directories, or "Untitled".
    std::string display_name() const;
    bool modified() const { return forced_modified_ || history_.modified(); }
    // Grows on every change of the journey (edits, undo, redo, reset).
    std::uint64_t generation() const { return history_.change_count() + resets_; }

    // Calls `listener` after every change of the journey, for as long as the Subscription lives.
    [[nodiscard]] Subscription subscribe(Listener listener) { return changed_.subscribe(std::move(listener)); }

private:
    void notify() { changed_.emit(); }

    Journey journey_;
    History history_;
    std::string path_;
    bool forced_modified_ = false;
    std::uint64_t resets_ = 0;
    Signal<> changed_;
};

}   // namespace stagecraft::editor
