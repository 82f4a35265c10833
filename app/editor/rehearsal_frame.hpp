// Rehearsal mode: the journey as a prompt book, full screen, one scene at a time — who is on
// stage, the script, the props, the cue to the next scene — for a team walk-through.
// Left/Right (or Page Up/Down, Space) step through the scenes; Escape leaves.
#pragma once

#include <vector>

#include <wx/frame.h>

#include "app/editor/core/prompt_book.hpp"

class wxPanel;

namespace stagecraft::editor {

class RehearsalFrame : public wxFrame {
public:
    // Opens on the page of `start_scene` when given. `full_screen` false keeps a window (tests).
    RehearsalFrame(wxWindow* parent, std::vector<PromptPage> pages, const std::string& start_scene, bool full_screen = true);

    void show_page(int index);
    int page() const { return index_; }
    int page_count() const { return static_cast<int>(pages_.size()); }
    void next() { show_page(index_ + 1); }
    void previous() { show_page(index_ - 1); }

private:
    void on_key(wxKeyEvent& event);

    std::vector<PromptPage> pages_;
    int index_ = 0;
    wxPanel* panel_ = nullptr;
};

}  // namespace stagecraft::editor
