// The live diagram in the centre of the window: asks the worker for a picture of the current
// view after every edit, draws the newest one with zoom (Ctrl+wheel, fit) and pan, highlights the
// selection, and turns clicks on scenes and roles into selections.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <wx/bitmap.h>
#include <wx/scrolwin.h>
#include <wx/timer.h>

#include "app/editor/core/document.hpp"
#include "app/editor/core/selection.hpp"
#include "app/editor/core/view_switch.hpp"
#include "app/editor/diagram_worker.hpp"

namespace stagecraft::editor {

class DiagramPanel : public wxScrolledCanvas {
public:
    DiagramPanel(wxWindow* parent, Document& document, SelectionModel& selection);
    ~DiagramPanel() override;

    void set_view(DiagramView view);
    DiagramView view() const { return views_.current(); }

    // Zoom: 1.0 draws one point as 96/72 pixels. Fit chooses the zoom that shows it all.
    void zoom_to(double zoom);
    void zoom_by(double factor);
    void zoom_fit();
    double zoom() const { return zoom_; }

    // What is on screen: the generation and view of the picture drawn, and its layout.
    std::uint64_t shown_generation() const { return shown_generation_; }
    bool has_picture() const { return bitmap_.IsOk(); }
    const diagram::DiagramLayout& layout() const { return layout_; }
    bool layout_pending() const;
    const std::string& last_error() const { return error_; }
    DiagramWorker& worker() { return *worker_; }

    // Select the element under a point of the panel (client coordinates), as a click would.
    bool click_at(const wxPoint& client);
    // Where an element's box is on the panel (client coordinates), if it is drawn.
    std::optional<wxRect> element_rect(const std::string& id) const;

    // Called on the UI thread after a new picture is drawn: (generation, edit-to-picture ms).
    std::function<void(std::uint64_t, double)> on_picture;
    // Called with a status text ("Laying out…", errors) for the status bar.
    std::function<void(const wxString&)> on_status;

private:
    void request_layout();
    void receive(DiagramResult result);
    void update_virtual_size();
    double pixels_per_point() const { return zoom_ * 96.0 / 72.0; }
    double target_dpi() const;
    void on_paint(wxPaintEvent& event);
    void on_mouse_wheel(wxMouseEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_motion(wxMouseEvent& event);
    void on_size(wxSizeEvent& event);
    void on_rerender_timer(wxTimerEvent& event);
    wxRect box_to_client(const diagram::Box& box) const;

    Document& document_;
    SelectionModel& selection_;
    ViewSwitch views_;
    std::unique_ptr<DiagramWorker> worker_;
    int document_token_ = 0;
    int selection_token_ = 0;

    // A finished picture; the last one of each view is kept so switching back is instant.
    struct Picture {
        wxBitmap bitmap;
        double dpi = 96;
        diagram::DiagramLayout layout;
        std::uint64_t generation = 0;
    };
    void show(const Picture& picture);
    std::array<Picture, 4> cache_;

    wxBitmap bitmap_;
    double bitmap_dpi_ = 96;
    diagram::DiagramLayout layout_;
    std::uint64_t shown_generation_ = 0;
    std::uint64_t requested_generation_ = 0;
    std::chrono::steady_clock::time_point requested_at_{};
    std::string error_;

    double zoom_ = 1.0;
    // How the zoom follows the window: not at all, "readable" (the whole picture when it fits at a
    // legible size, else 100 % along its long side, scrolled), or the whole picture.
    enum class Fit { None, Readable, Whole };
    Fit fit_ = Fit::Readable;
    double fit_zoom(Fit mode) const;
    wxTimer rerender_timer_;
    std::optional<wxPoint> drag_start_;
    wxPoint drag_view_start_;
    bool dragged_ = false;
};

}  // namespace stagecraft::editor
