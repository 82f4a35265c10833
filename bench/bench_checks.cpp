// All staging checks on generated journeys of 1,000 and 10,000 scenes, and each check alone, in
// one run. The goal (issue: staging checks) is well under 100 ms for all checks at 10,000 scenes,
// so the editor can run them after every edit.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "model/checks/checks.hpp"

using stagecraft::bench::generate_journey;

namespace {

// Best of `runs` timings of `f`, in milliseconds; `count` receives the number of findings.
template <typename F>
double best_ms(int runs, F f, std::size_t& count) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        auto findings = f();
        auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
        count = findings.size();
    }
    return best;
}

// Options that run only the check `id`.
stagecraft::CheckOptions only(std::string_view id) {
    stagecraft::CheckOptions o;
    for (const auto& c : stagecraft::all_checks())
        if (c.id != id) o.disabled.emplace_back(c.id);
    return o;
}

}   // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{1000, 10000};
    int runs = 9;
    bool per_check = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--sizes" && i + 1 < argc)
            sizes = stagecraft::bench::parse_sizes(argv[++i]);
        else if (a == "--total-only") {
            per_check = false;
        } else {
            std::printf("usage: bench_checks [--runs N] [--sizes 1000,10000] [--total-only]\n");
            return a == "--help" ? 0 : 2;
        }
    }

    const double goal_ms = 100;
    bool met = true;
    for (int n : sizes) {
        const stagecraft::Journey journey = generate_journey(n);
        std::size_t findings = 0;
        const double all = best_ms(
            runs, [&] { return stagecraft::run_checks(journey); }, findings);
        std::printf(
            "%d scenes, %zu roles, %zu flows: all %zu checks %.2f ms (%zu findings), %.1f%% of the %.0f ms goal\n", n,
            journey.cast.size(), journey.flows.size(), stagecraft::all_checks().size(), all, findings,
            100.0 * all / goal_ms, goal_ms);
        if (n >= 10000 && all >= goal_ms) met = false;
        if (!per_check) continue;
        for (const auto& c : stagecraft::all_checks()) {
            std::size_t count = 0;
            const auto options = only(c.id);
            const double ms = best_ms(
                runs, [&] { return stagecraft::run_checks(journey, options); }, count);
            std::printf("    %-26s %8.2f ms  %6zu findings\n", std::string(c.id).c_str(), ms, count);
        }
    }
    std::printf("goal: all checks well under %.0f ms at 10000 scenes: %s\n", goal_ms, met ? "met" : "NOT met");
    return 0;
}
