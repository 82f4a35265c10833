// The Export dialog: which view, which format (SVG, PNG, PDF, DOT), the PNG scale for slides,
// and where to write it. The export itself runs through the same renderer and atomic write as
// stagecraft-cli export.
#pragma once

#include <optional>
#include <string>

#include <wx/dialog.h>

#include "app/editor/core/view_switch.hpp"
#include "export/render.hpp"
#include "model/error.hpp"
#include "model/journey.hpp"

class wxChoice;
class wxSpinCtrlDouble;
class wxFilePickerCtrl;

namespace stagecraft::editor {

struct ExportRequest {
    DiagramView view = DiagramView::Map;
    diagram::Format format = diagram::Format::Svg;
    double scale = 1.0;   // PNG only: multiplies the resolution (96 dpi at 1)
    std::string path;
};

// Render and write the export (the same renderer and atomic write as stagecraft-cli export).
// The error message on failure; the target is then untouched. Call on the Graphviz worker.
Error run_export(diagram::Renderer& renderer, const Journey& journey, const ExportRequest& request);

// The suggested file name for a journey file and a view ("coffee-shop-blueprint.svg").
std::string suggested_export_name(const std::string& journey_path, DiagramView view, diagram::Format format);

class ExportDialog : public wxDialog {
public:
    ExportDialog(wxWindow* parent, const std::string& journey_path, DiagramView view);
    ExportRequest request() const;

private:
    void update_name();

    std::string journey_path_;
    wxChoice* view_ = nullptr;
    wxChoice* format_ = nullptr;
    wxSpinCtrlDouble* scale_ = nullptr;
    wxFilePickerCtrl* path_ = nullptr;
};

}   // namespace stagecraft::editor
