// The reference journey: a small "Dentist check-up" built from File › New the way a user builds
// it, with simulated mouse and keys only (no call into the model), saved, and compared with the
// expected journey. Every user action is counted: a key or key chord, a typed string, a click, a
// double-click, a drag; a question the editor asks (which start, which flow kind, which file name)
// counts as the keys a user answers it with. Above 80 actions the test fails.
#include <catch2/catch.hpp>

#include <glib.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <filesystem>
#include <functional>
#include <iostream>

#include "app/editor/cast_pane.hpp"
#include "app/editor/core/templates.hpp"
#include "app/editor/diagram_panel.hpp"
#include "gui_fixture.hpp"
#include "model/io/xml_reader.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {

constexpr int kMostActions = 80;

// The user's hands: every method is one action, counted.
class User {
public:
    explicit User(EditorWindow& window) : window_(window) {}

    int actions() const { return actions_; }
    const std::string& log() const { return log_; }

    void key(int code, int modifiers = wxMOD_NONE) {
        count("key");
        sim_.Char(code, modifiers);
        settle();
    }
    void type(const std::string& text) {
        count("type \"" + text + "\"");
        sim_.Text(text.c_str());
        settle();
    }
    void double_click(const wxPoint& screen) {
        count("double-click");
        sim_.MouseMove(screen);
        test::pump(60);
        sim_.MouseDblClick();
        settle();
    }
    // A drag with the left button on the diagram.
    void drag(const wxPoint& from, const wxPoint& to) {
        count("drag");
        test::drag(sim_, from, to);
        settle();
    }
    // A drag and drop between windows (the Cast pane to the diagram): once the drag starts, the
    // toolkit runs its own event loop until the drop, so the rest of the gesture is played from a
    // timer that fires inside that loop.
    void drag_and_drop(const wxPoint& from, const wxPoint& to, bool shift) {
        count(shift ? "shift-drag" : "drag");
        sim_.MouseMove(from);
        test::pump(60);
        // The list starts a drag on the third move with the button down, if the pointer is still
        // on the row then: three short moves first.
        std::vector<std::function<void()>> rest = {
            [&] { sim_.MouseMove(from + wxPoint(4, 0)); },
            [&] { sim_.MouseMove(from + wxPoint(8, 0)); },
            [&] { sim_.MouseMove(from + wxPoint(12, 0)); },
            [&] { sim_.MouseMove((from + to) / 2); },
            [&] { sim_.MouseMove(to - wxPoint(6, 0)); },
            [&] { sim_.MouseMove(to - wxPoint(3, 0)); },
            [&] { sim_.MouseMove(to); },
            [&] { sim_.MouseUp(); },
        };
        // Each step from a one-shot GLib timeout that first schedules the next: the toolkit's drag
        // loop runs GLib's main loop (not wxWidgets' timers), and starts inside a step, where that
        // step's own source cannot fire again.
        struct Player {
            std::vector<std::function<void()>>* steps;
            std::size_t next = 0;
            static gboolean play(gpointer data) {
                auto* p = static_cast<Player*>(data);
                if (p->next + 1 < p->steps->size()) g_timeout_add(150, &Player::play, p);
                if (p->next < p->steps->size()) (*p->steps)[p->next++]();
                return G_SOURCE_REMOVE;
            }
        } player{&rest};
        if (shift) sim_.KeyDown(WXK_SHIFT);
        sim_.MouseDown();
        g_timeout_add(150, &Player::play, &player);
        for (int i = 0; i < 150 && player.next < rest.size(); ++i) test::pump(20);
        test::pump(200);
        const std::size_t next = player.next;
        if (shift) sim_.KeyUp(WXK_SHIFT);
        REQUIRE(next == rest.size());
        settle();
    }
    // A question the editor asks, answered with `keys` actions (its answer is scripted).
    void answer(int keys, const std::string& what) {
        for (int i = 0; i < keys; ++i) count(what);
    }

private:
    void count(const std::string& what) {
        ++actions_;
        log_ += std::to_string(actions_) + ". " + what + "\n";
    }
    // The editor catches up: the diagram shows the newest journey.
    void settle() {
        test::pump(80);
        REQUIRE(test::wait_for_diagram(window_.frame()));
        test::pump(60);
    }

    EditorWindow& window_;
    wxUIActionSimulator sim_;
    int actions_ = 0;
    std::string log_;
};

DiagramPanel& diagram(EditorWindow& w) { return *w->diagram(); }

// Where the diagram draws things, on screen.
const diagram::LayoutElement* drawn(EditorWindow& w, diagram::ElementKind kind, const std::string& id) {
    for (const auto& e : diagram(w).layout().elements)
        if (e.kind == kind && e.id == id) return &e;
    return nullptr;
}
// A point of the picture on screen; it must be in view, as a user points only at what they see.
wxPoint on_screen(EditorWindow& w, double x, double y) {
    DiagramPanel& d = diagram(w);
    const wxPoint client = d.point_to_client(x, y);
    INFO("point " << x << ", " << y << " at " << client.x << ", " << client.y);
    REQUIRE(d.GetClientRect().Contains(client));
    return d.ClientToScreen(client);
}
wxPoint centre_of(EditorWindow& w, diagram::ElementKind kind, const std::string& id) {
    const auto* e = drawn(w, kind, id);
    REQUIRE(e);
    return on_screen(w, e->box.x + e->box.width / 2, e->box.y + e->box.height / 2);
}
// The empty blueprint cell of a stage and lane: under the column of scene `column_of` when given,
// else in the middle of the stage's column.
wxPoint cell(EditorWindow& w, const std::string& stage_id, Lane lane, const std::string& column_of = {}) {
    const auto* heading = drawn(w, diagram::ElementKind::Lane, std::to_string(static_cast<int>(lane)));
    REQUIRE(heading);
    const auto* column = column_of.empty() ? drawn(w, diagram::ElementKind::Stage, stage_id)
                                           : drawn(w, diagram::ElementKind::Scene, column_of);
    REQUIRE(column);
    return on_screen(w, column->box.x + column->box.width / 2, heading->box.y + heading->box.height / 2);
}
// The gap right of a stage, level with the customer lane.
wxPoint after_stage(EditorWindow& w, const std::string& stage_id) {
    const auto* title = drawn(w, diagram::ElementKind::Stage, stage_id);
    const auto* lane = drawn(w, diagram::ElementKind::Lane, "0");
    REQUIRE(title);
    REQUIRE(lane);
    return on_screen(w, title->box.x + title->box.width + 14, lane->box.y + lane->box.height / 2);
}
wxPoint left_edge(EditorWindow& w, const std::string& scene_id) {
    const auto r = diagram(w).element_rect(scene_id);
    REQUIRE(r);
    return diagram(w).ClientToScreen(r->GetPosition() + wxPoint(2, r->height / 2));
}
wxPoint cast_row(EditorWindow& w, long row) {
    wxRect r;
    REQUIRE(w->cast()->GetItemRect(row, r));
    return w->cast()->ClientToScreen(r.GetPosition() + wxPoint(std::min(r.width / 2, 40), r.height / 2));
}

// A scene's id by its name in the journey being built.
std::string scene_named(EditorWindow& w, const std::string& name) {
    for (const Scene* s : all_scenes(w->document().journey()))
        if (s->name == name) return s->id;
    FAIL("no scene named " << name);
    return {};
}
std::string stage_named(EditorWindow& w, const std::string& name) {
    for (const Stage& s : w->document().journey().stages)
        if (s.name == name) return s.id;
    FAIL("no stage named " << name);
    return {};
}

// A scene typed in: a double-click on its cell (or Enter after the previous one), its name,
// Enter, then its emotion as a digit when it has one.
void name_it(User& user, const std::string& name, char emotion_digit = 0) {
    user.type(name);
    user.key(WXK_RETURN);
    if (emotion_digit) user.key(emotion_digit);
}

}   // namespace

TEST_CASE("The reference journey is built from File › New with simulated input in at most 80 actions",
          "[reference_journey]") {
    EditorWindow window;
    window->SetSize(1280, 800);
    window->Raise();
    test::pump(200);
    const test::TempDir dir;
    const std::string saved = (dir.path() / "dentist-check-up.journey.xml").string();
    window.answers.start = 0;   // File › New: the blank journey, first in the list (Enter)
    window.answers.path = saved;
    User user(window);

    // A blank journey, shown as a service blueprint.
    user.key('N', wxMOD_CONTROL);
    user.answer(1, "Enter: blank journey");
    user.key('2', wxMOD_CONTROL);
    REQUIRE(window->diagram()->view() == DiagramView::Blueprint);
    user.key('0', wxMOD_CONTROL);   // fit to the window, as the journey grows

    // The title and the first stage, typed in place.
    user.double_click(centre_of(window, diagram::ElementKind::Title, ""));
    name_it(user, "Dentist check-up");
    user.double_click(centre_of(window, diagram::ElementKind::Stage, window->document().journey().stages[0].id));
    name_it(user, "Book");
    const std::string book = stage_named(window, "Book");

    // Book: the customer calls, the receptionist books, a reminder goes out.
    user.double_click(cell(window, book, Lane::Customer));
    name_it(user, "Calls the practice", '3');
    user.double_click(cell(window, book, Lane::Frontstage, scene_named(window, "Calls the practice")));
    name_it(user, "Books a slot", '4');
    user.double_click(cell(window, book, Lane::Support, scene_named(window, "Calls the practice")));
    name_it(user, "Sends a reminder");

    // Visit: a new stage after Book; three scenes in the frontstage lane, one behind them.
    user.double_click(after_stage(window, book));
    name_it(user, "Visit");
    const std::string visit = stage_named(window, "Visit");
    user.double_click(cell(window, visit, Lane::Frontstage));
    name_it(user, "Checks in", '3');
    user.key(WXK_RETURN);   // the next scene, in the same lane
    name_it(user, "Examines the teeth", '2');
    user.key('P', wxMOD_CONTROL | wxMOD_SHIFT);
    name_it(user, "Waited 20 minutes past the time");
    user.key(WXK_RETURN);
    name_it(user, "Cleans the teeth", '4');
    user.double_click(cell(window, visit, Lane::Backstage, scene_named(window, "Cleans the teeth")));
    name_it(user, "Updates the chart");

    // Follow up: paying and booking the next visit, with an opportunity.
    user.double_click(after_stage(window, visit));
    name_it(user, "Follow up");
    user.double_click(cell(window, stage_named(window, "Follow up"), Lane::Customer));
    name_it(user, "Pays and books the next visit", '5');
    user.key('O', wxMOD_CONTROL | wxMOD_SHIFT);
    name_it(user, "Book the next check-up before leaving");

    // The cast: three roles, named as they are added.
    for (const char* role : {"Receptionist", "Dentist", "Hygienist"}) {
        user.key('R', wxMOD_CONTROL | wxMOD_SHIFT);
        name_it(user, role);
    }
    REQUIRE(window->document().journey().cast.size() == 3);

    // Casting: each role dragged from the Cast pane onto its scenes; Shift for an understudy.
    const std::pair<const char*, std::vector<std::pair<const char*, bool>>> casting[] = {
        {"Receptionist", {{"Books a slot", false}, {"Sends a reminder", false}, {"Checks in", false}}},
        {"Dentist", {{"Examines the teeth", false}, {"Updates the chart", false}, {"Cleans the teeth", true}}},
        {"Hygienist", {{"Cleans the teeth", false}, {"Checks in", true}}},
    };
    for (const auto& [role, scenes] : casting) {
        long row = -1;
        const auto& cast = window->document().journey().cast;
        for (std::size_t i = 0; i < cast.size(); ++i)
            if (cast[i].name == role) row = static_cast<long>(i);
        REQUIRE(row >= 0);
        for (const auto& [scene, understudy] : scenes)
            user.drag_and_drop(cast_row(window, row),
                               centre_of(window, diagram::ElementKind::Scene, scene_named(window, scene)), understudy);
    }

    // The handoff from the dentist to the hygienist, with its label.
    user.drag(left_edge(window, scene_named(window, "Examines the teeth")),
              centre_of(window, diagram::ElementKind::Scene, scene_named(window, "Cleans the teeth")));
    user.answer(1, "click: handoff (proposed)");
    REQUIRE(window->diagram()->rename_field());
    name_it(user, "Patient notes");

    // Saved under the name typed in the Save dialog.
    user.key('S', wxMOD_CONTROL);
    user.answer(2, "type the file name, Enter");
    test::pump(200);

    std::cout << "reference_journey: " << user.actions() << " actions (at most " << kMostActions << ")\n" << user.log();
    REQUIRE(std::filesystem::exists(saved));
    // KEEP_REFERENCE=PATH keeps a copy of what was saved, to look at or to renew the expected file.
    if (const char* keep = std::getenv("KEEP_REFERENCE"))
        std::filesystem::copy_file(saved, keep, std::filesystem::copy_options::overwrite_existing);
    const LoadResult got = load_journey_file(saved);
    REQUIRE(got.ok());
    const LoadResult expected =
        load_journey_file(std::string(STAGECRAFT_TEST_DATA_DIR) + "/dentist-check-up.journey.xml");
    REQUIRE(expected.ok());
    CHECK(*got.journey == *expected.journey);
    CHECK(window.answers.flow_kinds_proposed == std::vector<FlowKind>{FlowKind::Handoff});
    CHECK(user.actions() <= kMostActions);

    // Every gesture was one undo step: undoing them all gives the blank journey back, and redoing
    // them all the journey saved.
    Document& document = window->document();
    int steps = 0;
    while (document.undo()) ++steps;
    CHECK(steps > 40);
    CHECK(document.journey() == journey_from_template(0));
    while (document.redo()) --steps;
    CHECK(steps == 0);
    CHECK(document.journey() == *got.journey);
}
