// Where a dragged card lands (see card_landing.hpp).
#include "app/editor/core/card_landing.hpp"

#include "app/editor/core/connect.hpp"

namespace stagecraft::editor {

namespace {

constexpr double kBar = 6;   // the width of the bar beside a scene, points

// A drop there changes something (or says why it cannot): not a place the card already has.
bool moves(const CardLanding& landing) { return landing.action.command || !landing.action.refusal.empty(); }

}   // namespace

std::optional<CardLanding> card_landing_at(const Journey& journey, const diagram::DiagramLayout& layout,
                                           DiagramView view, const std::string& moving, double x, double y) {
    if (view != DiagramView::Map && view != DiagramView::Blueprint) return std::nullopt;
    CardLanding landing;
    if (auto place = add_place_at(journey, layout, view, x, y)) {
        if (place->what != AddPlace::What::Scene) return std::nullopt;
        landing.kind = CardLanding::Kind::Place;
        landing.box = place->area;
        landing.action = move_scene_to_place(journey, moving, *place);
        landing.place = std::move(*place);
        return moves(landing) ? std::optional<CardLanding>(std::move(landing)) : std::nullopt;
    }
    const diagram::LayoutElement* e = layout.element_at(x, y);
    if (!e) return std::nullopt;
    const diagram::Box& b = e->box;
    if (e->kind == diagram::ElementKind::Scene) {
        if (e->id == moving) return std::nullopt;
        const bool after = x > b.x + b.width / 2;
        landing.kind = after ? CardLanding::Kind::After : CardLanding::Kind::Before;
        landing.onto = Selection::scene(e->id);
        landing.box = diagram::Box{after ? b.x + b.width - kBar / 2 : b.x - kBar / 2, b.y, kBar, b.height};
    } else if (e->kind == diagram::ElementKind::Stage) {
        landing.kind = CardLanding::Kind::StageEnd;
        landing.onto = Selection::stage(e->id);
        landing.box = b;
    } else {
        return std::nullopt;
    }
    landing.action = move_scene_onto(journey, moving, landing.onto, landing.kind == CardLanding::Kind::After);
    return moves(landing) ? std::optional<CardLanding>(std::move(landing)) : std::nullopt;
}

}   // namespace stagecraft::editor
