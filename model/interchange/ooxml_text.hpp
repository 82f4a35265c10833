// Text as Office Open XML stores it in a cell (ECMA-376 Part 1, 22.9.2.19, ST_Xstring): a
// character that XML cannot hold is written as _xHHHH_, its UTF-16 code unit in hex ("_x000D_" a
// carriage return), and an underscore that would start such a sequence as "_x005F_".
#pragma once

#include <string>

namespace stagecraft::ooxml {

// `text` (UTF-8, as read from a workbook's XML) with each _xHHHH_ turned into its character (a
// pair for a character beyond U+FFFF). Sequences for characters a journey cannot hold (control
// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF; an unpaired
// surrogate) are kept as written.
std::string decoded_text(std::string text);

// `text` (UTF-8) with every "_x" that starts an _xHHHH_ sequence written "_x005F_x", so that a
// spreadsheet reads it back as typed.
std::string escaped_text(std::string text);

}   // namespace stagecraft::ooxml
