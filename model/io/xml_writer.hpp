// Writing a Journey as canonical .journey.xml: deterministic bytes, 2-space indent, fixed
// attribute order, unknown content written back where it was.
#pragma once

#include <string>
#include <string_view>

#include "model/journey.hpp"

namespace stagecraft {

// The file's full text (UTF-8, with XML declaration, ending in a newline).
std::string journey_to_xml(const Journey& journey);

// Appends `text` as element content that reads back exactly: & < > escaped, a carriage return
// as &#13; (reading turns a raw one into a line feed), and text of white space alone entirely
// as references (reading drops it as layout).
void append_xml_text(std::string& out, std::string_view text);

}   // namespace stagecraft
