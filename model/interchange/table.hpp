// A sheet of text cells, as a CSV file or a workbook's sheet holds it: rows of cells, each row
// numbered as the spreadsheet numbers it, so that problems name the place a user can find.
#pragma once

#include <string>
#include <vector>

namespace stagecraft {

struct TableRow {
    int number = 0;                   // 1-based: the record's number in a CSV file, the sheet's row
    std::vector<std::string> cells;   // UTF-8 text, column A first; trailing empty cells dropped
};

struct Table {
    std::string sheet;            // the workbook sheet's name; empty for CSV
    std::vector<TableRow> rows;   // rows with any non-blank cell, in order
};

// "A", "B" ... "Z", "AA" ...: a 1-based column number as spreadsheets write it.
std::string column_letters(int column);

}   // namespace stagecraft
