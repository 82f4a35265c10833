// Command-line pieces shared by the benchmarks.
#include "bench_options.hpp"

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

}   // namespace stagecraft::bench
