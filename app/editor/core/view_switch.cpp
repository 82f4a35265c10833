// Diagram view switching and layout reuse (see view_switch.hpp).
#include "view_switch.hpp"

namespace stagecraft::editor {

std::string_view view_label(DiagramView view) {
    switch (view) {
        case DiagramView::Map: return "Journey map";
        case DiagramView::Blueprint: return "Service blueprint";
        case DiagramView::Cast: return "Cast";
        case DiagramView::Emotion: return "Emotion curve";
    }
    return "";
}

std::string_view view_cli_name(DiagramView view) {
    switch (view) {
        case DiagramView::Map: return "map";
        case DiagramView::Blueprint: return "blueprint";
        case DiagramView::Cast: return "cast";
        case DiagramView::Emotion: return "emotion";
    }
    return "";
}

int view_index(DiagramView view) { return static_cast<int>(view); }

std::optional<DiagramView> view_for_digit(int digit) {
    if (digit < 1 || digit > 4) return std::nullopt;
    return kAllViews[static_cast<std::size_t>(digit - 1)];
}

ViewSwitch::Action ViewSwitch::switch_to(DiagramView view, std::uint64_t generation) {
    if (view == current_ && wanted_ == generation) return Action::Nothing;
    current_ = view;
    wanted_ = generation;
    const auto& cached = cached_[static_cast<std::size_t>(view_index(view))];
    return cached && *cached == generation ? Action::ShowCached : Action::RequestLayout;
}

ViewSwitch::Action ViewSwitch::journey_changed(std::uint64_t generation) {
    if (generation == wanted_) return Action::Nothing;
    wanted_ = generation;
    return Action::RequestLayout;
}

bool ViewSwitch::layout_done(DiagramView view, std::uint64_t generation) {
    auto& cached = cached_[static_cast<std::size_t>(view_index(view))];
    if (!cached || *cached <= generation) cached = generation;
    return view == current_ && generation == wanted_;
}

std::optional<std::uint64_t> ViewSwitch::cached_generation(DiagramView view) const {
    return cached_[static_cast<std::size_t>(view_index(view))];
}

}   // namespace stagecraft::editor
