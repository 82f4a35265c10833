// What the user has selected in the editor, shared by every pane: the outline, the cast, the
// diagram, the property grid and the problems list all select through one SelectionModel and
// follow it through its listeners. No display needed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/editor/core/signal.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

enum class SelectionKind { None, Journey, Stage, Scene, Role, Principle, Flow };

struct Selection {
    SelectionKind kind = SelectionKind::None;
    std::string id;        // element id (empty for None, Journey and Flow)
    int flow_index = -1;   // for Flow

    static Selection none() { return {}; }
    static Selection journey() { return {SelectionKind::Journey, {}, -1}; }
    static Selection stage(std::string id) { return {SelectionKind::Stage, std::move(id), -1}; }
    static Selection scene(std::string id) { return {SelectionKind::Scene, std::move(id), -1}; }
    static Selection role(std::string id) { return {SelectionKind::Role, std::move(id), -1}; }
    static Selection principle(std::string id) { return {SelectionKind::Principle, std::move(id), -1}; }
    static Selection flow(int index) { return {SelectionKind::Flow, {}, index}; }
};

bool operator==(const Selection& a, const Selection& b);
inline bool operator!=(const Selection& a, const Selection& b) { return !(a == b); }

// True when the selected element exists in the journey (None and Journey always do).
bool selection_exists(const Journey& journey, const Selection& selection);

class SelectionModel {
public:
    using Listener = std::function<void(const Selection&)>;

    const Selection& current() const { return current_; }
    // Change the selection; listeners hear of it only when it actually changed, so panes that
    // select in response to a notification cannot loop.
    bool select(const Selection& selection);
    // After an edit: drop a selection whose element no longer exists. True when it changed.
    bool reconcile(const Journey& journey);

    // Calls `listener` with every new selection, for as long as the Subscription lives.
    [[nodiscard]] Subscription subscribe(Listener listener) { return changed_.subscribe(std::move(listener)); }

private:
    Selection current_;
    Signal<Selection> changed_;
};

}   // namespace stagecraft::editor
