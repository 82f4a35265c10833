// The editor's main window (see main_frame.hpp).
#include "main_frame.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <functional>

#include <wx/aboutdlg.h>
#include <wx/accel.h>
#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/combobox.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/textentry.h>
#include <wx/tglbtn.h>

#include "app/editor/cast_grid_pane.hpp"
#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/core/connect.hpp"
#include "app/editor/core/file_names.hpp"
#include "app/editor/core/gestures.hpp"
#include "app/editor/core/prompt_book.hpp"
#include "app/editor/core/scene_keys.hpp"
#include "app/editor/core/shortcuts.hpp"
#include "app/editor/core/templates.hpp"
#include "app/editor/core/user_dirs.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/outline_pane.hpp"
#include "app/editor/problems_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "app/editor/rehearsal_frame.hpp"
#include "app/editor/user_settings.hpp"
#include "app/editor/wx_text.hpp"
#include "export/deck.hpp"
#include "model/edits/edits.hpp"
#include "model/interchange/import_file.hpp"
#include "model/io/atomic_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"

namespace stagecraft::editor {
namespace {

constexpr int kAutosaveTickMs = 5000;

}   // namespace

std::string default_recovery_dir() { return user_state_dir(); }

MainFrame::MainFrame(FrameOptions options)
    : wxFrame(nullptr, wxID_ANY, "Stagecraft", wxDefaultPosition, wxSize(1280, 800)),
      prompter_(options.prompter ? std::move(options.prompter) : std::make_unique<DialogPrompter>()),
      remember_(options.remember),
      file_history_(9),
      recovery_(options.recovery_dir.empty() ? default_recovery_dir() : options.recovery_dir),
      autosave_(options.autosave_interval),
      autosave_timer_(this) {
    SetMinSize(wxSize(800, 500));
    aui_.SetManagedWindow(this);
    CreateStatusBar(3);
    const int widths[] = {-1, 240, 250};
    SetStatusWidths(3, widths);
    // Before the panes subscribe: a deleted element is unselected before they redraw.
    subscriptions_.push_back(document_.subscribe([this] { selection_.reconcile(document_.journey()); }));
    build_menus();
    build_panes();

    subscriptions_.push_back(document_.subscribe([this] { document_changed(); }));
    subscriptions_.push_back(selection_.subscribe([this](const Selection&) { update_menus(); }));
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close_window, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { share_width(); });
    });
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { autosave_tick(); }, autosave_timer_.GetId());
    autosave_timer_.Start(kAutosaveTickMs);

    if (remember_) {
        read_recent_files(file_history_);
        const WindowState state = read_window_state();
        if (!state.perspective.empty()) aui_.LoadPerspective(wx(state.perspective), false);
        if (state.width >= 800 && state.height >= 500) SetSize(state.width, state.height);
        if (state.maximized) Maximize();
    }
    aui_.Update();
    document_changed();
    selection_.select(Selection::journey());
}

MainFrame::~MainFrame() {
    autosave_timer_.Stop();
    aui_.UnInit();
}

void MainFrame::status(const wxString& text) {
    SetStatusText(text, 0);
    status_generation_ = document_.generation();
}

void MainFrame::started(const wxString& message) {
    problems_->show_import_notes({});   // those of an earlier import
    selection_.select(Selection::journey());
    recovery_.discard();
    autosave_.reset(document_.generation());
    if (!message.empty()) status(message);
}

void MainFrame::remember_file(const std::string& path) {
    file_history_.AddFileToHistory(wx(path));
    if (!remember_) return;
    write_recent_files(file_history_);
    if (auto error = flush_user_settings()) status(GetStatusBar()->GetStatusText(0) + " (" + wx(*error) + ")");
}

void MainFrame::document_changed() {
    update_title();
    update_menus();
    // A message tells of one step ("Undid Rename scene"); the next edit makes it old news.
    if (document_.generation() != status_generation_) SetStatusText("", 0);
    const Journey& j = document_.journey();
    auto count = [](std::size_t n, const char* one, const char* many) {
        return wxString::Format("%zu ", n) + (n == 1 ? one : many);
    };
    SetStatusText(count(j.stages.size(), "stage", "stages") + wx(" · ") + count(scene_count(j), "scene", "scenes") +
                      wx(" · ") + count(j.cast.size(), "role", "roles"),
                  2);
}

void MainFrame::update_title() {
    wxString title = wx(document_.display_name());
    if (document_.modified()) title += wx(" •");
    title += wx(" — ") + wx(document_.journey().title.empty() ? "Stagecraft" : document_.journey().title);
    title += wx(" — Stagecraft");
    SetTitle(title);
}

wxString MainFrame::undo_label() const { return undo_item_->GetItemLabelText(); }

void MainFrame::update_menus() {
    const History& h = document_.history();
    undo_item_->SetItemLabel(h.can_undo() ? "&Undo " + wx(h.undo_name()) + "\tCtrl+Z" : wxString("&Undo\tCtrl+Z"));
    redo_item_->SetItemLabel(h.can_redo() ? "&Redo " + wx(h.redo_name()) + "\tCtrl+Shift+Z"
                                          : wxString("&Redo\tCtrl+Shift+Z"));
    undo_item_->Enable(h.can_undo());
    redo_item_->Enable(h.can_redo());
    if (auto* del = GetMenuBar()->FindItem(wxID_DELETE)) del->Enable(can_delete(selection_.current()));
}

bool MainFrame::confirm_discard(const wxString& before) {
    if (!document_.modified()) return true;
    switch (prompter_->unsaved_changes(this, wx(document_.display_name()), before)) {
        case Prompter::Answer::Save: return save();
        case Prompter::Answer::Discard: return true;
        case Prompter::Answer::Cancel: break;
    }
    return false;
}

bool MainFrame::new_journey() {
    if (!confirm_discard("starting a new journey")) return false;
    std::vector<std::pair<std::string, std::string>> choices;
    for (const JourneyTemplate& t : journey_templates()) choices.emplace_back(t.name, t.description);
    const auto choice = prompter_->choose_start(this, choices);
    if (!choice) return false;
    document_.reset(journey_from_template(*choice), "");
    started("New journey");
    return true;
}

bool MainFrame::open_file(const std::string& path) {
    if (!confirm_discard("opening another journey")) return false;
    return load_file(path);
}

bool MainFrame::load_file(const std::string& path) {
    auto problems = document_.open(path);
    if (has_errors(problems) || document_.path() != path) {
        problems_->show_load_problems(problems);
        aui_.GetPane("problems").Show();
        aui_.Update();
        int errors = 0;
        for (const auto& p : problems) errors += p.severity == Severity::Error;
        prompter_->error(this, "Cannot open journey",
                         wxString::Format("%s has %d problem%s and was not opened. The file has not been changed.\n\n",
                                          wx(path), errors, errors == 1 ? "" : "s") +
                             (problems.empty() ? wxString() : wx(format_problem(problems.front()))));
        status("Could not open " + wx(path));
        return false;
    }
    started("Opened " + wx(path));
    remember_file(path);
    return true;
}

bool MainFrame::save() {
    if (document_.path().empty()) {
        auto path = choose_save_path();
        return path && save_as(*path);
    }
    return save_as(document_.path());
}

std::optional<std::string> MainFrame::choose_save_path() {
    const std::string suggestion =
        document_.path().empty() ? suggested_file_name(document_.journey()) : document_.path();
    auto chosen = prompter_->save_path(this, suggestion);
    if (!chosen) return std::nullopt;
    // The dialog asked about replacing the name as typed; a name that gains its ending is asked about here.
    const std::string path = with_journey_extension(*chosen);
    if (path != *chosen && wxFileExists(wx(path)) && !prompter_->replace_file(this, path)) return std::nullopt;
    return path;
}

bool MainFrame::save_as(const std::string& path) {
    if (auto error = document_.save(path)) {
        prompter_->error(this, "Cannot save journey", wx(*error));
        status("Save failed: " + wx(*error));
        return false;
    }
    recovery_.discard();
    autosave_.reset(document_.generation());
    status("Saved " + wx(path));
    remember_file(path);
    return true;
}

bool MainFrame::request_close() { return Close(false); }

void MainFrame::offer_recovery() {
    auto recovered = recovery_.read();
    if (!recovered) return;
    const wxString what =
        recovered->source.empty() ? wxString("an untitled journey") : "\"" + wx(recovered->source) + "\"";
    if (!prompter_->offer_restore(this, what)) {
        recovery_.discard();
        return;
    }
    LoadResult loaded = load_journey_text(recovered->xml, recovery_.journey_path());
    if (!loaded.ok()) {
        problems_->show_load_problems(loaded.problems);
        prompter_->error(
            this, "Cannot restore",
            "The recovered journey could not be read; it has been kept at " + wx(recovery_.journey_path()));
        return;
    }
    document_.reset(std::move(*loaded.journey), recovered->source, true);
    selection_.select(Selection::journey());
    status(wx("Restored unsaved changes — save to keep them"));
}

void MainFrame::autosave_tick() {
    if (!autosave_.tick(document_.modified(), document_.generation())) return;
    if (auto error = recovery_.write(journey_to_xml(document_.journey()), document_.path())) {
        status("Autosave failed: " + wx(*error));
        return;
    }
    autosave_.written(document_.generation());
}

void MainFrame::set_view(DiagramView view) {
    show_cast_grid(false);
    diagram_->set_view(view);
    if (auto* item = GetMenuBar()->FindItem(ID_VIEW_FIRST + view_index(view))) item->Check();
}

void MainFrame::show_cast_grid(bool show) {
    if (cast_grid_shown() == show) return;
    wxSizer* sizer = diagram_->GetContainingSizer();
    sizer->Show(diagram_, !show);
    sizer->Show(cast_grid_, show);
    sizer->Layout();
    if (show) {
        cast_grid_->SetFocus();
        if (auto* item = GetMenuBar()->FindItem(ID_CAST_GRID)) item->Check();
    }
}

bool MainFrame::cast_grid_shown() const { return cast_grid_->IsShown(); }

void MainFrame::find_next_scene(const std::string& text) {
    if (auto id = editor::find_next_scene(document_.journey(), selection_.current(), text)) {
        selection_.select(Selection::scene(*id));
        status("Found \"" + wx(find_scene(document_.journey(), *id)->name) + "\"");
        return;
    }
    if (!text.empty() && scene_count(document_.journey()) > 0) status("No scene matches \"" + wx(text) + "\"");
}

void MainFrame::run_action(Action action) {
    if (!action.command) {
        // Nothing to do (a card dropped where it already is) passes quietly; a refusal is told.
        if (action.refusal.empty()) return;
        status(wx(action.refusal));
        wxBell();
        return;
    }
    run_command(std::move(action.command), action.select_after);
}

void MainFrame::run_command(CommandPtr command, const Selection& select_after) {
    if (auto error = document_.execute(std::move(command))) {
        status(wx(*error));
        wxBell();
        return;
    }
    if (select_after.kind != SelectionKind::None) selection_.select(select_after);
}

void MainFrame::on_new(wxCommandEvent&) { new_journey(); }

void MainFrame::on_char_hook(wxKeyEvent& event) {
    // Before the focused pane sees the key: a tree would take Ctrl+- to collapse, a list
    // Ctrl+1 to jump. Only a field being typed in keeps the keys text fields have.
    int key = event.GetKeyCode();
    if (key == WXK_NUMPAD_SUBTRACT) key = '-';
    if (key == WXK_NUMPAD_ADD || key == '+') key = '=';
    if (key >= 'a' && key <= 'z') key = key - 'a' + 'A';
    const KeyChord chord{key, event.ControlDown(), event.ShiftDown(), event.AltDown()};
    wxWindow* focus = FindFocus();
    const bool typing = focus && (wxDynamicCast(focus, wxTextCtrl) || wxDynamicCast(focus, wxComboBox));
    if (!chord.ctrl || (typing && text_field_keeps(chord))) {
        event.Skip();
        return;
    }
    const int flags =
        (chord.ctrl ? wxACCEL_CTRL : 0) | (chord.shift ? wxACCEL_SHIFT : 0) | (chord.alt ? wxACCEL_ALT : 0);
    for (const Shortcut& s : shortcuts_) {
        int accel_key = s.key >= 'a' && s.key <= 'z' ? s.key - 'a' + 'A' : s.key;
        if (accel_key == '+') accel_key = '=';
        if (s.flags != flags || accel_key != key) continue;
        wxMenuItem* item = GetMenuBar()->FindItem(s.id);
        if (item && !item->IsEnabled()) break;
        wxCommandEvent command(wxEVT_MENU, s.id);
        command.SetEventObject(this);
        ProcessWindowEvent(command);
        return;
    }
    event.Skip();
}

void MainFrame::on_open(wxCommandEvent&) {
    // Asked once, before the file is chosen.
    if (!confirm_discard("opening another journey")) return;
    if (auto path = prompter_->open_path(this)) load_file(*path);
}

void MainFrame::on_open_recent(wxCommandEvent& event) {
    const wxString path = file_history_.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
    if (!path.empty() && !open_file(utf8(path))) {
        if (!wxFileExists(path)) file_history_.RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
    }
}

void MainFrame::on_save(wxCommandEvent&) { save(); }

void MainFrame::on_save_as(wxCommandEvent&) {
    if (auto path = choose_save_path()) save_as(*path);
}

void MainFrame::on_export(wxCommandEvent&) {
    ExportDialog dialog(this, document_.path(), diagram_->view(), suggested_file_stem(document_.journey()));
    if (dialog.ShowModal() != wxID_OK) return;
    const ExportRequest request = dialog.request();
    if (request.path.empty()) return;
    auto journey = std::make_shared<const Journey>(document_.journey());
    status("Exporting " + wx(request.path) + wx("…"));
    // Same path as stagecraft-cli export: the renderer, then an atomic write. On the worker,
    // which owns every Graphviz call.
    DiagramPanel* panel = diagram_;
    panel->worker().run_task([this, panel, request, journey](diagram::Renderer& renderer) {
        const std::string error = run_export(renderer, *journey, request).value_or("");
        // Through the panel: its pending calls die with it, so a closed window is never touched.
        panel->CallAfter([this, request, error] {
            if (error.empty()) {
                status("Exported " + wx(request.path));
            } else {
                status("Export failed: " + wx(error));
                prompter_->error(this, "Export failed", wx(error));
            }
        });
    });
}

void MainFrame::on_export_deck(wxCommandEvent&) {
    if (deck_gauge_) return;   // one deck at a time
    // Beside the journey's file, named after it; for a journey never saved, after its title.
    std::string suggestion;
    if (!document_.path().empty()) {
        const std::filesystem::path p(document_.path());
        std::string stem = p.filename().string();
        if (stem.size() > 12 && stem.compare(stem.size() - 12, 12, kJourneyExtension) == 0)
            stem.resize(stem.size() - 12);
        suggestion = (p.parent_path() / (stem + "-deck.pdf")).string();
    } else {
        suggestion = suggested_file_stem(document_.journey()) + "-deck.pdf";
    }
    const auto path = prompter_->deck_path(this, suggestion);
    if (!path) return;
    auto journey = std::make_shared<const Journey>(document_.journey());
    // A progress bar over the status bar's middle field while the deck is made.
    wxRect field;
    GetStatusBar()->GetFieldRect(1, field);
    deck_gauge_ = new wxGauge(GetStatusBar(), wxID_ANY, 100, field.GetPosition(), field.GetSize());
    status(wx("Making the deck ") + wx(*path) + wx("…"));
    // The same deck as stagecraft-cli deck, on the worker, which owns every Graphviz call; the
    // bar is told how far it got through the panel, whose pending calls die with it.
    DiagramPanel* panel = diagram_;
    const std::string target = *path;
    panel->worker().run_task([this, panel, journey, target](diagram::Renderer& renderer) {
        diagram::DeckOptions options;
        options.progress = [this, panel](std::size_t done, std::size_t total, const std::string& step) {
            panel->CallAfter([this, done, total, step] {
                if (!deck_gauge_) return;
                deck_gauge_->SetValue(static_cast<int>(done * 100 / std::max<std::size_t>(1, total)));
                status(wx("Making the deck: " + step + "…"));
            });
            return true;
        };
        const diagram::DeckResult deck = diagram::build_deck(renderer, *journey, options);
        std::string error = deck.ok ? std::string() : deck.error;
        if (deck.ok) {
            SaveOptions save;
            save.keep_backup = false;
            if (auto failed = write_file_atomically(target, deck.files.front(), save)) error = *failed;
        }
        const std::size_t slides = deck.slide_titles.size();
        panel->CallAfter([this, target, error, slides] {
            if (deck_gauge_) deck_gauge_->Destroy();
            deck_gauge_ = nullptr;
            if (error.empty()) {
                status(wxString::Format("Exported the deck %s: %zu slides", wx(target), slides));
            } else {
                status("Deck failed: " + wx(error));
                prompter_->error(this, "Export deck failed", wx(error));
            }
        });
    });
}

void MainFrame::on_import(wxCommandEvent&) {
    if (auto path = prompter_->import_path(this)) import_file(*path);
}

bool MainFrame::import_file(const std::string& path) {
    if (!confirm_discard("importing")) return false;
    ImportResult imported = stagecraft::import_file(path);
    if (!imported.ok()) {
        problems_->show_load_problems(imported.problems);
        std::size_t errors = 0;
        for (const auto& p : imported.problems) errors += p.severity == Severity::Error ? 1 : 0;
        const std::string first = imported.problems.empty() ? std::string() : format_problem(imported.problems[0]);
        prompter_->error(
            this, "Cannot import",
            wx(first) + (errors > 1 ? wxString::Format(" (and %zu more: see Problems)", errors - 1) : wxString()));
        status("Not imported: " + wx(path));
        return false;
    }
    std::vector<Problem> notes = std::move(imported.problems);
    if (imported.journeys.size() > 1) {
        Problem more;
        more.file = path;
        more.severity = Severity::Note;
        more.message = "the file holds " + std::to_string(imported.journeys.size()) +
                       " journeys; the first is open (stagecraft-cli import -d DIR imports them all)";
        notes.insert(notes.begin(), std::move(more));
    }
    document_.reset(std::move(imported.journeys.front()), "", true);
    started(wx("Imported " + path + ": save it to keep it"));
    problems_->show_import_notes(std::move(notes));
    return true;
}

void MainFrame::on_close_document(wxCommandEvent&) {
    if (!confirm_discard("closing it")) return;
    document_.reset(editor::new_journey(), "");
    started({});
}

void MainFrame::on_quit(wxCommandEvent&) { Close(false); }

void MainFrame::on_close_window(wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard("quitting")) {
        event.Veto();
        return;
    }
    if (remember_) {
        write_recent_files(file_history_);
        write_window_state({utf8(aui_.SavePerspective()), GetSize().x, GetSize().y, IsMaximized()});
        // The window is going: a failure can only be told on the terminal.
        if (auto error = flush_user_settings()) std::fprintf(stderr, "stagecraft: %s\n", error->c_str());
    }
    // A clean close: nothing to recover next time.
    recovery_.discard();
    autosave_timer_.Stop();
    Destroy();
}

void MainFrame::on_undo(wxCommandEvent&) {
    if (auto* entry = dynamic_cast<wxTextEntry*>(wxWindow::FindFocus()); entry && entry->CanUndo()) {
        entry->Undo();
        return;
    }
    const std::string name = document_.history().undo_name();
    if (document_.undo()) status("Undid " + wx(name));
}

void MainFrame::on_redo(wxCommandEvent&) {
    const std::string name = document_.history().redo_name();
    if (document_.redo()) status("Redid " + wx(name));
}

void MainFrame::on_add_stage(wxCommandEvent&) {
    add_and_name(add_stage_for(document_.journey(), selection_.current()));
}
void MainFrame::on_add_scene(wxCommandEvent&) {
    add_and_name(add_scene_for(document_.journey(), selection_.current()));
}

void MainFrame::add_and_name(Action add) {
    const Selection added = add.select_after;
    run_action(std::move(add));
    // Its name is typed at once, on the diagram, as soon as it is drawn there.
    if (selection_.current() == added) diagram_->name_new(added);
}
void MainFrame::on_add_role(wxCommandEvent&) {
    Action add = add_role_to(document_.journey());
    const Selection role = add.select_after;
    run_action(std::move(add));
    // Its name is typed at once, in the Cast pane.
    if (selection_.current() == role) cast_->begin_rename(role.id);
}

void MainFrame::on_delete(wxCommandEvent&) {
    // The Delete key belongs to a text field that has the focus.
    if (auto* entry = dynamic_cast<wxTextEntry*>(wxWindow::FindFocus())) {
        long from = 0, to = 0;
        entry->GetSelection(&from, &to);
        if (from == to) to = from + 1;
        entry->Remove(from, to);
        return;
    }
    if (CommandPtr command = delete_selected(selection_.current())) run_command(std::move(command), Selection::none());
}

void MainFrame::on_rename(wxCommandEvent&) {
    const Selection& sel = selection_.current();
    if (sel.kind != SelectionKind::Scene && sel.kind != SelectionKind::Role && sel.kind != SelectionKind::Stage) {
        status("Select a stage, scene or role to rename it on the diagram.");
        return;
    }
    if (diagram_->begin_rename(sel)) return;
    if (sel.kind == SelectionKind::Role && cast_->begin_rename(sel.id)) return;
    status("This view does not show it: rename it in the Properties pane.");
}

void MainFrame::on_add_note(wxCommandEvent& event) {
    const Selection& sel = selection_.current();
    const bool pain = event.GetId() == ID_ADD_PAIN;
    if (sel.kind != SelectionKind::Scene) {
        status(pain ? "Select a scene to add a pain point to it." : "Select a scene to add an opportunity to it.");
        return;
    }
    const auto list = pain ? edits::SceneList::Pains : edits::SceneList::Opportunities;
    if (diagram_->begin_scene_note(sel.id, list)) return;
    // A view that does not draw the scene: the same, asked in a small dialog.
    const auto text =
        prompter_->ask_text(this, pain ? "Add Pain Point" : "Add Opportunity",
                            pain ? "Pain point of the selected scene:" : "Opportunity at the selected scene:");
    if (text && !text->empty()) run_command(edits::add_scene_item(sel.id, list, *text), sel);
}

void MainFrame::on_paste(wxCommandEvent&) {
    // Ctrl+V belongs to a text field that has the focus.
    if (auto* entry = dynamic_cast<wxTextEntry*>(wxWindow::FindFocus())) {
        entry->Paste();
        return;
    }
    wxTextDataObject data;
    if (wxTheClipboard->Open()) {
        wxTheClipboard->GetData(data);
        wxTheClipboard->Close();
    }
    const std::string text = utf8(data.GetText());
    // The clipboard still holds what Ctrl+C put there: a copy of that scene, with its content.
    if (copied_scene_ && text == copied_text_) {
        run_action(paste_scene_copy(document_.journey(), *copied_scene_, selection_.current()));
        return;
    }
    paste_lines(text);
}

void MainFrame::on_copy(wxCommandEvent&) {
    // Ctrl+C belongs to a text field that has the focus.
    if (auto* entry = dynamic_cast<wxTextEntry*>(wxWindow::FindFocus())) {
        entry->Copy();
        return;
    }
    const Selection& sel = selection_.current();
    const Scene* scene = sel.kind == SelectionKind::Scene ? find_scene(document_.journey(), sel.id) : nullptr;
    if (!scene) {
        status("Select a scene to copy it.");
        return;
    }
    copied_scene_ = *scene;
    copied_text_ = name_or_id(*scene);
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(wx(copied_text_)));
        wxTheClipboard->Close();
    }
    status("Copied " + wx(copied_text_) + ": Ctrl+V pastes a copy after the selected scene.");
}

void MainFrame::paste_lines(const std::string& text) {
    run_action(paste_scenes(document_.journey(), selection_.current(), text));
}

void MainFrame::connect(const std::string& from, const std::string& to) {
    const Journey& j = document_.journey();
    const auto kind = prompter_->flow_kind(this, proposed_flow_kind(j, from, to));
    if (!kind) return;
    // Refused now (the same flow twice) rather than after the label is typed.
    Action check = connect_scenes(j, from, to, *kind);
    if (!check.command) return run_action(std::move(check));
    if (!diagram_->begin_flow_label(from, to, *kind)) run_action(std::move(check));
}

void MainFrame::on_find(wxCommandEvent&) {
    if (auto text = prompter_->ask_text(this, "Find scene", "Scene name (or part of it):")) find_next_scene(*text);
}

void MainFrame::on_view(wxCommandEvent& event) {
    set_view(kAllViews[static_cast<std::size_t>(event.GetId() - ID_VIEW_FIRST)]);
}

void MainFrame::on_zoom(wxCommandEvent& event) {
    switch (event.GetId()) {
        case ID_ZOOM_IN: diagram_->zoom_by(1.25); break;
        case ID_ZOOM_OUT: diagram_->zoom_by(1 / 1.25); break;
        case ID_ZOOM_FIT: diagram_->zoom_fit(); break;
        case ID_ZOOM_ACTUAL: diagram_->zoom_to(1.0); break;
        default: break;
    }
}

void MainFrame::on_toggle_pane(wxCommandEvent& event) {
    auto& pane = aui_.GetPane(kPaneNames[event.GetId() - ID_PANE_OUTLINE]);
    pane.Show(!pane.IsShown());
    aui_.Update();
}

void MainFrame::on_reset_layout(wxCommandEvent&) { aui_.LoadPerspective(default_perspective_); }

RehearsalFrame* MainFrame::rehearse(bool full_screen) {
    auto pages = prompt_book(document_.journey());
    if (pages.empty()) {
        status("Nothing to rehearse: add a scene first.");
        return nullptr;
    }
    const Selection& sel = selection_.current();
    auto* frame = new RehearsalFrame(this, std::move(pages), sel.kind == SelectionKind::Scene ? sel.id : std::string(),
                                     full_screen);
    frame->Show();
    return frame;
}

std::vector<std::pair<wxString, wxString>> MainFrame::shortcut_table() const {
    std::vector<std::pair<wxString, wxString>> rows;
    const wxMenuBar* bar = GetMenuBar();
    std::function<void(const wxMenu*, const wxString&)> walk = [&](const wxMenu* menu, const wxString& path) {
        for (const wxMenuItem* item : menu->GetMenuItems()) {
            if (item->IsSeparator()) continue;
            const wxString label = path + wxMenuItem::GetLabelText(item->GetItemLabel());
            if (item->GetSubMenu())
                walk(item->GetSubMenu(), label + wx(" › "));
            else if (std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel()); accel)
                // Undo and Redo are named after the step they would take back; here, after what they do.
                rows.emplace_back(item->GetId() == wxID_UNDO   ? path + "Undo"
                                  : item->GetId() == wxID_REDO ? path + "Redo"
                                                               : label,
                                  accel->ToString());
        }
    };
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m)
        walk(bar->GetMenu(m), wxMenuItem::GetLabelText(bar->GetMenuLabel(m)) + wx(" › "));
    for (const Gesture& g : diagram_gestures()) rows.emplace_back(wx("Diagram › ") + wx(g.action), wx(g.keys));
    return rows;
}

void MainFrame::show_shortcuts() {
    wxDialog dialog(this, wxID_ANY, "Keyboard Shortcuts", wxDefaultPosition, FromDIP(wxSize(760, 560)),
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    // A grid whose rows grow to show every word of a long description.
    auto* list = new wxGrid(&dialog, wxID_ANY);
    const auto table = shortcut_table();
    list->CreateGrid(static_cast<int>(table.size()), 2, wxGrid::wxGridSelectRows);
    list->EnableEditing(false);
    list->HideRowLabels();
    list->SetColLabelValue(0, "Keys");
    list->SetColLabelValue(1, "Does");
    list->SetColSize(0, FromDIP(250));
    list->SetColSize(1, FromDIP(440));
    list->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    list->SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    for (std::size_t i = 0; i < table.size(); ++i) {
        list->SetCellValue(static_cast<int>(i), 0, table[i].second);
        list->SetCellValue(static_cast<int>(i), 1, table[i].first);
    }
    list->AutoSizeRows(false);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list, 1, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, FromDIP(8));
    dialog.SetSizer(sizer);
    dialog.ShowModal();
}

void MainFrame::on_about(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName("Stagecraft");
    info.SetVersion("0.1.0");
    info.SetDescription("Customer journeys staged as experience theatre: scenes, cast, frontstage and backstage.");
    wxAboutBox(info, this);
}

}   // namespace stagecraft::editor
