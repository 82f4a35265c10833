// Load and save of generated journeys, against pugixml alone on the same file, in one run.
// Prints the ratios; the goal (SPEC §8) is at most 2.0x at 10,000 scenes.
// Both sides are timed with the allocator's memory warm and trimmed: see Heap.
#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "model/atomic_file.hpp"
#include "model/xml_reader.hpp"
#include "model/xml_writer.hpp"

namespace fs = std::filesystem;
using stagecraft::bench::generate_journey;

namespace {

double elapsed_ms(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

// How the allocator's memory stands when a timed run starts. The same code runs several times
// faster or slower depending on whether the memory it asks for is already mapped, so both sides
// are timed under each condition in turn:
//   warm     memory freed by the previous run is kept and reused (a long-running process);
//   trimmed  all free memory is given back to the system before each run, so every page is
//            touched anew (the first load in a process, without the process start).
enum class Heap { Warm, Trimmed };

// Times `ours` and `theirs` alternately, `runs` times each, and keeps the best (least disturbed)
// time of each: alternating means both see the same machine, even when its load changes.
// What each returns is destroyed outside the timing, so both sides are timed without teardown.
template <typename A, typename B>
std::pair<double, double> best_pair(int runs, Heap heap, A ours, B theirs) {
    double a = 1e300, b = 1e300;
    for (int i = 0; i < runs; ++i) {
        {
            if (heap == Heap::Trimmed) malloc_trim(0);
            auto t0 = std::chrono::steady_clock::now();
            auto result = ours();
            (void)result;
            a = std::min(a, elapsed_ms(t0));
        }
        {
            if (heap == Heap::Trimmed) malloc_trim(0);
            auto t0 = std::chrono::steady_clock::now();
            auto result = theirs();
            (void)result;
            b = std::min(b, elapsed_ms(t0));
        }
    }
    return {a, b};
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{100, 1000, 10000};
    int runs = 15;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--sizes" && i + 1 < argc) sizes = stagecraft::bench::parse_sizes(argv[++i]);
        else {
            std::printf("usage: bench_io [--runs N] [--sizes 100,1000,10000]\n");
            return a == "--help" ? 0 : 2;
        }
    }

    // Freed memory stays with the allocator unless trimmed on purpose (see Heap): glibc would
    // otherwise decide by the sizes freed before, and the two sides would not be timed alike.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);

    const fs::path dir = fs::temp_directory_path() / "stagecraft-bench-io";
    fs::create_directories(dir);
    std::printf("%8s %9s | %-28s | %-28s | %-28s\n", "", "", "load, warm heap", "load, trimmed heap", "save");
    std::printf("%8s %9s | %8s %10s %7s | %8s %10s %7s | %8s %10s %7s\n", "scenes", "bytes", "ms", "pugixml ms",
                "ratio", "ms", "pugixml ms", "ratio", "ms", "pugixml ms", "ratio");
    bool warm_ok = true, trimmed_ok = true, save_ok = true;
    for (int n : sizes) {
        const fs::path file = dir / ("generated-" + std::to_string(n) + ".journey.xml");
        const fs::path ours = dir / ("saved-" + std::to_string(n) + ".journey.xml");
        const fs::path raw = dir / ("pugixml-" + std::to_string(n) + ".journey.xml");
        const stagecraft::Journey journey = generate_journey(n);
        const std::string text = stagecraft::journey_to_xml(journey);
        std::ofstream(file, std::ios::binary) << text;

        // Load: our full load (read, checks, parse, model, validation) vs pugixml's load_file.
        std::size_t loaded_scenes = 0;
        auto load_ours = [&] {
            auto r = stagecraft::load_journey_file(file.string());
            loaded_scenes = r.ok() ? stagecraft::touchpoint_count(*r.journey) : 0;
            return r;
        };
        auto load_theirs = [&] {
            auto doc = std::make_unique<pugi::xml_document>();
            doc->load_file(file.c_str());
            return doc;
        };
        auto [warm, warm_parse] = best_pair(runs, Heap::Warm, load_ours, load_theirs);
        auto [trimmed, trimmed_parse] = best_pair(runs, Heap::Trimmed, load_ours, load_theirs);
        if (loaded_scenes != static_cast<std::size_t>(n)) {
            std::fprintf(stderr, "load of %s failed\n", file.c_str());
            return 1;
        }
        // Save: our atomic save (serialise, temp file, fsync, .bak, rename) vs pugixml's save_file
        // of the same document.
        pugi::xml_document doc;
        doc.load_file(file.c_str());
        auto [save, write] = best_pair(
            runs, Heap::Warm,
            [&] {
                auto err = stagecraft::save_journey_file(journey, ours.string());
                if (err) std::fprintf(stderr, "%s\n", err->c_str());
                return err;
            },
            [&] { return doc.save_file(raw.c_str(), "  "); });

        const double wr = warm / warm_parse, tr = trimmed / trimmed_parse, sr = save / write;
        std::printf("%8d %9zu | %8.2f %10.2f %6.2fx | %8.2f %10.2f %6.2fx | %8.2f %10.2f %6.2fx\n", n, text.size(),
                    warm, warm_parse, wr, trimmed, trimmed_parse, tr, save, write, sr);
        if (n >= 10000) {
            warm_ok = wr <= 2.0;
            trimmed_ok = tr <= 2.0;
            save_ok = sr <= 2.0;
        }
    }
    fs::remove_all(dir);
    auto verdict = [](bool ok) { return ok ? "met" : "NOT met"; };
    std::printf("goal, each at most 2.0x pugixml at 10000 scenes: load (warm heap) %s, load (trimmed heap) %s, "
                "save %s\n",
                verdict(warm_ok), verdict(trimmed_ok), verdict(save_ok));
    return 0;
}
