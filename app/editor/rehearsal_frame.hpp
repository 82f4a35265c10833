// Rehearsal mode: the journey as a prompt book, full screen, one scene at a time — who is on
// stage, the script, the props, the cue to the next scene — for a team walk-through.
// Left/Right (or Page Up/Down, Space, a presenter's clicker) step through the scenes, Home/End
// jump to either end; Escape leaves.
#pragma once

#include <vector>

#include <wx/frame.h>

#include "app/editor/core/prompt_book.hpp"

class wxButton;
class wxPanel;

namespace stagecraft::editor {

class RehearsalFrame : public wxFrame {
public:
    // Opens on the page of `start_scene` when given. `full_screen` false keeps a window (tests).
    RehearsalFrame(wxWindow* parent, std::vector<PromptPage> pages, const std::string& start_scene,
                   bool full_screen = true);

    void show_page(int index);
    int page() const { return index_; }
    int page_count() const { return static_cast<int>(pages_.size()); }
    void next() { show_page(index_ + 1); }
    void previous() { show_page(index_ - 1); }

private:
    void on_key(wxKeyEvent& event);

    std::vector<PromptPage> pages_;
    int index_ = 0;
    wxPanel* panel_ = nullptr;     // the whole window; holds the focus while stepping
    wxPanel* content_ = nullptr;   // the page, rebuilt on every step
    wxButton* back_ = nullptr;
    wxButton* forward_ = nullptr;
};

}   // namespace stagecraft::editor
