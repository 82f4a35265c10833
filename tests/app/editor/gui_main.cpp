// Entry point of the GUI tests: start wxWidgets (a display is needed), then run Catch.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

namespace {
class TestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};
}   // namespace

int main(int argc, char** argv) {
    wxApp::SetInstance(new TestApp);
    int wx_argc = 1;
    char* wx_argv[] = {argv[0], nullptr};
    if (!wxEntryStart(wx_argc, wx_argv)) {
        fprintf(stderr, "test_editor_gui: cannot start wxWidgets (is there a display? run under xvfb-run)\n");
        return 2;
    }
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    const int result = Catch::Session().run(argc, argv);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
