// CLI export end to end against Graphviz alone, in one run: for generated journeys, each view is
// exported to SVG by running stagecraft-cli as a process on a journey file; the DOT text the
// program emits for that view is given to Graphviz alone twice: as a process (`dot -Tsvg`, which
// honours the DOT's layout attribute; like for like with the CLI, start-up included) and
// in-process through the libraries (gvLayout + gvRender, no start-up). Prints the times and the
// ratios (goal, SPEC §8: at most 1.1x), and the blueprint's layout time at the largest size
// (goal: under one second).
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/journey_generator.hpp"
#include "export/render.hpp"
#include "model/atomic_file.hpp"
#include "model/xml_writer.hpp"

extern char** environ;

namespace fs = std::filesystem;
using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

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

// Runs a program and waits for it; returns its exit status (-1 when it could not start).
int run(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<int> parse_sizes(const std::string& list) {
    std::vector<int> out;
    for (std::size_t p = 0; p < list.size();) {
        const std::size_t c = list.find(',', p);
        out.push_back(std::atoi(list.substr(p, c - p).c_str()));
        p = c == std::string::npos ? list.size() : c + 1;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{100, 1000};
    int runs = 3;
    std::string cli = STAGECRAFT_CLI_PATH;
    std::string dot_program = "/usr/bin/dot";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--sizes" && i + 1 < argc) sizes = parse_sizes(argv[++i]);
        else if (a == "--cli" && i + 1 < argc) cli = argv[++i];
        else if (a == "--dot" && i + 1 < argc) dot_program = argv[++i];
        else {
            std::printf("usage: bench_export [--runs N] [--sizes 100,1000] [--cli PATH] [--dot PATH]\n");
            return a == "--help" ? 0 : 2;
        }
    }
    const fs::path dir = fs::temp_directory_path() / ("stagecraft-bench-export-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    std::printf("CLI export to SVG (process, end to end) vs Graphviz alone on the emitted DOT,\n"
                "as a process (dot -Tsvg) and in-process (gvLayout+gvRender); best of %d runs, ms\n\n", runs);
    std::printf("%8s  %-10s %9s %9s %9s %8s %8s\n", "scenes", "view", "cli", "dot", "library", "cli/dot",
                "cli/lib");
    bool all_ok = true;
    double worst = 0;
    Renderer renderer;
    for (int n : sizes) {
        const Journey journey = bench::generate_journey(n);
        const std::string file = (dir / ("journey-" + std::to_string(n) + ".journey.xml")).string();
        if (auto error = write_file_atomically(file, journey_to_xml(journey))) {
            std::fprintf(stderr, "cannot write %s: %s\n", file.c_str(), error->c_str());
            return 1;
        }
        for (View view : all_views()) {
            const std::string dot = to_dot(build_view(journey, view));
            const std::string out = (dir / ("out-" + std::to_string(n) + "." + std::string(to_string(view)) + ".svg")).string();
            int status = 0;
            const double cli_ms = best_ms(runs, [&] {
                status = run({cli, "export", file, "--view", std::string(to_string(view)), "--format", "svg", "-o", out});
            });
            bool ok = status == 0;
            const std::string dot_file = out + ".dot";
            ok = ok && !write_file_atomically(dot_file, dot);
            int dot_status = 0;
            const double dot_ms = best_ms(runs, [&] { dot_status = run({dot_program, "-Tsvg", dot_file, "-o", out}); });
            ok = ok && dot_status == 0;
            const double gv_ms = best_ms(runs, [&] { ok = ok && renderer.render_dot_text(dot, Format::Svg).ok; });
            if (!ok) {
                std::fprintf(stderr, "export of %d scenes, view %s failed\n", n, std::string(to_string(view)).c_str());
                all_ok = false;
                continue;
            }
            const double ratio = cli_ms / dot_ms;
            worst = std::max(worst, ratio);
            std::printf("%8d  %-10s %9.1f %9.1f %9.1f %7.2fx %7.2fx\n", n, std::string(to_string(view)).c_str(),
                        cli_ms, dot_ms, gv_ms, ratio, cli_ms / gv_ms);
        }
    }
    const int largest = *std::max_element(sizes.begin(), sizes.end());
    const Journey journey = bench::generate_journey(largest);
    const double layout_ms = best_ms(runs, [&] { renderer.layout(journey, View::Blueprint); });
    std::printf("\nworst cli/dot ratio %.2fx (goal <= 1.10x)\n", worst);
    std::printf("blueprint layout at %d scenes: %.1f ms (goal < 1000 ms)\n", largest, layout_ms);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return all_ok ? 0 : 1;
}
