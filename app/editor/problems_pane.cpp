// The Problems pane (see problems_pane.hpp).
#include "problems_pane.hpp"

#include <algorithm>

#include <wx/artprov.h>
#include <wx/imaglist.h>
#include <wx/sizer.h>
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {

class ProblemsPane::List : public wxListCtrl {
public:
    List(wxWindow* parent, const std::vector<ProblemItem>& items)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_VIRTUAL | wxBORDER_NONE),
          items_(items) {}

protected:
    wxString OnGetItemText(long row, long column) const override {
        if (row < 0 || static_cast<std::size_t>(row) >= items_.size()) return {};
        const auto& item = items_[static_cast<std::size_t>(row)];
        switch (column) {
            case 0: return wx(std::string(to_string(item.severity)));
            case 1: return wx(item.element);
            case 2: return wx(item.message);
            case 3: return wx(item.hint);
            default: return wx(item.source);
        }
    }
    int OnGetItemImage(long row) const override {
        if (row < 0 || static_cast<std::size_t>(row) >= items_.size()) return -1;
        const auto s = items_[static_cast<std::size_t>(row)].severity;
        return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
    }

private:
    const std::vector<ProblemItem>& items_;
};

ProblemsPane::ProblemsPane(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxPanel(parent), document_(document), selection_(selection) {
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    errors_ = new wxCheckBox(this, wxID_ANY, "Errors");
    warnings_ = new wxCheckBox(this, wxID_ANY, "Warnings");
    notes_ = new wxCheckBox(this, wxID_ANY, "Notes");
    for (auto* box : {errors_, warnings_, notes_}) {
        box->SetValue(true);
        box->Bind(wxEVT_CHECKBOX, &ProblemsPane::on_filter, this);
        bar->Add(box, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    }
    summary_ = new wxStaticText(this, wxID_ANY, "");
    bar->Add(summary_, 1, wxALIGN_CENTER_VERTICAL);

    list_ = new List(this, shown_);
    auto* images = new wxImageList(16, 16, true);
    images->Add(wxArtProvider::GetBitmap(wxART_ERROR, wxART_MENU, wxSize(16, 16)));
    images->Add(wxArtProvider::GetBitmap(wxART_WARNING, wxART_MENU, wxSize(16, 16)));
    images->Add(wxArtProvider::GetBitmap(wxART_INFORMATION, wxART_MENU, wxSize(16, 16)));
    list_->AssignImageList(images, wxIMAGE_LIST_SMALL);
    list_->AppendColumn("Severity", wxLIST_FORMAT_LEFT, 90);
    list_->AppendColumn("Element", wxLIST_FORMAT_LEFT, 200);
    list_->AppendColumn("Problem", wxLIST_FORMAT_LEFT, 420);
    list_->AppendColumn("What to do", wxLIST_FORMAT_LEFT, 380);
    list_->AppendColumn("Check", wxLIST_FORMAT_LEFT, 150);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, &ProblemsPane::on_selected, this);
    // The columns cut long messages short: the row under the mouse shows whole in a tooltip.
    list_->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        int flags = 0;
        const long row = list_->HitTest(event.GetPosition(), flags);
        wxString tip;
        if (row >= 0 && static_cast<std::size_t>(row) < shown_.size()) {
            const ProblemItem& item = shown_[static_cast<std::size_t>(row)];
            tip = wx(item.element + "\n" + item.message + (item.hint.empty() ? "" : "\nFix: " + item.hint));
        }
        if (list_->GetToolTipText() != tip) list_->SetToolTip(tip);
        event.Skip();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 4);
    sizer->Add(list_, 1, wxEXPAND);
    SetSizer(sizer);

    document_subscription_ = document_.subscribe([this] { refresh(); });
    refresh();
}

namespace {
bool same(const std::vector<ProblemItem>& a, const std::vector<ProblemItem>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ProblemItem& x, const ProblemItem& y) {
        return x.severity == y.severity && x.source == y.source && x.element == y.element && x.message == y.message &&
               x.hint == y.hint && x.target == y.target;
    });
}
}   // namespace

namespace {
// A problem of a file (one being opened or imported) as a row: where in the file, and a hint.
ProblemItem item_of(const Problem& p, const char* source, const char* hint) {
    ProblemItem item;
    item.severity = p.severity;
    item.source = source;
    item.element = p.file + (p.line > 0 ? ":" + std::to_string(p.line) + ":" + std::to_string(p.column) : "");
    item.message = p.message;
    item.hint = hint;
    return item;
}
}   // namespace

void ProblemsPane::refresh() {
    auto items = collect_problems(document_.journey());
    for (const auto& p : import_notes_) items.push_back(item_of(p, "import", "How the imported file was read."));
    // Most edits change no problem: then the list is not redrawn (its long, ellipsised rows are
    // the most expensive thing to paint in the window).
    if (!load_problems_ && same(items, all_) && !all_.empty()) return;
    load_problems_ = false;
    all_ = std::move(items);
    fill();
}

void ProblemsPane::show_import_notes(std::vector<Problem> notes) {
    import_notes_ = std::move(notes);
    load_problems_ = true;   // the list is redrawn whatever the checks say
    refresh();
}

void ProblemsPane::show_load_problems(const std::vector<Problem>& problems) {
    load_problems_ = true;
    all_.clear();
    for (const auto& p : problems)
        all_.push_back(item_of(p, "load", "The file was not opened and has not been changed."));
    fill();
}

void ProblemsPane::fill() {
    filter_.errors = errors_->GetValue();
    filter_.warnings = warnings_->GetValue();
    filter_.notes = notes_->GetValue();
    auto shown = filter_problems(all_, filter_);
    if (!same(shown, shown_) || list_->GetItemCount() != static_cast<long>(shown.size())) {
        // The highlighted finding keeps its highlight where it moved to, and loses it when fixed.
        const long old_row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        std::optional<ProblemItem> highlighted;
        if (old_row >= 0 && static_cast<std::size_t>(old_row) < shown_.size())
            highlighted = shown_[static_cast<std::size_t>(old_row)];
        shown_ = std::move(shown);
        if (old_row >= 0) list_->SetItemState(old_row, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->SetItemCount(static_cast<long>(shown_.size()));
        if (highlighted) {
            if (auto row = find_same_problem(shown_, *highlighted)) {
                restoring_ = true;
                list_->SetItemState(static_cast<long>(*row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                    wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
                restoring_ = false;
            }
        }
        list_->Refresh();
    }
    const auto counts = count_problems(all_);
    bool relabelled = false;
    auto relabel = [&](wxWindow* w, const wxString& text) {
        if (w->GetLabel() == text) return;
        w->SetLabel(text);
        relabelled = true;
    };
    relabel(errors_, wxString::Format("Errors (%d)", counts.errors));
    relabel(warnings_, wxString::Format("Warnings (%d)", counts.warnings));
    relabel(notes_, wxString::Format("Notes (%d)", counts.notes));
    const wxString summary = load_problems_ ? wxString("The file could not be opened and was not changed.")
                             : all_.empty() ? wxString("No problems: every scene is staged.")
                                            : wxString();
    // Label changes relayout the pane: only when something changed.
    relabel(summary_, summary);
    if (relabelled) Layout();
}

void ProblemsPane::on_filter(wxCommandEvent&) { fill(); }

void ProblemsPane::activate(long row) {
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) return;
    const ProblemItem& item = shown_[static_cast<std::size_t>(row)];
    if (on_message) on_message(wx(item.message + (item.hint.empty() ? "" : " — " + item.hint)));
    const Selection target = item.target;
    if (target.kind != SelectionKind::None) selection_.select(target);
}

void ProblemsPane::click_row(long row) {
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

long ProblemsPane::highlighted_row() const { return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

void ProblemsPane::on_selected(wxListEvent& event) {
    if (!restoring_) activate(event.GetIndex());
}

}   // namespace stagecraft::editor
