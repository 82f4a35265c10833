// Files from the window: save and reload, unsaved-change prompts, bad files, autosave recovery.
#include <catch2/catch.hpp>

#include <filesystem>

#include <wx/fileconf.h>
#include <wx/propgrid/propgrid.h>

#include "app/editor/problems_pane.hpp"
#include "app/editor/properties_pane.hpp"
#include "gui_fixture.hpp"
#include "model/edits/edits.hpp"
#include "model/io/xml_reader.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {
const char* const kSample = "coffee-shop.journey.xml";
}

TEST_CASE("An edited journey saved to a file reloads equal to what the window holds", "[gui][files]") {
    test::TempDir dir;
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    window->selection().select(Selection::journey());
    test::pump();
    window->properties()->grid()->ChangePropertyValue("journey.title", "Evening coffee run");
    test::pump();
    REQUIRE(window->document().journey().title == "Evening coffee run");
    const std::string path = (dir / "saved.journey.xml").string();
    REQUIRE(window->save_as(path));
    CHECK_FALSE(window->document().modified());
    CHECK(window->GetTitle().StartsWith("saved.journey.xml"));
    auto reloaded = load_journey_file(path);
    REQUIRE(reloaded.ok());
    CHECK(*reloaded.journey == window->document().journey());
    // The sample itself was not touched.
    CHECK(load_journey_file(test::sample_path(kSample)).journey->title != "Evening coffee run");
}

TEST_CASE("Closing with unsaved changes asks, and a declined close keeps everything", "[gui][files]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    window->document().execute(edits::set_journey_title("Changed"));
    window.answers.unsaved = Prompter::Answer::Cancel;
    CHECK_FALSE(window->request_close());
    CHECK(window.answers.unsaved_asked == 1);
    CHECK(window->IsShown());
    CHECK(window->document().journey().title == "Changed");
    CHECK(window->document().modified());
}

TEST_CASE("New and open ask about unsaved changes and cancel leaves the journey", "[gui][files]") {
    EditorWindow window;
    window->document().execute(edits::set_journey_title("Draft"));
    window.answers.unsaved = Prompter::Answer::Cancel;
    CHECK_FALSE(window->new_journey());
    CHECK_FALSE(window->open_file(test::sample_path(kSample)));
    CHECK(window.answers.unsaved_asked == 2);
    CHECK(window->document().journey().title == "Draft");
    window.answers.unsaved = Prompter::Answer::Discard;
    CHECK(window->open_file(test::sample_path(kSample)));
}

TEST_CASE("Closing an unmodified journey asks nothing", "[gui][files]") {
    EditorWindow window;
    REQUIRE(window->open_file(test::sample_path(kSample)));
    CHECK(window->request_close());
    CHECK(window.answers.unsaved_asked == 0);
    window.forget();
    test::pump();
}

TEST_CASE("Opening a file with errors lists its problems and leaves it untouched", "[gui][files]") {
    test::TempDir dir;
    const auto path = dir / "broken.journey.xml";
    const std::string text =
        "<?xml version=\"1.0\"?>\n<journey xmlns=\"urn:stagecraft:journey\" format=\"1\" id=\"b\" kind=\"customer\">\n"
        "  <title>Broken</title>\n  <stages>\n    <stage id=\"s\" name=\"S\">\n"
        "      <touchpoint id=\"t\" name=\"T\" lane=\"nowhere\" emotion=\"9\"/>\n    </stage>\n  "
        "</stages>\n</journey>\n";
    test::write_file(path, text);
    EditorWindow window;
    const Journey before = window->document().journey();
    CHECK_FALSE(window->open_file(path.string()));
    CHECK(window.answers.errors.size() == 1);
    CHECK(window->document().journey() == before);
    const auto& shown = window->problems()->shown();
    REQUIRE(shown.size() >= 2);
    CHECK(shown.front().element.find("broken.journey.xml:") != std::string::npos);
    CHECK(test::read_file(path) == text);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".bak"));
}

TEST_CASE("Autosave keeps unsaved changes that the next start offers to restore", "[gui][files]") {
    test::TempDir recovery;
    {
        EditorWindow window(recovery.path().string());
        REQUIRE(window->open_file(test::sample_path(kSample)));
        window->autosave_tick();
        CHECK_FALSE(window->recovery().read());   // nothing to keep while unmodified
        window->document().execute(edits::set_journey_title("Not yet saved"));
        window->autosave_tick();
        REQUIRE(window->recovery().read());
        // A crash: the window goes away without the clean close that discards the recovery.
        MainFrame* frame = &window.frame();
        window.forget();
        frame->Destroy();
        test::pump();
    }
    EditorWindow window(recovery.path().string());
    window.answers.restore = true;
    window->offer_recovery();
    CHECK(window.answers.restore_asked == 1);
    CHECK(window->document().journey().title == "Not yet saved");
    CHECK(window->document().modified());
    CHECK(window->document().path() == test::sample_path(kSample));
    // The user's file still has the saved title.
    CHECK(load_journey_file(test::sample_path(kSample)).journey->title != "Not yet saved");
}

TEST_CASE("A clean close removes the recovery file", "[gui][files]") {
    test::TempDir recovery;
    {
        EditorWindow window(recovery.path().string());
        window->document().execute(edits::set_journey_title("Draft"));
        window->autosave_tick();
        REQUIRE(window->recovery().read());
    }
    EditorWindow window(recovery.path().string());
    window->offer_recovery();
    CHECK(window.answers.restore_asked == 0);
}

TEST_CASE("Recent files and the pane layout are remembered across windows", "[gui][files]") {
    test::TempDir dir;
    auto* config =
        new wxFileConfig("stagecraft-test", "", (dir / "stagecraft.conf").string(), "", wxCONFIG_USE_LOCAL_FILE);
    wxConfigBase* previous = wxConfigBase::Set(config);
    const std::string sample = test::sample_path(kSample);
    {
        test::ScriptedAnswers answers;
        FrameOptions options;
        options.prompter = std::make_unique<test::ScriptedPrompter>(answers);
        options.recovery_dir = (dir / "recovery").string();
        auto* frame = new MainFrame(std::move(options));
        frame->Show();
        REQUIRE(frame->open_file(sample));
        frame->panes().GetPane("problems").Hide();
        frame->panes().Update();
        REQUIRE(frame->request_close());
        test::pump();
    }
    {
        test::ScriptedAnswers answers;
        FrameOptions options;
        options.prompter = std::make_unique<test::ScriptedPrompter>(answers);
        options.recovery_dir = (dir / "recovery").string();
        auto* frame = new MainFrame(std::move(options));
        frame->Show();
        test::pump();
        REQUIRE(frame->recent_files().GetCount() >= 1);
        CHECK(std::string(frame->recent_files().GetHistoryFile(0).utf8_str()) == sample);
        CHECK_FALSE(frame->panes().GetPane("problems").IsShown());
        CHECK(frame->panes().GetPane("outline").IsShown());
        frame->Close(true);
        test::pump();
    }
    delete wxConfigBase::Set(previous);
}

TEST_CASE("Open with unsaved changes asks once, about opening, before the file is chosen", "[gui][files]") {
    EditorWindow window;
    window->document().execute(edits::set_journey_title("Draft"));
    window.answers.unsaved = Prompter::Answer::Discard;
    window.answers.path = test::sample_path(kSample);
    wxCommandEvent open(wxEVT_MENU, wxID_OPEN);
    window->ProcessWindowEvent(open);
    test::pump();
    CHECK(window.answers.unsaved_asked == 1);
    CHECK(window.answers.unsaved_before == "opening another journey");
    CHECK(window->document().path() == test::sample_path(kSample));
    // Opening a recent file asks once too.
    window->document().execute(edits::set_journey_title("Draft again"));
    CHECK(window->open_file(test::sample_path("hotel-stay.journey.xml")));
    CHECK(window.answers.unsaved_asked == 2);
}

TEST_CASE("Save As proposes the title and always writes NAME.journey.xml, asking before replacing", "[gui][files]") {
    test::TempDir dir;
    EditorWindow window;
    REQUIRE(window->new_journey());
    window->document().execute(edits::set_journey_title("Dentist check-up"));
    // The name typed without the ending, as GTK leaves it when "untitled.journey" is selected.
    window.answers.path = (dir / "visit.xml").string();
    wxCommandEvent save_as(wxEVT_MENU, wxID_SAVEAS);
    window->ProcessWindowEvent(save_as);
    test::pump();
    CHECK(window.answers.suggested == "dentist-check-up.journey.xml");
    CHECK(window->document().path() == (dir / "visit.journey.xml").string());
    CHECK(std::filesystem::exists(dir / "visit.journey.xml"));
    CHECK_FALSE(std::filesystem::exists(dir / "visit.xml"));
    CHECK(window.answers.replace_asked.empty());
    // Typing the same name again: the file it becomes exists, so the replace question comes.
    window.answers.replace = false;
    window->document().execute(edits::set_journey_title("Dentist check-up, changed"));
    window->ProcessWindowEvent(save_as);
    test::pump();
    CHECK(window.answers.replace_asked.size() == 1);
    CHECK(window->document().modified());
}
