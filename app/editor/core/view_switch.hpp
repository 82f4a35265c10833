// Which diagram view the editor shows, and whether switching to it can reuse a finished layout
// or needs a new one. Layouts are keyed by the document's change count (its "generation"), so a
// view is redrawn from cache only while the journey is unchanged. No display needed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace stagecraft::editor {

enum class DiagramView { Map, Blueprint, Cast, Emotion };

constexpr std::array<DiagramView, 4> kAllViews = {DiagramView::Map, DiagramView::Blueprint, DiagramView::Cast,
                                                  DiagramView::Emotion};

std::string_view view_label(DiagramView view);      // "Journey map", ...
std::string_view view_cli_name(DiagramView view);   // "map", "blueprint", "cast", "emotion"
int view_index(DiagramView view);                   // 0..3, as in kAllViews
// Ctrl+1 .. Ctrl+4.
std::optional<DiagramView> view_for_digit(int digit);

class ViewSwitch {
public:
    enum class Action { Nothing, ShowCached, RequestLayout };

    DiagramView current() const { return current_; }
    // The user picked a view while the journey is at `generation`.
    Action switch_to(DiagramView view, std::uint64_t generation);
    // The journey changed: the current view needs a layout for the new generation.
    Action journey_changed(std::uint64_t generation);
    // A layout finished. True when it should be shown: it is for the current view and the
    // newest generation asked for (an older layout arriving late is kept but not shown).
    bool layout_done(DiagramView view, std::uint64_t generation);
    // Generation of the finished layout kept for a view, if any.
    std::optional<std::uint64_t> cached_generation(DiagramView view) const;

private:
    DiagramView current_ = DiagramView::Map;
    std::uint64_t wanted_ = 0;
    std::array<std::optional<std::uint64_t>, 4> cached_{};
};

}   // namespace stagecraft::editor
