// Writing a Journey as canonical .journey.xml: deterministic bytes, 2-space indent, fixed
// attribute order, unknown content written back where it was.
#pragma once

#include <string>

#include "journey.hpp"

namespace stagecraft {

// The file's full text (UTF-8, with XML declaration, ending in a newline).
std::string journey_to_xml(const Journey& journey);

}  // namespace stagecraft
