// Load and save of generated journeys, against pugixml alone on the same file, in one run.
// Prints the ratios; the goal (README "Benchmarks") is at most 2.0x at 10,000 scenes.
// Loads are timed three ways, each side alike: with the allocator's memory warm, with it
// trimmed before each run (see Heap), and as the first thing a new process does.
#include <pugixml.hpp>

#include <malloc.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "model/io/atomic_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"

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

// One load, timed as the first thing this process does: `which` is "ours" or "pugixml". The
// time is printed before the result is destroyed, so teardown is not timed.
int time_one_load(const std::string& which, const char* file) {
    const auto t0 = std::chrono::steady_clock::now();
    bool ok = true;
    if (which == "ours") {
        auto r = stagecraft::load_journey_file(file);
        ok = r.ok();
        std::printf("%.3f\n", elapsed_ms(t0));
    } else {
        pugi::xml_document doc;
        ok = static_cast<bool>(doc.load_file(file));
        std::printf("%.3f\n", elapsed_ms(t0));
    }
    return ok ? 0 : 1;
}

// The time a new process of this program takes for one load (see time_one_load).
double load_in_new_process(const char* self, const std::string& which, const fs::path& file) {
    int out[2];
    if (pipe(out) != 0) return 1e300;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const std::string path = file.string();
    char* args[] = {const_cast<char*>(self), const_cast<char*>("--once"), const_cast<char*>(which.c_str()),
                    const_cast<char*>(path.c_str()), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, self, &actions, nullptr, args, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string text;
    char buf[64];
    for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
    close(out[0]);
    int status = 0;
    if (spawned != 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1e300;
    return std::atof(text.c_str());
}

}   // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--once") return time_one_load(argv[2], argv[3]);
    std::vector<int> sizes{100, 1000, 10000};
    int runs = 15;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--sizes" && i + 1 < argc)
            sizes = stagecraft::bench::parse_sizes(argv[++i]);
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
    std::printf("%8s %9s  %-20s %9s %11s %7s\n", "scenes", "bytes", "what", "ms", "pugixml ms", "ratio");
    const char* const kinds[] = {"load, warm heap", "load, trimmed heap", "load, new process", "save"};
    bool measured = false;   // the goal is set at 10,000 scenes
    bool met[4] = {true, true, true, true};
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
            loaded_scenes = r.ok() ? stagecraft::scene_count(*r.journey) : 0;
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
        double fresh = 1e300, fresh_parse = 1e300;
        for (int i = 0; i < runs; ++i) {
            fresh = std::min(fresh, load_in_new_process(argv[0], "ours", file));
            fresh_parse = std::min(fresh_parse, load_in_new_process(argv[0], "pugixml", file));
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

        const double times[4][2] = {{warm, warm_parse}, {trimmed, trimmed_parse}, {fresh, fresh_parse}, {save, write}};
        for (int k = 0; k < 4; ++k) {
            const double ratio = times[k][0] / times[k][1];
            if (k == 0)
                std::printf("%8d %9zu", n, text.size());
            else
                std::printf("%8s %9s", "", "");
            std::printf("  %-20s %9.2f %11.2f %6.2fx\n", kinds[k], times[k][0], times[k][1], ratio);
            if (n == 10000) {
                met[k] = ratio <= 2.0;
                measured = true;
            }
        }
    }
    fs::remove_all(dir);
    if (measured) {
        std::printf("goal, each at most 2.0x pugixml at 10000 scenes:");
        for (int k = 0; k < 4; ++k) std::printf("%s %s %s", k ? "," : "", kinds[k], met[k] ? "met" : "NOT met");
        std::printf("\n");
    } else {
        std::printf("goal: set at 10000 scenes, which this run did not measure\n");
    }
    return 0;
}
