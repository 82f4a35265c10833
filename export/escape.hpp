// Escaping user text at the boundary into HTML/XML/SVG and CSV output.
#pragma once

#include <string>
#include <string_view>

namespace stagecraft {

// Text safe inside HTML/XML element content and quoted attribute values:
// & < > " ' are replaced by character references; control characters other than tab and
// newline are dropped.
std::string html_escape(std::string_view text);

// Text safe inside a Graphviz HTML-like label: html_escape, with every backslash doubled and the
// Unicode noncharacters (which have no glyph, and on which cairo's PDF output fails) drawn as
// the replacement character U+FFFD.
// Graphviz (2.43, common/labels.c strdup_and_subst_obj0) expands \N, \G, \E, \T, \H, \L and
// turns \\ into \ in label text after decoding entities, so "&#92;" would not help.
std::string graphviz_html_escape(std::string_view text);

// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

}   // namespace stagecraft
