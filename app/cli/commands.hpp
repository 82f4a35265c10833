// The stagecraft-cli commands. Each takes the arguments after its name and returns the exit
// status: 0 success, 1 the input has problems (validation errors, failed checks), 2 usage or I/O
// error. Errors go to stderr.
#pragma once

#include <string>
#include <vector>

namespace stagecraft::cli {

using Args = std::vector<std::string>;

int run_validate(const Args& args);
int run_stats(const Args& args);
int run_format(const Args& args);
int run_export(const Args& args);
int run_check(const Args& args);
int run_import(const Args& args);
int run_convert(const Args& args);
int run_deck(const Args& args);

// True when args holds -h or --help.
bool wants_help(const Args& args);

}   // namespace stagecraft::cli
