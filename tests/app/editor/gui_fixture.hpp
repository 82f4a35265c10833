// Helpers for the GUI tests: a main window whose questions are answered by the test (no modal
// dialogs), and waiting for the diagram worker without blocking the event loop.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/editor/main_frame.hpp"

class wxUIActionSimulator;
#include "test_support.hpp"

namespace stagecraft::test {

// Answers recorded in advance; every question asked is counted.
struct ScriptedAnswers {
    editor::Prompter::Answer unsaved = editor::Prompter::Answer::Cancel;
    std::optional<std::string> path;
    std::string suggested;   // the name the last Save As proposed
    std::optional<std::string> text;
    bool restore = true;
    int unsaved_asked = 0;
    std::string unsaved_before;   // how the last unsaved-changes question ended
    bool replace = true;
    std::vector<std::string> replace_asked;
    int restore_asked = 0;
    std::vector<std::string> errors;
    std::optional<FlowKind> flow_kind;      // the kind chosen for a flow being drawn; nullopt: the proposed one
    std::optional<std::size_t> start = 0;   // File › New's choice (0: blank); nullopt: cancel
    std::vector<std::string> starts_offered;
    std::vector<FlowKind> flow_kinds_proposed;
};

class ScriptedPrompter final : public editor::Prompter {
public:
    explicit ScriptedPrompter(ScriptedAnswers& answers) : a_(answers) {}
    Answer unsaved_changes(wxWindow*, const wxString&, const wxString& before) override {
        ++a_.unsaved_asked;
        a_.unsaved_before = std::string(before.utf8_str());
        return a_.unsaved;
    }
    bool replace_file(wxWindow*, const std::string& path) override {
        a_.replace_asked.push_back(path);
        return a_.replace;
    }
    std::optional<std::string> open_path(wxWindow*) override { return a_.path; }
    std::optional<std::string> import_path(wxWindow*) override { return a_.path; }
    std::optional<std::string> save_path(wxWindow*, const std::string& suggestion) override {
        a_.suggested = suggestion;
        return a_.path;
    }
    std::optional<std::string> deck_path(wxWindow*, const std::string& suggestion) override {
        a_.suggested = suggestion;
        return a_.path;
    }
    std::optional<std::string> ask_text(wxWindow*, const wxString&, const wxString&) override { return a_.text; }
    bool offer_restore(wxWindow*, const wxString&) override {
        ++a_.restore_asked;
        return a_.restore;
    }
    void error(wxWindow*, const wxString&, const wxString& message) override {
        a_.errors.emplace_back(message.utf8_str());
    }
    std::optional<std::size_t> choose_start(wxWindow*,
                                            const std::vector<std::pair<std::string, std::string>>& choices) override {
        a_.starts_offered.clear();
        for (const auto& c : choices) a_.starts_offered.push_back(c.first);
        return a_.start;
    }
    std::optional<FlowKind> flow_kind(wxWindow*, FlowKind proposed) override {
        a_.flow_kinds_proposed.push_back(proposed);
        return a_.flow_kind ? a_.flow_kind : proposed;
    }

private:
    ScriptedAnswers& a_;
};

// A shown main window driven by the test; destroyed (without questions) at the end.
class EditorWindow {
public:
    // `remember`: read and write the user's settings (wxConfigBase), as the application does.
    explicit EditorWindow(const std::string& recovery_dir = {}, bool remember = false);
    ~EditorWindow();
    EditorWindow(const EditorWindow&) = delete;
    EditorWindow& operator=(const EditorWindow&) = delete;

    editor::MainFrame* operator->() const { return frame_; }
    editor::MainFrame& frame() const { return *frame_; }
    ScriptedAnswers answers;
    // The frame was closed by the test and is gone.
    void forget() { frame_ = nullptr; }

private:
    TempDir recovery_;
    editor::MainFrame* frame_ = nullptr;
};

// Let the event loop run (pending CallAfter calls, paints) for a moment.
void pump(int milliseconds = 30);
// Run the event loop until the diagram shows the journey's current generation; false on timeout.
bool wait_for_diagram(editor::MainFrame& frame, int timeout_ms = 30000);

std::string sample_path(const std::string& name);

// A drag with the left button from `start` to `end` (screen coordinates), as a hand makes it,
// within one window (a drag between windows, as from the Cast pane, runs the toolkit's own loop).
void drag(wxUIActionSimulator& sim, const wxPoint& start, const wxPoint& end);

}   // namespace stagecraft::test
