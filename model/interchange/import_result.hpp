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

struct ImportResult {
    std::vector<Journey> journeys;   // empty when any error was found
    // Errors (what stops the import) and notes (what was read in a way the user should know,
    // or left out), with file, line and column.
    std::vector<Problem> problems;
    bool unreadable = false;   // the file could not be read at all (missing, too big, unknown format)
    bool ok() const { return !journeys.empty() && !has_errors(problems); }
};

}   // namespace stagecraft
