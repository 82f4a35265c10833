// The live diagram in the centre of the window. After every edit it asks the worker for the
// layout and a picture of the part on screen (plus a margin), draws the newest pictures with
// zoom (Ctrl+wheel, fit) and pan, and highlights the selection. Older pictures stay on screen,
// scaled, until the new one arrives, so the view never goes blank while Graphviz works. Clicks
// select scenes, roles, stages and (on the blueprint) flows; the other gestures (moving,
// connecting, casting, typing names in place, menus, keys) are in diagram_gestures.cpp.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <wx/bitmap.h>
#include <wx/scrolwin.h>
#include <wx/timer.h>

class wxTextCtrl;

#include "app/editor/core/add_in_place.hpp"
#include "app/editor/core/card_landing.hpp"
#include "app/editor/core/document.hpp"
#include "app/editor/core/element_menu.hpp"
#include "app/editor/core/selection.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "app/editor/core/view_switch.hpp"
#include "app/editor/diagram_worker.hpp"
#include "model/edits/edits.hpp"

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

    // What is on screen: the generation of the newest picture drawn, and the layout in use.
    std::uint64_t shown_generation() const { return shown_generation_; }
    bool has_picture() const;
    const diagram::DiagramLayout& layout() const { return state().layout; }
    // True while the worker has something to do for this panel or the screen is not covered.
    bool layout_pending() const;
    const std::string& last_error() const { return error_; }
    DiagramWorker& worker() { return *worker_; }
    // Worker time (Graphviz layout, render and PNG decode) of the newest picture.
    double last_render_ms() const { return render_ms_; }

    // Select the element under a point of the panel (client coordinates), as a click would.
    bool click_at(const wxPoint& client);
    // Where an element's box is on the panel (client coordinates), if it is drawn; and every box
    // that shows a selection (a flow has one per stretch of its line, then its label's).
    std::optional<wxRect> element_rect(const std::string& id) const;
    std::vector<wxRect> rects_of(const Selection& selection) const;
    // Where a point of the picture (points, diagram::Box's frame) is on the panel (client coordinates).
    wxPoint point_to_client(double x, double y) const;

    // Connecting: a drag that starts on a scene's edge and ends on another scene asks on_connect
    // to join them (the pointer trails a line meanwhile); a drag from the paper pans. connect_at
    // does what dropping such a drag from scene `from` at `client` does; false when no other
    // scene is there.
    bool connect_at(const std::string& from, const wxPoint& client);
    // Moving: a drag from inside a scene's card moves the scene where it is dropped (onto another
    // scene: into its stage and lane, before or after it; onto a stage's title: to that stage's
    // end; onto an empty cell of the blueprint or a stage's column on the map: there, as a
    // double-click there would add); while it moves, that place is tinted (core/card_landing.hpp).
    // move_to does what dropping scene `scene` at `client` does; false when the drop would do nothing.
    bool move_to(const std::string& scene, const wxPoint& client);
    // A stage's title dragged onto another stage's title moves the stage before it (after it on
    // its right half); move_stage_to does what that drop at `client` does.
    bool move_stage_to(const std::string& stage, const wxPoint& client);
    std::function<void(const std::string& from, const std::string& to)> on_connect;
    // Then the flow's label is typed in place, between the two scenes: Enter (or leaving the
    // field) calls on_flow with what was typed, possibly nothing; Esc draws no flow.
    bool begin_flow_label(const std::string& from, const std::string& to, FlowKind kind);
    std::function<void(const std::string& from, const std::string& to, FlowKind kind, const std::string& label)>
        on_flow;

    // Typing in place: a field over the scene, role or stage title (double-click, or Edit › Rename / F2)
    // with its name; Enter or leaving the field renames it, Esc leaves it as it was. False when
    // the element is not drawn in this view.
    // The journey's title (Selection::journey) is renamed the same way.
    bool begin_rename(const Selection& element);
    // Adding in place: on the map and the blueprint, a point on no element may stand for a place
    // to add a scene or a stage (core/add_in_place.hpp); the pointer over it shows "+" and says
    // what in the status bar. add_at does what double-clicking at `client` does: adds there and
    // types the new element's name in place; false when the point adds nothing.
    std::optional<AddPlace> add_place_at_client(const wxPoint& client) const;
    bool add_at(const wxPoint& client);
    // The same as soon as the element is drawn (a scene just added is drawn with the next layout).
    void rename_when_drawn(const Selection& element);
    // The same for an element just added (the last edit): Esc then takes the addition back.
    void name_new(const Selection& element);
    // A pain point or opportunity typed in place under the scene's card: Enter (or leaving the
    // field) adds what was typed to the scene's list, Esc or nothing typed adds nothing. False
    // when the scene is not drawn in this view.
    bool begin_scene_note(const std::string& scene, edits::SceneList list);
    wxTextCtrl* rename_field() const { return rename_; }
    // The context menu: what it offers for the point (client coordinates), selecting the element
    // there; and doing one of its items, as choosing it does.
    std::vector<MenuItem> menu_at(const wxPoint& client);
    void choose(const MenuItem& item);

    // Casting: a role dragged from the Cast pane and dropped on a scene casts it there (lead, or
    // support when the scene has a lead; understudy with Shift held). drop_role does what such a
    // drop at `client` does; false when no scene is there.
    bool drop_role(const std::string& role_id, const wxPoint& client, bool understudy);
    std::function<void(Action)> run_action;

    // Runs a command made here (a rename, a menu item), selecting `after` when it succeeds.
    std::function<void(CommandPtr, const Selection& after)> run_command;

    // Called on the UI thread after a new picture is drawn: (generation, edit-to-picture ms).
    std::function<void(std::uint64_t, double)> on_picture;
    // Called with a status text for the status bar: "Laying out…" when a layout takes long,
    // empty when it is done, or an error. (Not on every edit: a status bar update costs the UI
    // thread more than a small layout.)
    std::function<void(const wxString&)> on_status;

private:
    struct Tile {
        std::uint64_t generation = 0;
        double zoom = 1.0;   // screen pixels per point
        PictureRegion region;
        wxBitmap bitmap;
    };
    // What is known of one view: its newest layout and the pictures of it.
    // How the zoom follows the window: not at all, "readable" (the whole picture when it fits at
    // a legible size, else that size, scrolled), or the whole picture.
    enum class Fit { None, Readable, Whole };
    struct ViewState {
        std::uint64_t layout_generation = 0;
        bool has_layout = false;
        diagram::DiagramLayout layout;
        std::vector<Tile> tiles;   // oldest first
        // How the user left the view, restored when it is shown again (it opens fitted).
        bool shown_before = false;
        double zoom = 1.0;
        Fit fit = Fit::Readable;
        wxPoint view_start;   // scroll position, in scroll units
    };

    ViewState& state() { return states_[static_cast<std::size_t>(view_index(views_.current()))]; }
    const ViewState& state() const { return states_[static_cast<std::size_t>(view_index(views_.current()))]; }
    void request(bool with_picture, double margin = 0);
    void ensure_picture();
    bool covered() const;
    PictureRegion visible_region(double margin) const;
    // The region to render around what is visible, and the node to centre it on.
    std::pair<PictureRegion, RegionAnchor> plan_region(double margin) const;
    void receive(DiagramResult result);
    void apply_fit();
    double fit_zoom(Fit mode) const;
    void update_virtual_size();
    double pixels_per_point() const { return zoom_ * 96.0 / 72.0; }
    wxRect box_to_client(double x, double y, double w, double h) const;
    // Scroll so that the selected scene or role is on screen (centred when it was not).
    void scroll_to_selection();
    void on_paint(wxPaintEvent& event);
    void on_mouse_wheel(wxMouseEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_left_dclick(wxMouseEvent& event);
    void on_right_down(wxMouseEvent& event);
    // Makes the panel take roles dragged from the Cast pane (drop_role).
    void accept_dropped_roles();
    // Arrow keys step between scenes; Enter on a scene adds the next one and types its name.
    void on_key_down(wxKeyEvent& event);
    void on_motion(wxMouseEvent& event);
    // The pointer left a place that adds (or the panel): no "+", and no word of it in the status bar.
    void hide_plus();
    // A point of the panel (client coordinates) in the picture's points (diagram::Box).
    std::pair<double, double> to_points(const wxPoint& client) const;
    // The scene or role drawn under a point of the panel (client coordinates), or nullptr.
    const diagram::LayoutElement* element_at_client(const wxPoint& client) const;
    void finish_rename(bool commit);
    // The text field typed in place over the diagram, at `where` (client coordinates).
    void open_field(const wxRect& where, const std::string& text);
    void on_size(wxSizeEvent& event);
    void on_scroll(wxScrollWinEvent& event);

    Document& document_;
    SelectionModel& selection_;
    ViewSwitch views_;
    std::unique_ptr<DiagramWorker> worker_;
    Subscription document_subscription_;
    Subscription selection_subscription_;
    std::array<ViewState, 4> states_;

    std::uint64_t shown_generation_ = 0;
    std::optional<DiagramJob> in_flight_;   // the newest job handed to the worker
    std::uint64_t next_serial_ = 1;
    std::chrono::steady_clock::time_point requested_at_{};
    std::string error_;
    double render_ms_ = 0;   // the last picture's render time, in milliseconds

    double zoom_ = 1.0;   // screen pixels per point (1 = actual size)
    Fit fit_ = Fit::Readable;
    wxTimer settle_timer_;   // after zooming or scrolling: fetch a sharp picture
    wxTimer slow_timer_;     // a layout taking long: say so in the status bar
    bool slow_shown_ = false;
    std::optional<wxPoint> drag_start_;
    wxPoint drag_view_start_;
    bool dragged_ = false;
    std::string pressed_scene_;             // the scene the left button went down on, if any
    bool pressed_edge_ = false;             // the press was on the edge of pressed_scene_'s card
    bool connecting_ = false;               // dragging from pressed_scene_'s edge to make a flow
    bool moving_ = false;                   // dragging pressed_scene_'s card to move it
    std::string pressed_stage_;             // the stage whose title the left button went down on, if any
    bool moving_stage_ = false;             // dragging that title to move the stage
    wxPoint pointer_;                       // where that drag is now (client coordinates)
    std::optional<diagram::Box> landing_;   // where a card being moved would land (points)
    std::optional<wxPoint> plus_;           // where "+" is shown: the pointer, over a place that adds
    wxPoint menu_point_;                    // where the last context menu was opened (client coordinates)
    wxTextCtrl* rename_ = nullptr;
    Selection renaming_;
    std::optional<Selection> pending_rename_;
    // The document's generation right after an element was added to be named in place: Esc while
    // it is still that takes the addition back, as if it had not been made.
    std::optional<std::uint64_t> fresh_generation_;
    struct NewFlow {
        std::string from, to;
        FlowKind kind;
    };
    std::optional<NewFlow> labelling_;   // the field holds the label of this flow, not a name
    struct SceneNote {
        std::string scene;
        edits::SceneList list;
    };
    std::optional<SceneNote> noting_;   // the field holds a new item of this scene's list
};

}   // namespace stagecraft::editor
