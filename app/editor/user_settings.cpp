// Settings in ~/.config/stagecraft/stagecraft.conf (see user_settings.hpp).
#include "app/editor/user_settings.hpp"

#include <wx/fileconf.h>
#include <wx/filehistory.h>
#include <wx/log.h>

#include "app/editor/core/user_dirs.hpp"
#include "app/editor/wx_text.hpp"

namespace stagecraft::editor {

void install_user_settings() {
    wxLogNull quiet;
    auto* config = new wxFileConfig("stagecraft", "", wx(user_settings_file()), "", wxCONFIG_USE_LOCAL_FILE);
    // Written only by flush_user_settings: a destructor that writes would report failures
    // in a dialog when the application quits.
    config->DisableAutoSave();
    delete wxConfigBase::Set(config);
}

Error flush_user_settings() {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (!config) return std::nullopt;
    if (auto error = ensure_dir(user_state_dir())) return "settings not saved: " + *error;
    wxLogNull quiet;
    if (!config->Flush()) return "settings not saved: cannot write " + user_settings_file();
    return std::nullopt;
}

WindowState read_window_state() {
    WindowState state;
    wxConfigBase* config = wxConfigBase::Get();
    wxString perspective;
    if (config->Read("/Window/Perspective", &perspective)) state.perspective = utf8(perspective);
    config->Read("/Window/Width", &state.width);
    config->Read("/Window/Height", &state.height);
    config->Read("/Window/Maximized", &state.maximized);
    return state;
}

void write_window_state(const WindowState& state) {
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Window/Perspective", wx(state.perspective));
    config->Write("/Window/Maximized", state.maximized);
    if (!state.maximized) {
        config->Write("/Window/Width", state.width);
        config->Write("/Window/Height", state.height);
    }
}

void read_recent_files(wxFileHistory& history) {
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath("/RecentFiles");
    history.Load(*config);
    config->SetPath("/");
}

void write_recent_files(wxFileHistory& history) {
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath("/RecentFiles");
    history.Save(*config);
    config->SetPath("/");
}

}   // namespace stagecraft::editor
