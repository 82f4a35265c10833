// The raw text of a file being read: byte offsets to line:column, UTF-8 and XML character checks,
// and the position of an attribute inside a start tag.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft {

class SourceText {
public:
    explicit SourceText(std::string_view text);
    // A part of a larger text, for a reader of that part only: `part` begins at byte `offset` of
    // the whole, on the 0-based line `line`, which begins at byte `line_start`. Offsets given to
    // and returned by the functions below are offsets in the whole text.
    SourceText(std::string_view part, std::size_t offset, std::size_t line, std::size_t line_start);

    // The line feeds in the text (or part).
    std::size_t line_feeds() const { return line_starts_.size() - 1; }

    // 1-based line and byte column of a byte offset (clamped to the text).
    SourcePos position(std::size_t offset) const;
    // The same, fast when called with increasing offsets as a reader walking the document does:
    // `hint` is the caller's own cursor (0 to start), so several readers can share the text.
    SourcePos position(std::size_t offset, std::size_t& hint) const;

    // Offset of attribute `name` in the start tag that begins at `tag_offset` (the '<'),
    // or `tag_offset` itself when it cannot be found.
    std::size_t attribute_offset(std::size_t tag_offset, std::string_view name) const;

private:
    std::string_view text_;
    std::size_t offset_ = 0;                 // of text_ in the whole text
    std::size_t first_line_ = 0;             // 0-based line of line_starts_[0]
    std::vector<std::size_t> line_starts_;   // offsets in the whole text
};

// The first byte that makes the text unfit for XML: not UTF-8, or a character XML 1.0 forbids
// (NUL and other control characters, U+FFFE, U+FFFF). `what` receives a plain-English
// description. Returns std::string_view::npos when the text is fine.
std::size_t find_bad_character(std::string_view text, std::string& what);

// A '&' in character data or an attribute value that does not start a reference XML defines to
// a character it allows: where it is and what is wrong.
struct BadReference {
    std::size_t offset;
    std::string what;
};

// Every such '&' (at most `most`), in text order, outside comments, CDATA and processing
// instructions: a reference to a character XML 1.0 forbids (production [2] Char: C0 controls
// other than tab, LF and CR, surrogates, U+FFFE, U+FFFF, beyond U+10FFFF; well-formedness
// constraint "Legal Character"), a malformed one (&#; &#-5; &#65 without ';'), an entity XML
// does not define (&nbsp;), or a bare '&'. pugixml would keep them as literal text.
std::vector<BadReference> find_bad_references(std::string_view text, std::size_t most = 100);

}   // namespace stagecraft
