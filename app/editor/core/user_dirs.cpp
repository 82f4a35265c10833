// The one per-user folder (see user_dirs.hpp).
#include "app/editor/core/user_dirs.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace stagecraft::editor {

std::string user_state_dir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/stagecraft";
    const char* home = std::getenv("HOME");
    return std::string(home && home[0] ? home : ".") + "/.config/stagecraft";
}

std::string user_settings_file() { return user_state_dir() + "/stagecraft.conf"; }

Error ensure_dir(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (!ec && std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return "cannot create " + dir + ": " + (ec ? ec.message() : std::string("a file of that name is in the way"));
}

}   // namespace stagecraft::editor
