// The live diagram pane (see diagram_panel.hpp).
#include "diagram_panel.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "app/editor/diagram_elements.hpp"
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {
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
    accept_dropped_roles();
    Bind(wxEVT_MOTION, &DiagramPanel::on_motion, this);
    Bind(wxEVT_LEAVE_WINDOW, [this](wxMouseEvent& event) {
        hide_plus();
        event.Skip();
    });
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
        // Only scene and role nodes are named after their element.
        if (e.kind != diagram::ElementKind::Scene && e.kind != diagram::ElementKind::Role) continue;
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
    // The layout of an edit: the view opened fitted to be read, but while the user works on it the
    // zoom stays, so that what they point at does not move (Fit, which asks for the whole
    // picture, goes on following it).
    if (!first_layout && result.generation > st.layout_generation && result.view == views_.current() &&
        fit_ == Fit::Readable)
        fit_ = Fit::None;
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

std::vector<wxRect> DiagramPanel::rects_of(const Selection& selection) const {
    std::vector<wxRect> rects;
    for (const auto& e : state().layout.elements)
        if (shows(e, selection)) rects.push_back(box_to_client(e.box.x, e.box.y, e.box.width, e.box.height));
    return rects;
}

void DiagramPanel::scroll_to_selection() {
    const Selection& sel = selection_.current();
    for (const auto& e : state().layout.elements) {
        if (!shows(e, sel)) continue;
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
    {
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        for (const auto& e : st.layout.elements) {
            if (!shows(e, sel)) continue;
            const wxRect box = box_to_client(e.box.x, e.box.y, e.box.width, e.box.height);
            if (e.kind == diagram::ElementKind::Flow) {
                // A flow's stretches and label: a thin outline that leaves the label readable.
                dc.SetPen(wxPen(wxColour(0, 102, 204), 2));
                dc.DrawRoundedRectangle(wxRect(box).Inflate(3), 4);
                continue;
            }
            const wxRect r = wxRect(box).Inflate(4);
            dc.SetPen(wxPen(wxColour(255, 255, 255), 6));
            dc.DrawRoundedRectangle(r, 6);
            dc.SetPen(wxPen(wxColour(0, 102, 204), 3));
            dc.DrawRoundedRectangle(r, 6);
        }
    }
    // A card being moved: where it will land, tinted, and its outline following the pointer.
    if (moving_ && landing_) {
        dc.SetPen(wxPen(wxColour(0, 102, 204), 2));
        dc.SetBrush(wxBrush(wxColour(0, 102, 204, 48)));
        dc.DrawRoundedRectangle(box_to_client(landing_->x, landing_->y, landing_->width, landing_->height), 4);
    }
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
    // The pointer over a place where a double-click adds a scene or stage: "+".
    if (plus_ && !drag_start_) {
        const int r = FromDIP(12), arm = FromDIP(6);
        dc.SetPen(wxPen(wxColour(0, 102, 204), 2));
        dc.SetBrush(wxBrush(wxColour(232, 241, 251)));
        dc.DrawCircle(*plus_, r);
        dc.DrawLine(*plus_ - wxPoint(arm, 0), *plus_ + wxPoint(arm + 1, 0));
        dc.DrawLine(*plus_ - wxPoint(0, arm), *plus_ + wxPoint(0, arm + 1));
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

wxPoint DiagramPanel::point_to_client(double x, double y) const { return box_to_client(x, y, 0, 0).GetPosition(); }

std::pair<double, double> DiagramPanel::to_points(const wxPoint& client) const {
    const wxPoint logical = CalcUnscrolledPosition(client);
    const double s = pixels_per_point();
    return {(logical.x - kMargin) / s, (logical.y - kMargin) / s};
}

const diagram::LayoutElement* DiagramPanel::element_at_client(const wxPoint& client) const {
    const auto [x, y] = to_points(client);
    return state().layout.element_at(x, y);
}

bool DiagramPanel::click_at(const wxPoint& client) {
    // A lane's heading is paper: it stands for nothing that can be selected.
    if (const auto* e = element_at_client(client); e && e->kind != diagram::ElementKind::Lane) {
        selection_.select(selection_of(*e));
        return true;
    }
    return false;
}

}   // namespace stagecraft::editor
