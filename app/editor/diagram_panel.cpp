// The live diagram pane (see diagram_panel.hpp).
#include "diagram_panel.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include <wx/dcbuffer.h>
#include <wx/dnd.h>
#include <wx/graphics.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/core/connect.hpp"
#include "app/editor/core/rename.hpp"
#include "app/editor/core/scene_keys.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "app/editor/wx_text.hpp"
#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// Roles dragged from the Cast pane arrive as text "stagecraft-role:<id>" (see cast_pane.cpp).
// The selection of a drawn element, and the kind of element a selection is drawn as.
Selection selection_of(const diagram::LayoutElement& e) {
    switch (e.kind) {
        case diagram::ElementKind::Scene: return Selection::scene(e.id);
        case diagram::ElementKind::Role: return Selection::role(e.id);
        case diagram::ElementKind::Stage: break;
    }
    return Selection::stage(e.id);
}
std::optional<diagram::ElementKind> drawn_as(SelectionKind kind) {
    switch (kind) {
        case SelectionKind::Scene: return diagram::ElementKind::Scene;
        case SelectionKind::Role: return diagram::ElementKind::Role;
        case SelectionKind::Stage: return diagram::ElementKind::Stage;
        default: return std::nullopt;
    }
}

class RoleDropTarget final : public wxTextDropTarget {
public:
    explicit RoleDropTarget(DiagramPanel& panel) : panel_(panel) {}
    bool OnDropText(wxCoord x, wxCoord y, const wxString& text) override {
        const std::string prefix = kRoleDragPrefix;
        const std::string dropped = utf8(text);
        if (dropped.compare(0, prefix.size(), prefix) != 0) return false;
        return panel_.drop_role(dropped.substr(prefix.size()), wxPoint(x, y), wxGetKeyState(WXK_SHIFT));
    }

private:
    DiagramPanel& panel_;
};

}   // namespace

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
constexpr double kMaxFitZoom = 1.5;     // fit never blows a small diagram up beyond this
constexpr double kReadableZoom = 0.7;   // the smallest node text at about 9 pixels
constexpr int kMargin = 16;             // pixels around the picture
// Picture asked for: the visible part plus this share each side. Right after an edit only a sliver
// more than what is visible (the fewer pixels, the sooner it is there); when scrolling or zooming,
// more, so that the next small scroll needs no new picture.
constexpr double kEditMargin = 0.02;
constexpr double kScrollMargin = 0.25;
constexpr std::size_t kMaxTiles = 6;

bool contains(const PictureRegion& outer, const PictureRegion& inner) {
    constexpr double e = 0.5;
    return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e &&
           inner.y + inner.height <= outer.y + outer.height + e;
}
}   // namespace

DiagramPanel::DiagramPanel(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxHSCROLL | wxVSCROLL | wxFULL_REPAINT_ON_RESIZE),
      document_(document),
      selection_(selection),
      settle_timer_(this),
      slow_timer_(this) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(16, 16);
    worker_ = std::make_unique<DiagramWorker>([this](DiagramResult result) {
        CallAfter([this, r = std::move(result)]() mutable { receive(std::move(r)); });
    });
    Bind(wxEVT_PAINT, &DiagramPanel::on_paint, this);
    Bind(wxEVT_MOUSEWHEEL, &DiagramPanel::on_mouse_wheel, this);
    Bind(wxEVT_LEFT_DOWN, &DiagramPanel::on_left_down, this);
    Bind(wxEVT_LEFT_UP, &DiagramPanel::on_left_up, this);
    Bind(wxEVT_LEFT_DCLICK, &DiagramPanel::on_left_dclick, this);
    Bind(wxEVT_RIGHT_DOWN, &DiagramPanel::on_right_down, this);
    Bind(wxEVT_KEY_DOWN, &DiagramPanel::on_key_down, this);
    SetDropTarget(new RoleDropTarget(*this));
    Bind(wxEVT_MOTION, &DiagramPanel::on_motion, this);
    Bind(wxEVT_SIZE, &DiagramPanel::on_size, this);
    for (auto type :
         {wxEVT_SCROLLWIN_TOP, wxEVT_SCROLLWIN_BOTTOM, wxEVT_SCROLLWIN_LINEUP, wxEVT_SCROLLWIN_LINEDOWN,
          wxEVT_SCROLLWIN_PAGEUP, wxEVT_SCROLLWIN_PAGEDOWN, wxEVT_SCROLLWIN_THUMBTRACK, wxEVT_SCROLLWIN_THUMBRELEASE})
        Bind(type, &DiagramPanel::on_scroll, this);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { ensure_picture(); }, settle_timer_.GetId());
    Bind(
        wxEVT_TIMER,
        [this](wxTimerEvent&) {
            if (!in_flight_ || slow_shown_) return;
            slow_shown_ = true;
            if (on_status) on_status(wx("Laying out the diagram…"));
        },
        slow_timer_.GetId());
    document_subscription_ = document_.subscribe([this] {
        if (views_.journey_changed(document_.generation()) == ViewSwitch::Action::RequestLayout)
            request(state().has_layout, kEditMargin);
    });
    selection_subscription_ = selection_.subscribe([this](const Selection&) {
        scroll_to_selection();
        Refresh();
    });
    views_.switch_to(DiagramView::Map, document_.generation());
    request(false);
}

DiagramPanel::~DiagramPanel() {
    settle_timer_.Stop();
    slow_timer_.Stop();
    worker_.reset();
}

bool DiagramPanel::has_picture() const { return !state().tiles.empty(); }

bool DiagramPanel::layout_pending() const { return in_flight_.has_value() || worker_->busy() || !covered(); }

void DiagramPanel::set_view(DiagramView view) {
    if (view == views_.current()) return;
    // Each view keeps its own zoom and scroll: the one left is remembered, the one shown opens
    // fitted the first time and as it was left after that.
    ViewState& left = state();
    left.shown_before = true;
    left.zoom = zoom_;
    left.fit = fit_;
    left.view_start = GetViewStart();
    const auto action = views_.switch_to(view, document_.generation());
    ViewState& shown = state();
    fit_ = shown.shown_before ? shown.fit : Fit::Readable;
    if (shown.shown_before) zoom_ = shown.zoom;
    if (action == ViewSwitch::Action::ShowCached && state().has_layout) {
        apply_fit();
        update_virtual_size();
        if (shown.shown_before) Scroll(shown.view_start);
        scroll_to_selection();
        ensure_picture();
        Refresh();
        return;
    }
    request(state().has_layout, kEditMargin);
    Refresh();
}

PictureRegion DiagramPanel::visible_region(double margin) const {
    const auto& bounds = state().layout.bounds;
    const double s = pixels_per_point();
    const wxPoint logical = CalcUnscrolledPosition(wxPoint(0, 0));
    const wxSize client = GetClientSize();
    double x = (logical.x - kMargin) / s, y = (logical.y - kMargin) / s;
    double w = std::max(client.x, 1) / s, h = std::max(client.y, 1) / s;
    x -= w * margin;
    y -= h * margin;
    w *= 1 + 2 * margin;
    h *= 1 + 2 * margin;
    PictureRegion r;
    r.x = std::clamp(x, 0.0, bounds.width);
    r.y = std::clamp(y, 0.0, bounds.height);
    r.width = std::max(0.0, std::min(x + w, bounds.width) - r.x);
    r.height = std::max(0.0, std::min(y + h, bounds.height) - r.y);
    return r;
}

std::pair<PictureRegion, RegionAnchor> DiagramPanel::plan_region(double margin) const {
    const auto& layout = state().layout;
    const PictureRegion want = visible_region(margin);
    // The smallest region centred on a node (or on the picture's middle) that covers `want`.
    auto region_around = [&](double cx, double cy) {
        PictureRegion r;
        r.width = 2 * std::max(std::abs(cx - want.x), std::abs(want.x + want.width - cx));
        r.height = 2 * std::max(std::abs(cy - want.y), std::abs(want.y + want.height - cy));
        r.x = cx - r.width / 2;
        r.y = cy - r.height / 2;
        return r;
    };
    RegionAnchor best_anchor;
    PictureRegion best = region_around(layout.bounds.width / 2, layout.bounds.height / 2);
    for (const auto& e : layout.elements) {
        if (e.kind == diagram::ElementKind::Stage) continue;   // its node is not named after it
        const PictureRegion r = region_around(e.box.x + e.box.width / 2, e.box.y + e.box.height / 2);
        if (r.width * r.height < best.width * best.height) {
            best = r;
            best_anchor.kind = e.kind;
            best_anchor.id = e.id;
            best_anchor.node = e.kind == diagram::ElementKind::Scene ? "scene:" + e.id : "role:" + e.id;
        }
    }
    return {best, best_anchor};
}

bool DiagramPanel::covered() const {
    const ViewState& st = state();
    if (!st.has_layout) return false;
    const PictureRegion visible = visible_region(0);
    if (visible.width <= 0 || visible.height <= 0) return true;
    for (const auto& t : st.tiles)
        if (t.generation == document_.generation() && std::abs(t.zoom - zoom_) < 1e-3 && contains(t.region, visible))
            return true;
    return false;
}

void DiagramPanel::request(bool with_picture, double margin) {
    DiagramJob job;
    job.serial = next_serial_++;
    job.generation = document_.generation();
    job.view = views_.current();
    job.zoom = zoom_;
    if (with_picture && state().has_layout) {
        auto [region, anchor] = plan_region(margin);
        if (region.width > 0 && region.height > 0) {
            job.region = region;
            job.anchor = std::move(anchor);
        }
    }
    job.journey = std::make_shared<const Journey>(document_.journey());
    DiagramJob note = job;
    note.journey.reset();
    in_flight_ = note;
    requested_at_ = std::chrono::steady_clock::now();
    worker_->submit(std::move(job));
    if (!slow_timer_.IsRunning()) slow_timer_.StartOnce(400);
}

void DiagramPanel::ensure_picture() {
    if (!state().has_layout || covered()) return;
    if (in_flight_ && in_flight_->region && in_flight_->generation == document_.generation() &&
        in_flight_->view == views_.current() && std::abs(in_flight_->zoom - zoom_) < 1e-3) {
        // On its way, unless the user has since moved beyond what it will cover.
        const PictureRegion planned = plan_region(kScrollMargin).first;
        const PictureRegion asked = *in_flight_->region;
        if (std::abs(planned.width - asked.width) < 1 && std::abs(planned.height - asked.height) < 1) return;
    }
    request(true, kScrollMargin);
}

void DiagramPanel::receive(DiagramResult result) {
    if (in_flight_ && in_flight_->serial == result.serial) in_flight_.reset();
    if (!result.ok) {
        if (result.view == views_.current()) {
            slow_shown_ = true;   // cleared with the next picture
            error_ = result.error;
            if (on_status) on_status(wx("Diagram: " + result.error));
            Refresh();
        }
        return;
    }
    ViewState& st = states_[static_cast<std::size_t>(view_index(result.view))];
    const bool first_layout = !st.has_layout;
    if (!st.has_layout || result.generation >= st.layout_generation) {
        st.layout = std::move(result.layout);
        st.layout_generation = result.generation;
        st.has_layout = true;
    }
    views_.layout_done(result.view, result.generation);
    if (result.view != views_.current()) return;
    error_.clear();

    if (result.region && result.image.IsOk()) {
        {
            Tile tile{result.generation, result.zoom, *result.region, wxBitmap(result.image)};
            auto& tiles = st.tiles;
            tiles.erase(std::remove_if(tiles.begin(), tiles.end(),
                                       [&](const Tile& t) { return t.generation < tile.generation; }),
                        tiles.end());
            tiles.push_back(std::move(tile));
            if (tiles.size() > kMaxTiles) tiles.erase(tiles.begin());
            shown_generation_ = result.generation;
            render_ms_ = result.render_ms;
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - requested_at_).count();
            if (slow_shown_ && on_status) on_status(wxString());
            slow_shown_ = false;
            if (on_picture) on_picture(shown_generation_, ms);
        }
    }
    if (first_layout || fit_ != Fit::None) apply_fit();
    update_virtual_size();
    if (first_layout) scroll_to_selection();
    Refresh();
    if (pending_rename_ && st.layout_generation == document_.generation()) {
        const Selection element = *std::exchange(pending_rename_, std::nullopt);
        begin_rename(element);
    }
    if (result.generation == document_.generation())
        ensure_picture();
    else if (!in_flight_)
        request(true, kEditMargin);
}

double DiagramPanel::fit_zoom(Fit mode) const {
    const auto& bounds = state().layout.bounds;
    const wxSize client = GetClientSize();
    if (bounds.width <= 0 || bounds.height <= 0 || client.x <= 2 * kMargin || client.y <= 2 * kMargin) return zoom_;
    const double zx = (client.x - 2 * kMargin) / (bounds.width * 96.0 / 72.0);
    const double zy = (client.y - 2 * kMargin) / (bounds.height * 96.0 / 72.0);
    const double whole = std::min(zx, zy);
    if (mode == Fit::Whole) return std::clamp(whole, kMinZoom, kMaxFitZoom);
    // Readable: the whole picture when it fits at a size whose text can be read, else that
    // size, scrolled (Fit shows everything, smaller).
    return std::clamp(std::max(whole, kReadableZoom), kMinZoom, kMaxFitZoom);
}

void DiagramPanel::apply_fit() {
    if (fit_ == Fit::None || !state().has_layout) return;
    zoom_ = fit_zoom(fit_);
    update_virtual_size();
}

void DiagramPanel::update_virtual_size() {
    const auto& bounds = state().layout.bounds;
    const double s = pixels_per_point();
    SetVirtualSize(static_cast<int>(bounds.width * s) + 2 * kMargin, static_cast<int>(bounds.height * s) + 2 * kMargin);
}

void DiagramPanel::zoom_to(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    fit_ = Fit::None;
    if (std::abs(zoom - zoom_) < 1e-6) return;
    zoom_ = zoom;
    update_virtual_size();
    Refresh();
    settle_timer_.StartOnce(150);
}

void DiagramPanel::zoom_by(double factor) { zoom_to(zoom_ * factor); }

void DiagramPanel::zoom_fit() {
    fit_ = Fit::Whole;
    apply_fit();
    Refresh();
    // One step, not a gesture still going on: ask for the picture at once.
    ensure_picture();
}

wxRect DiagramPanel::box_to_client(double x, double y, double w, double h) const {
    const double s = pixels_per_point();
    const wxPoint origin = CalcScrolledPosition(wxPoint(kMargin, kMargin));
    const int left = origin.x + static_cast<int>(std::lround(x * s));
    const int top = origin.y + static_cast<int>(std::lround(y * s));
    const int right = origin.x + static_cast<int>(std::lround((x + w) * s));
    const int bottom = origin.y + static_cast<int>(std::lround((y + h) * s));
    return wxRect(left, top, right - left, bottom - top);
}

std::optional<wxRect> DiagramPanel::element_rect(const std::string& id) const {
    for (const auto& e : state().layout.elements)
        if (e.id == id) return box_to_client(e.box.x, e.box.y, e.box.width, e.box.height);
    return std::nullopt;
}

void DiagramPanel::scroll_to_selection() {
    const Selection& sel = selection_.current();
    const auto kind = drawn_as(sel.kind);
    if (!kind) return;
    for (const auto& e : state().layout.elements) {
        if (e.kind != *kind || e.id != sel.id) continue;
        const wxRect r = box_to_client(e.box.x, e.box.y, e.box.width, e.box.height);
        if (GetClientRect().Contains(r)) return;
        const wxPoint logical = CalcUnscrolledPosition(r.GetPosition());
        const wxSize client = GetClientSize();
        int ux = 1, uy = 1;
        GetScrollPixelsPerUnit(&ux, &uy);
        Scroll(std::max(0, logical.x + r.width / 2 - client.x / 2) / std::max(ux, 1),
               std::max(0, logical.y + r.height / 2 - client.y / 2) / std::max(uy, 1));
        settle_timer_.StartOnce(60);
        return;
    }
}

void DiagramPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxColour(236, 238, 241)));
    dc.Clear();
    const ViewState& st = state();
    if (!st.has_layout) {
        dc.SetTextForeground(wxColour(90, 90, 90));
        dc.DrawLabel(error_.empty() ? wx("Laying out the diagram…") : wx(error_), GetClientRect(), wxALIGN_CENTER);
        return;
    }
    // The page, then the pictures on it: older (or other zoom) first, scaled, the newest on top.
    const auto& bounds = st.layout.bounds;
    wxRect page = box_to_client(0, 0, bounds.width, bounds.height);
    dc.SetPen(wxPen(wxColour(200, 203, 208)));
    dc.SetBrush(*wxWHITE_BRUSH);
    dc.DrawRectangle(page.Inflate(1));
    std::unique_ptr<wxGraphicsContext> gc;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& t : st.tiles) {
            // A picture of another layout than the one shown would sit in the wrong places.
            if (t.generation != st.layout_generation) continue;
            const bool exact = t.generation == document_.generation() && std::abs(t.zoom - zoom_) < 1e-3;
            if (exact != (pass == 1)) continue;
            const wxRect r = box_to_client(t.region.x, t.region.y, t.region.width, t.region.height);
            if (!r.Intersects(GetClientRect())) continue;
            if (exact && std::abs(r.width - t.bitmap.GetWidth()) <= 2 &&
                std::abs(r.height - t.bitmap.GetHeight()) <= 2) {
                dc.DrawBitmap(t.bitmap, r.GetPosition());
            } else {
                if (!gc) gc.reset(wxGraphicsContext::Create(dc));
                if (gc) {
                    gc->SetInterpolationQuality(wxINTERPOLATION_GOOD);
                    gc->DrawBitmap(t.bitmap, r.x, r.y, r.width, r.height);
                }
            }
        }
    }
    gc.reset();
    // Selection: a thick accent outline around every node of the selected scene or role.
    const Selection& sel = selection_.current();
    if (const auto kind = drawn_as(sel.kind)) {
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        for (const auto& e : st.layout.elements) {
            if (e.kind != *kind || e.id != sel.id) continue;
            const wxRect r = box_to_client(e.box.x, e.box.y, e.box.width, e.box.height).Inflate(4);
            dc.SetPen(wxPen(wxColour(255, 255, 255), 6));
            dc.DrawRoundedRectangle(r, 6);
            dc.SetPen(wxPen(wxColour(0, 102, 204), 3));
            dc.DrawRoundedRectangle(r, 6);
        }
    }
    // A card being moved: its outline follows the pointer.
    if (moving_) {
        if (auto from = element_rect(pressed_scene_)) {
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.SetPen(wxPen(wxColour(0, 102, 204), 2, wxPENSTYLE_SHORT_DASH));
            dc.DrawRoundedRectangle(wxRect(pointer_ - wxPoint(from->width / 2, from->height / 2), from->GetSize()), 6);
        }
    }
    // A flow being drawn: a line from the scene it starts at to the pointer.
    if (connecting_) {
        if (auto from = element_rect(pressed_scene_)) {
            dc.SetPen(wxPen(wxColour(94, 60, 153), 3, wxPENSTYLE_SHORT_DASH));
            dc.DrawLine(from->GetPosition() + wxPoint(from->width / 2, from->height / 2), pointer_);
        }
    }
}

void DiagramPanel::on_mouse_wheel(wxMouseEvent& event) {
    if (!event.ControlDown()) {
        event.Skip();
        settle_timer_.StartOnce(100);
        return;
    }
    // Keep the point under the mouse in place while zooming.
    const wxPoint mouse = event.GetPosition();
    const wxPoint logical = CalcUnscrolledPosition(mouse);
    const double old_zoom = zoom_;
    zoom_by(event.GetWheelRotation() > 0 ? 1.15 : 1 / 1.15);
    const double k = zoom_ / old_zoom;
    const wxPoint target(static_cast<int>((logical.x - kMargin) * k) + kMargin - mouse.x,
                         static_cast<int>((logical.y - kMargin) * k) + kMargin - mouse.y);
    int ux = 1, uy = 1;
    GetScrollPixelsPerUnit(&ux, &uy);
    Scroll(std::max(0, target.x / std::max(ux, 1)), std::max(0, target.y / std::max(uy, 1)));
}

const diagram::LayoutElement* DiagramPanel::element_at_client(const wxPoint& client) const {
    const wxPoint logical = CalcUnscrolledPosition(client);
    const double s = pixels_per_point();
    return state().layout.element_at((logical.x - kMargin) / s, (logical.y - kMargin) / s);
}

bool DiagramPanel::click_at(const wxPoint& client) {
    if (const auto* e = element_at_client(client)) {
        selection_.select(selection_of(*e));
        return true;
    }
    return false;
}

bool DiagramPanel::drop_role(const std::string& role_id, const wxPoint& client, bool understudy) {
    const auto* e = element_at_client(client);
    if (!e || e->kind != diagram::ElementKind::Scene) return false;
    if (run_action) run_action(cast_on_drop(document_.journey(), e->id, role_id, understudy));
    return true;
}

bool DiagramPanel::move_to(const std::string& scene, const wxPoint& client) {
    const auto* e = element_at_client(client);
    if (!e || e->kind == diagram::ElementKind::Role) return false;
    const wxRect r = box_to_client(e->box.x, e->box.y, e->box.width, e->box.height);
    const bool after = client.x > r.x + r.width / 2;
    if (run_action) run_action(move_scene_onto(document_.journey(), scene, selection_of(*e), after));
    return true;
}

bool DiagramPanel::connect_at(const std::string& from, const wxPoint& client) {
    const auto* e = element_at_client(client);
    if (!e || e->kind != diagram::ElementKind::Scene || e->id == from) return false;
    if (on_connect) on_connect(from, e->id);
    return true;
}

void DiagramPanel::on_left_down(wxMouseEvent& event) {
    if (rename_) finish_rename(true);
    SetFocus();
    drag_start_ = event.GetPosition();
    drag_view_start_ = GetViewStart();
    dragged_ = false;
    connecting_ = false;
    moving_ = false;
    const auto* e = element_at_client(event.GetPosition());
    pressed_scene_ = e && e->kind == diagram::ElementKind::Scene ? e->id : std::string();
    // From a card's edge a drag draws a flow; from inside it, it moves the card.
    pressed_edge_ = false;
    if (!pressed_scene_.empty())
        if (auto r = element_rect(pressed_scene_)) {
            const wxPoint p = event.GetPosition();
            const int margin = std::max(FromDIP(4), std::min(r->width, r->height) / 5);
            pressed_edge_ = p.x - r->x < margin || r->GetRight() - p.x < margin || p.y - r->y < margin ||
                            r->GetBottom() - p.y < margin;
        }
    CaptureMouse();
}

void DiagramPanel::on_motion(wxMouseEvent& event) {
    if (!drag_start_ || !event.LeftIsDown()) return;
    const wxPoint delta = event.GetPosition() - *drag_start_;
    if (!dragged_ && std::abs(delta.x) + std::abs(delta.y) < 4) return;
    dragged_ = true;
    if (!pressed_scene_.empty()) {
        (pressed_edge_ ? connecting_ : moving_) = true;
        pointer_ = event.GetPosition();
        SetCursor(wxCursor(pressed_edge_ ? wxCURSOR_CROSS : wxCURSOR_SIZING));
        Refresh();
        return;
    }
    SetCursor(wxCursor(wxCURSOR_HAND));
    int ux = 1, uy = 1;
    GetScrollPixelsPerUnit(&ux, &uy);
    Scroll(drag_view_start_.x - delta.x / std::max(ux, 1), drag_view_start_.y - delta.y / std::max(uy, 1));
    settle_timer_.StartOnce(100);
}

void DiagramPanel::on_left_up(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    SetCursor(wxNullCursor);
    if (connecting_) {
        connecting_ = false;
        Refresh();
        connect_at(pressed_scene_, event.GetPosition());
    } else if (moving_) {
        moving_ = false;
        Refresh();
        move_to(pressed_scene_, event.GetPosition());
    } else if (drag_start_ && !dragged_) {
        click_at(event.GetPosition());
    }
    drag_start_.reset();
    pressed_scene_.clear();
}

void DiagramPanel::on_left_dclick(wxMouseEvent& event) {
    if (const auto* e = element_at_client(event.GetPosition())) begin_rename(selection_of(*e));
}

std::vector<MenuItem> DiagramPanel::menu_at(const wxPoint& client) {
    const Journey& j = document_.journey();
    if (const auto* e = element_at_client(client)) {
        selection_.select(selection_of(*e));
        switch (e->kind) {
            case diagram::ElementKind::Scene: return scene_menu(j, e->id);
            case diagram::ElementKind::Role: return role_menu(j, e->id);
            case diagram::ElementKind::Stage: return stage_menu(j, e->id);
        }
    }
    return paper_menu(j);
}

void DiagramPanel::choose(const MenuItem& item) {
    const Selection current = selection_.current();
    if (item.command) {
        if (run_command) run_command(item.command(), current);
        return;
    }
    int id = 0;
    switch (item.window) {
        case WindowCommand::Rename: begin_rename(current); return;
        case WindowCommand::AddStage: id = ID_ADD_STAGE; break;
        case WindowCommand::AddScene: id = ID_ADD_SCENE; break;
        case WindowCommand::Delete: id = wxID_DELETE; break;
        case WindowCommand::Rehearse: id = ID_REHEARSE; break;
        case WindowCommand::None: return;
    }
    // The window's own commands act on the selection, as from its menu bar.
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(this);
    wxGetTopLevelParent(this)->GetEventHandler()->ProcessEvent(event);
}

void DiagramPanel::on_right_down(wxMouseEvent& event) {
    if (rename_) finish_rename(true);
    const std::vector<MenuItem> items = menu_at(event.GetPosition());
    if (items.empty()) return;
    // Submenus made as the items' paths ask; a separator goes where an item opens a new entry.
    wxMenu menu;
    std::map<std::string, wxMenu*> submenus;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const MenuItem& item = items[i];
        wxMenu* parent = &menu;
        std::string key;
        bool separated = false;
        for (std::size_t level = 0; level + 1 < item.path.size(); ++level) {
            key += item.path[level] + "\x1f";
            auto found = submenus.find(key);
            if (found == submenus.end()) {
                if (item.separator_before && !separated && parent->GetMenuItemCount() > 0) parent->AppendSeparator();
                separated = true;
                auto* sub = new wxMenu;
                parent->AppendSubMenu(sub, wx(item.path[level]));
                found = submenus.emplace(key, sub).first;
            }
            parent = found->second;
        }
        if (item.separator_before && !separated && parent->GetMenuItemCount() > 0) parent->AppendSeparator();
        const int id = static_cast<int>(i) + 1;
        if (item.checkable)
            parent->AppendCheckItem(id, wx(item.path.back()))->Check(item.checked);
        else
            parent->Append(id, wx(item.path.back()));
    }
    const int chosen = GetPopupMenuSelectionFromUser(menu, event.GetPosition());
    if (chosen >= 1 && chosen <= static_cast<int>(items.size())) choose(items[static_cast<std::size_t>(chosen - 1)]);
}

bool DiagramPanel::begin_rename(const Selection& element) {
    if (rename_) finish_rename(true);
    const Journey& j = document_.journey();
    std::string name;
    if (element.kind == SelectionKind::Scene && find_scene(j, element.id))
        name = find_scene(j, element.id)->name;
    else if (element.kind == SelectionKind::Role && find_role(j, element.id))
        name = find_role(j, element.id)->name;
    else if (element.kind == SelectionKind::Stage && find_stage(j, element.id))
        name = find_stage(j, element.id)->name;
    else
        return false;
    const auto kind = drawn_as(element.kind);
    std::optional<wxRect> where;
    for (const auto& e : state().layout.elements)
        if (e.kind == *kind && e.id == element.id) {
            where = box_to_client(e.box.x, e.box.y, e.box.width, e.box.height);
            break;
        }
    if (!where) return false;
    selection_.select(element);
    renaming_ = element;
    open_field(*where, name);
    return true;
}

void DiagramPanel::open_field(const wxRect& where, const std::string& text) {
    // As wide as the card (and never too narrow to type in), at its top where the name is.
    const int width = std::max(where.width, FromDIP(160));
    rename_ = new wxTextCtrl(this, wxID_ANY, wx(text), where.GetPosition(), wxSize(width, -1),
                             wxTE_PROCESS_ENTER | wxTE_PROCESS_TAB);
    rename_->SelectAll();
    rename_->SetFocus();
    rename_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { finish_rename(true); });
    rename_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_ESCAPE) {
            finish_rename(false);
        } else if (e.GetKeyCode() == WXK_TAB && !labelling_ && renaming_.kind == SelectionKind::Scene) {
            // Tab: keep this name and type the next scene's (Shift+Tab: the previous one's).
            finish_rename(true);
            const Step step = e.ShiftDown() ? Step::Previous : Step::Next;
            if (auto next = scene_after_step(document_.journey(), selection_.current().id, step))
                rename_when_drawn(Selection::scene(*next));
        } else {
            e.Skip();
        }
    });
    // Leaving the field keeps what was typed, unless the field was already finished (and perhaps
    // a new one opened for the next scene).
    rename_->Bind(wxEVT_KILL_FOCUS, [this, field = rename_](wxFocusEvent& e) {
        e.Skip();
        CallAfter([this, field] {
            if (rename_ == field) finish_rename(true);
        });
    });
}

bool DiagramPanel::begin_flow_label(const std::string& from, const std::string& to, FlowKind kind) {
    if (rename_) finish_rename(true);
    const auto a = element_rect(from);
    const auto b = element_rect(to);
    if (!a || !b) return false;
    labelling_ = NewFlow{from, to, kind};
    const wxPoint middle = (a->GetPosition() + wxPoint(a->width / 2, a->height / 2) + b->GetPosition() +
                            wxPoint(b->width / 2, b->height / 2)) /
                           2;
    open_field(wxRect(middle.x - FromDIP(80), middle.y - FromDIP(12), FromDIP(160), FromDIP(24)), "");
    rename_->SetHint("Label (optional), Enter");
    return true;
}

void DiagramPanel::rename_when_drawn(const Selection& element) {
    if (state().has_layout && state().layout_generation == document_.generation()) {
        pending_rename_.reset();
        begin_rename(element);
    } else {
        pending_rename_ = element;
    }
}

void DiagramPanel::on_key_down(wxKeyEvent& event) {
    const Selection sel = selection_.current();
    if (event.HasAnyModifiers() || sel.kind != SelectionKind::Scene) {
        event.Skip();
        return;
    }
    std::optional<Step> step;
    switch (event.GetKeyCode()) {
        case WXK_LEFT: step = Step::Previous; break;
        case WXK_RIGHT: step = Step::Next; break;
        case WXK_UP: step = Step::Up; break;
        case WXK_DOWN: step = Step::Down; break;
        case WXK_RETURN:
        case WXK_NUMPAD_ENTER: {
            Action add = add_scene_for(document_.journey(), sel);
            if (!add.command || !run_command) return;
            const Selection added = add.select_after;
            run_command(std::move(add.command), added);
            if (selection_.current() == added) rename_when_drawn(added);
            return;
        }
        default: event.Skip(); return;
    }
    if (auto to = scene_after_step(document_.journey(), sel.id, *step)) selection_.select(Selection::scene(*to));
}

void DiagramPanel::finish_rename(bool commit) {
    if (!rename_) return;
    wxTextCtrl* field = std::exchange(rename_, nullptr);
    const std::string text = utf8(field->GetValue());
    // Not destroyed inside its own event handler: hidden now, gone once the event is over.
    field->Hide();
    CallAfter([field] { field->Destroy(); });
    SetFocus();
    if (auto flow = std::exchange(labelling_, std::nullopt)) {
        // Esc leaves the flow undrawn; Enter (or moving on) adds it with what was typed.
        if (commit && on_flow) on_flow(flow->from, flow->to, flow->kind, text);
        return;
    }
    if (!commit || !run_command) return;
    Rename rename = rename_element(document_.journey(), renaming_, text);
    if (rename.command) run_command(std::move(rename.command), rename.after);
}

void DiagramPanel::on_size(wxSizeEvent& event) {
    if (fit_ != Fit::None) apply_fit();
    settle_timer_.StartOnce(80);
    event.Skip();
}

void DiagramPanel::on_scroll(wxScrollWinEvent& event) {
    settle_timer_.StartOnce(80);
    event.Skip();
}

}   // namespace stagecraft::editor
