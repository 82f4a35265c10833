// The Cast Grid pane (see cast_grid_pane.hpp). The grid reads its cells from a table holding the
// rows of core/cast_grid.hpp, so an edit costs one pass over the journey, not one call per cell.
#include "app/editor/cast_grid_pane.hpp"

#include "app/editor/wx_text.hpp"
#include "model/analysis.hpp"

namespace stagecraft::editor {

class CastGridPane::Table final : public wxGridTableBase {
public:
    Table() {
        for (auto& a : part_attr_) a = nullptr;
        const wxColour backgrounds[3] = {wxColour(255, 214, 153), wxColour(204, 229, 255), wxColour(230, 230, 230)};
        for (int k = 0; k < 3; ++k) {
            part_attr_[k] = new wxGridCellAttr;
            part_attr_[k]->SetBackgroundColour(backgrounds[k]);
            part_attr_[k]->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
        }
        over_attr_ = new wxGridCellAttr;
        over_attr_->SetTextColour(wxColour(180, 30, 30));
        over_attr_->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
        number_attr_ = new wxGridCellAttr;
        number_attr_->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
        empty_attr_ = new wxGridCellAttr;
        empty_attr_->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    }
    ~Table() override {
        for (auto* a : part_attr_) a->DecRef();
        over_attr_->DecRef();
        number_attr_->DecRef();
        empty_attr_->DecRef();
    }

    void set(const Journey& j) {
        rows_ = cast_grid_rows(j);
        scenes_.clear();
        scene_labels_.clear();
        scene_places_.clear();
        for (const Stage& stage : j.stages)
            for (const Scene& scene : stage.scenes) {
                scenes_.push_back(scene.id);
                // Vertical labels show about 24 characters: a longer name is cut with "…" at its end.
                wxString label = wx(name_or_id(scene));
                if (label.length() > 24) label = label.Left(23) + wxString::FromUTF8("\xE2\x80\xA6");
                scene_labels_.push_back(label);
                scene_places_.push_back(wx(name_or_id(stage) + " \xE2\x80\xBA " + name_or_id(scene)));
            }
    }
    const std::vector<CastGridRow>& rows() const { return rows_; }
    const std::vector<std::string>& scenes() const { return scenes_; }
    // "Visit › Checks in", for the tooltip of the scene's column.
    const wxString& place(std::size_t scene) const { return scene_places_[scene]; }

    int GetNumberRows() override { return static_cast<int>(rows_.size()); }
    int GetNumberCols() override { return kLoadColumns + static_cast<int>(scenes_.size()); }
    wxString GetValue(int row, int col) override {
        const CastGridRow& r = rows_[static_cast<std::size_t>(row)];
        switch (col) {
            case 0: return wxString::Format("%d", r.scenes);
            case 1: return wxString::Format("%d", r.leads);
            case 2:
                return wx(format_number(r.minutes) + (r.capacity ? " / " + format_number(*r.capacity) : std::string()));
            default: return part_letter(r.parts[static_cast<std::size_t>(col - kLoadColumns)]);
        }
    }
    void SetValue(int, int, const wxString&) override {}
    bool IsEmptyCell(int row, int col) override { return GetValue(row, col).empty(); }
    wxString GetRowLabelValue(int row) override { return wx(rows_[static_cast<std::size_t>(row)].name); }
    wxString GetColLabelValue(int col) override {
        static const char* const load[kLoadColumns] = {"Scenes", "Leads", "Minutes"};
        return col < kLoadColumns ? wxString(load[col]) : scene_labels_[static_cast<std::size_t>(col - kLoadColumns)];
    }
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) override {
        wxGridCellAttr* attr = empty_attr_;
        const CastGridRow& r = rows_[static_cast<std::size_t>(row)];
        if (col < kLoadColumns) {
            attr = r.over_capacity && col == 2 ? over_attr_ : number_attr_;
        } else if (const auto& part = r.parts[static_cast<std::size_t>(col - kLoadColumns)]) {
            attr = part_attr_[static_cast<int>(*part)];
        }
        attr->IncRef();
        return attr;
    }

private:
    std::vector<CastGridRow> rows_;
    std::vector<std::string> scenes_;
    std::vector<wxString> scene_labels_;   // the scene's name (its stage in the tooltip)
    std::vector<wxString> scene_places_;
    wxGridCellAttr* part_attr_[3];   // by PartKind
    wxGridCellAttr* over_attr_;
    wxGridCellAttr* number_attr_;
    wxGridCellAttr* empty_attr_;
};

CastGridPane::CastGridPane(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxGrid(parent, wxID_ANY, wxDefaultPosition, wxSize(600, 200), wxBORDER_NONE),
      document_(document),
      selection_(selection) {
    EnableEditing(false);
    EnableDragRowSize(false);
    DisableDragGridSize();
    SetColLabelTextOrientation(wxVERTICAL);
    SetColLabelSize(FromDIP(160));
    SetRowLabelSize(FromDIP(170));
    SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    SetDefaultColSize(FromDIP(28));
    SetCellHighlightPenWidth(0);
    Bind(wxEVT_GRID_CELL_LEFT_CLICK, &CastGridPane::on_cell_click, this);
    // A click on a role's name selects the role; on a scene's heading, the scene.
    Bind(wxEVT_GRID_LABEL_LEFT_CLICK, [this](wxGridEvent& event) {
        if (!table_) return;
        if (event.GetRow() >= 0 && static_cast<std::size_t>(event.GetRow()) < table_->rows().size())
            selection_.select(Selection::role(table_->rows()[static_cast<std::size_t>(event.GetRow())].role));
        const int scene = event.GetCol() - kLoadColumns;
        if (event.GetCol() >= kLoadColumns && static_cast<std::size_t>(scene) < table_->scenes().size())
            selection_.select(Selection::scene(table_->scenes()[static_cast<std::size_t>(scene)]));
    });
    // What the cell under the pointer holds, and what a click on it does.
    GetGridWindow()->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        event.Skip();
        const wxPoint p = CalcUnscrolledPosition(event.GetPosition());
        const int row = YToRow(p.y), col = XToCol(p.x);
        wxString tip;
        if (table_ && row >= 0 && col >= kLoadColumns && static_cast<std::size_t>(row) < table_->rows().size()) {
            const CastGridRow& r = table_->rows()[static_cast<std::size_t>(row)];
            const auto scene = static_cast<std::size_t>(col - kLoadColumns);
            const Scene* s = find_scene(document_.journey(), table_->scenes()[scene]);
            if (s) {
                const auto part = r.parts[scene];
                const auto next = part_after_click(*s, r.role);
                tip = wx(r.name) + " in " + table_->place(scene) + ": " +
                      (part ? wx(std::string(display_name(*part))).Lower() : wxString("not cast")) +
                      ". Click: " + (next ? wx(std::string(display_name(*next))).Lower() : wxString("not cast")) + ".";
            }
        }
        if (GetGridWindow()->GetToolTipText() != tip) GetGridWindow()->SetToolTip(tip);
    });
    document_subscription_ = document_.subscribe([this] { rebuild(); });
    rebuild();
}

CastGridPane::~CastGridPane() = default;

void CastGridPane::rebuild() {
    const Journey& j = document_.journey();
    const int rows = static_cast<int>(j.cast.size());
    const int cols = kLoadColumns + static_cast<int>(scene_count(j));
    if (!table_ || table_->GetNumberRows() != rows || table_->GetNumberCols() != cols) {
        // The grid learns a new shape only with a new table.
        table_ = new Table;
        table_->set(j);
        SetTable(table_, true, wxGridSelectNone);
        for (int c = 0; c < kLoadColumns; ++c) SetColSize(c, FromDIP(c == 2 ? 80 : 56));
    } else {
        table_->set(j);
    }
    ForceRefresh();
}

void CastGridPane::on_cell_click(wxGridEvent& event) {
    const int row = event.GetRow(), col = event.GetCol();
    if (!table_ || col < kLoadColumns || row < 0 || static_cast<std::size_t>(row) >= table_->rows().size()) {
        event.Skip();
        return;
    }
    click(table_->rows()[static_cast<std::size_t>(row)].role,
          table_->scenes()[static_cast<std::size_t>(col - kLoadColumns)]);
}

bool CastGridPane::click(const std::string& role_id, const std::string& scene_id) {
    CommandPtr command = click_cast_cell(document_.journey(), scene_id, role_id);
    if (!command || !run_command) return false;
    run_command(std::move(command), Selection::scene(scene_id));
    return true;
}

std::optional<wxRect> CastGridPane::cell_rect(const std::string& role_id, const std::string& scene_id) {
    if (!table_) return std::nullopt;
    int row = -1, col = -1;
    for (std::size_t r = 0; r < table_->rows().size(); ++r)
        if (table_->rows()[r].role == role_id) row = static_cast<int>(r);
    for (std::size_t c = 0; c < table_->scenes().size(); ++c)
        if (table_->scenes()[c] == scene_id) col = kLoadColumns + static_cast<int>(c);
    if (row < 0 || col < 0) return std::nullopt;
    MakeCellVisible(row, col);
    const wxRect logical = CellToRect(row, col);
    return wxRect(CalcScrolledPosition(logical.GetPosition()), logical.GetSize());
}

}   // namespace stagecraft::editor
