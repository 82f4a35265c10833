// A property for text that may span lines (descriptions, scripts) or hold a list (one item per
// line). Its cell only shows the value; the "..." button opens a multi-line editor, so nothing
// the user types is ever escaped, unescaped, split or trimmed on its way into the journey.
#pragma once

#include <wx/propgrid/props.h>

namespace stagecraft::editor {

class TextBlockProperty : public wxEditorDialogProperty {
public:
    // `list`: the value is items, one per line (the dialog says so); else free text.
    TextBlockProperty(const wxString& label, const wxString& name, const wxString& value, bool list);

    // One line for the cell: line breaks shown as " ⏎ ", list items as "• a  • b".
    wxString ValueToString(wxVariant& value, int argFlags = 0) const override;
    // The cell is not an editor: text coming back from it never changes the value.
    bool StringToValue(wxVariant& variant, const wxString& text, int argFlags = 0) const override;
    const wxPGEditor* DoGetEditorClass() const override;

protected:
    bool DisplayEditorDialog(wxPropertyGrid* pg, wxVariant& value) override;

private:
    bool list_;
};

}   // namespace stagecraft::editor
