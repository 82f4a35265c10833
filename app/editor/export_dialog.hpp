// The Export dialog: which view, which format (SVG, PNG, PDF, DOT), the PNG scale for slides,
// and where to write it. The export itself runs through the same renderer and atomic write as
// stagecraft-cli export.
#pragma once

#include <string>

#include <wx/dialog.h>

#include "app/editor/core/view_switch.hpp"
#include "export/render.hpp"

class wxChoice;
class wxSpinCtrlDouble;
class wxFilePickerCtrl;

namespace stagecraft::editor {

struct ExportRequest {
    DiagramView view = DiagramView::Map;
    diagram::Format format = diagram::Format::Svg;
    double scale = 1.0;
    std::string path;
};

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

}  // namespace stagecraft::editor
