// The editor's main window (see main_frame.hpp).
#include "main_frame.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <wx/aboutdlg.h>
#include <wx/accel.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/textentry.h>
#include <wx/tglbtn.h>
#include <wx/button.h>
#include <wx/panel.h>

#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/outline_pane.hpp"
#include "app/editor/problems_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "app/editor/rehearsal_frame.hpp"
#include "app/editor/core/file_names.hpp"
#include "app/editor/core/prompt_book.hpp"
#include "app/editor/core/shortcuts.hpp"
#include "app/editor/core/user_dirs.hpp"
#include "app/editor/user_settings.hpp"
#include "model/io/atomic_file.hpp"
#include "model/edits/edits.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {
namespace {

const char* const kPaneNames[] = {"outline", "cast", "properties", "problems"};
constexpr int kAutosaveTickMs = 5000;


std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::string default_recovery_dir() { return user_state_dir(); }

MainFrame::MainFrame(FrameOptions options)
    : wxFrame(nullptr, wxID_ANY, "Stagecraft", wxDefaultPosition, wxSize(1280, 800)),
      prompter_(options.prompter ? std::move(options.prompter) : std::make_unique<DialogPrompter>()),
      remember_(options.remember), file_history_(9),
      recovery_(options.recovery_dir.empty() ? default_recovery_dir() : options.recovery_dir),
      autosave_(options.autosave_interval), autosave_timer_(this) {
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
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { autosave_tick(); }, autosave_timer_.GetId());
    autosave_timer_.Start(kAutosaveTickMs);

    if (remember_) {
        wxConfigBase* config = wxConfigBase::Get();
        config->SetPath("/RecentFiles");
        file_history_.Load(*config);
        config->SetPath("/");
        wxString perspective;
        if (config->Read("/Window/Perspective", &perspective) && !perspective.empty()) aui_.LoadPerspective(perspective, false);
        int w = 0, h = 0;
        if (config->Read("/Window/Width", &w) && config->Read("/Window/Height", &h) && w >= 800 && h >= 500) SetSize(w, h);
        bool maximized = false;
        if (config->Read("/Window/Maximized", &maximized) && maximized) Maximize();
    }
    aui_.Update();
    document_changed();
    selection_.select(Selection::journey());
}

MainFrame::~MainFrame() {
    autosave_timer_.Stop();
    aui_.UnInit();
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, "&New\tCtrl+N", "Start a new journey");
    file->Append(wxID_OPEN, wx("&Open…\tCtrl+O"), "Open a journey file");
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, "Open &Recent");
    file_history_.UseMenu(recent);
    file->AppendSeparator();
    save_item_ = file->Append(wxID_SAVE, "&Save\tCtrl+S", "Save the journey");
    file->Append(wxID_SAVEAS, wx("Save &As…\tCtrl+Shift+S"), "Save the journey under a new name");
    file->Append(ID_EXPORT, wx("&Export…\tCtrl+E"), "Export a diagram as SVG, PNG, PDF or DOT");
    file->AppendSeparator();
    file->Append(wxID_CLOSE, "&Close\tCtrl+W", "Close the journey");
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q", "Quit Stagecraft");

    auto* edit = new wxMenu;
    undo_item_ = edit->Append(wxID_UNDO, "&Undo\tCtrl+Z");
    redo_item_ = edit->Append(wxID_REDO, "&Redo\tCtrl+Shift+Z");
    edit->AppendSeparator();
    edit->Append(ID_ADD_STAGE, "Add S&tage\tCtrl+Shift+T", "Add a stage after the selected one");
    edit->Append(ID_ADD_SCENE, "Add &Scene\tCtrl+Shift+N", "Add a scene after the selected one");
    edit->Append(ID_ADD_ROLE, "Add &Role\tCtrl+Shift+R", "Add a role to the cast");
    edit->Append(wxID_DELETE, "&Delete\tDel", "Delete the selected stage, scene, role or flow");
    edit->AppendSeparator();
    edit->Append(wxID_FIND, wx("&Find Scene…\tCtrl+F"), "Find a scene by name");

    auto* view = new wxMenu;
    for (int i = 0; i < 4; ++i)
        view->AppendRadioItem(ID_VIEW_FIRST + i, wx(std::string(view_label(kAllViews[static_cast<std::size_t>(i)]))) +
                                                     wxString::Format("\tCtrl+%d", i + 1));
    view->AppendSeparator();
    view->Append(ID_ZOOM_IN, "Zoom &In\tCtrl+=");
    view->Append(ID_ZOOM_OUT, "Zoom &Out\tCtrl+-");
    view->Append(ID_ZOOM_FIT, "&Fit to Window\tCtrl+0");
    view->Append(ID_ZOOM_ACTUAL, "&Actual Size");
    view->AppendSeparator();
    view->Append(ID_REHEARSE, wx("&Rehearsal Mode…\tF5"), "Step through the scenes full screen, as a prompt book");
    view->AppendSeparator();
    view->AppendCheckItem(ID_PANE_OUTLINE, "Outline");
    view->AppendCheckItem(ID_PANE_CAST, "Cast");
    view->AppendCheckItem(ID_PANE_PROPERTIES, "Properties");
    view->AppendCheckItem(ID_PANE_PROBLEMS, "Problems");
    view->Append(ID_RESET_LAYOUT, "Reset Pane &Layout");

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, "&About Stagecraft");

    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(edit, "&Edit");
    bar->Append(view, "&View");
    bar->Append(help, "&Help");
    SetMenuBar(bar);

    // The window's shortcuts, for on_char_hook.
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems()) {
            std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
            if (accel && (accel->GetFlags() & (wxACCEL_CTRL | wxACCEL_ALT)))
                shortcuts_.push_back(Shortcut{accel->GetFlags(), accel->GetKeyCode(), item->GetId()});
        }
    }
    Bind(wxEVT_CHAR_HOOK, &MainFrame::on_char_hook, this);

    Bind(wxEVT_MENU, &MainFrame::on_new, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::on_open, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::on_open_recent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, &MainFrame::on_save, this, wxID_SAVE);
    Bind(wxEVT_MENU, &MainFrame::on_save_as, this, wxID_SAVEAS);
    Bind(wxEVT_MENU, &MainFrame::on_export, this, ID_EXPORT);
    Bind(wxEVT_MENU, &MainFrame::on_close_document, this, wxID_CLOSE);
    Bind(wxEVT_MENU, &MainFrame::on_quit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::on_undo, this, wxID_UNDO);
    Bind(wxEVT_MENU, &MainFrame::on_redo, this, wxID_REDO);
    Bind(wxEVT_MENU, &MainFrame::on_add_stage, this, ID_ADD_STAGE);
    Bind(wxEVT_MENU, &MainFrame::on_add_scene, this, ID_ADD_SCENE);
    Bind(wxEVT_MENU, &MainFrame::on_add_role, this, ID_ADD_ROLE);
    Bind(wxEVT_MENU, &MainFrame::on_delete, this, wxID_DELETE);
    Bind(wxEVT_MENU, &MainFrame::on_find, this, wxID_FIND);
    Bind(wxEVT_MENU, &MainFrame::on_view, this, ID_VIEW_FIRST, ID_VIEW_LAST);
    Bind(wxEVT_MENU, &MainFrame::on_zoom, this, ID_ZOOM_IN, ID_ZOOM_ACTUAL);
    Bind(wxEVT_MENU, &MainFrame::on_toggle_pane, this, ID_PANE_OUTLINE, ID_PANE_PROBLEMS);
    Bind(wxEVT_MENU, &MainFrame::on_reset_layout, this, ID_RESET_LAYOUT);
    Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { rehearse(true); }, ID_REHEARSE);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        const int pane = e.GetId() - ID_PANE_OUTLINE;
        e.Check(aui_.GetPane(kPaneNames[pane]).IsShown());
    }, ID_PANE_OUTLINE, ID_PANE_PROBLEMS);
}

void MainFrame::build_panes() {
    // The diagram with its view switch and zoom buttons above it.
    auto* centre = new wxPanel(this);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    std::vector<wxToggleButton*> view_buttons;
    for (int i = 0; i < 4; ++i) {
        auto* b = new wxToggleButton(centre, ID_VIEW_FIRST + i, wx(std::string(view_label(kAllViews[static_cast<std::size_t>(i)]))));
        b->SetToolTip(wxString::Format("Ctrl+%d", i + 1));
        bar->Add(b, 0, wxRIGHT, 4);
        view_buttons.push_back(b);
    }
    bar->AddStretchSpacer();
    const std::pair<int, const char*> zooms[] = {{ID_ZOOM_OUT, "−"}, {ID_ZOOM_FIT, "Fit"}, {ID_ZOOM_IN, "+"}};
    for (const auto& [id, label] : zooms) {
        auto* b = new wxButton(centre, id, wx(label), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        bar->Add(b, 0, wxLEFT, 4);
        b->Bind(wxEVT_BUTTON, [this, id = id](wxCommandEvent&) {
            wxCommandEvent e(wxEVT_MENU, id);
            on_zoom(e);
        });
    }
    diagram_ = new DiagramPanel(centre, document_, selection_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 4);
    sizer->Add(diagram_, 1, wxEXPAND);
    centre->SetSizer(sizer);
    // The diagram subscribes to edits first, so Graphviz starts while the other panes refresh.
    outline_ = new OutlinePane(this, document_, selection_);
    cast_ = new CastPane(this, document_, selection_);
    properties_ = new PropertiesPane(this, document_, selection_);
    problems_ = new ProblemsPane(this, document_, selection_);
    for (auto* b : view_buttons)
        b->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent& e) {
            set_view(kAllViews[static_cast<std::size_t>(e.GetId() - ID_VIEW_FIRST)]);
        });
    Bind(wxEVT_UPDATE_UI, [this, view_buttons](wxUpdateUIEvent& e) {
        const int index = e.GetId() - ID_VIEW_FIRST;
        e.Check(view_index(diagram_->view()) == index);
    }, ID_VIEW_FIRST, ID_VIEW_LAST);

    diagram_->on_status = [this](const wxString& text) { SetStatusText(text, 1); };
    outline_->on_error = [this](const wxString& text) { status(text); };
    properties_->on_error = [this](const wxString& text) { status(text); };
    problems_->on_message = [this](const wxString& text) { status(text); };

    aui_.AddPane(centre, wxAuiPaneInfo().Name("diagram").CenterPane().PaneBorder(false));
    aui_.AddPane(outline_, wxAuiPaneInfo().Name("outline").Caption("Outline").Left().Layer(1).Position(0)
                               .BestSize(340, 400).MinSize(180, 120).CloseButton(true));
    aui_.AddPane(cast_, wxAuiPaneInfo().Name("cast").Caption("Cast").Left().Layer(1).Position(1)
                            .BestSize(340, 250).MinSize(200, 100).CloseButton(true));
    aui_.AddPane(properties_, wxAuiPaneInfo().Name("properties").Caption("Properties").Right().Layer(1)
                                  .BestSize(330, 500).MinSize(240, 200).CloseButton(true));
    aui_.AddPane(problems_, wxAuiPaneInfo().Name("problems").Caption("Problems").Bottom().Layer(0).Position(0)
                                .BestSize(700, 200).MinSize(300, 90).CloseButton(true));
    default_perspective_ = aui_.SavePerspective();
}

void MainFrame::share_width() {
    // The side panes grow with the window (a wider window is mostly for the diagram, but
    // names and values should not be cut short when there is room for them): at 1280 px the
    // Outline and Cast take about 300 px and Properties 330 px, at 1920 px 400 and 460.
    const int width = GetClientSize().x;
    if (width <= 0 || std::abs(width - shared_width_) < 40) return;
    shared_width_ = width;
    const int left = std::clamp(width * 21 / 100, FromDIP(260), FromDIP(520));
    const int right = std::clamp(width * 24 / 100, FromDIP(300), FromDIP(560));
    struct Side {
        const char* pane;
        int width;
    };
    const Side sides[] = {{"outline", left}, {"cast", left}, {"properties", right}};
    std::vector<wxSize> minimum;
    for (const Side& side : sides) {
        wxAuiPaneInfo& pane = aui_.GetPane(side.pane);
        minimum.push_back(pane.min_size);
        pane.MinSize(side.width, minimum.back().y).BestSize(side.width, pane.best_size.y);
    }
    aui_.Update();
    // The docks keep the width just given; the minimum goes back to what the user may shrink to.
    for (std::size_t i = 0; i < minimum.size(); ++i) aui_.GetPane(sides[i].pane).MinSize(minimum[i]);
    aui_.Update();
}

void MainFrame::status(const wxString& text) {
    SetStatusText(text, 0);
    status_generation_ = document_.generation();
}

void MainFrame::remember_recent_files() {
    if (!remember_) return;
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath("/RecentFiles");
    file_history_.Save(*config);
    config->SetPath("/");
    if (auto error = flush_user_settings()) status(GetStatusBar()->GetStatusText(0) + " (" + wx(*error) + ")");
}

void MainFrame::document_changed() {
    update_title();
    update_menus();
    // A message tells of one step ("Undid Rename scene"); the next edit makes it old news.
    if (document_.generation() != status_generation_) SetStatusText("", 0);
    const Journey& j = document_.journey();
    SetStatusText(wxString::Format(wx("%zu stages · %zu scenes · %zu roles"), j.stages.size(), scene_count(j), j.cast.size()), 2);
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
    redo_item_->SetItemLabel(h.can_redo() ? "&Redo " + wx(h.redo_name()) + "\tCtrl+Shift+Z" : wxString("&Redo\tCtrl+Shift+Z"));
    undo_item_->Enable(h.can_undo());
    redo_item_->Enable(h.can_redo());
    const auto kind = selection_.current().kind;
    if (auto* del = GetMenuBar()->FindItem(wxID_DELETE))
        del->Enable(kind == SelectionKind::Stage || kind == SelectionKind::Scene || kind == SelectionKind::Role ||
                    kind == SelectionKind::Principle || kind == SelectionKind::Flow);
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
    document_.reset(editor::new_journey(), "");
    selection_.select(Selection::journey());
    recovery_.discard();
    autosave_.reset(document_.generation());
    status("New journey");
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
    file_history_.AddFileToHistory(wx(path));
    selection_.select(Selection::journey());
    recovery_.discard();
    autosave_.reset(document_.generation());
    status("Opened " + wx(path));
    remember_recent_files();
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
    file_history_.AddFileToHistory(wx(path));
    recovery_.discard();
    autosave_.reset(document_.generation());
    status("Saved " + wx(path));
    remember_recent_files();
    return true;
}

bool MainFrame::request_close() { return Close(false); }

void MainFrame::offer_recovery() {
    auto recovered = recovery_.read();
    if (!recovered) return;
    const wxString what = recovered->source.empty() ? wxString("an untitled journey") : "\"" + wx(recovered->source) + "\"";
    if (!prompter_->offer_restore(this, what)) {
        recovery_.discard();
        return;
    }
    LoadResult loaded = load_journey_text(recovered->xml, recovery_.journey_path());
    if (!loaded.ok()) {
        problems_->show_load_problems(loaded.problems);
        prompter_->error(this, "Cannot restore", "The recovered journey could not be read; it has been kept at " +
                                                     wx(recovery_.journey_path()));
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
    diagram_->set_view(view);
    if (auto* item = GetMenuBar()->FindItem(ID_VIEW_FIRST + view_index(view))) item->Check();
}

void MainFrame::find_next_scene(const std::string& text) {
    const std::string needle = lower(text);
    const auto scenes = all_scenes(document_.journey());
    if (needle.empty() || scenes.empty()) return;
    // Start after the selected scene so repeated finds walk through the matches.
    std::size_t start = 0;
    const Selection& sel = selection_.current();
    for (std::size_t i = 0; i < scenes.size(); ++i)
        if (sel.kind == SelectionKind::Scene && scenes[i]->id == sel.id) start = i + 1;
    for (std::size_t n = 0; n < scenes.size(); ++n) {
        const auto* t = scenes[(start + n) % scenes.size()];
        if (lower(t->name).find(needle) != std::string::npos || lower(t->id).find(needle) != std::string::npos) {
            selection_.select(Selection::scene(t->id));
            status("Found \"" + wx(t->name) + "\"");
            return;
        }
    }
    status("No scene matches \"" + wx(text) + "\"");
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
    const int flags = (chord.ctrl ? wxACCEL_CTRL : 0) | (chord.shift ? wxACCEL_SHIFT : 0) | (chord.alt ? wxACCEL_ALT : 0);
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
    ExportDialog dialog(this, document_.path(), diagram_->view());
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

void MainFrame::on_close_document(wxCommandEvent&) {
    if (!confirm_discard("closing it")) return;
    document_.reset(editor::new_journey(), "");
    selection_.select(Selection::journey());
    recovery_.discard();
    autosave_.reset(document_.generation());
}

void MainFrame::on_quit(wxCommandEvent&) { Close(false); }

void MainFrame::on_close_window(wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard("quitting")) {
        event.Veto();
        return;
    }
    if (remember_) {
        wxConfigBase* config = wxConfigBase::Get();
        config->SetPath("/RecentFiles");
        file_history_.Save(*config);
        config->SetPath("/");
        config->Write("/Window/Perspective", aui_.SavePerspective());
        config->Write("/Window/Maximized", IsMaximized());
        if (!IsMaximized()) {
            config->Write("/Window/Width", GetSize().x);
            config->Write("/Window/Height", GetSize().y);
        }
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
    const Journey& j = document_.journey();
    Stage stage;
    stage.id = edits::unused_id(j, "stage");
    stage.name = "New stage";
    std::size_t index = edits::kEnd;
    const Selection& sel = selection_.current();
    for (std::size_t i = 0; i < j.stages.size(); ++i) {
        if (sel.kind == SelectionKind::Stage && j.stages[i].id == sel.id) index = i + 1;
        for (const auto& t : j.stages[i].scenes)
            if (sel.kind == SelectionKind::Scene && t.id == sel.id) index = i + 1;
    }
    const std::string id = stage.id;
    run_command(edits::add_stage(std::move(stage), index), Selection::stage(id));
}

void MainFrame::on_add_scene(wxCommandEvent&) {
    const Journey& j = document_.journey();
    if (j.stages.empty()) {
        status("Add a stage first: every scene belongs to a stage.");
        wxBell();
        return;
    }
    std::string stage_id = j.stages.back().id;
    std::size_t index = edits::kEnd;
    const Selection& sel = selection_.current();
    for (const auto& stage : j.stages) {
        if (sel.kind == SelectionKind::Stage && stage.id == sel.id) stage_id = stage.id;
        for (std::size_t i = 0; i < stage.scenes.size(); ++i)
            if (sel.kind == SelectionKind::Scene && stage.scenes[i].id == sel.id) {
                stage_id = stage.id;
                index = i + 1;
            }
    }
    Scene scene;
    scene.id = edits::unused_id(j, "scene");
    scene.name = "New scene";
    const std::string id = scene.id;
    run_command(edits::add_scene(stage_id, std::move(scene), index), Selection::scene(id));
}

void MainFrame::on_add_role(wxCommandEvent&) {
    Role role;
    role.id = edits::unused_id(document_.journey(), "role");
    role.name = "New role";
    const std::string id = role.id;
    run_command(edits::add_role(std::move(role)), Selection::role(id));
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
    const Selection sel = selection_.current();
    CommandPtr command;
    switch (sel.kind) {
    case SelectionKind::Stage: command = edits::remove_stage(sel.id); break;
    case SelectionKind::Scene: command = edits::remove_scene(sel.id); break;
    case SelectionKind::Role: command = edits::remove_role(sel.id); break;
    case SelectionKind::Principle: command = edits::remove_principle(sel.id); break;
    case SelectionKind::Flow: command = edits::remove_flow(static_cast<std::size_t>(sel.flow_index)); break;
    default: return;
    }
    run_command(std::move(command), Selection::none());
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

void MainFrame::on_reset_layout(wxCommandEvent&) {
    aui_.LoadPerspective(default_perspective_);
}

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

void MainFrame::on_about(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName("Stagecraft");
    info.SetVersion("0.1.0");
    info.SetDescription("Customer journeys staged as experience theatre: scenes, cast, frontstage and backstage.");
    wxAboutBox(info, this);
}

}  // namespace stagecraft::editor
