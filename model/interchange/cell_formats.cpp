// Dates and times in workbook cells (see cell_formats.hpp).
#include "model/interchange/cell_formats.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "model/interchange/ooxml_part.hpp"

namespace stagecraft::ooxml {

namespace {

// The built-in formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14-17 and 22 dates,
// 18-21 and 45-47 times, 27-36 and 50-58 the dates of East Asian locales.
NumberShown shown_by_id(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return NumberShown::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return NumberShown::Time;
    if (id == 22) return NumberShown::DateTime;
    return NumberShown::Number;
}

// The civil date of a count of days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long year = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(year + (m <= 2 ? 1 : 0));
}

}   // namespace

NumberShown shown_by_code(std::string_view code) {
    // Only the first section (positive numbers) says how a value is shown.
    bool date = false, time = false, quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;   // the next character is shown as it is, or is padding
        } else if (c == ';') {
            break;
        } else if (c == '[') {
            const std::size_t end = code.find(']', i);
            if (end == std::string_view::npos) break;
            const std::string_view inside = code.substr(i + 1, end - i - 1);
            // Elapsed hours, minutes or seconds ("[h]", "[mm]") are a duration; anything else
            // in brackets is a colour, a condition or a locale.
            if (!inside.empty() &&
                (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 's' || inside[0] == 'S' || inside[0] == 'm' ||
                 inside[0] == 'M') &&
                inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                time = true;
            i = end;
        } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
            date = true;
        } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
            time = true;
        }
    }
    if (date && time) return NumberShown::DateTime;
    if (date) return NumberShown::Date;
    if (time) return NumberShown::Time;
    return NumberShown::Number;
}

std::vector<NumberShown> number_formats(const pugi::xml_node& style_sheet) {
    std::map<int, NumberShown> custom;
    for (auto f : child_named(style_sheet, "numFmts").children())
        if (is_named(f, "numFmt"))
            custom[f.attribute("numFmtId").as_int(-1)] = shown_by_code(f.attribute("formatCode").value());
    std::vector<NumberShown> out;
    for (auto xf : child_named(style_sheet, "cellXfs").children()) {
        if (!is_named(xf, "xf")) continue;
        const int id = xf.attribute("numFmtId").as_int(0);
        const auto found = custom.find(id);
        out.push_back(found != custom.end() ? found->second : shown_by_id(id));
    }
    return out;
}

std::string shown_number(double days, NumberShown shown, bool date1904) {
    if (shown == NumberShown::Number || !std::isfinite(days) || std::fabs(days) > 3e6) return {};
    char out[64];
    // The time of day, or a duration: whole seconds, rounded as a spreadsheet shows them.
    auto clock = [](double d, bool whole_day) {
        long long seconds = std::llround(std::fabs(d) * 86400.0);
        if (whole_day) seconds %= 86400;
        char t[40];
        const long long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        if (s != 0)
            std::snprintf(t, sizeof t, "%s%lld:%02lld:%02lld", d < 0 ? "-" : "", h, m, s);
        else
            std::snprintf(t, sizeof t, "%s%lld:%02lld", d < 0 ? "-" : "", h, m);
        return std::string(t);
    };
    if (shown == NumberShown::Time) return clock(days, false);
    // The 1900 system counts from 1899-12-31 as day 0 and holds a 29 February 1900 (day 60) that
    // never was; from day 61 on it is the count from 1899-12-30. The 1904 system counts from
    // 1904-01-01.
    long long whole = static_cast<long long>(std::floor(days));
    long long from_1970;
    if (date1904)
        from_1970 = whole - 24107;   // 1904-01-01 is 24,107 days before 1970-01-01
    else if (whole >= 61)
        from_1970 = whole - 25569;   // 1899-12-30 is 25,569 days before 1970-01-01
    else if (whole == 60)
        return "1900-02-29";
    else
        from_1970 = whole - 25568;
    int y;
    unsigned m, d;
    civil_from_days(from_1970, y, m, d);
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", y, m, d);
    if (shown == NumberShown::Date) return out;
    return std::string(out) + " " + clock(days - std::floor(days), true);
}

}   // namespace stagecraft::ooxml
