// Command-line pieces shared by the benchmarks.
#pragma once

#include <string>
#include <vector>

namespace stagecraft::bench {

// "100,1000,10000" -> {100, 1000, 10000}; entries that are not positive numbers are dropped.
std::vector<int> parse_sizes(const std::string& list);

// Reads "--runs N" and "--sizes A,B" into `runs` and `sizes`; -1 when they are all there is, else
// the exit status after printing `usage` (0 for --help).
int parse_runs_and_sizes(int argc, char** argv, int& runs, std::vector<int>& sizes, const char* usage);

}   // namespace stagecraft::bench
