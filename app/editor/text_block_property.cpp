// Multi-line text and one-item-per-line lists in the Properties grid, edited in a dialog.
#include "app/editor/text_block_property.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/propgrid/editors.h>
#include <wx/propgrid/propgrid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {

namespace {

// The text-and-button editor with a read-only text: the button is the way in.
class ReadOnlyTextAndButton : public wxPGTextCtrlAndButtonEditor {
public:
    wxString GetName() const override { return "StagecraftReadOnlyTextAndButton"; }
    wxPGWindowList CreateControls(wxPropertyGrid* grid, wxPGProperty* property, const wxPoint& pos,
                                  const wxSize& size) const override {
        wxPGWindowList controls = wxPGTextCtrlAndButtonEditor::CreateControls(grid, property, pos, size);
        if (auto* text = wxDynamicCast(controls.GetPrimary(), wxTextCtrl)) text->SetEditable(false);
        return controls;
    }
};

const wxPGEditor* read_only_editor() {
    static wxPGEditor* editor = wxPropertyGrid::RegisterEditorClass(new ReadOnlyTextAndButton);
    return editor;
}

}   // namespace

TextBlockProperty::TextBlockProperty(const wxString& label, const wxString& name, const wxString& value, bool list)
    : wxEditorDialogProperty(label, name), list_(list) {
    SetValue(value);
    m_dlgTitle = list ? _("Edit the list: one item per line") : _("Edit the text");
}

wxString TextBlockProperty::ValueToString(wxVariant& value, int) const {
    const wxString text = value.GetString();
    if (!list_) {
        wxString shown = text;
        shown.Replace("\r\n", wx(" \xE2\x8F\x8E "));
        shown.Replace("\n", wx(" \xE2\x8F\x8E "));
        return shown;
    }
    wxString shown;
    for (const wxString& line : wxSplit(text, '\n', '\0')) {
        if (line.empty()) continue;
        if (!shown.empty()) shown += "  ";
        shown += wx("\xE2\x80\xA2 ") + line;
    }
    return shown;
}

bool TextBlockProperty::StringToValue(wxVariant&, const wxString&, int) const { return false; }

const wxPGEditor* TextBlockProperty::DoGetEditorClass() const { return read_only_editor(); }

bool TextBlockProperty::DisplayEditorDialog(wxPropertyGrid* pg, wxVariant& value) {
    wxDialog dialog(pg, wxID_ANY, m_dlgTitle, wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (list_)
        sizer->Add(new wxStaticText(&dialog, wxID_ANY,
                                    _("One item per line. Commas and other punctuation are kept as typed.")),
                   0, wxALL, 8);
    const wxString before = value.GetString();
    auto* text =
        new wxTextCtrl(&dialog, wxID_ANY, before, wxDefaultPosition, dialog.FromDIP(wxSize(520, 260)), wxTE_MULTILINE);
    sizer->Add(text, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    sizer->Add(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizerAndFit(sizer);
    text->SetFocus();
    if (dialog.ShowModal() != wxID_OK) return false;
    const wxString after = text->GetValue();
    if (after == before) return false;   // nothing typed: nothing changes (not even line ends)
    value = after;
    return true;
}

}   // namespace stagecraft::editor
