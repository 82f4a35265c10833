// Per-user state lives in one XDG folder, created on demand.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "app/editor/core/user_dirs.hpp"
#include "test_support.hpp"

using namespace stagecraft::editor;

namespace {
// Sets an environment variable for the scope, restoring the old value after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_)
            setenv(name_, old_->c_str(), 1);
        else
            unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};
}   // namespace

TEST_CASE("User state goes to XDG_CONFIG_HOME/stagecraft, else ~/.config/stagecraft") {
    ScopedEnv home("HOME", "/home/ana");
    {
        ScopedEnv xdg("XDG_CONFIG_HOME", nullptr);
        CHECK(user_state_dir() == "/home/ana/.config/stagecraft");
        CHECK(user_settings_file() == "/home/ana/.config/stagecraft/stagecraft.conf");
    }
    {
        ScopedEnv xdg("XDG_CONFIG_HOME", "/srv/conf");
        CHECK(user_state_dir() == "/srv/conf/stagecraft");
    }
    {
        ScopedEnv xdg("XDG_CONFIG_HOME", "relative/not/allowed");
        CHECK(user_state_dir() == "/home/ana/.config/stagecraft");
    }
}

TEST_CASE("The state folder is created with its parents, and a file in the way is said plainly") {
    stagecraft::test::TempDir dir;
    const std::string nested = (dir / "a/b/.config/stagecraft").string();
    CHECK_FALSE(ensure_dir(nested));
    CHECK(std::filesystem::is_directory(nested));
    CHECK_FALSE(ensure_dir(nested));   // already there
    stagecraft::test::write_file(dir / "file", "x");
    const auto error = ensure_dir((dir / "file/.config").string());
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("cannot create") && Catch::Contains("file/.config"));
}
