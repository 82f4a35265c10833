// The Export dialog: which view, which format (SVG, PNG, PDF, DOT), the PNG scale for slides,
// and where to write it; or the whole journey as Mermaid or CSV. The export itself runs through
// the same renderer, writers and atomic write as stagecraft-cli export and convert.
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
    // A diagram of a view, or the whole journey in another format (convert's).
    enum class Kind { Diagram, Mermaid, Csv, Xlsx };
    DiagramView view = DiagramView::Map;
    diagram::Format format = diagram::Format::Svg;
    double scale = 1.0;   // PNG only: multiplies the resolution (96 dpi at 1)
    std::string path;
    Kind kind = Kind::Diagram;
};

// Render and write the export (the same renderer and atomic write as stagecraft-cli export), or
// write the journey as Mermaid or CSV (as stagecraft-cli convert). The error message on failure;
// the target is then untouched. Call on the Graphviz worker.
Error run_export(diagram::Renderer& renderer, const Journey& journey, const ExportRequest& request);

// The suggested file name for a journey file and a view ("coffee-shop-blueprint.svg"), or for
// the whole journey in another format ("coffee-shop.mmd", "coffee-shop.csv"). A journey never
// saved (`journey_path` empty) is named `untitled_stem` (its title as a file name), in the
// current folder.
std::string suggested_export_name(const std::string& journey_path, const ExportRequest& request,
                                  const std::string& untitled_stem = "journey");

class ExportDialog : public wxDialog {
public:
    ExportDialog(wxWindow* parent, const std::string& journey_path, DiagramView view,
                 std::string untitled_stem = "journey");
    ExportRequest request() const;

private:
    void update_name();

    std::string journey_path_;
    std::string untitled_stem_;
    wxChoice* view_ = nullptr;
    wxChoice* format_ = nullptr;
    wxSpinCtrlDouble* scale_ = nullptr;
    wxFilePickerCtrl* path_ = nullptr;
};

}   // namespace stagecraft::editor
