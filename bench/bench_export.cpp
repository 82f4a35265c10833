// CLI export end to end against Graphviz alone, in one run: for generated journeys, each view is
// exported to SVG by running stagecraft-cli as a process on a journey file; the DOT text the
// program emits for that view is given to Graphviz alone twice: as a process (`dot -Tsvg`, which
// honours the DOT's layout attribute; like for like with the CLI, start-up included) and
// in-process through the libraries (gvLayout + gvRender, no start-up). Prints the times and the
// ratios (goal, README "Benchmarks": at most 1.1x), and the blueprint's layout time at the largest size
// (goal: under one second).
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "export/render.hpp"
#include "model/io/atomic_file.hpp"
#include "model/io/xml_writer.hpp"

extern char** environ;

namespace fs = std::filesystem;
using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

struct Timing {
    double wall = 1e300;   // best elapsed time, ms
    double cpu = 1e300;    // best CPU time (user + system), ms
};

double process_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double child_cpu_ms(const rusage& r) {
    auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(r.ru_utime) + ms(r.ru_stime);
}

template <typename F>
double best_ms(int runs, F f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

// Runs a program and waits for it; returns its exit status (-1 when it could not start) and
// adds its CPU time to `cpu_ms`.
int run(const std::vector<std::string>& args, double& cpu_ms) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) return -1;
    cpu_ms = child_cpu_ms(usage);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Best wall and CPU time of running a program `runs` times; `ok` is cleared on a failure.
Timing time_process(int runs, const std::vector<std::string>& args, bool& ok) {
    Timing t;
    for (int i = 0; i < runs; ++i) {
        double cpu = 0;
        const auto t0 = std::chrono::steady_clock::now();
        ok = ok && run(args, cpu) == 0;
        const auto t1 = std::chrono::steady_clock::now();
        t.wall = std::min(t.wall, std::chrono::duration<double, std::milli>(t1 - t0).count());
        t.cpu = std::min(t.cpu, cpu);
    }
    return t;
}

// The same for two programs run alternately, so that both see the same machine even when its
// load changes during the measurement.
std::pair<Timing, Timing> time_process_pair(int runs, const std::vector<std::string>& a,
                                            const std::vector<std::string>& b, bool& ok) {
    std::pair<Timing, Timing> t;
    for (int i = 0; i < runs; ++i) {
        Timing one = time_process(1, a, ok);
        Timing two = time_process(1, b, ok);
        t.first.wall = std::min(t.first.wall, one.wall);
        t.first.cpu = std::min(t.first.cpu, one.cpu);
        t.second.wall = std::min(t.second.wall, two.wall);
        t.second.cpu = std::min(t.second.cpu, two.cpu);
    }
    return t;
}

template <typename F>
Timing time_in_process(int runs, F f) {
    Timing t;
    for (int i = 0; i < runs; ++i) {
        const double c0 = process_cpu_ms();
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        t.cpu = std::min(t.cpu, process_cpu_ms() - c0);
        t.wall = std::min(t.wall, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return t;
}

}   // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{100, 1000};
    int runs = 3;
    std::string cli = STAGECRAFT_CLI_PATH;
    std::string dot_program = "/usr/bin/dot";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--sizes" && i + 1 < argc)
            sizes = stagecraft::bench::parse_sizes(argv[++i]);
        else if (a == "--cli" && i + 1 < argc)
            cli = argv[++i];
        else if (a == "--dot" && i + 1 < argc)
            dot_program = argv[++i];
        else {
            std::printf("usage: bench_export [--runs N] [--sizes 100,1000] [--cli PATH] [--dot PATH]\n");
            return a == "--help" ? 0 : 2;
        }
    }
    const fs::path dir = fs::temp_directory_path() / ("stagecraft-bench-export-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    std::printf(
        "CLI export to SVG (process, end to end) vs Graphviz alone on the emitted DOT,\n"
        "as a process (dot -Tsvg) and in-process (gvLayout+gvRender); best of %d runs, ms.\n"
        "wall = elapsed time, cpu = user+system time (robust when the machine is busy)\n\n",
        runs);
    std::printf("%7s %-10s %9s %9s %9s %9s %9s %9s %8s %8s %8s\n", "scenes", "view", "cli wall", "dot wall", "lib wall",
                "cli cpu", "dot cpu", "lib cpu", "wall", "cpu", "cpu/lib");
    bool all_ok = true;
    double worst_wall = 0, worst_cpu = 0;
    double sum_cli = 0, sum_dot = 0;   // wall, over every size and view
    Renderer renderer;
    for (int n : sizes) {
        const Journey journey = bench::generate_journey(n);
        const std::string file = (dir / ("journey-" + std::to_string(n) + ".journey.xml")).string();
        if (auto error = write_file_atomically(file, journey_to_xml(journey))) {
            std::fprintf(stderr, "cannot write %s: %s\n", file.c_str(), error->c_str());
            return 1;
        }
        for (View view : all_views()) {
            const std::string name(to_string(view));
            const std::string dot = to_dot(build_view(journey, view));
            const std::string out = (dir / ("out-" + std::to_string(n) + "." + name + ".svg")).string();
            const std::string dot_file = out + ".dot";
            bool ok = !write_file_atomically(dot_file, dot);
            const auto [cli_t, dot_t] =
                time_process_pair(runs, {cli, "export", file, "--view", name, "--format", "svg", "-o", out},
                                  {dot_program, "-Tsvg", dot_file, "-o", out}, ok);
            const Timing lib_t =
                time_in_process(runs, [&] { ok = ok && renderer.render_dot_text(dot, Format::Svg).ok; });
            if (!ok) {
                std::fprintf(stderr, "export of %d scenes, view %s failed\n", n, name.c_str());
                all_ok = false;
                continue;
            }
            worst_wall = std::max(worst_wall, cli_t.wall / dot_t.wall);
            sum_cli += cli_t.wall;
            sum_dot += dot_t.wall;
            worst_cpu = std::max(worst_cpu, cli_t.cpu / dot_t.cpu);
            std::printf("%7d %-10s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7.2fx %7.2fx %7.2fx\n", n, name.c_str(),
                        cli_t.wall, dot_t.wall, lib_t.wall, cli_t.cpu, dot_t.cpu, lib_t.cpu, cli_t.wall / dot_t.wall,
                        cli_t.cpu / dot_t.cpu, cli_t.cpu / lib_t.cpu);
        }
    }
    const int largest = *std::max_element(sizes.begin(), sizes.end());
    const Journey journey = bench::generate_journey(largest);
    const double layout_ms = best_ms(runs, [&] { renderer.layout(journey, View::Blueprint); });
    std::printf("\ncli/dot over all exports (total wall time): %.2fx (goal <= 1.10x)\n", sum_cli / sum_dot);
    std::printf("worst single cli/dot ratio: wall %.2fx, cpu %.2fx\n", worst_wall, worst_cpu);
    std::printf("blueprint layout at %d scenes: %.1f ms (goal < 1000 ms)\n", largest, layout_ms);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return all_ok ? 0 : 1;
}
