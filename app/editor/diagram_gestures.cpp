// Editing on the diagram (see diagram_panel.hpp): selecting, typing names in place, moving and
// connecting scenes by dragging, casting roles dropped from the Cast pane, the context menu and
// the keys. What each gesture means is decided in app/editor/core; this file turns the mouse and
// keys into those decisions.
#include <algorithm>
#include <map>
#include <utility>

#include <wx/dnd.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/core/connect.hpp"
#include "app/editor/core/rename.hpp"
#include "app/editor/core/scene_keys.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "app/editor/diagram_elements.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/wx_text.hpp"
#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// Roles dragged from the Cast pane arrive as text "stagecraft-role:<id>" (see cast_pane.cpp).
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

void DiagramPanel::accept_dropped_roles() { SetDropTarget(new RoleDropTarget(*this)); }

bool DiagramPanel::drop_role(const std::string& role_id, const wxPoint& client, bool understudy) {
    const auto* e = element_at_client(client);
    if (!e || e->kind != diagram::ElementKind::Scene) return false;
    if (run_action) run_action(cast_on_drop(document_.journey(), e->id, role_id, understudy));
    return true;
}

bool DiagramPanel::move_to(const std::string& scene, const wxPoint& client) {
    const auto [x, y] = to_points(client);
    auto landing = card_landing_at(document_.journey(), state().layout, views_.current(), scene, x, y);
    if (!landing) return false;
    if (run_action) run_action(std::move(landing->action));
    return true;
}

bool DiagramPanel::move_stage_to(const std::string& stage, const wxPoint& client) {
    const auto* e = element_at_client(client);
    if (!e || e->kind != diagram::ElementKind::Stage) return false;
    const wxRect r = box_to_client(e->box.x, e->box.y, e->box.width, e->box.height);
    if (run_action) run_action(move_stage_onto(document_.journey(), stage, e->id, client.x > r.x + r.width / 2));
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
    pressed_stage_ = e && e->kind == diagram::ElementKind::Stage ? e->id : std::string();
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
    if (!drag_start_ || !event.LeftIsDown()) {
        // Over a place that adds a scene or stage: "+" at the pointer, and what a double-click adds.
        const auto place = add_place_at_client(event.GetPosition());
        const std::optional<wxPoint> plus = place ? std::optional<wxPoint>(event.GetPosition()) : std::nullopt;
        if (plus != plus_) {
            const bool changed = plus.has_value() != plus_.has_value();
            const int r = FromDIP(14);
            if (plus_) RefreshRect(wxRect(*plus_ - wxPoint(r, r), wxSize(2 * r + 1, 2 * r + 1)));
            plus_ = plus;
            if (plus_) RefreshRect(wxRect(*plus_ - wxPoint(r, r), wxSize(2 * r + 1, 2 * r + 1)));
            if (changed && on_status)
                on_status(place ? wx(describe_add_place(document_.journey(), *place)) : wxString());
        }
        return;
    }
    const wxPoint delta = event.GetPosition() - *drag_start_;
    if (!dragged_ && std::abs(delta.x) + std::abs(delta.y) < 4) return;
    dragged_ = true;
    if (!pressed_stage_.empty()) {
        moving_stage_ = true;
        SetCursor(wxCursor(wxCURSOR_SIZEWE));
        return;
    }
    if (!pressed_scene_.empty()) {
        (pressed_edge_ ? connecting_ : moving_) = true;
        pointer_ = event.GetPosition();
        if (moving_) {
            // Where the card will land: the cell, the column, a bar beside a scene, a stage's title.
            const auto [x, y] = to_points(pointer_);
            const auto landing =
                card_landing_at(document_.journey(), state().layout, views_.current(), pressed_scene_, x, y);
            landing_ = landing ? std::optional<diagram::Box>(landing->box) : std::nullopt;
        }
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
        landing_.reset();
        Refresh();
        move_to(pressed_scene_, event.GetPosition());
    } else if (moving_stage_) {
        moving_stage_ = false;
        move_stage_to(pressed_stage_, event.GetPosition());
    } else if (drag_start_ && !dragged_) {
        // On the paper: the journey itself, as its root in the Outline.
        if (!click_at(event.GetPosition())) selection_.select(Selection::journey());
    }
    drag_start_.reset();
    pressed_scene_.clear();
    pressed_stage_.clear();
}

void DiagramPanel::on_left_dclick(wxMouseEvent& event) {
    if (add_at(event.GetPosition())) return;
    if (const auto* e = element_at_client(event.GetPosition())) begin_rename(selection_of(*e));
}

std::optional<AddPlace> DiagramPanel::add_place_at_client(const wxPoint& client) const {
    if (!state().has_layout || state().layout_generation != document_.generation()) return std::nullopt;
    const auto [x, y] = to_points(client);
    return add_place_at(document_.journey(), state().layout, views_.current(), x, y);
}

bool DiagramPanel::add_at(const wxPoint& client) {
    const auto place = add_place_at_client(client);
    if (!place) return false;
    Action add = editor::add_at(document_.journey(), *place);
    if (!add.command || !run_command) return false;
    if (rename_) finish_rename(true);
    const Selection added = add.select_after;
    run_command(std::move(add.command), added);
    if (selection_.current() == added) name_new(added);
    hide_plus();
    return true;
}

void DiagramPanel::hide_plus() {
    if (!plus_) return;
    plus_.reset();
    Refresh();
    if (on_status) on_status(wxString());
}

std::vector<MenuItem> DiagramPanel::menu_at(const wxPoint& client) {
    const Journey& j = document_.journey();
    if (const auto* e = element_at_client(client)) {
        selection_.select(selection_of(*e));
        switch (e->kind) {
            case diagram::ElementKind::Scene: return scene_menu(j, e->id);
            case diagram::ElementKind::Role: return role_menu(j, e->id);
            case diagram::ElementKind::Stage: return stage_menu(j, e->id);
            case diagram::ElementKind::Flow: return flow_menu(j, static_cast<std::size_t>(std::stoul(e->id)));
            case diagram::ElementKind::Lane:
            case diagram::ElementKind::Title: break;
        }
    }
    menu_point_ = client;
    if (const auto place = add_place_at_client(client)) return place_menu(j, *place);
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
        case WindowCommand::AddHere: add_at(menu_point_); return;
        case WindowCommand::AddStage: id = ID_ADD_STAGE; break;
        case WindowCommand::AddScene: id = ID_ADD_SCENE; break;
        case WindowCommand::Delete: id = wxID_DELETE; break;
        case WindowCommand::Rehearse: id = ID_REHEARSE; break;
        case WindowCommand::AddKpi: id = ID_ADD_KPI; break;
        case WindowCommand::AddPain: id = ID_ADD_PAIN; break;
        case WindowCommand::AddOpportunity: id = ID_ADD_OPPORTUNITY; break;
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
    else if (element.kind == SelectionKind::Journey)
        name = j.title;
    else if (element.kind == SelectionKind::Flow && element.flow_index >= 0 &&
             static_cast<std::size_t>(element.flow_index) < j.flows.size())
        name = j.flows[static_cast<std::size_t>(element.flow_index)].label;   // a flow's name is its label
    else
        return false;
    // Over the element; for a flow, over its label or, without one, the middle stretch of its line.
    std::vector<wxRect> boxes = rects_of(element);
    if (element.kind == SelectionKind::Journey)
        for (const auto& e : state().layout.elements)
            if (e.kind == diagram::ElementKind::Title)
                boxes.push_back(box_to_client(e.box.x, e.box.y, e.box.width, e.box.height));
    if (boxes.empty()) return false;
    const wxRect where = element.kind == SelectionKind::Flow ? boxes[boxes.size() / 2] : boxes.front();
    selection_.select(element);
    renaming_ = element;
    open_field(where, name);
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
        } else if (e.GetKeyCode() == WXK_TAB && !labelling_ && !noting_ && renaming_.kind == SelectionKind::Scene) {
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
    // Focus coming back to the panel itself (as when a menu that opened the field closes) is
    // handed back to the field; a click on the paper finishes it in on_left_down.
    rename_->Bind(wxEVT_KILL_FOCUS, [this, field = rename_](wxFocusEvent& e) {
        e.Skip();
        CallAfter([this, field] {
            if (rename_ != field) return;
            wxWindow* focus = wxWindow::FindFocus();
            if (focus == field) return;
            if (focus == this || focus == nullptr) {
                field->SetFocus();
                return;
            }
            finish_rename(true);
        });
    });
}

bool DiagramPanel::begin_scene_note(const std::string& scene, edits::SceneList list) {
    if (rename_) finish_rename(true);
    const auto card = element_rect(scene);
    if (!card || !find_scene(document_.journey(), scene)) return false;
    selection_.select(Selection::scene(scene));
    noting_ = SceneNote{scene, list};
    open_field(wxRect(card->x, card->GetBottom() + FromDIP(4), std::max(card->width, FromDIP(280)), FromDIP(24)), "");
    rename_->SetToolTip(list == edits::SceneList::Pains ? "A pain point of this scene: Enter adds it, Esc does not"
                                                        : "An opportunity at this scene: Enter adds it, Esc does not");
    rename_->SetHint(list == edits::SceneList::Pains ? "Pain point, Enter" : "Opportunity, Enter");
    return true;
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

void DiagramPanel::name_new(const Selection& element) {
    rename_when_drawn(element);
    fresh_generation_ = document_.generation();
}

void DiagramPanel::on_key_down(wxKeyEvent& event) {
    const Selection sel = selection_.current();
    if (event.HasAnyModifiers() || sel.kind != SelectionKind::Scene) {
        event.Skip();
        return;
    }
    const int code = event.GetKeyCode();
    // Only the digit keys (a wx key code above 255, such as Shift's, is no character).
    const char digit = code >= WXK_NUMPAD0 && code <= WXK_NUMPAD9 ? static_cast<char>('0' + code - WXK_NUMPAD0)
                       : code >= '0' && code <= '9'               ? static_cast<char>(code)
                                                                  : '\0';
    if (CommandPtr emotion = emotion_from_key(document_.journey(), sel, digit)) {
        if (run_command) run_command(std::move(emotion), sel);
        return;
    }
    std::optional<Step> step;
    switch (code) {
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
            if (selection_.current() == added) name_new(added);
            return;
        }
        default: event.Skip(); return;
    }
    // Only to scenes this view draws (the map and the curve leave some lanes out).
    auto drawn = [&](const std::string& id) { return !rects_of(Selection::scene(id)).empty(); };
    auto to = scene_after_step(document_.journey(), sel.id, *step);
    while (to && !drawn(*to)) to = scene_after_step(document_.journey(), *to, *step);
    if (to) selection_.select(Selection::scene(*to));
}

void DiagramPanel::finish_rename(bool commit) {
    if (!rename_) return;
    wxTextCtrl* field = std::exchange(rename_, nullptr);
    const std::string text = utf8(field->GetValue());
    // Not destroyed inside its own event handler: hidden now, gone once the event is over.
    field->Hide();
    CallAfter([field] { field->Destroy(); });
    SetFocus();
    if (auto note = std::exchange(noting_, std::nullopt)) {
        if (commit && !text.empty() && run_command)
            run_command(edits::add_scene_item(note->scene, note->list, text), Selection::scene(note->scene));
        return;
    }
    if (auto flow = std::exchange(labelling_, std::nullopt)) {
        // Esc leaves the flow undrawn; Enter (or moving on) adds it with what was typed.
        if (commit && on_flow) on_flow(flow->from, flow->to, flow->kind, text);
        return;
    }
    // Esc on a scene or stage just added to be named: it was not wanted.
    const auto fresh = std::exchange(fresh_generation_, std::nullopt);
    if (!commit && fresh && *fresh == document_.generation()) {
        document_.undo();
        return;
    }
    if (!commit || !run_command) return;
    const Journey& j = document_.journey();
    if (renaming_.kind == SelectionKind::Flow) {
        const auto index = static_cast<std::size_t>(renaming_.flow_index);
        if (index >= j.flows.size() || j.flows[index].label == text) return;
        Flow flow = j.flows[index];
        flow.label = text;
        run_command(edits::set_flow(index, std::move(flow)), renaming_);
        return;
    }
    Rename rename = rename_element(j, renaming_, text);
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
