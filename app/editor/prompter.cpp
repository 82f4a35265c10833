// The editor's dialogs (see prompter.hpp).
#include "prompter.hpp"

#include <filesystem>
#include <vector>

#include <wx/choicdlg.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/window.h>
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {
namespace {
const char* const kWildcard = "Journeys (*.journey.xml)|*.journey.xml|XML files (*.xml)|*.xml|All files|*";
}

Prompter::Answer DialogPrompter::unsaved_changes(wxWindow* parent, const wxString& name, const wxString& before) {
    wxMessageDialog dialog(
        parent,
        "Save the changes to \"" + name + "\" before " + before + "?\n\nIf you don't save, your changes will be lost.",
        "Unsaved changes", wxYES_NO | wxCANCEL | wxICON_WARNING);
    dialog.SetYesNoCancelLabels("&Save", "&Don't save", "&Cancel");
    switch (dialog.ShowModal()) {
        case wxID_YES: return Answer::Save;
        case wxID_NO: return Answer::Discard;
        default: return Answer::Cancel;
    }
}

std::optional<std::string> DialogPrompter::open_path(wxWindow* parent) {
    wxFileDialog dialog(parent, "Open journey", "", "", kWildcard, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetPath());
}

std::optional<std::string> DialogPrompter::import_path(wxWindow* parent) {
    wxFileDialog dialog(parent, wx("Import journey"), "", "",
                        "Journeys from other tools (*.mmd;*.mermaid;*.md;*.markdown;*.csv;*.tsv;*.txt;*.xlsx)|"
                        "*.mmd;*.mermaid;*.md;*.markdown;*.csv;*.tsv;*.txt;*.xlsx|"
                        "Mermaid (*.mmd;*.mermaid)|*.mmd;*.mermaid|Markdown (*.md;*.markdown)|*.md;*.markdown|"
                        "CSV (*.csv;*.tsv;*.txt)|*.csv;*.tsv;*.txt|Excel workbooks (*.xlsx)|*.xlsx|All files|*",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetPath());
}

std::optional<std::string> DialogPrompter::save_path(wxWindow* parent, const std::string& suggestion) {
    const std::filesystem::path p(suggestion);
    wxFileDialog dialog(parent, "Save journey as", wx(p.parent_path().string()), wx(p.filename().string()), kWildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetPath());
}

std::optional<std::string> DialogPrompter::deck_path(wxWindow* parent, const std::string& suggestion) {
    const std::filesystem::path p(suggestion);
    wxFileDialog dialog(parent, wx("Export deck"), wx(p.parent_path().string()), wx(p.filename().string()),
                        "PDF decks (*.pdf)|*.pdf", wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    std::string path = utf8(dialog.GetPath());
    if (std::filesystem::path(path).extension().empty()) path += ".pdf";
    return path;
}

bool DialogPrompter::replace_file(wxWindow* parent, const std::string& path) {
    wxMessageDialog dialog(parent,
                           "\"" + wx(std::filesystem::path(path).filename().string()) +
                               "\" already exists.\n\nReplace it? The current file is kept as a .bak copy.",
                           "Replace file", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    dialog.SetYesNoLabels("&Replace", "&Cancel");
    return dialog.ShowModal() == wxID_YES;
}

std::optional<std::string> DialogPrompter::ask_text(wxWindow* parent, const wxString& title, const wxString& prompt) {
    wxTextEntryDialog dialog(parent, prompt, title);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetValue());
}

bool DialogPrompter::offer_restore(wxWindow* parent, const wxString& what) {
    wxMessageDialog dialog(
        parent,
        "Stagecraft did not close normally last time. Unsaved changes to " + what + " were kept.\n\nRestore them now?",
        "Restore unsaved changes", wxYES_NO | wxICON_QUESTION);
    dialog.SetYesNoLabels("&Restore", "&Discard");
    return dialog.ShowModal() == wxID_YES;
}

void DialogPrompter::error(wxWindow* parent, const wxString& title, const wxString& message) {
    wxMessageBox(message, title, wxOK | wxICON_ERROR, parent);
}

std::optional<FlowKind> DialogPrompter::flow_kind(wxWindow* parent, FlowKind proposed) {
    // A menu at the pointer: the proposed kind first, the others in their usual order.
    wxMenu menu;
    std::vector<FlowKind> kinds{proposed};
    for (FlowKind k :
         {FlowKind::Sequence, FlowKind::Handoff, FlowKind::Support, FlowKind::Alternative, FlowKind::FollowUp})
        if (k != proposed) kinds.push_back(k);
    for (std::size_t i = 0; i < kinds.size(); ++i)
        menu.Append(static_cast<int>(i) + 1, wx(std::string(display_name(kinds[i])) + (i == 0 ? " (proposed)" : "")));
    const int chosen = parent->GetPopupMenuSelectionFromUser(menu);
    if (chosen < 1 || chosen > static_cast<int>(kinds.size())) return std::nullopt;
    return kinds[static_cast<std::size_t>(chosen - 1)];
}

std::optional<std::size_t> DialogPrompter::choose_start(
    wxWindow* parent, const std::vector<std::pair<std::string, std::string>>& choices) {
    wxArrayString items;
    for (const auto& [name, description] : choices) items.Add(wx(name + "  \xE2\x80\x94  " + description));
    wxSingleChoiceDialog dialog(parent, "Start from:", "New journey", items);
    dialog.SetSize(dialog.FromDIP(wxSize(720, 340)));   // every choice in view, none cut short
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return static_cast<std::size_t>(dialog.GetSelection());
}

}   // namespace stagecraft::editor
