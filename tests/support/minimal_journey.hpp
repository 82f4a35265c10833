// A small valid journey file, one element per line, for tests that change one thing in it and
// check the exact line and column of the problem reported.
#pragma once

#include <string>
#include <vector>

namespace stagecraft::test {

// The lines of the minimal journey (without newlines).
std::vector<std::string> minimal_lines();

// The lines joined with '\n'.
std::string join_lines(const std::vector<std::string>& lines);

// 1-based line number of the first line containing `needle` (0 when absent).
int line_of(const std::vector<std::string>& lines, const std::string& needle);

// 1-based column of `needle` in line `line` (1-based), 0 when absent.
int column_of(const std::vector<std::string>& lines, int line, const std::string& needle);

// Replace the first occurrence of `from` with `to` in the first line that contains it.
std::vector<std::string> replaced(std::vector<std::string> lines, const std::string& from, const std::string& to);

}   // namespace stagecraft::test
