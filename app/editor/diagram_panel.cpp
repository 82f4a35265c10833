// The live diagram pane (see diagram_panel.hpp).
#include "diagram_panel.hpp"

#include <algorithm>
#include <cmath>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

namespace stagecraft::editor {
namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
constexpr double kMaxFitZoom = 1.5;    // fit never blows a small diagram up beyond this
constexpr double kMaxPixels = 36e6;     // largest picture asked of Graphviz (about 6000 x 6000)
constexpr int kMargin = 16;
}  // namespace

DiagramPanel::DiagramPanel(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHSCROLL | wxVSCROLL | wxFULL_REPAINT_ON_RESIZE),
      document_(document), selection_(selection), rerender_timer_(this) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(16, 16);
    worker_ = std::make_unique<DiagramWorker>([this](DiagramResult result) {
        CallAfter([this, r = std::move(result)]() mutable { receive(std::move(r)); });
    });
    Bind(wxEVT_PAINT, &DiagramPanel::on_paint, this);
    Bind(wxEVT_MOUSEWHEEL, &DiagramPanel::on_mouse_wheel, this);
    Bind(wxEVT_LEFT_DOWN, &DiagramPanel::on_left_down, this);
    Bind(wxEVT_LEFT_UP, &DiagramPanel::on_left_up, this);
    Bind(wxEVT_MOTION, &DiagramPanel::on_motion, this);
    Bind(wxEVT_SIZE, &DiagramPanel::on_size, this);
    Bind(wxEVT_TIMER, &DiagramPanel::on_rerender_timer, this, rerender_timer_.GetId());
    document_token_ = document_.subscribe([this] {
        if (views_.journey_changed(document_.generation()) == ViewSwitch::Action::RequestLayout) request_layout();
    });
    selection_token_ = selection_.subscribe([this](const Selection&) { Refresh(); });
    views_.switch_to(DiagramView::Map, document_.generation());
    request_layout();
}

DiagramPanel::~DiagramPanel() {
    document_.unsubscribe(document_token_);
    selection_.unsubscribe(selection_token_);
    worker_.reset();
}

void DiagramPanel::set_view(DiagramView view) {
    if (view == views_.current()) return;
    fit_ = Fit::Readable;
    if (views_.switch_to(view, document_.generation()) == ViewSwitch::Action::ShowCached) {
        show(cache_[static_cast<std::size_t>(view_index(view))]);
        requested_generation_ = shown_generation_;
        zoom_ = fit_zoom(fit_);
        update_virtual_size();
        Refresh();
        rerender_timer_.StartOnce(150);
        return;
    }
    request_layout();
}

bool DiagramPanel::layout_pending() const { return requested_generation_ != shown_generation_ || worker_->busy(); }

double DiagramPanel::target_dpi() const {
    double dpi = 96.0 * zoom_;
    const double w = layout_.bounds.width, h = layout_.bounds.height;
    if (w > 0 && h > 0) {
        const double pixels = (w * dpi / 72.0) * (h * dpi / 72.0);
        if (pixels > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels);
    }
    return std::max(dpi, 8.0);
}

void DiagramPanel::request_layout() {
    DiagramJob job;
    job.generation = document_.generation();
    job.view = views_.current();
    job.dpi = target_dpi();
    job.journey = std::make_shared<const Journey>(document_.journey());
    requested_generation_ = job.generation;
    requested_at_ = std::chrono::steady_clock::now();
    worker_->submit(std::move(job));
    if (on_status) on_status(wxString::FromUTF8("Laying out the diagram…"));
}

void DiagramPanel::show(const Picture& picture) {
    bitmap_ = picture.bitmap;
    bitmap_dpi_ = picture.dpi;
    layout_ = picture.layout;
    shown_generation_ = picture.generation;
}

void DiagramPanel::receive(DiagramResult result) {
    if (result.ok) {
        Picture picture{wxBitmap(result.image), result.dpi, std::move(result.layout), result.generation};
        auto& cached = cache_[static_cast<std::size_t>(view_index(result.view))];
        if (picture.generation >= cached.generation) cached = picture;
    }
    const bool wanted = views_.layout_done(result.view, result.generation);
    // A picture of another view, or of an older journey while a newer one is on its way.
    if (result.view != views_.current()) return;
    if (!wanted && bitmap_.IsOk()) return;
    if (!result.ok) {
        error_ = result.error;
        if (on_status) on_status(wxString::FromUTF8("Diagram: " + result.error));
        Refresh();
        return;
    }
    error_.clear();
    show(cache_[static_cast<std::size_t>(view_index(result.view))]);
    if (fit_ != Fit::None) zoom_ = fit_zoom(fit_);
    update_virtual_size();
    Refresh();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - requested_at_).count();
    if (on_status) on_status(wxString::Format("Diagram ready (%.0f ms)", ms));
    if (on_picture) on_picture(shown_generation_, ms);
    // Drawn scaled from another resolution: ask for a crisp one at this zoom.
    if (std::abs(target_dpi() - bitmap_dpi_) / bitmap_dpi_ > 0.04 && result.generation == document_.generation())
        rerender_timer_.StartOnce(120);
}

void DiagramPanel::update_virtual_size() {
    const double s = pixels_per_point();
    SetVirtualSize(static_cast<int>(layout_.bounds.width * s) + 2 * kMargin,
                   static_cast<int>(layout_.bounds.height * s) + 2 * kMargin);
}

void DiagramPanel::zoom_to(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    fit_ = Fit::None;
    if (std::abs(zoom - zoom_) < 1e-6) return;
    zoom_ = zoom;
    update_virtual_size();
    Refresh();
    rerender_timer_.StartOnce(150);
}

void DiagramPanel::zoom_by(double factor) { zoom_to(zoom_ * factor); }

double DiagramPanel::fit_zoom(Fit mode) const {
    const wxSize client = GetClientSize();
    if (layout_.bounds.width <= 0 || layout_.bounds.height <= 0 || client.x <= 2 * kMargin || client.y <= 2 * kMargin)
        return zoom_;
    const double zx = (client.x - 2 * kMargin) / (layout_.bounds.width * 96.0 / 72.0);
    const double zy = (client.y - 2 * kMargin) / (layout_.bounds.height * 96.0 / 72.0);
    const double whole = std::min(zx, zy);
    if (mode == Fit::Whole) return std::clamp(whole, kMinZoom, kMaxFitZoom);
    // Readable: never smaller than 100 % along the picture's long side when that side is what
    // does not fit; a wide journey map scrolls sideways at a legible size.
    return std::clamp(std::max(whole, std::min(1.0, std::max(zx, zy))), kMinZoom, kMaxFitZoom);
}

void DiagramPanel::zoom_fit() {
    fit_ = Fit::Whole;
    if (layout_.bounds.width <= 0) return;
    zoom_ = fit_zoom(fit_);
    update_virtual_size();
    Refresh();
    rerender_timer_.StartOnce(150);
}

void DiagramPanel::on_rerender_timer(wxTimerEvent&) {
    if (std::abs(target_dpi() - bitmap_dpi_) / bitmap_dpi_ > 0.04 || shown_generation_ != document_.generation())
        request_layout();
}

wxRect DiagramPanel::box_to_client(const diagram::Box& box) const {
    const double s = pixels_per_point();
    wxPoint origin = CalcScrolledPosition(wxPoint(kMargin, kMargin));
    return wxRect(origin.x + static_cast<int>(box.x * s), origin.y + static_cast<int>(box.y * s),
                  static_cast<int>(box.width * s), static_cast<int>(box.height * s));
}

std::optional<wxRect> DiagramPanel::element_rect(const std::string& id) const {
    for (const auto& e : layout_.elements)
        if (e.id == id) return box_to_client(e.box);
    return std::nullopt;
}

void DiagramPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxColour(236, 238, 241)));
    dc.Clear();
    if (!bitmap_.IsOk()) {
        dc.SetTextForeground(wxColour(90, 90, 90));
        dc.DrawLabel(error_.empty() ? wxString::FromUTF8("Laying out the diagram…") : wxString::FromUTF8(error_),
                     GetClientRect(), wxALIGN_CENTER);
        return;
    }
    const double s = pixels_per_point();
    const double scale = s / (bitmap_dpi_ / 72.0);
    const wxPoint origin = CalcScrolledPosition(wxPoint(kMargin, kMargin));
    // White sheet with a soft edge so the picture reads as a page.
    dc.SetPen(wxPen(wxColour(200, 203, 208)));
    dc.SetBrush(*wxWHITE_BRUSH);
    const int w = static_cast<int>(bitmap_.GetWidth() * scale), h = static_cast<int>(bitmap_.GetHeight() * scale);
    dc.DrawRectangle(origin.x - 1, origin.y - 1, w + 2, h + 2);
    if (std::abs(scale - 1.0) < 1e-3) {
        dc.DrawBitmap(bitmap_, origin);
    } else {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (gc) {
            gc->SetInterpolationQuality(wxINTERPOLATION_GOOD);
            gc->DrawBitmap(bitmap_, origin.x, origin.y, w, h);
        }
    }
    // Selection: a thick accent outline around every node of the selected scene or role.
    const Selection& sel = selection_.current();
    if (sel.kind == SelectionKind::Scene || sel.kind == SelectionKind::Role) {
        const auto kind = sel.kind == SelectionKind::Scene ? diagram::ElementKind::Scene : diagram::ElementKind::Role;
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        for (const auto& e : layout_.elements) {
            if (e.kind != kind || e.id != sel.id) continue;
            wxRect r = box_to_client(e.box).Inflate(4);
            dc.SetPen(wxPen(wxColour(255, 255, 255), 6));
            dc.DrawRoundedRectangle(r, 6);
            dc.SetPen(wxPen(wxColour(0, 102, 204), 3));
            dc.DrawRoundedRectangle(r, 6);
        }
    }
}

void DiagramPanel::on_mouse_wheel(wxMouseEvent& event) {
    if (!event.ControlDown()) {
        event.Skip();
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

bool DiagramPanel::click_at(const wxPoint& client) {
    const wxPoint logical = CalcUnscrolledPosition(client);
    const double s = pixels_per_point();
    const double px = (logical.x - kMargin) / s, py = (logical.y - kMargin) / s;
    if (const auto* e = layout_.element_at(px, py)) {
        selection_.select(e->kind == diagram::ElementKind::Scene ? Selection::scene(e->id) : Selection::role(e->id));
        return true;
    }
    return false;
}

void DiagramPanel::on_left_down(wxMouseEvent& event) {
    SetFocus();
    drag_start_ = event.GetPosition();
    drag_view_start_ = GetViewStart();
    dragged_ = false;
    CaptureMouse();
}

void DiagramPanel::on_motion(wxMouseEvent& event) {
    if (!drag_start_ || !event.LeftIsDown()) return;
    const wxPoint delta = event.GetPosition() - *drag_start_;
    if (!dragged_ && std::abs(delta.x) + std::abs(delta.y) < 4) return;
    dragged_ = true;
    SetCursor(wxCursor(wxCURSOR_HAND));
    int ux = 1, uy = 1;
    GetScrollPixelsPerUnit(&ux, &uy);
    Scroll(drag_view_start_.x - delta.x / std::max(ux, 1), drag_view_start_.y - delta.y / std::max(uy, 1));
}

void DiagramPanel::on_left_up(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    SetCursor(wxNullCursor);
    if (drag_start_ && !dragged_) click_at(event.GetPosition());
    drag_start_.reset();
}

void DiagramPanel::on_size(wxSizeEvent& event) {
    if (fit_ != Fit::None && bitmap_.IsOk()) {
        const double z = fit_zoom(fit_);
        if (std::abs(z - zoom_) > 1e-3) {
            zoom_ = z;
            update_virtual_size();
            Refresh();
            rerender_timer_.StartOnce(150);
        }
    }
    event.Skip();
}

}  // namespace stagecraft::editor
