// A tour for looking at the editor: every sample in every view at 1280x800 and 1920x1080, written
// as PNGs to tour/ in the build directory. Hidden from the default run: `test_editor_gui "[.tour]"`.
#include <catch2/catch.hpp>

#include <filesystem>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>

#include "app/editor/diagram_panel.hpp"
#include "gui_fixture.hpp"

using namespace stagecraft;
using namespace stagecraft::editor;

namespace {
bool capture(wxWindow& window, const std::string& path) {
    const wxSize size = window.GetClientSize();
    wxBitmap shot(size);
    {
        wxClientDC screen(&window);
        wxMemoryDC memory(shot);
        memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    }
    return shot.SaveFile(path, wxBITMAP_TYPE_PNG);
}
}   // namespace

TEST_CASE("Tour: every sample in every view at two window sizes", "[.tour]") {
    const std::string dir = std::string(STAGECRAFT_GUI_OUTPUT_DIR) + "/tour";
    std::filesystem::create_directories(dir);
    for (const auto& sample : test::sample_files()) {
        for (const wxSize size : {wxSize(1280, 800), wxSize(1920, 1080)}) {
            test::EditorWindow window;
            window->SetSize(size);
            REQUIRE(window->open_file(sample.string()));
            const auto scenes = all_scenes(window->document().journey());
            window->selection().select(Selection::scene(scenes.at(scenes.size() / 3)->id));
            for (auto view : kAllViews) {
                window->set_view(view);
                REQUIRE(test::wait_for_diagram(window.frame()));
                test::pump(300);
                window->Update();
                const std::string stem = sample.filename().string();
                const std::string name = dir + "/" + stem.substr(0, stem.find('.')) + "-" +
                                         std::string(view_cli_name(view)) + "-" + std::to_string(size.x) + ".png";
                CHECK(capture(window.frame(), name));
            }
        }
    }
}
