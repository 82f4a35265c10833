// The client deck of generated journeys: the whole deck (every view laid out on slides, the
// tables, the PDF written to memory) timed end to end, best of the runs. The goals (README
// "Benchmarks"): a 30-scene journey's deck within 1.5 s, a 200-scene journey's within 10 s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "export/deck.hpp"

using namespace stagecraft;

int main(int argc, char** argv) {
    std::vector<int> sizes{30, 200};
    int runs = 3;
    if (const int status =
            bench::parse_runs_and_sizes(argc, argv, runs, sizes, "usage: bench_deck [--runs N] [--sizes 30,200]");
        status >= 0)
        return status;
    std::printf("The deck of a generated journey as a PDF, end to end; best of %d runs\n\n", runs);
    std::printf("%8s %8s %10s %10s %8s\n", "scenes", "slides", "PDF KB", "seconds", "goal");
    diagram::Renderer renderer;
    int status = 0;
    for (int n : sizes) {
        const Journey journey = bench::generate_journey(n);
        double best = 1e300;
        diagram::DeckResult deck;
        for (int r = 0; r < runs; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            deck = diagram::build_deck(renderer, journey);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            if (!deck.ok) {
                std::fprintf(stderr, "bench_deck: the deck of %d scenes failed: %s\n", n, deck.error.c_str());
                return 1;
            }
        }
        const double goal = n <= 30 ? 1.5 : n <= 200 ? 10.0 : 0;
        std::printf("%8d %8zu %10zu %10.2f %8s\n", n, deck.slide_titles.size(), deck.files.front().size() / 1024, best,
                    goal == 0      ? "-"
                    : best <= goal ? "met"
                                   : "missed");
    }
    return status;
}
