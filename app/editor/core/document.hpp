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

    int subscribe(Listener listener);
    void unsubscribe(int token);

private:
    void notify();

    Journey journey_;
    History history_;
    std::string path_;
    bool forced_modified_ = false;
    std::uint64_t resets_ = 0;
    std::vector<std::pair<int, Listener>> listeners_;
    int next_token_ = 1;
};

}  // namespace stagecraft::editor
