// The Outline pane (see outline_pane.hpp).
#include "outline_pane.hpp"

#include <functional>

#include <wx/menu.h>

#include "app/editor/command_ids.hpp"
#include "app/editor/core/outline_drop.hpp"
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {
namespace {

class ItemData : public wxTreeItemData {
public:
    explicit ItemData(Selection s) : selection(std::move(s)) {}
    Selection selection;
};

wxString label(const std::string& name, const std::string& id) { return wx(name_or_id(name, id)); }

}   // namespace

OutlinePane::OutlinePane(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(260, 300),
                 wxTR_HAS_BUTTONS | wxTR_MULTIPLE | wxTR_LINES_AT_ROOT | wxTR_FULL_ROW_HIGHLIGHT | wxBORDER_NONE),
      document_(document),
      selection_(selection) {
    Bind(wxEVT_TREE_SEL_CHANGED, &OutlinePane::on_selection_changed, this);
    Bind(wxEVT_TREE_BEGIN_DRAG, &OutlinePane::on_begin_drag, this);
    Bind(wxEVT_TREE_END_DRAG, &OutlinePane::on_end_drag, this);
    Bind(wxEVT_TREE_ITEM_MENU, &OutlinePane::on_menu, this);
    document_subscription_ = document_.subscribe([this] { rebuild(); });
    selection_subscription_ = selection_.subscribe([this](const Selection& s) { follow_selection(s); });
    rebuild();
}

namespace {
wxString scene_label(const Scene& scene) {
    wxString text = label(scene.name, scene.id);
    if (scene.fail_point) text += wx("  \xE2\x9A\xA0");        // warning sign
    if (scene.moment_of_truth) text += wx("  \xE2\x98\x85");   // star
    return text;
}
// "Greeting → Order (handoff: ticket)".
wxString flow_label(const Journey& j, const Flow& f) {
    const Scene* from = find_scene(j, f.from);
    const Scene* to = find_scene(j, f.to);
    std::string text = (from ? name_or_id(*from) : f.from) + " \xE2\x86\x92 " + (to ? name_or_id(*to) : f.to);
    text += " (" + std::string(to_string(f.kind)) + (f.label.empty() ? "" : ": " + f.label) + ")";
    return wx(text);
}
}   // namespace

bool OutlinePane::update_in_place() {
    // When the stages are the same (the usual edit: a rename, a scene added, moved or deleted,
    // a flow drawn), the items are relabelled, added or removed where they differ instead of
    // rebuilding a tree of a thousand scenes, whose every label the tree would measure again.
    const Journey& j = document_.journey();
    const wxTreeItemId root = GetRootItem();
    if (!root.IsOk()) return false;
    std::vector<wxTreeItemId> stage_items;
    wxTreeItemId flows_item;
    {
        wxTreeItemIdValue cookie;
        for (auto item = GetFirstChild(root, cookie); item.IsOk(); item = GetNextChild(root, cookie)) {
            if (dynamic_cast<ItemData*>(GetItemData(item)))
                stage_items.push_back(item);
            else
                flows_item = item;
        }
    }
    if (stage_items.size() != j.stages.size() || flows_item.IsOk() != !j.flows.empty()) return false;
    for (std::size_t s = 0; s < j.stages.size(); ++s)
        if (static_cast<ItemData*>(GetItemData(stage_items[s]))->selection != Selection::stage(j.stages[s].id))
            return false;

    // The children of `parent` made to be `count` items, item k with `text` and `selection`.
    bool changed_items = false;
    auto reconcile = [&](const wxTreeItemId& parent, std::size_t count, auto&& text_of, auto&& selection_of) {
        std::vector<wxTreeItemId> items;
        wxTreeItemIdValue cookie;
        for (auto item = GetFirstChild(parent, cookie); item.IsOk(); item = GetNextChild(parent, cookie))
            items.push_back(item);
        for (std::size_t k = 0; k < count; ++k) {
            const wxString text = text_of(k);
            Selection selection = selection_of(k);
            if (k >= items.size()) {
                AppendItem(parent, text, -1, -1, new ItemData(std::move(selection)));
                changed_items = true;
                continue;
            }
            auto* data = static_cast<ItemData*>(GetItemData(items[k]));
            if (data->selection != selection) {
                data->selection = std::move(selection);
                changed_items = true;
            }
            if (GetItemText(items[k]) != text) SetItemText(items[k], text);
        }
        for (std::size_t k = items.size(); k > count; --k) {
            Delete(items[k - 1]);
            changed_items = true;
        }
        if (items.empty() && count > 0) Expand(parent);   // a stage's first scene shows at once
    };
    updating_ = true;
    if (GetItemText(root) != label(j.title, j.id)) SetItemText(root, label(j.title, j.id));
    for (std::size_t s = 0; s < j.stages.size(); ++s) {
        const Stage& stage = j.stages[s];
        if (GetItemText(stage_items[s]) != label(stage.name, stage.id))
            SetItemText(stage_items[s], label(stage.name, stage.id));
        reconcile(
            stage_items[s], stage.scenes.size(), [&](std::size_t k) { return scene_label(stage.scenes[k]); },
            [&](std::size_t k) { return Selection::scene(stage.scenes[k].id); });
    }
    if (flows_item.IsOk())
        reconcile(
            flows_item, j.flows.size(), [&](std::size_t k) { return flow_label(j, j.flows[k]); },
            [&](std::size_t k) { return Selection::flow(static_cast<int>(k)); });
    if (changed_items) {
        // The selected element may now be another item.
        const wxTreeItemId selected = find_item(selection_.current());
        wxArrayTreeItemIds now;
        GetSelections(now);
        if (now.size() != (selected.IsOk() ? 1u : 0u) || (selected.IsOk() && now[0] != selected)) {
            UnselectAll();
            if (selected.IsOk()) SelectItem(selected);
        }
    }
    updating_ = false;
    return true;
}

void OutlinePane::rebuild() {
    if (update_in_place()) return;
    updating_ = true;
    Freeze();
    // Keep collapsed stages collapsed across rebuilds.
    std::vector<std::string> collapsed;
    bool flows_were_collapsed = false;
    if (GetRootItem().IsOk()) {
        wxTreeItemIdValue cookie;
        for (auto item = GetFirstChild(GetRootItem(), cookie); item.IsOk();
             item = GetNextChild(GetRootItem(), cookie)) {
            if (IsExpanded(item)) continue;
            if (auto* data = dynamic_cast<ItemData*>(GetItemData(item)))
                collapsed.push_back(data->selection.id);
            else
                flows_were_collapsed = true;
        }
    }
    DeleteAllItems();
    const Journey& j = document_.journey();
    auto root = AddRoot(label(j.title, j.id), -1, -1, new ItemData(Selection::journey()));
    SetItemBold(root);
    for (const auto& stage : j.stages) {
        auto stage_item =
            AppendItem(root, label(stage.name, stage.id), -1, -1, new ItemData(Selection::stage(stage.id)));
        SetItemBold(stage_item);
        for (const auto& scene : stage.scenes) {
            AppendItem(stage_item, scene_label(scene), -1, -1, new ItemData(Selection::scene(scene.id)));
        }
        if (std::find(collapsed.begin(), collapsed.end(), stage.id) == collapsed.end()) Expand(stage_item);
    }
    if (!j.flows.empty()) {
        // Flows under a node of their own, so each can be found, selected and deleted.
        auto flows_item = AppendItem(root, "Flows");
        SetItemBold(flows_item);
        for (std::size_t i = 0; i < j.flows.size(); ++i)
            AppendItem(flows_item, flow_label(j, j.flows[i]), -1, -1,
                       new ItemData(Selection::flow(static_cast<int>(i))));
        if (!flows_were_collapsed) Expand(flows_item);
    }
    Expand(root);
    if (auto item = find_item(selection_.current()); item.IsOk()) SelectItem(item);
    Thaw();
    // (Multiple-selection style, though only one item is ever selected: the single-selection
    // tree selects its root on its own when nothing is selected, which would steal the
    // selection from the other panes.)
    updating_ = false;
}

wxTreeItemId OutlinePane::find_item(const Selection& selection) const {
    if (!GetRootItem().IsOk()) return {};
    std::function<wxTreeItemId(const wxTreeItemId&)> search = [&](const wxTreeItemId& item) -> wxTreeItemId {
        if (auto* data = dynamic_cast<ItemData*>(GetItemData(item)); data && data->selection == selection) return item;
        wxTreeItemIdValue cookie;
        for (auto child = GetFirstChild(item, cookie); child.IsOk(); child = GetNextChild(item, cookie))
            if (auto found = search(child); found.IsOk()) return found;
        return {};
    };
    return search(GetRootItem());
}

void OutlinePane::select_item(const Selection& selection) {
    if (auto item = find_item(selection); item.IsOk()) SelectItem(item);
}

void OutlinePane::follow_selection(const Selection& selection) {
    updating_ = true;
    UnselectAll();
    if (auto item = find_item(selection); item.IsOk()) {
        SelectItem(item);
        EnsureVisible(item);
    }
    updating_ = false;
}

void OutlinePane::on_selection_changed(wxTreeEvent& event) {
    if (updating_ || !event.GetItem().IsOk() || !IsSelected(event.GetItem())) return;
    if (auto* data = dynamic_cast<ItemData*>(GetItemData(event.GetItem()))) selection_.select(data->selection);
}

void OutlinePane::on_menu(wxTreeEvent& event) {
    auto* data = dynamic_cast<ItemData*>(GetItemData(event.GetItem()));
    if (!data) return;
    selection_.select(data->selection);
    // The commands go up to the main window, which adds next to (or deletes) the selection.
    wxMenu menu;
    menu.Append(ID_ADD_STAGE, "Add Stage");
    menu.Append(ID_ADD_SCENE, "Add Scene");
    if (data->selection.kind == SelectionKind::Stage || data->selection.kind == SelectionKind::Scene) {
        menu.AppendSeparator();
        menu.Append(wxID_DELETE, data->selection.kind == SelectionKind::Stage ? "Delete Stage" : "Delete Scene");
    }
    if (data->selection.kind == SelectionKind::Flow) {
        menu.AppendSeparator();
        menu.Append(wxID_DELETE, "Delete Flow");
    }
    if (data->selection.kind == SelectionKind::Scene) {
        menu.AppendSeparator();
        menu.Append(ID_REHEARSE, "Rehearse From Here");
    }
    PopupMenu(&menu);
}

void OutlinePane::on_begin_drag(wxTreeEvent& event) {
    auto* data = dynamic_cast<ItemData*>(GetItemData(event.GetItem()));
    if (!data || (data->selection.kind != SelectionKind::Scene && data->selection.kind != SelectionKind::Stage)) return;
    dragged_ = event.GetItem();
    event.Allow();
}

void OutlinePane::on_end_drag(wxTreeEvent& event) {
    const wxTreeItemId from = dragged_;
    dragged_ = wxTreeItemId();
    const wxTreeItemId to = event.GetItem();
    if (!from.IsOk() || !to.IsOk() || from == to) return;
    auto* what = dynamic_cast<ItemData*>(GetItemData(from));
    auto* onto = dynamic_cast<ItemData*>(GetItemData(to));
    if (!what || !onto) return;
    CommandPtr command = outline_drop(document_.journey(), what->selection, onto->selection);
    if (!command) return;
    const Selection moved = what->selection;
    if (auto error = document_.execute(std::move(command))) {
        if (on_error) on_error(wx(*error));
        return;
    }
    selection_.select(moved);
}

}   // namespace stagecraft::editor
