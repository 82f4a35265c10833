// Command-line pieces shared by the benchmarks.
#pragma once

#include <string>
#include <vector>

namespace stagecraft::bench {

// "100,1000,10000" -> {100, 1000, 10000}; entries that are not positive numbers are dropped.
std::vector<int> parse_sizes(const std::string& list);

}   // namespace stagecraft::bench
