// Writing a journey in the rows layout: one header row (the fields' own headers), then one row
// per scene, for CSV files (and the Scenes sheet of a workbook). Lists go one item per line in
// their cell; text a spreadsheet would run as a formula gets a leading "'", which import takes off.
#pragma once

#include <string>
#include <vector>

#include "model/interchange/rows_reader.hpp"
#include "model/journey.hpp"

namespace stagecraft {

// The header row and one row per scene, in stage order: cells as text. With `mark_formulas`, text
// a spreadsheet would run as a formula gets a leading "'" (for CSV; a workbook stores text as text).
std::vector<std::vector<std::string>> journey_rows(const Journey& journey, bool mark_formulas = true);

struct CsvText {
    std::string text;                 // RFC 4180: CRLF line ends, every field quoted, UTF-8
    std::vector<std::string> notes;   // what a CSV file does not carry of this journey
};

// The journey as a rows-layout CSV file, written with libcsv.
CsvText journey_to_csv(const Journey& journey);

// A note saying which elements with no name a sheet names by their ids (a sheet groups scenes by
// their stage's name and casts roles by name, so an empty one would not read back); empty when
// every stage, scene, role and principle has a name.
std::string unnamed_note(const Journey& journey);

}   // namespace stagecraft
