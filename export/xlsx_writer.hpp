// Writing a journey as an Excel workbook a consultant can edit and import again, with
// libxlsxwriter: the sheets Scenes (the rows layout), Stages, Cast, Flows, Principles, KPIs and
// Journey (title, kind, persona, meta); frozen header rows, column widths for the content,
// drop-down lists for lanes, channels, zones, flow kinds and flags, whole-number checks for
// emotions. Text is stored as text, so nothing a user typed runs as a formula.
#pragma once

#include <string>
#include <vector>

#include "model/error.hpp"
#include "model/journey.hpp"

namespace stagecraft {

// The sheets of a journey's workbook, in the order they are written.
const std::vector<std::string>& workbook_sheet_names();

struct XlsxWritten {
    Error error;                      // why nothing was written (the target is then untouched)
    std::vector<std::string> notes;   // what the workbook does not carry of this journey
};

// Writes the workbook to `path`, atomically (a complete file or none).
XlsxWritten write_journey_xlsx(const Journey& journey, const std::string& path);

}   // namespace stagecraft
