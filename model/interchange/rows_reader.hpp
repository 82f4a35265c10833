// Journeys from a spreadsheet (CSV or a workbook's sheet) in the rows layout (one header row,
// then one row per scene) or the journey-map canvas (stages across the top, the steps across the
// next row, and what each row holds named down the first column). Headers and row names are
// matched case- and space-insensitively with the words CX spreadsheets use (README lists them),
// or through a map given by the user.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/interchange/import_result.hpp"
#include "model/interchange/table.hpp"

namespace stagecraft {

// The fields of a scene a rows-layout sheet holds, one column each.
enum class Field {
    Stage,
    Scene,
    Lane,
    Channel,
    Emotion,
    Minutes,
    Wait,
    Lead,
    Support,
    Understudy,
    Props,
    Pains,
    Opportunities,
    Kpis,
    Principles,
    Script,
    Description,
    FailPoint,
    MomentOfTruth,
    FollowUp,
    Id
};

// Every field, in the order the rows layout writes its columns.
const std::vector<Field>& all_fields();

// The header a written sheet gives the field ("Stage", "Fail point", "KPIs" ...).
std::string_view field_header(Field field);

// The field a header names, by its own header or a synonym ("Phase", "Touchpoint", "Owner",
// "Backup", "Feeling (1-5)" ...), ignoring case, spaces and punctuation; nullopt when none.
std::optional<Field> field_for_header(std::string_view header);

enum class SheetLayout { Detect, Rows, Canvas };

// "rows", "canvas" (and "detect").
std::optional<SheetLayout> parse_sheet_layout(std::string_view name);

struct RowsOptions {
    std::string fallback_title;   // the journey's title (the file's name, as a rule)
    // Detect: a canvas when the first column names more fields than the first row does.
    SheetLayout layout = SheetLayout::Detect;
    // HEADER=field pairs given by the user: the column headed HEADER is read as the field.
    std::vector<std::pair<std::string, Field>> map;
    // Text that starts with "'" before = + - @ or ' was marked so that a spreadsheet would not run
    // it (CSV): the "'" is taken off. A workbook stores text as text: nothing is taken off.
    bool text_marked = true;
};

// Parses "HEADER=field,HEADER=field" (field as its header or a synonym); an error message when a
// pair has no '=' or names no field.
std::optional<std::string> parse_field_map(std::string_view text, std::vector<std::pair<std::string, Field>>& map);

// The journey a rows-layout or canvas table holds (positions in problems are the sheet's own). Errors (file:row:column, with the column's header): no
// header naming the scenes, a value a field cannot take (an unknown lane, an emotion out of its
// scale, a negative duration, a flag that is not yes or no, a bad or repeated id). Notes: columns
// not read, the emotion scale read and why, rows skipped, values split.
// The table is taken by value: its text is moved into the journey (std::move a table not needed
// after).
ImportResult journey_from_rows(Table table, const std::string& file, const RowsOptions& options);

}   // namespace stagecraft
