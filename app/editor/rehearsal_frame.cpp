// Rehearsal mode (see rehearsal_frame.hpp).
#include "rehearsal_frame.hpp"

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/editor/wx_text.hpp"
#include "model/analysis.hpp"

namespace stagecraft::editor {
namespace {

const wxColour kBackground(24, 26, 31);
const wxColour kText(236, 236, 236);
const wxColour kMuted(150, 156, 168);
const wxColour kAccent(255, 196, 87);

wxStaticText* text(wxWindow* parent, const wxString& label, int points, const wxColour& colour, bool bold = false,
                   bool italic = false, int wrap = 0) {
    auto* t = new wxStaticText(parent, wxID_ANY, label);
    wxFont font = t->GetFont();
    font.SetPointSize(points);
    if (bold) font.MakeBold();
    if (italic) font.MakeItalic();
    t->SetFont(font);
    t->SetForegroundColour(colour);
    if (wrap > 0) t->Wrap(wrap);
    return t;
}

wxString part_word(PartKind kind) { return wx(display_name(kind)); }

}   // namespace

RehearsalFrame::RehearsalFrame(wxWindow* parent, std::vector<PromptPage> pages, const std::string& start_scene,
                               bool full_screen)
    : wxFrame(parent, wxID_ANY, "Rehearsal", wxDefaultPosition, wxSize(1280, 800)), pages_(std::move(pages)) {
    SetBackgroundColour(kBackground);
    // The panel and the navigation stay for the whole rehearsal; only the page's content is
    // rebuilt. The focus therefore never moves while stepping (a window taking the focus on
    // GTK swallows the next key press, so every other key was lost).
    panel_ = new wxPanel(this);
    panel_->SetBackgroundColour(kBackground);
    content_ = new wxPanel(panel_);
    content_->SetBackgroundColour(kBackground);
    auto* nav = new wxBoxSizer(wxHORIZONTAL);
    back_ = new wxButton(panel_, wxID_BACKWARD, wx("← Previous"));
    forward_ = new wxButton(panel_, wxID_FORWARD, wx("Next →"));
    auto* leave = new wxButton(panel_, wxID_CLOSE, "Leave rehearsal");
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { previous(); });
    forward_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { next(); });
    leave->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    nav->Add(back_, 0, wxRIGHT, 8);
    nav->Add(forward_, 0, wxRIGHT, 24);
    nav->Add(text(panel_, wx("← → or Page Up/Down step · Home/End · Esc leaves"), 12, kMuted), 0,
             wxALIGN_CENTER_VERTICAL);
    nav->AddStretchSpacer();
    nav->Add(leave, 0);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(content_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 48);
    outer->Add(nav, 0, wxEXPAND | wxALL, 48);
    panel_->SetSizer(outer);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(panel_, 1, wxEXPAND);
    SetSizer(sizer);
    int start = 0;
    for (std::size_t i = 0; i < pages_.size(); ++i)
        if (pages_[i].scene_id == start_scene) start = static_cast<int>(i);
    Bind(wxEVT_CHAR_HOOK, &RehearsalFrame::on_key, this);
    show_page(start);
    if (full_screen) ShowFullScreen(true);
    panel_->SetFocusIgnoringChildren();
}

void RehearsalFrame::on_key(wxKeyEvent& event) {
    switch (event.GetKeyCode()) {
        case WXK_RIGHT:
        case WXK_PAGEDOWN:
        case WXK_SPACE:
        case WXK_DOWN: next(); break;
        case WXK_LEFT:
        case WXK_PAGEUP:
        case WXK_BACK:
        case WXK_UP: previous(); break;
        case WXK_HOME: show_page(0); break;
        case WXK_END: show_page(page_count() - 1); break;
        case WXK_ESCAPE: Close(); break;
        default: event.Skip();
    }
}

void RehearsalFrame::show_page(int index) {
    if (pages_.empty()) return;
    index_ = std::clamp(index, 0, page_count() - 1);
    const PromptPage& p = pages_[static_cast<std::size_t>(index_)];
    content_->Freeze();
    content_->DestroyChildren();
    const int wrap = std::max(600, GetClientSize().x / 2 - 120);

    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(text(content_,
                   wxString::Format(wx("Act %d  ·  "), p.stage_number) + wx(p.stage) +
                       wxString::Format(wx("  —  scene %d of %d"), index_ + 1, page_count()),
                   16, kMuted),
              0, wxBOTTOM, 4);
    if (!p.stage_goal.empty())
        page->Add(text(content_, wx("Customer’s goal: ") + wx(p.stage_goal), 14, kMuted, false, true), 0, wxBOTTOM, 16);
    wxString title = wx(p.scene);
    if (p.moment_of_truth) title = wx("★ ") + title;
    page->Add(text(content_, title, 34, kText, true, false, GetClientSize().x - 160), 0, wxBOTTOM, 6);
    wxString facts = wx(display_name(p.lane)) + wx("  ·  ") + wx(display_name(p.channel));
    if (p.minutes) facts += wx("  ·  ") + wx(format_number(*p.minutes)) + " min";
    if (p.wait) facts += wx("  ·  customer waits ") + wx(format_number(*p.wait)) + " min first";
    if (!p.follow_up.empty()) facts += wx("  ·  ") + wx(p.follow_up) + " after the visit";
    page->Add(text(content_, facts, 15, kMuted), 0, wxBOTTOM, 4);
    if (p.fail_point)
        page->Add(text(content_, wx("⚠ Fail point: rehearse what happens when this goes wrong"), 15, kAccent, true), 0,
                  wxBOTTOM, 4);
    page->AddSpacer(24);

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    auto* right = new wxBoxSizer(wxVERTICAL);
    left->Add(text(content_, "ON STAGE", 13, kAccent, true), 0, wxBOTTOM, 8);
    // The customer's own step needs no cast; any other scene without one is a gap to rehearse.
    if (p.cast.empty() && p.lane == Lane::Customer)
        left->Add(text(content_, wx("The customer's own step."), 18, kMuted, false, true), 0, wxBOTTOM, 6);
    else if (p.cast.empty())
        left->Add(text(content_, "Nobody is cast in this scene.", 18, kAccent, false, true), 0, wxBOTTOM, 6);
    for (const auto& line : p.cast)
        left->Add(
            text(content_, wx(line.role) + wx("  —  ") + part_word(line.part), 20, kText, line.part == PartKind::Lead),
            0, wxBOTTOM, 6);
    left->AddSpacer(20);
    left->Add(text(content_, "PROPS", 13, kAccent, true), 0, wxBOTTOM, 8);
    if (p.props.empty()) left->Add(text(content_, "None", 17, kMuted, false, true), 0, wxBOTTOM, 4);
    for (const auto& prop : p.props)
        left->Add(text(content_, wx("•  ") + wx(prop), 17, kText, false, false, wrap), 0, wxBOTTOM, 4);
    if (!p.principles.empty()) {
        left->AddSpacer(20);
        left->Add(text(content_, "EMBODY", 13, kAccent, true), 0, wxBOTTOM, 8);
        for (const auto& name : p.principles) left->Add(text(content_, wx(name), 17, kText), 0, wxBOTTOM, 4);
    }

    right->Add(text(content_, "SCRIPT", 13, kAccent, true), 0, wxBOTTOM, 8);
    right->Add(text(content_, p.script.empty() ? wxString("(no script written)") : wx(p.script), 22,
                    p.script.empty() ? kMuted : kText, false, true, wrap),
               0, wxBOTTOM, 20);
    if (!p.pains.empty()) {
        right->Add(text(content_, "WATCH FOR", 13, kAccent, true), 0, wxBOTTOM, 8);
        for (const auto& pain : p.pains)
            right->Add(text(content_, wx("−  ") + wx(pain), 16, kText, false, false, wrap), 0, wxBOTTOM, 4);
        right->AddSpacer(20);
    }
    right->Add(text(content_, "CUE", 13, kAccent, true), 0, wxBOTTOM, 8);
    if (p.cues.empty()) right->Add(text(content_, "End of the journey.", 18, kMuted, false, true), 0, wxBOTTOM, 4);
    for (const auto& cue : p.cues) {
        wxString line = wx("→  ") + wx(cue.to_scene);
        if (cue.kind != FlowKind::Sequence) line += "  (" + wx(display_name(cue.kind)).Lower() + ")";
        if (!cue.label.empty()) line += wx(" — ") + wx(cue.label);
        if (!cue.condition.empty()) line += "  if " + wx(cue.condition);
        right->Add(text(content_, line, 18, kText, false, false, wrap), 0, wxBOTTOM, 4);
    }
    columns->Add(left, 2, wxRIGHT, 60);
    columns->Add(right, 3);
    page->Add(columns, 1, wxEXPAND);

    content_->SetSizer(page, true);
    content_->Layout();
    content_->Thaw();
    back_->Enable(index_ > 0);
    forward_->Enable(index_ + 1 < page_count());
    panel_->Layout();
    SetTitle(wxString::Format("Rehearsal: scene %d of %d", index_ + 1, page_count()));
}

}   // namespace stagecraft::editor
