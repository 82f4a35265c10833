// The Stagecraft editor's entry point: `stagecraft [FILE]` opens FILE, otherwise an untitled
// journey (offering to restore unsaved changes kept by autosave after a crash).
#include <cstdio>
#include <string>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/stdpaths.h>

#include "app/editor/main_frame.hpp"
#include "app/editor/user_settings.hpp"
#include "app/editor/wx_text.hpp"

namespace {

class EditorApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("stagecraft");
        SetAppDisplayName("Stagecraft");
        wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
        stagecraft::editor::install_user_settings();
        wxInitAllImageHandlers();
        if (!wxApp::OnInit()) return false;
        auto* frame = new stagecraft::editor::MainFrame();
        frame->Show();
        if (!file_.empty())
            frame->open_file(stagecraft::editor::utf8(file_));
        else
            frame->CallAfter([frame] { frame->offer_recovery(); });
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam("journey file to open", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) file_ = parser.GetParam(0);
        return wxApp::OnCmdLineParsed(parser);
    }

    int OnExit() override {
        delete wxConfigBase::Set(nullptr);
        return wxApp::OnExit();
    }

private:
    wxString file_;
};

}   // namespace

wxIMPLEMENT_APP_NO_MAIN(EditorApp);

// --help and --version are answered before GTK starts, so they work without a display.
int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::printf(
                "Usage: stagecraft [-h] [--verbose] [--version] [FILE]\n"
                "Opens FILE (a .journey.xml), or an untitled journey.\n"
                "  -h, --help   show this help message\n"
                "  --verbose    generate verbose log messages\n"
                "  --version    print the version and exit\n");
            return 0;
        }
        if (arg == "--version") {
            std::printf("stagecraft %s\n", STAGECRAFT_VERSION);
            return 0;
        }
    }
    return wxEntry(argc, argv);
}
