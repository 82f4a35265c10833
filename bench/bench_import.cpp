// Importing a spreadsheet saved as CSV, and the same journey as an Excel workbook, against
// loading it from its .journey.xml, in one run, for generated journeys (rows layout: one row per
// scene). The goals (README "Benchmarks") at 10,000 rows: at most 2x for CSV, 4x for xlsx. Every
// side reads bytes already in memory into a journey, alternately, best of the runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_options.hpp"
#include "bench/journey_generator.hpp"
#include "export/rows_writer.hpp"
#include "export/xlsx_writer.hpp"
#include "model/interchange/import_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"

using namespace stagecraft;

namespace {

double elapsed_ms(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

ImportResult import_csv(const std::string& csv) { return import_text(csv, "bench.csv", ImportFormat::Csv); }

}   // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{1000, 10000};
    int runs = 5;
    if (const int status =
            bench::parse_runs_and_sizes(argc, argv, runs, sizes, "usage: bench_import [--runs N] [--sizes 1000,10000]");
        status >= 0)
        return status;
    std::printf("CSV and xlsx import vs loading the same journey's .journey.xml, in memory; best of %d runs, ms\n\n",
                runs);
    std::printf("%8s %10s %10s %12s %12s %12s %8s %8s %8s %8s\n", "rows", "CSV KB", "XML KB", "import CSV",
                "import xlsx", "load XML", "CSV", "goal 2x", "xlsx", "goal 4x");
    int status = 0;
    for (int n : sizes) {
        const Journey journey = bench::generate_journey(n);
        const std::string csv = journey_to_csv(journey).text;
        const std::string xml = journey_to_xml(journey);
        const std::string xlsx_path = "/tmp/stagecraft-bench-import-" + std::to_string(n) + ".xlsx";
        if (auto error = write_journey_xlsx(journey, xlsx_path).error) {
            std::fprintf(stderr, "bench_import: %s\n", error->c_str());
            return 1;
        }
        std::string xlsx;
        {
            std::FILE* f = std::fopen(xlsx_path.c_str(), "rb");
            char buf[65536];
            std::size_t got;
            while (f && (got = std::fread(buf, 1, sizeof buf, f)) > 0) xlsx.append(buf, got);
            if (f) std::fclose(f);
            std::remove(xlsx_path.c_str());
        }
        double import_ms = 1e300, load_ms = 1e300, xlsx_ms = 1e300;
        std::size_t scenes = 0;
        for (int r = 0; r < runs; ++r) {
            {
                const auto t0 = std::chrono::steady_clock::now();
                ImportResult imported = import_csv(csv);
                import_ms = std::min(import_ms, elapsed_ms(t0));
                if (!imported.ok()) {
                    std::fprintf(stderr, "bench_import: the generated CSV did not import: %s\n",
                                 imported.problems.empty() ? "?" : format_problem(imported.problems[0]).c_str());
                    return 1;
                }
                scenes = 0;
                for (const auto& s : imported.journeys[0].stages) scenes += s.scenes.size();
            }
            {
                const auto t0 = std::chrono::steady_clock::now();
                ImportResult imported = import_text(xlsx, "bench.xlsx", ImportFormat::Xlsx);
                xlsx_ms = std::min(xlsx_ms, elapsed_ms(t0));
                if (!imported.ok()) {
                    std::fprintf(stderr, "bench_import: the generated workbook did not import: %s\n",
                                 imported.problems.empty() ? "?" : format_problem(imported.problems[0]).c_str());
                    return 1;
                }
            }
            {
                const auto t0 = std::chrono::steady_clock::now();
                LoadResult loaded = load_journey_text(xml, "bench.journey.xml");
                load_ms = std::min(load_ms, elapsed_ms(t0));
                if (!loaded.ok()) return 1;
            }
        }
        if (scenes != static_cast<std::size_t>(n)) {
            std::fprintf(stderr, "bench_import: %zu scenes imported, %d expected\n", scenes, n);
            return 1;
        }
        const double ratio = import_ms / load_ms, xlsx_ratio = xlsx_ms / load_ms;
        // The goals are set at 10,000 rows; at other sizes the ratios are shown without a verdict.
        const bool goal_size = n == 10000;
        std::printf("%8d %10zu %10zu %12.1f %12.1f %12.1f %7.2fx %8s %7.2fx %8s\n", n, csv.size() / 1024,
                    xml.size() / 1024, import_ms, xlsx_ms, load_ms, ratio,
                    !goal_size     ? "-"
                    : ratio <= 2.0 ? "met"
                                   : "missed",
                    xlsx_ratio,
                    !goal_size          ? "-"
                    : xlsx_ratio <= 4.0 ? "met"
                                        : "missed");
    }
    return status;
}
