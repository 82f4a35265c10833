// What reading a journey from another format gives: the journeys read (a Markdown file may hold
// several), and every error and note with its place, in file order.
#pragma once

#include <cstddef>
#include <vector>

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft {

// Files larger than this are refused unread (64 MB: far more than any journey needs).
constexpr std::size_t kMaxImportBytes = 64u * 1024u * 1024u;

// Tables (a CSV file, all the sheets of a workbook together, or its shared strings) holding more
// cells than this are refused: each row counts up to its last value, and a merged range every
// cell it covers. Far more than any journey needs (10,000 scenes of 21 fields are 210,000), and
// few enough that a small file of empty cells cannot make the reader take gigabytes.
constexpr std::size_t kMaxImportCells = 4'000'000;

struct ImportResult {
    std::vector<Journey> journeys;   // empty when any error was found
    // Errors (what stops the import) and notes (what was read in a way the user should know,
    // or left out), with file, line and column.
    std::vector<Problem> problems;
    bool unreadable = false;   // the file could not be read at all (missing, too big, unknown format)
    bool ok() const { return !journeys.empty() && !has_errors(problems); }
};

}   // namespace stagecraft
