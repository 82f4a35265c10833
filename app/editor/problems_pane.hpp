// The Problems pane: the validator's problems and the staging checks' findings, refreshed after
// every edit, filterable by severity; clicking one selects the element it concerns. It can also
// show the problems of a file that failed to open (that file is never touched).
#pragma once

#include <functional>
#include <vector>

#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "app/editor/core/document.hpp"
#include "app/editor/core/problem_list.hpp"
#include "app/editor/core/selection.hpp"

namespace stagecraft::editor {

class ProblemsPane : public wxPanel {
public:
    ProblemsPane(wxWindow* parent, Document& document, SelectionModel& selection);

    // Show the problems found while loading a file that could not be opened.
    void show_load_problems(const std::vector<Problem>& problems);
    // Show, with the staging checks, the notes of the import that made the journey (until the
    // next one is opened, made or imported; an empty list clears them).
    void show_import_notes(std::vector<Problem> notes);

    const std::vector<ProblemItem>& shown() const { return shown_; }
    SeverityFilter& filter() { return filter_; }
    void refresh();
    // Act as if the user clicked row `row`.
    void activate(long row);
    // Highlight row `row` as a click does (and act on it); the highlighted row, or -1.
    void click_row(long row);
    long highlighted_row() const;
    // Called with the whole message and hint of the clicked problem (the columns cut them short).
    std::function<void(const wxString&)> on_message;

private:
    void fill();
    void on_filter(wxCommandEvent& event);
    void on_selected(wxListEvent& event);

    Document& document_;
    SelectionModel& selection_;
    wxCheckBox* errors_ = nullptr;
    wxCheckBox* warnings_ = nullptr;
    wxCheckBox* notes_ = nullptr;
    wxStaticText* summary_ = nullptr;
    class List;   // a virtual list: rows are drawn from shown_, never inserted
    List* list_ = nullptr;
    bool restoring_ = false;   // re-highlighting after a refill, not a click
    std::vector<ProblemItem> all_;
    std::vector<ProblemItem> shown_;
    SeverityFilter filter_;
    bool load_problems_ = false;
    Subscription document_subscription_;
    std::vector<Problem> import_notes_;
};

}   // namespace stagecraft::editor
