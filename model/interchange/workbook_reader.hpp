// A journey from an Excel workbook: its first sheet (or the one named) in the rows layout; a
// workbook Stagecraft wrote (sheets Scenes and Journey) is read whole, with its Stages, Cast,
// Flows, Principles, KPIs and Journey sheets, so that it comes back as it went out.
#pragma once

#include <optional>
#include <string>

#include "model/interchange/import_result.hpp"
#include "model/interchange/rows_reader.hpp"
#include "model/interchange/xlsx_workbook.hpp"

namespace stagecraft {

struct WorkbookOptions {
    std::string sheet;   // the sheet to read in the rows layout; empty: Scenes, else the first
    RowsOptions rows;
};

// Problems name the sheet with the file: "plan.xlsx[Scenes]:4:3: error: (Lane) ...". An error
// for a sheet that is not there lists the sheets there are.
ImportResult journey_from_workbook(Workbook workbook, const std::string& file, const WorkbookOptions& options);

}   // namespace stagecraft
