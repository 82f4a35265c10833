// How a workbook shows the numbers in its cells: dates and times are stored as numbers of days
// (ECMA-376 Part 1, 18.17.4) and shown as such by the cell's number format (18.8.30 and the
// built-in formats of 18.8.31), so that a duration typed as 0:05 is stored as 0.00347.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace stagecraft::ooxml {

enum class NumberShown { Number, Date, Time, DateTime };

// How a number format code shows numbers: a date when it has days or years ("d", "y"), a time
// when it has hours or seconds ("h", "s", "[h]"), both, or plain. Quoted text, escaped
// characters and colours or conditions in brackets are not read.
NumberShown shown_by_code(std::string_view code);

// How each cell style of a workbook (an index into <cellXfs>) shows numbers, from the top element
// of xl/styles.xml; empty when it has none.
std::vector<NumberShown> number_formats(const pugi::xml_node& style_sheet);

// `days` as a spreadsheet shows it in a cell that shows it as `shown`: "2025-01-31" (the 1900
// date system, or 1904 when `date1904`), "0:05" or "26:30:15" (hours and minutes, seconds when
// there are any; a time of day or a duration alike), "2025-01-31 14:30"; for Number, nothing.
std::string shown_number(double days, NumberShown shown, bool date1904);

}   // namespace stagecraft::ooxml
