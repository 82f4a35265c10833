// The Cast pane (see cast_pane.hpp).
#include "cast_pane.hpp"

#include <wx/dcmemory.h>
#include <wx/dnd.h>
#include <wx/menu.h>

#include "app/editor/command_ids.hpp"
#include "app/editor/core/rename.hpp"
#include "app/editor/wx_text.hpp"
#include "model/analysis.hpp"

namespace stagecraft::editor {

wxColour zone_colour(Zone zone) {
    switch (zone) {
        case Zone::Frontstage: return wxColour(42, 157, 143);
        case Zone::Backstage: return wxColour(38, 70, 83);
        case Zone::Support: return wxColour(233, 196, 106);
        case Zone::Partner: return wxColour(155, 93, 229);
    }
    return *wxLIGHT_GREY;
}

namespace {
wxBitmap swatch(const wxColour& colour) {
    wxBitmap bitmap(14, 14);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    dc.SetPen(wxPen(colour.ChangeLightness(70)));
    dc.SetBrush(wxBrush(colour));
    dc.DrawRoundedRectangle(1, 1, 12, 12, 3);
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}
}   // namespace

CastPane::CastPane(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(260, 200),
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_EDIT_LABELS | wxBORDER_NONE),
      document_(document),
      selection_(selection),
      images_(14, 14, true) {
    SetImageList(&images_, wxIMAGE_LIST_SMALL);
    // The swatch is the role's colour (its zone's when it has none); the zone is spelled out in
    // the Properties pane and the tooltip.
    AppendColumn("Role", wxLIST_FORMAT_LEFT, 112);
    AppendColumn("Scenes", wxLIST_FORMAT_RIGHT, 58);
    AppendColumn("Leads", wxLIST_FORMAT_RIGHT, 50);
    AppendColumn("Min", wxLIST_FORMAT_RIGHT, 40);
    AppendColumn("Load", wxLIST_FORMAT_RIGHT, 84);
    // Every row has its whole story in a tooltip (the Role column can still be narrow).
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        int flags = 0;
        const long row = HitTest(event.GetPosition(), flags);
        const wxString tip = row >= 0 && static_cast<std::size_t>(row) < rows_.size()
                                 ? rows_[static_cast<std::size_t>(row)].tip
                                 : wxString(
                                       "Swatch: the role's colour (Properties › Colour). Load: minutes against "
                                       "the role's capacity, or its share of the journey's scenes.");
        if (GetToolTipText() != tip) SetToolTip(tip);
        event.Skip();
    });
    // The number columns as wide as their text; the Role column takes the rest of the pane.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fit_columns();
        event.Skip();
    });
    Bind(wxEVT_LIST_ITEM_SELECTED, &CastPane::on_selected, this);
    // A role's name is typed in place (double-click, Enter or F2): the edit is a rename command,
    // and the row shows what the journey then holds.
    Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { EditLabel(event.GetIndex()); });
    Bind(wxEVT_LIST_END_LABEL_EDIT, [this](wxListEvent& event) {
        event.Veto();
        const long row = event.GetIndex();
        if (event.IsEditCancelled() || row < 0 || static_cast<std::size_t>(row) >= ids_.size()) return;
        const Selection role = Selection::role(ids_[static_cast<std::size_t>(row)]);
        Rename rename = rename_element(document_.journey(), role, utf8(event.GetLabel()));
        if (!rename.command) return;
        // Run once the label editor is gone: the rename rebuilds the rows.
        pending_rename_ = std::move(rename);
        CallAfter([this] {
            if (!pending_rename_.command) return;
            const Selection after = pending_rename_.after;
            if (!document_.execute(std::move(pending_rename_.command))) selection_.select(after);
        });
    });
    Bind(wxEVT_LIST_BEGIN_DRAG, [this](wxListEvent& event) {
        const long row = event.GetIndex();
        if (row < 0 || static_cast<std::size_t>(row) >= ids_.size()) return;
        wxTextDataObject data(wx(kRoleDragPrefix + ids_[static_cast<std::size_t>(row)]));
        wxDropSource source(data, this);
        // Move allowed too: holding Shift (an understudy) asks the toolkit for a move, and a
        // copy-only source would have the drop refused. Nothing is removed either way.
        source.DoDragDrop(wxDrag_AllowMove);
    });
    Bind(wxEVT_LIST_ITEM_RIGHT_CLICK, [this](wxListEvent& event) {
        on_selected(event);
        wxMenu menu;
        menu.Append(ID_ADD_ROLE, "Add Role");
        menu.Append(wxID_DELETE, "Delete Role");
        PopupMenu(&menu);
    });
    document_subscription_ = document_.subscribe([this] { rebuild(); });
    selection_subscription_ = selection_.subscribe([this](const Selection& s) { follow_selection(s); });
    rebuild();
}

bool CastPane::begin_rename(const std::string& role_id) {
    const long row = row_of(role_id);
    if (row < 0) return false;
    EnsureVisible(row);
    SetFocus();
    return EditLabel(row) != nullptr;
}

long CastPane::row_of(const std::string& role_id) const {
    for (std::size_t i = 0; i < ids_.size(); ++i)
        if (ids_[i] == role_id) return static_cast<long>(i);
    return -1;
}

void CastPane::rebuild() {
    // The rows as they should read; the list is touched only when they differ (a rename of a
    // scene, the usual edit, changes no role's row).
    const Journey& j = document_.journey();
    const auto loads = role_loads(j);
    const double scenes_in_journey = std::max<std::size_t>(1, scene_count(j));
    std::vector<Row> rows;
    for (std::size_t i = 0; i < j.cast.size(); ++i) {
        const Role& role = j.cast[i];
        const RoleLoad& load = loads[i];
        // Load: minutes against capacity when the role has one, else its share of the scenes.
        const double share = role.capacity && *role.capacity > 0 ? load.minutes / *role.capacity
                                                                 : static_cast<double>(load.scenes) / scenes_in_journey;
        Row row;
        row.id = role.id;
        row.zone = role.zone;
        row.colour = role.colour;
        row.over = role.capacity && share > 1.0;
        row.cells = {wx(name_or_id(role)), wxString::Format("%d", load.scenes), wxString::Format("%d", load.leads),
                     wx(format_number(load.minutes)),
                     wxString::Format(role.capacity ? "%d%% cap" : "%d%% scenes", static_cast<int>(share * 100 + 0.5))};
        row.tip = row.cells[0] + wx(" — ") + wx(std::string(display_name(role.zone))) +
                  wxString::Format(wx(" · %d scenes · %d lead parts · "), load.scenes, load.leads) +
                  wx(format_number(load.minutes)) + " minutes" +
                  (role.capacity ? " of " + wx(format_number(*role.capacity)) + " capacity (" +
                                       wxString::Format("%d%%", static_cast<int>(share * 100 + 0.5)) + ")"
                                 : wxString::Format(" (%d%% of the scenes)", static_cast<int>(share * 100 + 0.5)));
        rows.push_back(std::move(row));
    }
    if (rows == rows_) return;
    rows_ = rows;
    updating_ = true;
    Freeze();
    DeleteAllItems();
    images_.RemoveAll();
    ids_.clear();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const wxColour own(wx(r.colour));
        const int image = images_.Add(swatch(own.IsOk() ? own : zone_colour(r.zone)));
        const long row = InsertItem(static_cast<long>(i), r.cells[0], image);
        for (std::size_t c = 1; c < r.cells.size(); ++c) SetItem(row, static_cast<int>(c), r.cells[c]);
        if (r.over) SetItemTextColour(row, wxColour(180, 30, 30));
        ids_.push_back(r.id);
    }
    follow_selection(selection_.current());
    fit_columns();
    Thaw();
    updating_ = false;
}

void CastPane::fit_columns() {
    if (GetColumnCount() < 5) return;
    int used = 0;
    for (int c = 1; c < GetColumnCount(); ++c) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        GetColumn(c, header);
        int widest = GetTextExtent(header.GetText()).x;
        for (const Row& r : rows_) widest = std::max(widest, GetTextExtent(r.cells[static_cast<std::size_t>(c)]).x);
        const int width = widest + FromDIP(16);
        if (GetColumnWidth(c) != width) SetColumnWidth(c, width);
        used += width;
    }
    const int rest = std::max(FromDIP(90), GetClientSize().x - used - FromDIP(4));
    if (GetColumnWidth(0) != rest) SetColumnWidth(0, rest);
}

void CastPane::follow_selection(const Selection& selection) {
    const bool was = updating_;
    updating_ = true;
    const long want = selection.kind == SelectionKind::Role ? row_of(selection.id) : -1;
    for (long row = 0; row < GetItemCount(); ++row) {
        const bool on = row == want;
        if (on != (GetItemState(row, wxLIST_STATE_SELECTED) != 0))
            SetItemState(row, on ? wxLIST_STATE_SELECTED : 0, wxLIST_STATE_SELECTED);
    }
    if (want >= 0) EnsureVisible(want);
    updating_ = was;
}

void CastPane::on_selected(wxListEvent& event) {
    if (updating_) return;
    const long row = event.GetIndex();
    if (row >= 0 && static_cast<std::size_t>(row) < ids_.size())
        selection_.select(Selection::role(ids_[static_cast<std::size_t>(row)]));
}

}   // namespace stagecraft::editor
