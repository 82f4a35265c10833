// The editor's main window: dockable Outline, Cast, Properties and Problems panes around the live
// diagram; menus and shortcuts; file handling with unsaved-change prompts; recent files and pane
// layout remembered; autosave to a recovery file.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include "app/editor/core/autosave.hpp"
#include "app/editor/core/document.hpp"
#include "app/editor/core/recovery.hpp"
#include "app/editor/core/selection.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "app/editor/core/view_switch.hpp"
#include "app/editor/prompter.hpp"

class wxMenuItem;

class wxGauge;

namespace stagecraft::editor {

class OutlinePane;
class CastPane;
class PropertiesPane;
class ProblemsPane;
class CastGridPane;
class DiagramPanel;
class RehearsalFrame;

struct FrameOptions {
    std::unique_ptr<Prompter> prompter;   // the real dialogs when empty
    bool remember = true;                 // read and write wxConfig (recent files, layout)
    std::string recovery_dir;             // where autosave writes; empty: beside the user's config
    std::chrono::milliseconds autosave_interval = std::chrono::seconds(60);
};

class MainFrame : public wxFrame {
public:
    explicit MainFrame(FrameOptions options = {});
    ~MainFrame() override;

    // File operations, as the menus do them (prompting through the Prompter).
    bool open_file(const std::string& path);   // asks about unsaved changes first
    // A journey from a Mermaid, Markdown or CSV file (the first, when it holds several), opened as
    // a new untitled journey that counts as unsaved; its notes and errors go to the Problems pane.
    // Asks about unsaved changes first; false when nothing was opened.
    bool import_file(const std::string& path);
    bool save();
    bool save_as(const std::string& path);
    bool new_journey();
    // Ask to close (as the window's close button does). False when the user declined.
    bool request_close();
    // Offer to restore what autosave kept from a run that did not close normally.
    void offer_recovery();
    // Write the recovery file now if autosave would (tests and the autosave timer).
    void autosave_tick();

    void set_view(DiagramView view);
    // Open rehearsal mode on the selected scene (full screen unless told otherwise).
    RehearsalFrame* rehearse(bool full_screen = true);
    void find_next_scene(const std::string& text);

    Document& document() { return document_; }
    SelectionModel& selection() { return selection_; }
    OutlinePane* outline() const { return outline_; }
    CastPane* cast() const { return cast_; }
    PropertiesPane* properties() const { return properties_; }
    ProblemsPane* problems() const { return problems_; }
    CastGridPane* cast_grid() const { return cast_grid_; }
    // The Cast Grid in the diagram's place (View › Cast Grid, Ctrl+5), or the diagram again.
    void show_cast_grid(bool show);
    bool cast_grid_shown() const;
    DiagramPanel* diagram() const { return diagram_; }
    const RecoveryStore& recovery() const { return recovery_; }
    wxString undo_label() const;
    const wxFileHistory& recent_files() const { return file_history_; }
    wxAuiManager& panes() { return aui_; }

    // Every shortcut in the menus (label, keys) and every diagram gesture, as Help › Keyboard
    // Shortcuts lists them; and that list shown in a dialog.
    std::vector<std::pair<wxString, wxString>> shortcut_table() const;
    void show_shortcuts();
    // Pastes `text` as scenes, one per line, where the selection is (what Ctrl+V does with the
    // clipboard's text when no text field has the focus).
    void paste_lines(const std::string& text);

    // Joins two scenes with a flow, as dropping a drag from one on the other does: asks its kind
    // (the proposed one offered first), then its label in place.
    void connect(const std::string& from, const std::string& to);

private:
    void build_menus();
    void build_panes();
    void document_changed();
    void update_title();
    void update_menus();
    // Asks about unsaved changes; `before` ends the question ("quitting"). True: go ahead.
    bool confirm_discard(const wxString& before);
    // Window shortcuts whatever pane has the focus (see core/shortcuts.hpp).
    void on_char_hook(wxKeyEvent& event);
    struct Shortcut {
        int flags;   // wxACCEL_CTRL, _SHIFT, _ALT
        int key;
        int id;   // the menu command
    };
    std::vector<Shortcut> shortcuts_;
    // Gives the side panes their share of the window's width when the width changed much.
    void share_width();
    int shared_width_ = 0;                  // the client width the panes were last shared for
    std::uint64_t status_generation_ = 0;   // the journey's generation when the message was shown
    // Opens `path` without asking (the caller asked).
    bool load_file(const std::string& path);
    // Asks where to save (proposing the title as the name) and ensures the .journey.xml ending.
    std::optional<std::string> choose_save_path();
    void status(const wxString& text);
    // Saves the recent files now, so they survive a crash; a failure is shown in the status bar.
    // After a new, opened or closed journey: select the journey, forget the recovery file,
    // restart autosave's count, and tell `message` (if any) in the status bar.
    void started(const wxString& message);
    // Adds `path` to the recent files and writes the settings.
    void remember_file(const std::string& path);
    void run_action(Action action);
    // Runs an action that adds a stage or scene, then types its name in place on the diagram.
    void add_and_name(Action add);
    void run_command(CommandPtr command, const Selection& select_after);

    void on_new(wxCommandEvent&);
    void on_open(wxCommandEvent&);
    void on_open_recent(wxCommandEvent& event);
    void on_save(wxCommandEvent&);
    void on_save_as(wxCommandEvent&);
    void on_export(wxCommandEvent&);
    void on_import(wxCommandEvent&);
    void on_export_deck(wxCommandEvent&);
    void on_close_document(wxCommandEvent&);
    void on_quit(wxCommandEvent&);
    void on_close_window(wxCloseEvent& event);
    void on_undo(wxCommandEvent&);
    void on_redo(wxCommandEvent&);
    void on_add_stage(wxCommandEvent&);
    void on_add_scene(wxCommandEvent&);
    void on_add_role(wxCommandEvent&);
    void on_delete(wxCommandEvent&);
    void on_find(wxCommandEvent&);
    void on_rename(wxCommandEvent&);
    // Edit › Add Pain Point / Add Opportunity: typed in place under the selected scene.
    void on_add_note(wxCommandEvent& event);
    void on_paste(wxCommandEvent&);
    // Ctrl+C: the selected scene, kept to paste a copy (its name goes on the clipboard as text).
    void on_copy(wxCommandEvent&);
    void on_view(wxCommandEvent& event);
    void on_zoom(wxCommandEvent& event);
    void on_toggle_pane(wxCommandEvent& event);
    void on_reset_layout(wxCommandEvent&);
    void on_about(wxCommandEvent&);

    Document document_;
    SelectionModel selection_;
    std::unique_ptr<Prompter> prompter_;
    wxGauge* deck_gauge_ = nullptr;   // on the status bar while a deck is made
    bool remember_;
    wxAuiManager aui_;
    wxString default_perspective_;
    wxFileHistory file_history_;
    RecoveryStore recovery_;
    AutosaveScheduler autosave_;
    wxTimer autosave_timer_;

    OutlinePane* outline_ = nullptr;
    CastPane* cast_ = nullptr;
    PropertiesPane* properties_ = nullptr;
    ProblemsPane* problems_ = nullptr;
    CastGridPane* cast_grid_ = nullptr;
    std::optional<Scene> copied_scene_;   // the scene Ctrl+C copied
    std::string copied_text_;             // what it put on the clipboard
    DiagramPanel* diagram_ = nullptr;
    wxMenuItem* undo_item_ = nullptr;
    wxMenuItem* redo_item_ = nullptr;
    wxMenuItem* save_item_ = nullptr;
    std::vector<Subscription> subscriptions_;   // the window's own listeners, ended with it
};

// Where the recovery file lives by default: beside the user's configuration.
std::string default_recovery_dir();

}   // namespace stagecraft::editor
