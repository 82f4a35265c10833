// The questions the editor asks the user (unsaved changes, file names, errors, recovery), behind
// one interface so tests can answer them without modal dialogs blocking.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/string.h>

#include "model/enums.hpp"

class wxWindow;

namespace stagecraft::editor {

class Prompter {
public:
    enum class Answer { Save, Discard, Cancel };
    virtual ~Prompter() = default;
    // `before`: what the user asked for, as the question ends ("closing", "opening another journey").
    virtual Answer unsaved_changes(wxWindow* parent, const wxString& document_name, const wxString& before) = 0;
    // True when the existing file at `path` may be replaced.
    virtual bool replace_file(wxWindow* parent, const std::string& path) = 0;
    virtual std::optional<std::string> open_path(wxWindow* parent) = 0;
    // A Mermaid, Markdown or CSV file to import; nullopt when cancelled.
    virtual std::optional<std::string> import_path(wxWindow* parent) = 0;
    virtual std::optional<std::string> save_path(wxWindow* parent, const std::string& suggestion) = 0;
    // Where to write the deck (a PDF), `suggestion` offered; nullopt when cancelled.
    virtual std::optional<std::string> deck_path(wxWindow* parent, const std::string& suggestion) = 0;
    virtual std::optional<std::string> ask_text(wxWindow* parent, const wxString& title, const wxString& prompt) = 0;
    virtual bool offer_restore(wxWindow* parent, const wxString& what) = 0;
    virtual void error(wxWindow* parent, const wxString& title, const wxString& message) = 0;
    // Which of `choices` (name, one-line description) File › New starts from; nullopt: cancel.
    virtual std::optional<std::size_t> choose_start(
        wxWindow* parent, const std::vector<std::pair<std::string, std::string>>& choices) = 0;
    // The kind of a flow being drawn, `proposed` offered first; nullopt when the user cancels.
    virtual std::optional<FlowKind> flow_kind(wxWindow* parent, FlowKind proposed) = 0;
};

// The real dialogs.
class DialogPrompter final : public Prompter {
public:
    Answer unsaved_changes(wxWindow* parent, const wxString& document_name, const wxString& before) override;
    bool replace_file(wxWindow* parent, const std::string& path) override;
    std::optional<std::string> open_path(wxWindow* parent) override;
    std::optional<std::string> import_path(wxWindow* parent) override;
    std::optional<std::string> save_path(wxWindow* parent, const std::string& suggestion) override;
    std::optional<std::string> deck_path(wxWindow* parent, const std::string& suggestion) override;
    std::optional<std::string> ask_text(wxWindow* parent, const wxString& title, const wxString& prompt) override;
    bool offer_restore(wxWindow* parent, const wxString& what) override;
    void error(wxWindow* parent, const wxString& title, const wxString& message) override;
    std::optional<FlowKind> flow_kind(wxWindow* parent, FlowKind proposed) override;
    std::optional<std::size_t> choose_start(wxWindow* parent,
                                            const std::vector<std::pair<std::string, std::string>>& choices) override;
};

}   // namespace stagecraft::editor
