// The Properties pane changes exactly what the user changed: list fields are one item per line
// and never split on punctuation; no text is trimmed, escaped or unescaped on its way in.
#include <catch2/catch.hpp>

#include <wx/propgrid/propgrid.h>

#include "app/editor/properties_pane.hpp"
#include "gui_fixture.hpp"
#include "model/journey.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {

const char* const kSample = "coffee-shop.journey.xml";

// Texts a user may type, each of which must arrive unchanged.
const std::vector<std::string> kTexts = {
    "On hold for 10 minutes, then cut off",
    "  leading and trailing spaces  ",
    "\"Quoted\", 'single', semi; colon: done",
    R"(C:\new\table \n \t \\ stay)",
    "a,b,,c;;d",
};

const Scene& first_scene(const Journey& j) { return j.stages.at(0).scenes.at(0); }

void select_first_scene(EditorWindow& window) {
    window->selection().select(Selection::scene(first_scene(window->document().journey()).id));
    window->properties()->rebuild();
    test::pump();
}

}   // namespace

TEST_CASE("A pain point with a comma stays one pain point", "[gui][properties]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    select_first_scene(window);
    wxPropertyGrid* grid = window->properties()->grid();
    REQUIRE(grid->ChangePropertyValue("scene.pains", wxString::FromUTF8("On hold for 10 minutes, then cut off")));
    test::pump();
    CHECK(first_scene(window->document().journey()).pains ==
          std::vector<std::string>{"On hold for 10 minutes, then cut off"});
    // Touching the cell again (its text coming back from the cell) changes nothing.
    select_first_scene(window);
    wxPGProperty* p = window->properties()->grid()->GetPropertyByName("scene.pains");
    REQUIRE(p);
    const std::uint64_t undo_depth = window->document().history().change_count();
    CHECK_FALSE(p->SetValueFromString(p->GetValueAsString()));
    CHECK_FALSE(p->SetValueFromString("On hold for 10 minutes"));
    test::pump();
    CHECK(window->document().history().change_count() == undo_depth);
    CHECK(first_scene(window->document().journey()).pains ==
          std::vector<std::string>{"On hold for 10 minutes, then cut off"});
}

TEST_CASE("List fields take one item per line and keep every other character as typed", "[gui][properties]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    std::string lines;
    for (const auto& t : kTexts) lines += t + "\n";
    lines += "\n";   // blank lines are not items
    for (const char* key : {"scene.pains", "scene.props", "scene.opportunities"}) {
        INFO(key);
        select_first_scene(window);
        REQUIRE(window->properties()->grid()->ChangePropertyValue(key, wxString::FromUTF8(lines)));
        test::pump();
        const Scene& t = first_scene(window->document().journey());
        const std::vector<std::string>& got = std::string(key) == "scene.pains"   ? t.pains
                                              : std::string(key) == "scene.props" ? t.props
                                                                                  : t.opportunities;
        CHECK(got == kTexts);
    }
    // Persona goals and needs are lists too.
    window->selection().select(Selection::journey());
    window->properties()->rebuild();
    test::pump();
    if (window->document().journey().persona) {
        REQUIRE(window->properties()->grid()->ChangePropertyValue("persona.goals", wxString::FromUTF8(lines)));
        test::pump();
        CHECK(window->document().journey().persona->goals == kTexts);
    }
}

TEST_CASE("Single-line and multi-line text fields keep commas, quotes, backslashes and spaces", "[gui][properties]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    for (const auto& text : kTexts) {
        INFO(text);
        select_first_scene(window);
        wxPropertyGrid* grid = window->properties()->grid();
        REQUIRE(grid->ChangePropertyValue("scene.name", wxString::FromUTF8(text)));
        test::pump();
        CHECK(first_scene(window->document().journey()).name == text);
        select_first_scene(window);
        const std::string multi = text + "\n" + text;
        REQUIRE(window->properties()->grid()->ChangePropertyValue("scene.script", wxString::FromUTF8(multi)));
        test::pump();
        CHECK(first_scene(window->document().journey()).script == multi);
        // The script's cell cannot reinterpret it either.
        select_first_scene(window);
        wxPGProperty* script = window->properties()->grid()->GetPropertyByName("scene.script");
        REQUIRE(script);
        CHECK_FALSE(script->SetValueFromString(script->GetValueAsString()));
        CHECK(first_scene(window->document().journey()).script == multi);
    }
    window->selection().select(Selection::journey());
    window->properties()->rebuild();
    test::pump();
    REQUIRE(window->properties()->grid()->ChangePropertyValue("journey.title", wxString::FromUTF8(kTexts[2])));
    test::pump();
    CHECK(window->document().journey().title == kTexts[2]);
}
