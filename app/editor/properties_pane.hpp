// The Properties pane: a wxPropertyGrid for whatever is selected (journey, stage, scene, role,
// principle or flow), with choice lists for every closed vocabulary. A change is tried on a copy
// first (an invalid value is refused with the reason, the journey untouched) and then applied
// through a command, so it is undoable like any other edit.
#pragma once

#include <functional>
#include <map>
#include <string>

#include <wx/panel.h>
#include <wx/propgrid/propgrid.h>

#include "app/editor/core/document.hpp"
#include "app/editor/core/selection.hpp"

namespace stagecraft::editor {

class PropertiesPane : public wxPanel {
public:
    PropertiesPane(wxWindow* parent, Document& document, SelectionModel& selection);

    wxPropertyGrid* grid() const { return grid_; }
    // Rebuild now rather than on the next idle moment (tests, after a selection change).
    void rebuild();
    // Called with the reason when a change was refused.
    std::function<void(const wxString&)> on_error;

private:
    using Maker = std::function<CommandPtr(const wxVariant&)>;
    void schedule_rebuild();
    void on_changing(wxPropertyGridEvent& event);
    void on_changed(wxPropertyGridEvent& event);

    void build_journey();
    void build_stage(const Stage& stage);
    void build_scene(const Scene& scene);
    void build_role(const Role& role);
    void build_principle(const Principle& principle);
    void build_flow(int index);

    // Adders: each property remembers how to turn a new value into a command.
    void category(const wxString& label);
    void add_string(const wxString& label, const wxString& key, const std::string& value,
                    std::function<CommandPtr(std::string)> make, bool long_text = false);
    void add_bool(const wxString& label, const wxString& key, bool value, std::function<CommandPtr(bool)> make);
    void add_choice(const wxString& label, const wxString& key, const wxArrayString& choices, int index,
                    std::function<CommandPtr(int)> make);
    void add_list(const wxString& label, const wxString& key, const std::vector<std::string>& items,
                  std::function<CommandPtr(std::vector<std::string>)> make);
    // A colour ("#rrggbb"; `shown` when it has none) picked from a list or the colour dialog.
    void add_colour(const wxString& label, const wxString& key, const std::string& value, const wxColour& shown,
                    std::function<CommandPtr(std::string)> make);

    Document& document_;
    SelectionModel& selection_;
    wxPropertyGrid* grid_ = nullptr;
    std::map<wxString, Maker> makers_;
    Subscription document_subscription_;
    Subscription selection_subscription_;
    bool rebuild_pending_ = false;
};

}   // namespace stagecraft::editor
