// The first run on a brand-new account: settings and recovery in ~/.config/stagecraft, created
// on demand; quitting asks nothing when nothing is unsaved, and never shows an error box.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <wx/config.h>

#include "app/editor/core/user_dirs.hpp"
#include "app/editor/user_settings.hpp"
#include "gui_fixture.hpp"
#include "model/edits/edits.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;
using stagecraft::test::EditorWindow;

namespace {

// HOME pointed at `home` (XDG_CONFIG_HOME unset) and the settings store on it, for the scope.
class NewAccount {
public:
    explicit NewAccount(const std::filesystem::path& home) {
        if (const char* h = std::getenv("HOME")) old_home_ = h;
        if (const char* x = std::getenv("XDG_CONFIG_HOME")) old_xdg_ = x;
        setenv("HOME", home.c_str(), 1);
        unsetenv("XDG_CONFIG_HOME");
        install_user_settings();
    }
    ~NewAccount() {
        delete wxConfigBase::Set(nullptr);
        setenv("HOME", old_home_.c_str(), 1);
        if (!old_xdg_.empty()) setenv("XDG_CONFIG_HOME", old_xdg_.c_str(), 1);
    }

private:
    std::string old_home_, old_xdg_;
};

}   // namespace

TEST_CASE("A first run with a brand-new home: edit, save, quit without questions, and the restart remembers",
          "[gui][first-run]") {
    test::TempDir home;
    NewAccount account(home.path());
    const std::string saved = (home / "breakfast.journey.xml").string();
    {
        EditorWindow window(user_state_dir(), true);
        REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
        window->document().execute(edits::set_journey_title("Breakfast run"));
        REQUIRE(window->save_as(saved));
        window.answers.unsaved = Prompter::Answer::Cancel;   // a question would stop the quit
        CHECK(window->Close(false));
        window.forget();
        test::pump(100);
        CHECK(window.answers.unsaved_asked == 0);
        CHECK(window.answers.errors.empty());
    }
    const auto settings = home.path() / ".config/stagecraft/stagecraft.conf";
    REQUIRE(std::filesystem::exists(settings));
    CHECK_THAT(test::read_file(settings), Catch::Contains("breakfast.journey.xml"));
    CHECK_FALSE(std::filesystem::exists(home.path() / ".stagecraft"));
    // The restart reads what the first run wrote.
    install_user_settings();
    EditorWindow again(user_state_dir(), true);
    REQUIRE(again->recent_files().GetCount() >= 1);
    CHECK(std::string(again->recent_files().GetHistoryFile(0).utf8_str()) == saved);
}

TEST_CASE("Settings that cannot be written are told in the status bar, and quitting still just quits",
          "[gui][first-run]") {
    test::TempDir dir;
    test::write_file(dir / "not-a-folder", "x");   // HOME is a file: nothing can be created under it
    NewAccount account(dir / "not-a-folder");
    test::TempDir recovery;
    EditorWindow window(recovery.path().string(), true);
    const std::string saved = (dir / "plan.journey.xml").string();
    REQUIRE(window->open_file(test::sample_path("coffee-shop.journey.xml")));
    REQUIRE(window->save_as(saved));
    CHECK_THAT(std::string(window->GetStatusBar()->GetStatusText(0).utf8_str()), Catch::Contains("settings not saved"));
    window.answers.unsaved = Prompter::Answer::Cancel;
    CHECK(window->Close(false));
    window.forget();
    test::pump(100);
    CHECK(window.answers.unsaved_asked == 0);
    CHECK(window.answers.errors.empty());
}
