// The editor's document: edits notify listeners, save marks it clean, a bad file changes nothing,
// and the problem list joins validation and staging checks with a target to select.
#include <catch2/catch.hpp>

#include "app/editor/core/document.hpp"
#include "app/editor/core/problem_list.hpp"
#include "edit_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/io/xml_reader.hpp"
#include "model/validate.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

TEST_CASE("A new document holds a valid untitled journey and is unmodified", "[document]") {
    Document doc;
    CHECK(doc.display_name() == "Untitled");
    CHECK_FALSE(doc.modified());
    CHECK(scene_count(doc.journey()) == 1);
    CHECK_FALSE(has_errors(validate_journey(doc.journey())));
}

TEST_CASE("Every edit, undo and redo notifies listeners and advances the generation", "[document]") {
    Document doc;
    int heard = 0;
    auto subscription = doc.subscribe([&] { ++heard; });
    auto g0 = doc.generation();
    REQUIRE_FALSE(doc.execute(edits::rename_scene("welcome", "Hello")));
    doc.undo();
    doc.redo();
    CHECK(heard == 3);
    CHECK(doc.generation() == g0 + 3);
    CHECK(doc.execute(edits::rename_scene("ghost", "x")));
    CHECK(heard == 3);
}

TEST_CASE("Saving writes the file, takes its name and clears the modified flag", "[document]") {
    test::TempDir dir;
    Document doc;
    doc.reset(test::edit_fixture(), "");
    doc.execute(edits::rename_scene("greet", "Welcome in"));
    REQUIRE(doc.modified());
    auto path = (dir / "out.journey.xml").string();
    REQUIRE_FALSE(doc.save(path));
    CHECK_FALSE(doc.modified());
    CHECK(doc.display_name() == "out.journey.xml");
    auto loaded = load_journey_file(path);
    REQUIRE(loaded.ok());
    CHECK(*loaded.journey == doc.journey());
}

TEST_CASE("Opening a file with errors keeps the current journey and reports the problems", "[document]") {
    test::TempDir dir;
    auto path = dir / "bad.journey.xml";
    const std::string bad = "<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"x\"><stages>";
    test::write_file(path, bad);
    Document doc;
    const Journey before = doc.journey();
    auto problems = doc.open(path.string());
    CHECK(has_errors(problems));
    CHECK(doc.journey() == before);
    CHECK(doc.path().empty());
    CHECK(test::read_file(path) == bad);
}

TEST_CASE("A restored recovery counts as unsaved until saved", "[document]") {
    Document doc;
    doc.reset(test::edit_fixture(), "/tmp/x.journey.xml", true);
    CHECK(doc.modified());
    CHECK_FALSE(doc.history().can_undo());
}

TEST_CASE("Staging findings in the problem list select the element they concern", "[problems]") {
    Journey j = test::edit_fixture();
    // "brew" as a fail point without an understudy: a single point of failure.
    find_scene(j, "brew")->fail_point = true;
    auto items = collect_problems(j);
    bool found = false;
    for (const auto& item : items)
        if (item.source == "single-point-of-failure" && item.target == Selection::scene("brew")) found = true;
    CHECK(found);
}

TEST_CASE("The severity filter keeps only the chosen severities", "[problems]") {
    std::vector<ProblemItem> items(3);
    items[0].severity = Severity::Error;
    items[1].severity = Severity::Warning;
    items[2].severity = Severity::Note;
    SeverityFilter filter;
    filter.notes = false;
    auto kept = filter_problems(items, filter);
    REQUIRE(kept.size() == 2);
    CHECK(kept[1].severity == Severity::Warning);
    auto counts = count_problems(items);
    CHECK((counts.errors == 1 && counts.warnings == 1 && counts.notes == 1));
}

TEST_CASE("A highlighted finding is found again after the list changes, and is gone once fixed") {
    using namespace stagecraft::editor;
    ProblemItem a{Severity::Error, "no-lead", "Scene: Greet", "no lead", "", Selection::scene("greet")};
    ProblemItem b{Severity::Warning, "dip-without-opportunity", "Scene: Pay", "dip", "", Selection::scene("pay")};
    ProblemItem b_reworded = b;
    b_reworded.message = "dip, now worded otherwise";
    const std::vector<ProblemItem> after_fixing_a{b_reworded};
    CHECK(find_same_problem(after_fixing_a, b) == std::optional<std::size_t>(0));
    CHECK_FALSE(find_same_problem(after_fixing_a, a));
    ProblemItem same_check_other_scene = a;
    same_check_other_scene.target = Selection::scene("pay");
    CHECK_FALSE(find_same_problem({same_check_other_scene}, a));
}

TEST_CASE("Fix hints in the problem list say what to do without the file's markup", "[problems]") {
    Journey j = test::edit_fixture();
    find_scene(j, "greet")->parts.clear();   // a frontstage scene nobody leads
    bool found = false;
    for (const auto& item : collect_problems(j)) {
        CHECK(item.hint.find('<') == std::string::npos);
        if (item.target == Selection::scene("greet") && item.hint.find("cast one role as lead so") == 0) found = true;
    }
    CHECK(found);
}
