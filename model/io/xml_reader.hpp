// Reading .journey.xml (README "The file format") into a Journey, reporting every problem at once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft {

struct LoadResult {
    std::optional<Journey> journey;   // empty when any error was found
    std::vector<Problem> problems;    // every problem, in file order
    bool unreadable = false;          // the file could not be read at all (missing, permissions, too big)
    std::string converted_from;       // the file's encoding when it was not UTF-8 ("ISO-8859-1",
                                      // "UTF-16LE", ...); saving writes UTF-8
    bool ok() const { return journey.has_value(); }
};

// Files larger than this are refused unread.
constexpr std::size_t kMaxJourneyFileBytes = 64u * 1024u * 1024u;

// Load a journey file. `display_name` names the file in problems (defaults to the path).
LoadResult load_journey_file(const std::string& path, const std::string& display_name = {});

// Load from text already in memory; `name` is used as the file in problems. Text in another
// encoding than UTF-8 (by its byte order mark or XML declaration) is decoded first; one that
// cannot be decoded is an error naming the encoding.
LoadResult load_journey_text(std::string_view text, const std::string& name = "<memory>");

// The same, read as one part whatever its size. A large text is otherwise read in parts on two
// threads; this is the reference that way of reading is held to.
LoadResult load_journey_text_in_one_part(std::string_view text, const std::string& name = "<memory>");

}   // namespace stagecraft
