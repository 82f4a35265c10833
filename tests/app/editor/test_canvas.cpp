// Working on the diagram itself: joining two scenes by dragging from one to the other, and
// typing a name in place. Driven with simulated mouse and keys, as a user would.
#include <catch2/catch.hpp>

#include <functional>

#include <wx/accel.h>
#include <wx/menu.h>
#include <wx/propgrid/advprops.h>
#include <wx/propgrid/propgrid.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "app/editor/cast_grid_pane.hpp"
#include "app/editor/cast_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/core/connect.hpp"
#include "app/editor/core/gestures.hpp"
#include "app/editor/core/selection_actions.hpp"
#include "app/editor/core/templates.hpp"
#include "app/editor/diagram_panel.hpp"
#include "app/editor/outline_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "app/editor/wx_text.hpp"
#include "gui_fixture.hpp"
#include "model/analysis.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {

// Where to point at an element on screen (its centre), after bringing the whole picture into view.
wxPoint screen_centre_of(DiagramPanel& panel, const std::string& id) {
    const auto rect = panel.element_rect(id);
    REQUIRE(rect);
    return panel.ClientToScreen(rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2));
}

// A point on the left edge of an element's card, on screen: where a drag draws a flow.
wxPoint screen_edge_of(DiagramPanel& panel, const std::string& id) {
    const auto rect = panel.element_rect(id);
    REQUIRE(rect);
    return panel.ClientToScreen(rect->GetPosition() + wxPoint(1, rect->height / 2));
}

using test::drag;

// The first scene drawn on the diagram.
std::string first_scene_drawn(const DiagramPanel& panel) {
    for (const auto& e : panel.layout().elements)
        if (e.kind == diagram::ElementKind::Scene) return e.id;
    FAIL("no scene drawn");
    return {};
}

// Opens the coffee-shop sample on the blueprint (every scene drawn), fitted to the window.
void open_blueprint(EditorWindow& window) {
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    window->set_view(DiagramView::Blueprint);
    REQUIRE(test::wait_for_diagram(window.frame()));
    window->diagram()->zoom_fit();
    REQUIRE(test::wait_for_diagram(window.frame()));
    window->Raise();
    test::pump(200);
}

// The first point in view, scanning the panel, where a double-click would add a scene that `wanted`.
std::optional<std::pair<wxPoint, AddPlace>> empty_cell_in_view(const DiagramPanel& d,
                                                               const std::function<bool(const AddPlace&)>& wanted) {
    for (int y = 10; y < d.GetClientSize().y; y += 12)
        for (int x = 10; x < d.GetClientSize().x; x += 12)
            if (auto p = d.add_place_at_client(wxPoint(x, y)); p && p->what == AddPlace::What::Scene && wanted(*p))
                return std::make_pair(wxPoint(x, y), *p);
    return std::nullopt;
}

// Two scenes drawn on the diagram whose leads differ, so that a flow between them is a handoff.
std::pair<std::string, std::string> handoff_pair(const Journey& j, const diagram::DiagramLayout& layout) {
    for (const auto& a : layout.elements)
        for (const auto& b : layout.elements)
            if (a.kind == diagram::ElementKind::Scene && b.kind == diagram::ElementKind::Scene && a.id != b.id &&
                proposed_flow_kind(j, a.id, b.id) == FlowKind::Handoff)
                return {a.id, b.id};
    FAIL("the sample has no two scenes with different leads");
    return {};
}

}   // namespace

TEST_CASE("Dragging from one scene to another joins them with the proposed flow; undo takes it back", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const auto [from, to] = handoff_pair(before, window->diagram()->layout());

    wxUIActionSimulator sim;
    const wxPoint start = screen_edge_of(*window->diagram(), from);
    const wxPoint end = screen_centre_of(*window->diagram(), to);
    drag(sim, start, end);
    // The label is typed in place between the two scenes; the flow is added with it.
    REQUIRE(window->diagram()->rename_field());
    CHECK(window->document().journey() == before);
    sim.Text("ticket");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(200);

    const Journey& after = window->document().journey();
    REQUIRE(after.flows.size() == before.flows.size() + 1);
    CHECK(after.flows.back().from == from);
    CHECK(after.flows.back().to == to);
    CHECK(after.flows.back().kind == FlowKind::Handoff);
    CHECK(after.flows.back().label == "ticket");
    CHECK(window.answers.flow_kinds_proposed == std::vector<FlowKind>{FlowKind::Handoff});
    CHECK(window->selection().current() == Selection::flow(static_cast<int>(before.flows.size())));
    CHECK(window->document().history().undo_name() == "Add flow");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("Esc while the new flow's label is typed draws no flow", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const auto [from, to] = handoff_pair(before, window->diagram()->layout());
    window->connect(from, to);
    test::pump(100);
    REQUIRE(window->diagram()->rename_field());
    wxUIActionSimulator sim;
    sim.Text("oops");
    test::pump(100);
    sim.Char(WXK_ESCAPE);
    test::pump(200);
    CHECK(window->diagram()->rename_field() == nullptr);
    CHECK(window->document().journey() == before);
}

TEST_CASE("Dragging from empty paper pans and adds nothing; a drop beside every scene adds nothing", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const auto [from, to] = handoff_pair(before, window->diagram()->layout());
    (void)to;
    CHECK_FALSE(window->diagram()->connect_at(from, wxPoint(2, 2)));   // the margin: no scene
    CHECK_FALSE(window->diagram()->connect_at(
        from, window->diagram()->ScreenToClient(screen_centre_of(*window->diagram(), from))));   // itself
    test::pump(100);
    CHECK(window->document().journey() == before);
    CHECK(window.answers.flow_kinds_proposed.empty());
}

TEST_CASE("Double-clicking a scene types its name in place: Enter renames it in one undo step, Esc leaves it",
          "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const std::string id = first_scene_drawn(*window->diagram());
    REQUIRE(find_scene(before, id));

    wxUIActionSimulator sim;
    sim.MouseMove(screen_centre_of(*window->diagram(), id));
    test::pump(50);
    sim.MouseDblClick();
    test::pump(200);
    wxTextCtrl* field = window->diagram()->rename_field();
    REQUIRE(field);
    CHECK(std::string(field->GetValue().utf8_str()) == find_scene(before, id)->name);
    sim.Text("Espresso bar");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(200);
    CHECK(window->diagram()->rename_field() == nullptr);
    CHECK(find_scene(window->document().journey(), id)->name == "Espresso bar");
    CHECK(window->document().history().undo_name() == "Rename scene");
    CHECK(window->selection().current() == Selection::scene(id));

    // F2 (Edit › Rename) on the selected scene, then Esc: nothing changes.
    const Journey renamed = window->document().journey();
    window->diagram()->SetFocus();
    test::pump(100);
    sim.Char(WXK_F2);
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    sim.Text("Not this");
    test::pump(100);
    sim.Char(WXK_ESCAPE);
    test::pump(200);
    CHECK(window->diagram()->rename_field() == nullptr);
    CHECK(window->document().journey() == renamed);
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("The outline lists the flows under their own node; selecting one there and deleting it removes it",
          "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const Journey before = window->document().journey();
    REQUIRE(before.flows.size() >= 2);
    OutlinePane* outline = window->outline();
    const wxTreeItemId item = outline->find_item(Selection::flow(1));
    REQUIRE(item.IsOk());
    const Flow& flow = before.flows[1];
    const std::string text = std::string(outline->GetItemText(item).utf8_str());
    CHECK(text.find(name_or_id(*find_scene(before, flow.from))) == 0);
    CHECK(text.find(std::string(to_string(flow.kind))) != std::string::npos);
    CHECK(std::string(outline->GetItemText(outline->GetItemParent(item)).utf8_str()) == "Flows");

    outline->SelectItem(item);
    test::pump(100);
    CHECK(window->selection().current() == Selection::flow(1));
    wxCommandEvent del(wxEVT_MENU, wxID_DELETE);
    window->ProcessWindowEvent(del);
    test::pump(100);
    REQUIRE(window->document().journey().flows.size() == before.flows.size() - 1);
    CHECK(window->document().journey().flows[1] != flow);
    CHECK(window->document().history().undo_name() == "Delete flow");
    // The outline follows: one flow item fewer.
    CHECK(outline->GetChildrenCount(outline->GetItemParent(outline->find_item(Selection::flow(0))), false) ==
          before.flows.size() - 1);
}

TEST_CASE("The diagram's context menu on a scene sets its emotion and adds a scene after it", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const std::string id = first_scene_drawn(*window->diagram());
    const auto rect = window->diagram()->element_rect(id);
    REQUIRE(rect);
    const auto items = window->diagram()->menu_at(rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2));
    CHECK(window->selection().current() == Selection::scene(id));
    auto find = [&](const std::vector<std::string>& path) -> const MenuItem& {
        for (const auto& i : items)
            if (i.path == path) return i;
        FAIL("no menu item");
        return items.front();
    };
    window->diagram()->choose(find({"Emotion", "+2 very positive"}));
    test::pump(50);
    CHECK(find_scene(window->document().journey(), id)->emotion == 2);
    CHECK(window->document().history().undo_name() == "Change scene emotion");

    const std::size_t scenes = scene_count(window->document().journey());
    window->diagram()->choose(find({"Add Scene After"}));
    test::pump(50);
    CHECK(scene_count(window->document().journey()) == scenes + 1);
    CHECK(window->selection().current().kind == SelectionKind::Scene);
    CHECK(window->selection().current().id != id);
}

TEST_CASE("On the diagram, arrows step between scenes, Enter adds the next scene and types its name, Tab goes on",
          "[gui][canvas][keys]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const auto scenes = all_scenes(before);
    REQUIRE(scenes.size() >= 3);
    window->selection().select(Selection::scene(scenes[0]->id));
    window->diagram()->SetFocus();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char(WXK_RIGHT);
    test::pump(100);
    CHECK(window->selection().current() == Selection::scene(scenes[1]->id));
    sim.Char(WXK_LEFT);
    test::pump(100);
    CHECK(window->selection().current() == Selection::scene(scenes[0]->id));

    // Enter: a new scene after the selected one, in its lane, with its name ready to type.
    sim.Char(WXK_RETURN);
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    sim.Text("Say hello");
    test::pump(100);
    sim.Char(WXK_TAB);   // keeps the name and moves on to the next scene's
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(200);
    const Journey& after = window->document().journey();
    const auto now = all_scenes(after);
    REQUIRE(now.size() == scenes.size() + 1);
    CHECK(now[1]->name == "Say hello");
    CHECK(now[1]->id == "say-hello");
    CHECK(now[1]->lane == scenes[0]->lane);
    REQUIRE(window->diagram()->rename_field());
    CHECK(std::string(window->diagram()->rename_field()->GetValue().utf8_str()) == now[2]->name);
    sim.Char(WXK_ESCAPE);
    test::pump(100);
    CHECK(window->diagram()->rename_field() == nullptr);
    CHECK(window->document().journey() == after);
}

TEST_CASE("Ctrl+D duplicates the selected scene right after it, and undo takes the copy back", "[gui][canvas][keys]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const Journey before = window->document().journey();
    const Scene* first = all_scenes(before).front();
    window->selection().select(Selection::scene(first->id));
    window->Raise();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char('D', wxMOD_CONTROL);
    test::pump(200);
    const auto scenes = all_scenes(window->document().journey());
    REQUIRE(scenes.size() == all_scenes(before).size() + 1);
    CHECK(scenes[1]->name == first->name);
    CHECK(scenes[1]->parts == first->parts);
    CHECK(window->selection().current() == Selection::scene(scenes[1]->id));
    CHECK(window->document().history().undo_name() == "Duplicate scene");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("A role dropped on a scene is cast there: lead when it has none, understudy with Shift", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    // A scene drawn without a lead, and a role not cast in it.
    std::string scene_id, role_id;
    for (const auto& e : window->diagram()->layout().elements) {
        const Scene* t = find_scene(before, e.id);
        if (!t || has_part(*t, PartKind::Lead)) continue;
        for (const Role& r : before.cast)
            if (!find_part(*t, r.id)) {
                scene_id = t->id;
                role_id = r.id;
                break;
            }
        if (!scene_id.empty()) break;
    }
    REQUIRE_FALSE(scene_id.empty());
    const auto rect = window->diagram()->element_rect(scene_id);
    REQUIRE(rect);
    const wxPoint centre = rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2);
    REQUIRE(window->diagram()->drop_role(role_id, centre, false));
    test::pump(50);
    const Part* part = find_part(*find_scene(window->document().journey(), scene_id), role_id);
    REQUIRE(part);
    CHECK(part->kind == PartKind::Lead);
    CHECK(window->selection().current() == Selection::scene(scene_id));
    REQUIRE(window->diagram()->drop_role(role_id, centre, true));
    test::pump(50);
    CHECK(find_part(*find_scene(window->document().journey(), scene_id), role_id)->kind == PartKind::Understudy);
    REQUIRE(window->document().undo());
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
    CHECK_FALSE(window->diagram()->drop_role(role_id, wxPoint(2, 2), false));   // no scene there
}

TEST_CASE("A stage's title is selected by a click and renamed in place by a double-click", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const std::string stage = before.stages.at(1).id;
    const auto rect = window->diagram()->element_rect(stage);
    REQUIRE(rect);
    const wxPoint centre = rect->GetPosition() + wxPoint(rect->width / 2, rect->height / 2);
    REQUIRE(window->diagram()->click_at(centre));
    CHECK(window->selection().current() == Selection::stage(stage));
    wxUIActionSimulator sim;
    sim.MouseMove(window->diagram()->ClientToScreen(centre));
    test::pump(50);
    sim.MouseDblClick();
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    sim.Text("Queue up");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(200);
    const Stage* renamed = nullptr;
    for (const Stage& s : window->document().journey().stages)
        if (s.name == "Queue up") renamed = &s;
    REQUIRE(renamed);
    CHECK(window->document().history().undo_name() == "Rename stage");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("Help › Keyboard Shortcuts lists every menu shortcut and every diagram gesture", "[gui][canvas]") {
    EditorWindow window;
    const auto rows = window->shortcut_table();
    auto listed = [&](const wxString& keys) {
        for (const auto& row : rows)
            if (row.second == keys) return true;
        return false;
    };
    // Every accelerator in the menu bar appears.
    int accelerators = 0;
    wxMenuBar* bar = window->GetMenuBar();
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m)
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems())
            if (std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel()); accel) {
                ++accelerators;
                CHECK(listed(accel->ToString()));
            }
    CHECK(accelerators >= 20);
    CHECK(listed("F2"));
    CHECK(listed("Ctrl+D"));
    for (const Gesture& g : diagram_gestures()) CHECK(listed(wx(g.keys)));
}

TEST_CASE("File › New offers a blank journey and starting templates, and starts from the one chosen", "[gui][canvas]") {
    EditorWindow window;
    window.answers.start = 2;   // the service blueprint
    REQUIRE(window->new_journey());
    CHECK(window.answers.starts_offered ==
          std::vector<std::string>{"Blank journey", "Customer journey", "Service blueprint", "Employee journey"});
    CHECK(window->document().journey() == journey_from_template(2));
    CHECK_FALSE(window->document().modified());
    window.answers.start = std::nullopt;   // cancelled: the journey stays
    CHECK_FALSE(window->new_journey());
    CHECK(window->document().journey() == journey_from_template(2));
}

TEST_CASE("Each view opens fitted and keeps its own zoom and scroll when the user comes back to it", "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    REQUIRE(test::wait_for_diagram(window.frame()));
    DiagramPanel* diagram = window->diagram();
    diagram->zoom_to(1.7);
    diagram->Scroll(3, 2);
    const wxPoint map_scroll = diagram->GetViewStart();
    window->set_view(DiagramView::Blueprint);
    REQUIRE(test::wait_for_diagram(window.frame()));
    const double blueprint_fitted = diagram->zoom();
    CHECK(blueprint_fitted != Approx(1.7));
    diagram->zoom_to(0.6);
    window->set_view(DiagramView::Map);
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(diagram->zoom() == Approx(1.7));
    CHECK(diagram->GetViewStart() == map_scroll);
    window->set_view(DiagramView::Blueprint);
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(diagram->zoom() == Approx(0.6));
}

TEST_CASE("Lines of text pasted on a selected stage become its scenes, one undo step", "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const Journey before = window->document().journey();
    const Stage& stage = before.stages.at(0);
    window->selection().select(Selection::stage(stage.id));
    window->paste_lines("Read the menu\nChoose a size\n");
    test::pump(50);
    const Stage* now = find_stage(window->document().journey(), stage.id);
    REQUIRE(now->scenes.size() == stage.scenes.size() + 2);
    CHECK(now->scenes[now->scenes.size() - 2].name == "Read the menu");
    CHECK(now->scenes.back().name == "Choose a size");
    CHECK(window->document().history().undo_name() == "Paste scenes");
    CHECK(window->selection().current() == Selection::scene("read-the-menu"));
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("Dragging a scene's card onto another scene moves it into that scene's stage and lane; one undo step",
          "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    // Two scenes drawn in different lanes of different stages.
    std::string moved_id, onto_id;
    for (const auto& a : window->diagram()->layout().elements)
        for (const auto& b : window->diagram()->layout().elements) {
            const Scene* x = find_scene(before, a.id);
            const Scene* y = find_scene(before, b.id);
            if (x && y && x->lane != y->lane && stage_of(before, x->id) != stage_of(before, y->id) &&
                moved_id.empty()) {
                moved_id = x->id;
                onto_id = y->id;
            }
        }
    REQUIRE_FALSE(moved_id.empty());
    wxUIActionSimulator sim;
    const wxPoint start = screen_centre_of(*window->diagram(), moved_id);
    const auto target = window->diagram()->element_rect(onto_id);
    REQUIRE(target);
    const wxPoint end =
        window->diagram()->ClientToScreen(target->GetPosition() + wxPoint(2 + target->width / 8, target->height / 2));
    drag(sim, start, end);
    const Journey& after = window->document().journey();
    const Scene* moved = find_scene(after, moved_id);
    REQUIRE(moved);
    CHECK(moved->lane == find_scene(before, onto_id)->lane);
    CHECK(stage_of(after, moved_id) == stage_of(after, onto_id));
    CHECK(window->document().history().undo_name() == "Move scene");
    CHECK(window.answers.flow_kinds_proposed.empty());   // a move, not a flow
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("A flow is selected by clicking its label on the blueprint, and its label is typed in place",
          "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    std::optional<std::size_t> labelled;
    for (std::size_t i = 0; i < before.flows.size() && !labelled; ++i)
        if (!before.flows[i].label.empty()) labelled = i;
    REQUIRE(labelled);
    const Selection flow = Selection::flow(static_cast<int>(*labelled));
    const auto rects = window->diagram()->rects_of(flow);
    REQUIRE(rects.size() >= 2);   // its line and its label
    const wxRect label = rects.back();
    const wxPoint centre = label.GetPosition() + wxPoint(label.width / 2, label.height / 2);
    REQUIRE(window->diagram()->click_at(centre));
    CHECK(window->selection().current() == flow);

    wxUIActionSimulator sim;
    sim.MouseMove(window->diagram()->ClientToScreen(centre));
    test::pump(50);
    sim.MouseDblClick();
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    CHECK(std::string(window->diagram()->rename_field()->GetValue().utf8_str()) == before.flows[*labelled].label);
    sim.Text("paper ticket");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(200);
    CHECK(window->document().journey().flows.at(*labelled).label == "paper ticket");
    CHECK(window->document().history().undo_name() == "Edit flow");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("Edit › Add KPI gives the selected scene a KPI whose fields are then edited in Properties", "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const std::string id = all_scenes(window->document().journey()).front()->id;
    const std::size_t before = find_scene(window->document().journey(), id)->kpis.size();
    window->selection().select(Selection::scene(id));
    wxCommandEvent add(wxEVT_MENU, ID_ADD_KPI);
    window->ProcessWindowEvent(add);
    test::pump(100);
    REQUIRE(find_scene(window->document().journey(), id)->kpis.size() == before + 1);
    const wxString key = wx("kpi." + std::to_string(before) + ".name");
    REQUIRE(window->properties()->grid()->ChangePropertyValue(key, "Wait in minutes"));
    test::pump(100);
    CHECK(find_scene(window->document().journey(), id)->kpis.back().name == "Wait in minutes");
    CHECK(window->document().history().undo_name() == "Edit KPI");
}

TEST_CASE("Ctrl+Down on the diagram moves the selected scene to the lane below", "[gui][canvas][keys]") {
    EditorWindow window;
    open_blueprint(window);
    const std::string id = first_scene_drawn(*window->diagram());
    const Lane lane = find_scene(window->document().journey(), id)->lane;
    REQUIRE(lane != Lane::Support);
    window->selection().select(Selection::scene(id));
    window->diagram()->SetFocus();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char(WXK_DOWN, wxMOD_CONTROL);
    test::pump(200);
    CHECK(static_cast<int>(find_scene(window->document().journey(), id)->lane) == static_cast<int>(lane) + 1);
    CHECK(window->selection().current() == Selection::scene(id));
}

TEST_CASE("A new role's name is typed at once in the Cast pane, and gives the role its id", "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const std::size_t roles = window->document().journey().cast.size();
    window->Raise();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char('R', wxMOD_CONTROL | wxMOD_SHIFT);
    test::pump(300);
    REQUIRE(window->document().journey().cast.size() == roles + 1);
    REQUIRE(window->cast()->GetEditControl());
    sim.Text("Hygienist");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(300);
    const Role& role = window->document().journey().cast.back();
    CHECK(role.name == "Hygienist");
    CHECK(role.id == "hygienist");
    CHECK(window->selection().current() == Selection::role("hygienist"));
    CHECK(window->document().history().undo_name() == "Rename role");
}

TEST_CASE("Dragging a stage's title onto another stage's title moves the stage", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const std::string first = before.stages.at(0).id, second = before.stages.at(1).id;
    const auto a = window->diagram()->element_rect(second);
    const auto b = window->diagram()->element_rect(first);
    REQUIRE(a);
    REQUIRE(b);
    wxUIActionSimulator sim;
    const wxPoint start = window->diagram()->ClientToScreen(a->GetPosition() + wxPoint(a->width / 2, a->height / 2));
    const wxPoint end = window->diagram()->ClientToScreen(b->GetPosition() + wxPoint(2, b->height / 2));
    drag(sim, start, end);
    CHECK(window->document().journey().stages.at(0).id == second);
    CHECK(window->document().history().undo_name() == "Move stage");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE(
    "Pressing 2 on a selected scene on the diagram gives it a negative emotion; the Menu key and others do nothing",
    "[gui][canvas][keys]") {
    EditorWindow window;
    open_blueprint(window);
    const std::string id = first_scene_drawn(*window->diagram());
    window->selection().select(Selection::scene(id));
    window->diagram()->SetFocus();
    test::pump(100);
    const auto emotion = find_scene(window->document().journey(), id)->emotion;
    wxUIActionSimulator sim;
    // Keys whose wx codes are above 255 (the Menu key is 309, which cut to a char is '5').
    for (int key : {WXK_MENU, WXK_PAUSE, WXK_F1}) sim.Char(key);
    test::pump(200);
    CHECK(find_scene(window->document().journey(), id)->emotion == emotion);
    sim.Char('2');
    test::pump(200);
    CHECK(find_scene(window->document().journey(), id)->emotion == -1);
}

TEST_CASE("Adding a scene from the menu types its name in place once it is drawn", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    window->selection().select(Selection::scene(first_scene_drawn(*window->diagram())));
    wxCommandEvent add(wxEVT_MENU, ID_ADD_SCENE);
    window->ProcessWindowEvent(add);
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    CHECK(std::string(window->diagram()->rename_field()->GetValue().utf8_str()) == "New scene");
    wxUIActionSimulator sim;
    sim.Text("Check in");
    test::pump(100);
    sim.Char(WXK_RETURN);
    test::pump(200);
    CHECK(find_scene(window->document().journey(), "check-in"));
}

TEST_CASE("On the journey map the arrow keys step only between the scenes it draws", "[gui][canvas][keys]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    REQUIRE(test::wait_for_diagram(window.frame()));   // the map: the customer's path only
    const std::string first = first_scene_drawn(*window->diagram());
    window->selection().select(Selection::scene(first));
    window->diagram()->SetFocus();
    test::pump(100);
    wxUIActionSimulator sim;
    for (int i = 0; i < 4; ++i) {
        sim.Char(WXK_RIGHT);
        test::pump(100);
        const Selection now = window->selection().current();
        REQUIRE(now.kind == SelectionKind::Scene);
        CHECK_FALSE(window->diagram()->rects_of(now).empty());
    }
    CHECK(window->selection().current() != Selection::scene(first));
}

TEST_CASE("A role's colour is picked in Properties with a colour picker; one undo step takes it back",
          "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    const Journey before = window->document().journey();
    const std::string role = before.cast.front().id;
    window->selection().select(Selection::role(role));
    test::pump(100);
    auto* grid = window->properties()->grid();
    auto* colour = dynamic_cast<wxColourProperty*>(grid->GetPropertyByName("role.colour"));
    REQUIRE(colour);   // a colour picker, not a text field
    wxVariant picked;
    picked << wxColour(0x11, 0x77, 0x33);
    REQUIRE(grid->ChangePropertyValue("role.colour", picked));
    test::pump(100);
    CHECK(find_role(window->document().journey(), role)->colour == "#117733");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("Ctrl+5 shows the Cast Grid; a click on a cell casts the role in the scene, and its load follows at once",
          "[gui][canvas]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    window->Raise();
    test::pump(200);
    const Journey before = window->document().journey();
    // A scene without a lead and a role not in it.
    std::string scene_id, role_id;
    for (const Scene* s : all_scenes(before))
        if (scene_id.empty() && !has_part(*s, PartKind::Lead)) scene_id = s->id;
    REQUIRE_FALSE(scene_id.empty());
    for (const Role& r : before.cast)
        if (role_id.empty() && !find_part(*find_scene(before, scene_id), r.id)) role_id = r.id;
    CastGridPane* grid = window->cast_grid();
    CHECK_FALSE(grid->IsShownOnScreen());
    wxUIActionSimulator sim;
    sim.Char('5', wxMOD_CONTROL);   // View › Cast Grid, in the diagram's place
    test::pump(200);
    REQUIRE(grid->IsShownOnScreen());
    CHECK_FALSE(window->diagram()->IsShownOnScreen());
    const auto cell = grid->cell_rect(role_id, scene_id);
    REQUIRE(cell);
    test::pump(100);
    sim.MouseMove(
        grid->GetGridWindow()->ClientToScreen(cell->GetPosition() + wxPoint(cell->width / 2, cell->height / 2)));
    test::pump(60);
    sim.MouseClick();
    test::pump(200);
    const Part* part = find_part(*find_scene(window->document().journey(), scene_id), role_id);
    REQUIRE(part);
    CHECK(part->kind == PartKind::Lead);
    CHECK(window->selection().current() == Selection::scene(scene_id));
    // The row shows the part and the new count of lead parts.
    int row = -1;
    for (std::size_t r = 0; r < before.cast.size(); ++r)
        if (before.cast[r].id == role_id) row = static_cast<int>(r);
    int col = -1;
    const auto scenes = all_scenes(before);
    for (std::size_t c = 0; c < scenes.size(); ++c)
        if (scenes[c]->id == scene_id) col = CastGridPane::kLoadColumns + static_cast<int>(c);
    CHECK(grid->GetCellValue(row, col) == "L");
    int leads = 0;
    for (const Scene* s : all_scenes(window->document().journey()))
        if (const Part* p = find_part(*s, role_id); p && p->kind == PartKind::Lead) ++leads;
    CHECK(grid->GetCellValue(row, 1) == wxString::Format("%d", leads));
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
    CHECK(grid->GetCellValue(row, col).empty());
    // A view chosen again puts the diagram back.
    sim.Char('2', wxMOD_CONTROL);
    test::pump(200);
    CHECK(window->diagram()->IsShownOnScreen());
    CHECK_FALSE(grid->IsShownOnScreen());
}

TEST_CASE("Esc while naming a scene just added takes the addition back; a click on the paper selects the journey",
          "[gui][canvas][keys]") {
    EditorWindow window;
    open_blueprint(window);
    const Journey before = window->document().journey();
    const std::string first = first_scene_drawn(*window->diagram());
    window->selection().select(Selection::scene(first));
    window->diagram()->SetFocus();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char(WXK_RETURN);   // adds the next scene, its name ready to type
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(200);
    REQUIRE(window->diagram()->rename_field());
    CHECK(scene_count(window->document().journey()) == scene_count(before) + 1);
    sim.Char(WXK_ESCAPE);
    test::pump(200);
    CHECK(window->document().journey() == before);
    // Nothing selected any more shows no frame anywhere (not on the lanes' headings either).
    window->selection().select(Selection::none());
    CHECK(window->diagram()->rects_of(Selection::none()).empty());
    // A click on the paper, away from everything drawn: in the margin left of the picture (the
    // scroll bars lie over the bottom and right edges).
    REQUIRE(test::wait_for_diagram(window.frame()));
    const wxPoint paper = window->diagram()->ClientToScreen(wxPoint(6, window->diagram()->GetClientSize().y / 2));
    sim.MouseMove(paper);
    test::pump(60);
    sim.MouseClick();
    test::pump(100);
    CHECK(window->selection().current() == Selection::journey());
}

TEST_CASE("A card dragged onto an empty cell of the blueprint moves the scene into that stage and lane",
          "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    DiagramPanel& d = *window->diagram();
    const Journey before = window->document().journey();
    // A drawn scene, and an empty cell in view in another lane.
    const std::string scene = first_scene_drawn(d);
    const Lane lane = find_scene(before, scene)->lane;
    const auto cell = empty_cell_in_view(d, [&](const AddPlace& p) { return p.lane != lane; });
    REQUIRE(cell);
    const AddPlace* place = &cell->second;
    REQUIRE(d.move_to(scene, cell->first));
    test::pump(100);
    const Journey& after = window->document().journey();
    bool moved = false;
    for (const Scene& s : after.stages[place->stage].scenes) moved = moved || (s.id == scene && s.lane == place->lane);
    CHECK(moved);
    CHECK(window->document().history().undo_name() == "Move scene");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("While the user edits, the zoom stays where the view opened; Fit goes on showing the whole picture",
          "[gui][canvas]") {
    EditorWindow window;
    window.answers.start = 0;   // a blank journey: its map opens larger than the smallest readable size
    window->SetSize(1920, 1080);
    window->Raise();
    wxUIActionSimulator sim;
    sim.Char('N', wxMOD_CONTROL);
    test::pump(200);
    window->set_view(DiagramView::Map);
    REQUIRE(test::wait_for_diagram(window.frame()));
    DiagramPanel& d = *window->diagram();
    const double opened = d.zoom();
    const double area = d.layout().bounds.width * d.layout().bounds.height;
    INFO("opened at zoom " << opened);
    for (int i = 0; i < 3; ++i) {
        Action add = add_stage_for(window->document().journey(), Selection::none());
        REQUIRE_FALSE(window->document().execute(std::move(add.command)));
    }
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(d.layout().bounds.width * d.layout().bounds.height > area * 1.2);   // wider, or folded taller
    CHECK(d.zoom() == Approx(opened));
    // Fit: the whole picture, and it keeps following (on the blueprint, which grows only wider).
    window->set_view(DiagramView::Blueprint);
    REQUIRE(test::wait_for_diagram(window.frame()));
    d.zoom_fit();
    REQUIRE(test::wait_for_diagram(window.frame()));
    const double fitted = d.zoom();
    Action more = add_stage_for(window->document().journey(), Selection::none());
    REQUIRE_FALSE(window->document().execute(std::move(more.command)));
    REQUIRE(test::wait_for_diagram(window.frame()));
    CHECK(d.zoom() < fitted);
}

TEST_CASE("Ctrl+C then Ctrl+V pastes a copy of the scene with its content after the selected scene",
          "[gui][canvas][keys]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    window->Raise();
    test::pump(100);
    const Journey before = window->document().journey();
    const auto scenes = all_scenes(before);
    const Scene& source = *scenes[0];
    window->selection().select(Selection::scene(source.id));
    window->diagram()->SetFocus();
    test::pump(100);
    wxUIActionSimulator sim;
    sim.Char('C', wxMOD_CONTROL);
    test::pump(100);
    window->selection().select(Selection::scene(scenes[3]->id));
    window->diagram()->SetFocus();
    test::pump(100);
    sim.Char('V', wxMOD_CONTROL);
    test::pump(200);
    const auto now = all_scenes(window->document().journey());
    REQUIRE(now.size() == scenes.size() + 1);
    const Scene& copy = *now[4];
    CHECK(copy.name == source.name);
    CHECK(copy.id != source.id);
    CHECK(copy.parts == source.parts);
    CHECK(copy.pains == source.pains);
    CHECK(window->selection().current() == Selection::scene(copy.id));
    CHECK(window->document().history().undo_name() == "Paste scene");
    REQUIRE(window->document().undo());
    CHECK(window->document().journey() == before);
}

TEST_CASE("The context menu of an empty blueprint cell adds a scene there and types its name", "[gui][canvas]") {
    EditorWindow window;
    open_blueprint(window);
    DiagramPanel& d = *window->diagram();
    const Journey before = window->document().journey();
    const auto cell = empty_cell_in_view(d, [](const AddPlace&) { return true; });
    REQUIRE(cell);
    const AddPlace* place = &cell->second;
    const auto items = d.menu_at(cell->first);
    REQUIRE_FALSE(items.empty());
    CHECK(items[0].path == std::vector<std::string>{"Add Scene Here"});
    d.choose(items[0]);
    REQUIRE(test::wait_for_diagram(window.frame()));
    test::pump(200);
    const Journey& after = window->document().journey();
    REQUIRE(scene_count(after) == scene_count(before) + 1);
    const Scene& added = after.stages[place->stage].scenes[place->position];
    CHECK(added.lane == place->lane);
    CHECK(window->selection().current() == Selection::scene(added.id));
    CHECK(d.rename_field());
}
