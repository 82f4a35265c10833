// The Export dialog (see export_dialog.hpp).
#include "export_dialog.hpp"

#include <filesystem>

#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "app/editor/diagram_worker.hpp"
#include "app/editor/wx_text.hpp"
#include "export/mermaid_writer.hpp"
#include "export/rows_writer.hpp"
#include "export/xlsx_writer.hpp"
#include "model/io/atomic_file.hpp"

namespace stagecraft::editor {
namespace {
constexpr diagram::Format kFormats[] = {diagram::Format::Svg, diagram::Format::Png, diagram::Format::Pdf,
                                        diagram::Format::Dot};
constexpr int kDiagramFormats = 4;   // then Mermaid, CSV and Excel
}   // namespace

Error run_export(diagram::Renderer& renderer, const Journey& journey, const ExportRequest& request) {
    SaveOptions save;
    save.keep_backup = false;
    if (request.kind == ExportRequest::Kind::Mermaid)
        return write_file_atomically(request.path, journey_to_mermaid(journey).text, save);
    if (request.kind == ExportRequest::Kind::Csv)
        return write_file_atomically(request.path, journey_to_csv(journey).text, save);
    if (request.kind == ExportRequest::Kind::Xlsx) return write_journey_xlsx(journey, request.path).error;
    diagram::RenderOptions options;
    if (request.format == diagram::Format::Png) options.scale = request.scale;
    auto result = renderer.render(journey, to_export_view(request.view), request.format, options);
    if (!result.ok) return result.error;
    return write_file_atomically(request.path, result.bytes, save);
}

std::string suggested_export_name(const std::string& journey_path, const ExportRequest& request,
                                  const std::string& untitled_stem) {
    namespace fs = std::filesystem;
    std::string stem = journey_path.empty() ? (untitled_stem.empty() ? std::string("journey") : untitled_stem)
                                            : fs::path(journey_path).filename().string();
    for (const char* suffix : {".journey.xml", ".xml"}) {
        const std::string s = suffix;
        if (stem.size() > s.size() && stem.compare(stem.size() - s.size(), s.size(), s) == 0) {
            stem.resize(stem.size() - s.size());
            break;
        }
    }
    std::string name = stem + "-" + std::string(view_cli_name(request.view)) + "." +
                       std::string(diagram::file_extension(request.format));
    if (request.kind == ExportRequest::Kind::Mermaid) name = stem + ".mmd";
    if (request.kind == ExportRequest::Kind::Csv) name = stem + ".csv";
    if (request.kind == ExportRequest::Kind::Xlsx) name = stem + ".xlsx";
    const fs::path dir = journey_path.empty() ? fs::current_path() : fs::path(journey_path).parent_path();
    return (dir / name).string();
}

ExportDialog::ExportDialog(wxWindow* parent, const std::string& journey_path, DiagramView view,
                           std::string untitled_stem)
    : wxDialog(parent, wxID_ANY, "Export", wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      journey_path_(journey_path),
      untitled_stem_(std::move(untitled_stem)) {
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
    grid->AddGrowableCol(1);
    view_ = new wxChoice(this, wxID_ANY);
    for (auto v : kAllViews) view_->Append(wx(std::string(view_label(v))));
    view_->SetSelection(view_index(view));
    format_ = new wxChoice(this, wxID_ANY);
    for (const char* f :
         {"SVG (vector, for the web)", "PNG (picture, for slides)", "PDF (vector, for print)", "DOT (Graphviz source)",
          "Mermaid journey (the journey, for wikis)", "CSV, one row per scene (the journey, for spreadsheets)",
          "Excel workbook (the journey, to edit and import again)"})
        format_->Append(f);
    format_->SetSelection(0);
    scale_ =
        new wxSpinCtrlDouble(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0.5, 6, 2, 0.5);
    path_ = new wxFilePickerCtrl(this, wxID_ANY, "", "Export to", "*.*", wxDefaultPosition, wxSize(420, -1),
                                 wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    grid->Add(new wxStaticText(this, wxID_ANY, "View"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(view_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, "Format"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(format_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, "PNG scale"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(scale_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, "Save to"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(path_, 1, wxEXPAND);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, 12);
    top->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(top);
    view_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_name(); });
    format_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_name(); });
    update_name();
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel("Export");
}

void ExportDialog::update_name() {
    const auto r = request();
    scale_->Enable(r.kind == ExportRequest::Kind::Diagram && r.format == diagram::Format::Png);
    view_->Enable(r.kind == ExportRequest::Kind::Diagram);
    path_->SetPath(wx(suggested_export_name(journey_path_, r, untitled_stem_)));
}

ExportRequest ExportDialog::request() const {
    ExportRequest r;
    r.view = kAllViews[static_cast<std::size_t>(std::max(0, view_->GetSelection()))];
    const int f = std::max(0, format_->GetSelection());
    r.kind = f < kDiagramFormats        ? ExportRequest::Kind::Diagram
             : f == kDiagramFormats     ? ExportRequest::Kind::Mermaid
             : f == kDiagramFormats + 1 ? ExportRequest::Kind::Csv
                                        : ExportRequest::Kind::Xlsx;
    r.format = kFormats[std::min(f, kDiagramFormats - 1)];
    r.scale = scale_->GetValue();
    r.path = utf8(path_->GetPath());
    return r;
}

}   // namespace stagecraft::editor
