// The editor window driven as a user would: select through the outline and the diagram, edit in
// the property grid, undo and redo, switch views, follow problems to their element.
#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/propgrid/propgrid.h>
#include <wx/uiaction.h>

#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/outline_pane.hpp"
#include "app/editor/problems_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "app/editor/rehearsal_frame.hpp"
#include "export/views.hpp"
#include "gui_fixture.hpp"
#include "model/edits/edits.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {
const char* const kSample = "coffee-shop.journey.xml";

// A scene the journey map shows (the map draws the customer's path).
std::string first_scene_id(const Journey& j) {
    for (const auto* t : all_scenes(j))
        if (t->lane == Lane::Customer || t->lane == Lane::Frontstage) return t->id;
    return all_scenes(j).front()->id;
}
}   // namespace

TEST_CASE("The window opens a sample, names it in the title and draws its diagram", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(window->GetTitle().Contains(kSample));
    CHECK_FALSE(window->GetTitle().Contains(wxString::FromUTF8("•")));
    // The map shows the title, the customer's scenes and the stages' titles, each one clickable.
    const auto& elements = window->diagram()->layout().elements;
    CHECK(elements.size() >= 10);
    for (const auto& e : elements) {
        const Journey& j = window->document().journey();
        if (e.kind == diagram::ElementKind::Title) continue;   // the journey's, renamed in place too
        CHECK(
            (e.kind == diagram::ElementKind::Stage ? find_stage(j, e.id) != nullptr : find_scene(j, e.id) != nullptr));
        CHECK(window->diagram()->element_rect(e.id).has_value());
    }
}

TEST_CASE("Selecting a scene in the outline selects it in every pane", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    const std::string id = first_scene_id(window->document().journey());
    window->outline()->select_item(Selection::scene(id));
    test::pump();
    CHECK(window->selection().current() == Selection::scene(id));
    auto* name = window->properties()->grid()->GetPropertyByName("scene.name");
    REQUIRE(name);
    CHECK(std::string(name->GetValueAsString().utf8_str()) == find_scene(window->document().journey(), id)->name);
    CHECK(window->diagram()->element_rect(id).has_value());
}

namespace {

// The outline's stages, each as the texts of its items, and the journey's as the outline should show them.
std::vector<std::vector<std::string>> outline_stages(OutlinePane& outline) {
    std::vector<std::vector<std::string>> stages;
    wxTreeItemIdValue cookie;
    for (auto stage = outline.GetFirstChild(outline.GetRootItem(), cookie); stage.IsOk();
         stage = outline.GetNextChild(outline.GetRootItem(), cookie)) {
        if (outline.GetItemText(stage) == "Flows") continue;
        stages.emplace_back();
        wxTreeItemIdValue scene_cookie;
        for (auto scene = outline.GetFirstChild(stage, scene_cookie); scene.IsOk();
             scene = outline.GetNextChild(stage, scene_cookie))
            stages.back().push_back(std::string(outline.GetItemText(scene).utf8_str()));
    }
    return stages;
}

std::vector<std::vector<std::string>> journey_stages(const Journey& j) {
    std::vector<std::vector<std::string>> stages;
    for (const auto& stage : j.stages) {
        stages.emplace_back();
        for (const auto& scene : stage.scenes) {
            std::string text = name_or_id(scene);
            if (scene.fail_point) text += "  \xE2\x9A\xA0";
            if (scene.moment_of_truth) text += "  \xE2\x98\x85";
            stages.back().push_back(text);
        }
    }
    return stages;
}

}   // namespace

TEST_CASE("The outline follows scenes moved, added and deleted, keeping the selection and folded stages", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    OutlinePane& outline = *window->outline();
    Document& doc = window->document();
    const Journey original = doc.journey();
    REQUIRE(original.stages.size() >= 3);
    const wxTreeItemId folded = outline.find_item(Selection::stage(original.stages[2].id));
    outline.Collapse(folded);
    const std::string moved = original.stages[0].scenes.at(0).id;
    window->selection().select(Selection::scene(moved));
    test::pump();

    auto check_outline = [&] {
        CHECK(outline_stages(outline) == journey_stages(doc.journey()));
        // Every item stands for the scene it shows: selecting it there selects that scene.
        for (const auto* scene : all_scenes(doc.journey())) {
            const wxTreeItemId item = outline.find_item(Selection::scene(scene->id));
            REQUIRE(item.IsOk());
            CHECK(std::string(outline.GetItemText(item).utf8_str()).rfind(name_or_id(*scene), 0) == 0);
        }
        wxArrayTreeItemIds selected;
        outline.GetSelections(selected);
        REQUIRE(selected.size() == 1);
        CHECK(selected[0] == outline.find_item(window->selection().current()));
        CHECK(outline.find_item(Selection::stage(original.stages[2].id)) == folded);
        CHECK_FALSE(outline.IsExpanded(folded));
    };
    REQUIRE_FALSE(doc.execute(edits::move_scene(moved, original.stages[1].id, 1)));
    test::pump();
    check_outline();
    Scene added;
    added.id = "outline-added";
    added.name = "Added in the outline test";
    REQUIRE_FALSE(doc.execute(edits::add_scene(original.stages[0].id, added, 0)));
    test::pump();
    check_outline();
    REQUIRE_FALSE(doc.execute(edits::remove_scene(original.stages[1].scenes.back().id)));
    test::pump();
    check_outline();
    while (doc.history().can_undo()) doc.undo();
    test::pump();
    check_outline();
    CHECK(outline_stages(outline) == journey_stages(original));
}

TEST_CASE("A rename in the property grid updates the diagram and undoes and redoes as one step", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    const Journey original = window->document().journey();
    const std::string id = first_scene_id(original);
    window->outline()->select_item(Selection::scene(id));
    test::pump();

    auto* grid = window->properties()->grid();
    REQUIRE(grid->ChangePropertyValue("scene.name", wxString::FromUTF8("Espresso & <bar>")));
    test::pump();
    const auto* scene = find_scene(window->document().journey(), id);
    REQUIRE(scene);
    CHECK(scene->name == "Espresso & <bar>");
    CHECK(window->document().modified());
    CHECK(window->GetTitle().Contains(wxString::FromUTF8("•")));
    CHECK(window->undo_label().StartsWith("Undo Rename scene"));
    CHECK(window->outline()
              ->GetItemText(window->outline()->find_item(Selection::scene(id)))
              .StartsWith("Espresso & <bar>"));

    // The diagram is redrawn for the edited journey, and that journey's view carries the new name.
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(window->diagram()->shown_generation() == window->document().generation());
    CHECK(diagram::to_dot(diagram::build_view(window->document().journey(), diagram::View::Map)).find("Espresso") !=
          std::string::npos);

    REQUIRE(window->document().undo());
    test::pump();
    CHECK(window->document().journey() == original);
    CHECK_FALSE(window->document().modified());
    REQUIRE(test::wait_for_diagram(window.frame()));
    REQUIRE(window->document().redo());
    test::pump();
    CHECK(find_scene(window->document().journey(), id)->name == "Espresso & <bar>");
    CHECK(std::string(grid->GetPropertyByName("scene.name")->GetValueAsString().utf8_str()) == "Espresso & <bar>");
}

TEST_CASE("An invalid value typed in the property grid is refused and changes nothing", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const Journey original = window->document().journey();
    const std::string id = first_scene_id(original);
    window->selection().select(Selection::scene(id));
    test::pump();
    window->properties()->grid()->ChangePropertyValue("scene.minutes", "soon");
    test::pump();
    CHECK(window->document().journey() == original);
    CHECK_FALSE(window->document().history().can_undo());
    CHECK(window->GetStatusBar()->GetStatusText(0).Contains("not a number"));
}

TEST_CASE("Clicking a scene in the diagram selects it everywhere", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    const auto& layout = window->diagram()->layout();
    REQUIRE_FALSE(layout.elements.empty());
    auto last_scene =
        std::find_if(layout.elements.rbegin(), layout.elements.rend(),
                     [](const diagram::LayoutElement& e) { return e.kind == diagram::ElementKind::Scene; });
    REQUIRE(last_scene != layout.elements.rend());
    const auto& target = *last_scene;
    auto rect = window->diagram()->element_rect(target.id);
    REQUIRE(rect);
    window->diagram()->Scroll(0, 0);
    // Bring the element on screen first, as a user would by scrolling.
    int ux = 1, uy = 1;
    window->diagram()->GetScrollPixelsPerUnit(&ux, &uy);
    window->diagram()->Scroll(std::max(0, rect->x - 40) / std::max(ux, 1), std::max(0, rect->y - 40) / std::max(uy, 1));
    test::pump();
    rect = window->diagram()->element_rect(target.id);
    REQUIRE(window->diagram()->click_at(rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2)));
    test::pump();
    CHECK(window->selection().current() == Selection::scene(target.id));
    CHECK(window->outline()->IsSelected(window->outline()->find_item(Selection::scene(target.id))));
}

TEST_CASE("The four views are switched to and the cast view selects roles", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    for (auto view : kAllViews) {
        window->set_view(view);
        REQUIRE(test::wait_for_diagram(window.frame()));
        CHECK(window->diagram()->view() == view);
        CHECK(window->diagram()->last_error().empty());
    }
    window->set_view(DiagramView::Cast);
    REQUIRE(test::wait_for_diagram(window.frame()));
    const Role& role = window->document().journey().cast.front();
    auto rect = window->diagram()->element_rect(role.id);
    REQUIRE(rect);
    window->diagram()->click_at(rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2));
    test::pump();
    CHECK(window->selection().current() == Selection::role(role.id));
    CHECK(window->cast()->GetItemState(window->cast()->row_of(role.id), wxLIST_STATE_SELECTED) != 0);
}

TEST_CASE("Deleting a role through the window removes its parts and undo restores them", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const Journey original = window->document().journey();
    const std::string role = original.cast.front().id;
    window->selection().select(Selection::role(role));
    wxCommandEvent del(wxEVT_MENU, wxID_DELETE);
    window->GetEventHandler()->ProcessEvent(del);
    test::pump();
    CHECK(find_role(window->document().journey(), role) == nullptr);
    CHECK(window->cast()->row_of(role) == -1);
    CHECK(window->selection().current().kind == SelectionKind::None);
    window->document().undo();
    test::pump();
    CHECK(window->document().journey() == original);
}

TEST_CASE("Clicking a staging problem selects the element it concerns", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("utility-billing-dispute-before.journey.xml")));
    test::pump();
    const auto& shown = window->problems()->shown();
    REQUIRE_FALSE(shown.empty());
    long row = -1;
    for (std::size_t i = 0; i < shown.size() && row < 0; ++i)
        if (shown[i].target.kind == SelectionKind::Scene) row = static_cast<long>(i);
    REQUIRE(row >= 0);
    window->problems()->activate(row);
    test::pump();
    CHECK(window->selection().current() == shown[static_cast<std::size_t>(row)].target);
}

TEST_CASE("Find selects the next scene whose name matches", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    window->find_next_scene("TILL");
    const Selection first = window->selection().current();
    REQUIRE(first.kind == SelectionKind::Scene);
    CHECK(find_scene(window->document().journey(), first.id)->name.find("till") != std::string::npos);
    window->find_next_scene("till");
    CHECK(window->selection().current() != first);
}

TEST_CASE("A screenshot of the main window is written to the build directory", "[gui][screenshot]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    window->selection().select(Selection::scene(first_scene_id(window->document().journey())));
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(400);
    window->Raise();
    window->Update();
    const wxSize size = window->GetClientSize();
    wxBitmap shot(size);
    {
        wxClientDC screen(&window.frame());
        wxMemoryDC memory(shot);
        memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    }
    const std::string path = std::string(STAGECRAFT_GUI_OUTPUT_DIR) + "/editor-window.png";
    REQUIRE(shot.SaveFile(path, wxBITMAP_TYPE_PNG));
    const std::string bytes = test::read_file(path);
    REQUIRE(bytes.size() > 8);
    CHECK(bytes.compare(1, 3, "PNG") == 0);
    // Not a blank capture: the picture holds many colours.
    wxImage image(path, wxBITMAP_TYPE_PNG);
    REQUIRE(image.IsOk());
    CHECK(image.GetWidth() == size.x);
    CHECK(image.CountColours(1000) > 20);
}

TEST_CASE("Rehearsal mode opens on the selected scene and steps through the prompt book", "[gui][rehearsal]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const auto scenes = all_scenes(window->document().journey());
    window->selection().select(Selection::scene(scenes.at(3)->id));
    RehearsalFrame* rehearsal = window->rehearse(false);
    REQUIRE(rehearsal);
    CHECK(rehearsal->page() == 3);
    CHECK(rehearsal->page_count() == static_cast<int>(scenes.size()));
    rehearsal->next();
    CHECK(rehearsal->page() == 4);
    rehearsal->show_page(1000);
    CHECK(rehearsal->page() == rehearsal->page_count() - 1);
    test::pump(200);
    const std::string path = std::string(STAGECRAFT_GUI_OUTPUT_DIR) + "/rehearsal.png";
    {
        const wxSize size = rehearsal->GetClientSize();
        wxBitmap shot(size);
        wxClientDC screen(rehearsal);
        wxMemoryDC memory(shot);
        memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
        memory.SelectObject(wxNullBitmap);
        CHECK(shot.SaveFile(path, wxBITMAP_TYPE_PNG));
    }
    rehearsal->Close(true);
    test::pump();
}

TEST_CASE("An empty journey leaves every pane usable and undo brings the scenes back", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const Journey original = window->document().journey();
    for (const auto& stage : original.stages) REQUIRE_FALSE(window->document().execute(edits::remove_stage(stage.id)));
    for (const auto& role : original.cast) REQUIRE_FALSE(window->document().execute(edits::remove_role(role.id)));
    test::pump(200);
    for (auto view : kAllViews) {
        window->set_view(view);
        test::pump(300);
    }
    CHECK(scene_count(window->document().journey()) == 0);
    CHECK(window->outline()->GetCount() == 1);
    while (window->document().undo()) {}
    test::pump();
    CHECK(window->document().journey() == original);
    window->set_view(DiagramView::Map);
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK_FALSE(window->diagram()->layout().elements.empty());
}

TEST_CASE("A pane's context-menu command adds a scene after the selected one", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const auto before = all_scenes(window->document().journey());
    const std::string after_id = before.at(2)->id;
    window->outline()->select_item(Selection::scene(after_id));
    test::pump();
    wxCommandEvent add(wxEVT_MENU, ID_ADD_SCENE);
    add.SetEventObject(window->outline());
    window->outline()->ProcessWindowEvent(add);
    test::pump();
    const auto scenes = all_scenes(window->document().journey());
    REQUIRE(scenes.size() == before.size() + 1);
    CHECK(scenes.at(3)->name == "New scene");
    CHECK(window->selection().current() == Selection::scene(scenes.at(3)->id));
    CHECK(window->undo_label().StartsWith("Undo Add scene"));
}

TEST_CASE("Every key in rehearsal acts once: six steps forward are six scenes, Esc right after leaves",
          "[gui][rehearsal]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    const auto scenes = all_scenes(window->document().journey());
    REQUIRE(scenes.size() >= 8);
    window->selection().select(Selection::scene(scenes.at(0)->id));
    RehearsalFrame* rehearsal = window->rehearse(false);
    REQUIRE(rehearsal);
    rehearsal->Raise();
    test::pump(300);
    wxUIActionSimulator sim;
    for (int i = 0; i < 4; ++i) {
        sim.Char(WXK_RIGHT);
        test::pump(150);
    }
    CHECK(rehearsal->page() == 4);
    sim.Char(WXK_PAGEDOWN);   // a presenter's clicker
    test::pump(150);
    sim.Char(WXK_PAGEDOWN);
    test::pump(150);
    CHECK(rehearsal->page() == 6);
    sim.Char(WXK_LEFT);
    test::pump(150);
    CHECK(rehearsal->page() == 5);
    bool closed = false;
    rehearsal->Bind(wxEVT_CLOSE_WINDOW, [&closed](wxCloseEvent& e) {
        closed = true;
        e.Skip();
    });
    sim.Char(WXK_ESCAPE);
    test::pump(300);
    CHECK(closed);
}

TEST_CASE("Window shortcuts work whatever pane has the focus: Ctrl+- in the Outline zooms out", "[gui][keys]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    OutlinePane* outline = window->outline();
    const Journey& j = window->document().journey();
    const wxTreeItemId stage = outline->find_item(Selection::stage(j.stages.at(0).id));
    REQUIRE(stage.IsOk());
    outline->Expand(stage);
    outline->SetFocus();
    test::pump(200);
    REQUIRE(wxWindow::FindFocus() == outline);
    const double before = window->diagram()->zoom();
    wxUIActionSimulator sim;
    sim.Char('-', wxMOD_CONTROL);
    test::pump(200);
    CHECK(window->diagram()->zoom() < before);
    CHECK(outline->IsExpanded(stage));
    sim.Char('=', wxMOD_CONTROL);
    test::pump(200);
    CHECK(window->diagram()->zoom() == Approx(before));
    // Ctrl+2 switches the view from the Outline too.
    sim.Char('2', wxMOD_CONTROL);
    test::pump(200);
    CHECK(window->diagram()->view() == DiagramView::Blueprint);
}

TEST_CASE("After fixing a finding the Problems highlight stays on the finding it was on", "[gui][problems]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("utility-billing-dispute-before.journey.xml")));
    test::pump();
    ProblemsPane* problems = window->problems();
    const auto& shown = problems->shown();
    REQUIRE(shown.size() >= 3);
    // Highlight the last scene finding, then fix the first finding about another scene.
    long row = -1;
    for (std::size_t i = shown.size(); i-- > 0 && row < 0;)
        if (shown[i].target.kind == SelectionKind::Scene) row = static_cast<long>(i);
    REQUIRE(row > 0);
    const ProblemItem highlighted = shown[static_cast<std::size_t>(row)];
    problems->click_row(row);
    test::pump();
    REQUIRE(problems->highlighted_row() == row);
    std::string other;
    for (const auto& item : shown)
        if (item.target.kind == SelectionKind::Scene && item.target.id != highlighted.target.id) {
            other = item.target.id;
            break;
        }
    REQUIRE_FALSE(other.empty());
    REQUIRE_FALSE(window->document().execute(edits::remove_scene(other)));
    test::pump(100);
    const long now = problems->highlighted_row();
    REQUIRE(now >= 0);
    CHECK(problems->shown()[static_cast<std::size_t>(now)].target == highlighted.target);
    CHECK(problems->shown()[static_cast<std::size_t>(now)].source == highlighted.source);
    CHECK(window->selection().current() == highlighted.target);
    // Fixing the highlighted finding itself leaves nothing highlighted.
    REQUIRE_FALSE(window->document().execute(edits::remove_scene(highlighted.target.id)));
    test::pump(100);
    const long after = problems->highlighted_row();
    if (after >= 0) CHECK_FALSE(problems->shown()[static_cast<std::size_t>(after)].target == highlighted.target);
}

TEST_CASE("A status message lasts until the next edit", "[gui]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    window->document().execute(edits::set_journey_title("One"));
    wxCommandEvent undo(wxEVT_MENU, wxID_UNDO);
    window->ProcessWindowEvent(undo);
    test::pump();
    CHECK_THAT(std::string(window->GetStatusBar()->GetStatusText(0).utf8_str()), Catch::StartsWith("Undid"));
    window->document().execute(edits::set_journey_title("Two"));
    test::pump();
    CHECK_THAT(std::string(window->GetStatusBar()->GetStatusText(0).utf8_str()), !Catch::Contains("Undid"));
}

TEST_CASE("Side panes share a wider window: the Cast pane's names get the room", "[gui][layout]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("hotel-stay.journey.xml")));
    test::pump(200);
    CastPane* cast = window->cast();
    const int narrow = cast->GetColumnWidth(0);
    window->SetSize(1920, 1080);
    test::pump(300);
    const int wide = cast->GetColumnWidth(0);
    CHECK(wide > narrow + 60);
    // Every number column shows its header whole.
    for (int c = 1; c < cast->GetColumnCount(); ++c) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        cast->GetColumn(c, header);
        CHECK(cast->GetColumnWidth(c) >= cast->GetTextExtent(header.GetText()).x);
    }
}
