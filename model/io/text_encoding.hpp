// The character encoding a journey file was saved in, and its text decoded to UTF-8.
// Journeys are always saved as UTF-8; other encodings are read so that files written by other
// editors (UTF-16 "Unicode text" from Windows, Latin-1, Windows-1252) open instead of failing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stagecraft {

struct DecodedText {
    std::string encoding;   // what the file was in: "UTF-8" when it needed no decoding
    std::string utf8;       // the decoded text; empty when `encoding` is UTF-8 (read the input as is)
    std::string error;      // non-empty when the text could not be decoded: what is wrong, what to do
    int error_line = 0;     // 1-based line of the first character that failed, with `error`
    int error_column = 0;   // 1-based column of it, in characters
    bool converted() const { return !utf8.empty(); }
};

// Detects the encoding of an XML text from its byte order mark (which decides, whatever the
// declaration says), its first bytes (UTF-16/32 without a mark) or the `encoding` of its XML
// declaration (XML 1.0, appendix F), and decodes
// it to UTF-8 with the C library's iconv. UTF-8 (with or without a mark) is left untouched.
// Encodings read: UTF-16/32 (LE, BE), US-ASCII, ISO-8859-1 … 16, Windows-1250 … 1258, KOI8-R/U,
// Shift_JIS, EUC-JP, EUC-KR, GB2312, GBK, GB18030, Big5; any other declared name is an error
// that names it.
DecodedText decode_xml_text(std::string_view bytes);

}   // namespace stagecraft
