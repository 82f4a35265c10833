// Content rules every journey must keep (README "The file format"): id syntax, unique ids, resolvable references,
// value ranges. Run by the reader after parsing and by the editor after every edit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft {

// [A-Za-z][A-Za-z0-9_.-]*
bool is_valid_id(std::string_view id);

// "#rgb" or "#rrggbb" (hex digits, either case).
bool is_valid_colour(std::string_view colour);

// A follow-up delay: a whole number and a unit, "30m", "2h", "3d", "1w" or "6mo".
bool is_valid_follow_up(std::string_view delay);

// Every content problem in the journey, each at the position of the element concerned.
// `file` is copied into the problems.
std::vector<Problem> validate_journey(const Journey& journey, const std::string& file = {});

}   // namespace stagecraft
