// The main window's furniture: its menus and shortcuts, the diagram with its view and zoom
// buttons, the docked panes, and how the side panes share the window's width.
#include "main_frame.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/tglbtn.h>
#include <wx/wrapsizer.h>

#include "app/editor/cast_grid_pane.hpp"
#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/core/connect.hpp"
#include "app/editor/core/scene_keys.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/outline_pane.hpp"
#include "app/editor/problems_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {

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
    file->Append(ID_IMPORT, wx("&Import…\tCtrl+I"), "Open a journey from a Mermaid, Markdown, CSV or Excel file");
    file->Append(ID_EXPORT, wx("&Export…\tCtrl+E"),
                 "Export a diagram as SVG, PNG, PDF or DOT, or the journey as Mermaid or CSV");
    file->Append(
        ID_EXPORT_DECK, wx("Export &Deck…\tCtrl+Shift+E"),
        "The client deck: a PDF of 16:9 slides with the map, emotion curve, blueprint, cast, findings and cast "
        "sheet");
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
    edit->Append(ID_ADD_PRINCIPLE, "Add &Principle", "Add a principle the scenes can be tagged with");
    edit->Append(ID_ADD_PERSONA, "Add Pe&rsona", "Give the journey a persona (when it has none)");
    edit->Append(ID_ADD_KPI, "Add &KPI", "Add a KPI to the selected scene");
    edit->Append(ID_ADD_PAIN, wx("Add Pain &Point…\tCtrl+Shift+P"), "Type a pain point under the selected scene");
    edit->Append(ID_ADD_OPPORTUNITY, wx("Add &Opportunity…\tCtrl+Shift+O"),
                 "Type an opportunity under the selected scene");
    edit->Append(wxID_DELETE, "&Delete\tDel", "Delete the selected stage, scene, role or flow");
    edit->AppendSeparator();
    edit->Append(ID_RENAME, "Re&name\tF2", "Type a new name for the selected scene or role on the diagram");
    edit->Append(ID_DUPLICATE, "D&uplicate Scene\tCtrl+D", "Add a copy of the selected scene right after it");
    edit->Append(ID_LANE_UP, "Move Scene to Lane &Above\tCtrl+Up", "Move the selected scene to the lane above");
    edit->Append(ID_LANE_DOWN, "Move Scene to Lane &Below\tCtrl+Down", "Move the selected scene to the lane below");
    edit->Append(wxID_COPY, "&Copy Scene\tCtrl+C", "Copy the selected scene, to paste a copy with Ctrl+V");
    edit->Append(wxID_PASTE, "&Paste\tCtrl+V",
                 "A copy of the copied scene, or one new scene per line of copied text, after the selected "
                 "scene or in the selected stage");
    edit->Append(wxID_FIND, wx("&Find Scene…\tCtrl+F"), "Find a scene by name");

    auto* view = new wxMenu;
    for (int i = 0; i < 4; ++i)
        view->AppendRadioItem(ID_VIEW_FIRST + i, wx(std::string(view_label(kAllViews[static_cast<std::size_t>(i)]))) +
                                                     wxString::Format("\tCtrl+%d", i + 1));
    view->AppendRadioItem(ID_CAST_GRID, "Cast &Grid\tCtrl+5", "Roles by scenes: click a cell to cast, see each load");
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
    help->Append(ID_SHORTCUTS, "&Keyboard Shortcuts", "Every shortcut and gesture of the window and the diagram");
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
    Bind(wxEVT_MENU, &MainFrame::on_import, this, ID_IMPORT);
    Bind(wxEVT_MENU, &MainFrame::on_export_deck, this, ID_EXPORT_DECK);
    Bind(wxEVT_MENU, &MainFrame::on_close_document, this, wxID_CLOSE);
    Bind(wxEVT_MENU, &MainFrame::on_quit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::on_undo, this, wxID_UNDO);
    Bind(wxEVT_MENU, &MainFrame::on_redo, this, wxID_REDO);
    Bind(wxEVT_MENU, &MainFrame::on_add_stage, this, ID_ADD_STAGE);
    Bind(wxEVT_MENU, &MainFrame::on_add_scene, this, ID_ADD_SCENE);
    Bind(wxEVT_MENU, &MainFrame::on_add_role, this, ID_ADD_ROLE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { run_action(add_principle_to(document_.journey())); }, ID_ADD_PRINCIPLE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { run_action(add_persona_to(document_.journey())); }, ID_ADD_PERSONA);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { run_action(add_kpi_to(document_.journey(), selection_.current())); },
        ID_ADD_KPI);
    Bind(wxEVT_MENU, &MainFrame::on_delete, this, wxID_DELETE);
    Bind(wxEVT_MENU, &MainFrame::on_find, this, wxID_FIND);
    Bind(wxEVT_MENU, &MainFrame::on_rename, this, ID_RENAME);
    Bind(wxEVT_MENU, &MainFrame::on_add_note, this, ID_ADD_PAIN, ID_ADD_OPPORTUNITY);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            run_action(move_to_next_lane(document_.journey(), selection_.current(), e.GetId() == ID_LANE_UP));
        },
        ID_LANE_UP, ID_LANE_DOWN);
    Bind(wxEVT_MENU, &MainFrame::on_paste, this, wxID_PASTE);
    Bind(wxEVT_MENU, &MainFrame::on_copy, this, wxID_COPY);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (selection_.current().kind == SelectionKind::Scene)
                run_action(duplicate_scene(document_.journey(), selection_.current().id));
        },
        ID_DUPLICATE);
    Bind(wxEVT_MENU, &MainFrame::on_view, this, ID_VIEW_FIRST, ID_VIEW_LAST);
    Bind(wxEVT_MENU, &MainFrame::on_zoom, this, ID_ZOOM_IN, ID_ZOOM_ACTUAL);
    Bind(wxEVT_MENU, &MainFrame::on_toggle_pane, this, ID_PANE_OUTLINE, ID_PANE_PROBLEMS);
    Bind(wxEVT_MENU, &MainFrame::on_reset_layout, this, ID_RESET_LAYOUT);
    Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_shortcuts(); }, ID_SHORTCUTS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { rehearse(true); }, ID_REHEARSE);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            const int pane = e.GetId() - ID_PANE_OUTLINE;
            e.Check(aui_.GetPane(kPaneNames[pane]).IsShown());
        },
        ID_PANE_OUTLINE, ID_PANE_PROBLEMS);
}

void MainFrame::build_panes() {
    // The diagram with its view switch and zoom buttons above it.
    auto* centre = new wxPanel(this);
    // A narrow window puts the zoom buttons on a second row rather than cut them off.
    auto* bar = new wxWrapSizer(wxHORIZONTAL);
    std::vector<wxToggleButton*> view_buttons;
    for (int i = 0; i < 4; ++i) {
        // As narrow as their words, so that the zoom buttons keep their room at 1280 pixels.
        auto* b = new wxToggleButton(centre, ID_VIEW_FIRST + i,
                                     wx(std::string(view_label(kAllViews[static_cast<std::size_t>(i)]))),
                                     wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        b->SetToolTip(wxString::Format("Ctrl+%d", i + 1));
        bar->Add(b, 0, wxRIGHT, 4);
        view_buttons.push_back(b);
    }
    // The Cast Grid takes the diagram's place: roles by scenes, one click to cast.
    auto* grid_button =
        new wxToggleButton(centre, ID_CAST_GRID, "Cast grid", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    grid_button->SetToolTip("Ctrl+5: roles by scenes, click a cell to cast, see each role's load");
    bar->Add(grid_button, 0, wxRIGHT, 4);
    bar->AddStretchSpacer();
    auto* zoom = new wxBoxSizer(wxHORIZONTAL);   // the three wrap together
    bar->Add(zoom);
    const std::pair<int, const char*> zooms[] = {{ID_ZOOM_OUT, "−"}, {ID_ZOOM_FIT, "Fit"}, {ID_ZOOM_IN, "+"}};
    for (const auto& [id, label] : zooms) {
        auto* b = new wxButton(centre, id, wx(label), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        zoom->Add(b, 0, wxLEFT, 4);
        b->Bind(wxEVT_BUTTON, [this, id = id](wxCommandEvent&) {
            wxCommandEvent e(wxEVT_MENU, id);
            on_zoom(e);
        });
    }
    diagram_ = new DiagramPanel(centre, document_, selection_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 4);
    sizer->Add(diagram_, 1, wxEXPAND);
    cast_grid_ = new CastGridPane(centre, document_, selection_);
    sizer->Add(cast_grid_, 1, wxEXPAND);
    sizer->Hide(cast_grid_);
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
    Bind(
        wxEVT_UPDATE_UI,
        [this, view_buttons](wxUpdateUIEvent& e) {
            const int index = e.GetId() - ID_VIEW_FIRST;
            e.Check(!cast_grid_shown() && view_index(diagram_->view()) == index);
        },
        ID_VIEW_FIRST, ID_VIEW_LAST);
    grid_button->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) { show_cast_grid(true); });
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_cast_grid(true); }, ID_CAST_GRID);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(cast_grid_shown()); }, ID_CAST_GRID);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!cast_grid_shown()); }, ID_ZOOM_IN, ID_ZOOM_ACTUAL);

    diagram_->on_status = [this](const wxString& text) { SetStatusText(text, 1); };
    diagram_->run_action = [this](Action action) { run_action(std::move(action)); };
    diagram_->on_connect = [this](const std::string& from, const std::string& to) { connect(from, to); };
    diagram_->on_flow = [this](const std::string& from, const std::string& to, FlowKind kind,
                               const std::string& label) {
        run_action(connect_scenes(document_.journey(), from, to, kind, label));
    };
    diagram_->run_command = [this](CommandPtr command, const Selection& after) {
        run_command(std::move(command), after);
    };
    cast_grid_->run_command = [this](CommandPtr command, const Selection& after) {
        run_command(std::move(command), after);
    };
    outline_->on_error = [this](const wxString& text) { status(text); };
    properties_->on_error = [this](const wxString& text) { status(text); };
    problems_->on_message = [this](const wxString& text) { status(text); };

    aui_.AddPane(centre, wxAuiPaneInfo().Name("diagram").CenterPane().PaneBorder(false));
    aui_.AddPane(outline_, wxAuiPaneInfo()
                               .Name("outline")
                               .Caption("Outline")
                               .Left()
                               .Layer(1)
                               .Position(0)
                               .BestSize(340, 400)
                               .MinSize(180, 120)
                               .CloseButton(true));
    aui_.AddPane(cast_, wxAuiPaneInfo()
                            .Name("cast")
                            .Caption("Cast")
                            .Left()
                            .Layer(1)
                            .Position(1)
                            .BestSize(340, 250)
                            .MinSize(200, 100)
                            .CloseButton(true));
    aui_.AddPane(properties_, wxAuiPaneInfo()
                                  .Name("properties")
                                  .Caption("Properties")
                                  .Right()
                                  .Layer(1)
                                  .BestSize(330, 500)
                                  .MinSize(240, 200)
                                  .CloseButton(true));
    aui_.AddPane(problems_, wxAuiPaneInfo()
                                .Name("problems")
                                .Caption("Problems")
                                .Bottom()
                                .Layer(0)
                                .Position(0)
                                .BestSize(700, 200)
                                .MinSize(300, 90)
                                .CloseButton(true));
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

}   // namespace stagecraft::editor
