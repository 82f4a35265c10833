// Pieces every stagecraft-cli command shares: usage errors, loading a journey with its problems
// reported, printing problems.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft::cli {

// Prints `help` on stdout when the arguments ask for it (-h or --help); true then, and the
// command exits 0.
bool print_help_if_asked(const Args& args, const char* help);

// The arguments of a command that takes files and no options, into `files`; returns 0, or 2
// after a usage error for an argument that looks like an option.
int files_only(const std::string& command, const Args& args, std::vector<std::string>& files);

// Prints "stagecraft-cli COMMAND: MESSAGE" and a pointer to --help on stderr; returns 2.
int usage_error(const std::string& command, const std::string& message);

// Prints each problem in the compiler convention, one per line.
void print_problems(const std::vector<Problem>& problems, std::ostream& out);

// Loads a journey; on failure prints its problems to stderr and sets `exit_code` to 1 (the file
// has errors) or 2 (the file could not be read).
std::optional<Journey> load_or_report(const std::string& path, int& exit_code);

// Removes the files PREFIX<number>EXT in `folder` (the current one when empty) numbered above
// `count`: the pages or slides of an earlier, longer run, which would read as part of this one.
void remove_numbered_files(const std::string& folder, const std::string& prefix, const std::string& ext,
                           std::size_t count);

// Whether `out`, a file a command is to write, is one of `inputs` by any path: writing it would
// replace what the command reads. False for "-" (standard output) and for a file not there yet.
bool is_an_input(const std::string& out, const std::vector<std::string>& inputs);

// Takes the value of an option such as "-o OUT" or "--view=map". `i` is advanced past the value.
// Returns false (after printing a usage error) when the value is missing.
bool take_value(const std::string& command, const Args& args, std::size_t& i, std::string& value);

// Splits "--name=value"; returns the name part and sets `value` when '=' is present.
std::string option_name(const std::string& arg, std::optional<std::string>& value);

}   // namespace stagecraft::cli
