// Command-line pieces shared by the benchmarks.
#include "bench_options.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace stagecraft::bench {

std::vector<int> parse_sizes(const std::string& list) {
    std::vector<int> out;
    for (std::size_t p = 0; p < list.size();) {
        const std::size_t c = list.find(',', p);
        const int n = std::atoi(list.substr(p, c - p).c_str());
        if (n > 0) out.push_back(n);
        p = c == std::string::npos ? list.size() : c + 1;
    }
    return out;
}

int parse_runs_and_sizes(int argc, char** argv, int& runs, std::vector<int>& sizes, const char* usage) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--sizes" && i + 1 < argc) {
            sizes = parse_sizes(argv[++i]);
        } else {
            std::printf("%s\n", usage);
            return a == "--help" ? 0 : 2;
        }
    }
    return -1;
}

}   // namespace stagecraft::bench
