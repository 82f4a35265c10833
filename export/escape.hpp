// Escaping user text at the boundary into HTML/XML/SVG and CSV output.
#pragma once

#include <string>
#include <string_view>

namespace stagecraft {

// Text safe inside HTML/XML element content and quoted attribute values:
// & < > " ' are replaced by character references; control characters other than tab and
// newline are dropped.
std::string html_escape(std::string_view text);

// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

}  // namespace stagecraft
