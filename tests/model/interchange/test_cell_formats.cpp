// Dates and times in workbook cells: which number formats show them, and how their numbers of
// days read as the sheet shows them.
#include <catch2/catch.hpp>

#include "model/interchange/cell_formats.hpp"

using namespace stagecraft;
using ooxml::NumberShown;

TEST_CASE("A number format shows a date when it has days or years, a time when it has hours or seconds") {
    CHECK(ooxml::shown_by_code("yyyy-mm-dd") == NumberShown::Date);
    CHECK(ooxml::shown_by_code("[h]:mm") == NumberShown::Time);
    CHECK(ooxml::shown_by_code("[mm]") == NumberShown::Time);
    CHECK(ooxml::shown_by_code("mm:ss") == NumberShown::Time);
    CHECK(ooxml::shown_by_code("m/d/yy h:mm") == NumberShown::DateTime);
    CHECK(ooxml::shown_by_code("0.00") == NumberShown::Number);
    CHECK(ooxml::shown_by_code("#,##0 \"days\"") == NumberShown::Number);   // quoted text is not read
    CHECK(ooxml::shown_by_code("[Red]0;[Blue]-0") == NumberShown::Number);
    CHECK(ooxml::shown_by_code("0\\h") == NumberShown::Number);   // an escaped character
}

TEST_CASE("Days read as the sheet shows them: clock times and durations, 1900 and 1904 dates") {
    CHECK(ooxml::shown_number(3.472222222222222E-3, NumberShown::Time, false) == "0:05");
    CHECK(ooxml::shown_number(1.5, NumberShown::Time, false) == "36:00");
    CHECK(ooxml::shown_number(901.0 / 86400, NumberShown::Time, false) == "0:15:01");
    CHECK(ooxml::shown_number(45658, NumberShown::Date, false) == "2025-01-01");
    CHECK(ooxml::shown_number(1, NumberShown::Date, false) == "1900-01-01");
    CHECK(ooxml::shown_number(59, NumberShown::Date, false) == "1900-02-28");
    CHECK(ooxml::shown_number(60, NumberShown::Date, false) == "1900-02-29");   // as Excel shows it
    CHECK(ooxml::shown_number(61, NumberShown::Date, false) == "1900-03-01");
    CHECK(ooxml::shown_number(0, NumberShown::Date, true) == "1904-01-01");
    CHECK(ooxml::shown_number(45658.6041666667, NumberShown::DateTime, false) == "2025-01-01 14:30");
    CHECK(ooxml::shown_number(12.5, NumberShown::Number, false).empty());
}
