// Mutation fuzzing of the reader: thousands of damaged variants of the samples must each load
// or fail with problems, never crash, hang or lose their way. Deterministic (fixed seed), so a
// failure reproduces; the asan preset runs it under the sanitizers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

std::string mutate(std::string text, std::mt19937& rng) {
    static const char* const kTokens[] = {"<",     ">",         "&",  "\"", "'", "/>",   "</",   "<!--",  "]]>",
                                          "&amp;", "<![CDATA[", "<?", "?>", "=", "\xC3", "\xFF", "<x:y>", "\n"};
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        std::size_t at = rng() % text.size();
        switch (rng() % 5) {
            case 0: text[at] = static_cast<char>(rng() % 256); break;   // flip a byte
            case 1: text.erase(at, 1 + rng() % 40); break;              // delete a run
            case 2: text.insert(at, kTokens[rng() % (sizeof kTokens / sizeof *kTokens)]); break;
            case 3: text.insert(at, text.substr(rng() % text.size(), rng() % 200)); break;   // duplicate a run
            case 4: text.resize(at); break;                                                  // truncate
        }
    }
    return text;
}

}   // namespace

TEST_CASE("Damaged journey files never crash the reader") {
    std::mt19937 rng(20261129);
    int loaded = 0, refused = 0;
    for (const auto& f : sample_files()) {
        const std::string original = read_file(f);
        for (int i = 0; i < 400; ++i) {
            const std::string damaged = mutate(original, rng);
            LoadResult r = load_journey_text(damaged, "fuzz.xml");
            if (r.ok()) {
                ++loaded;
                // What loads must also save and load again to the same model.
                LoadResult again = load_journey_text(journey_to_xml(*r.journey), "again.xml");
                REQUIRE(again.ok());
                REQUIRE(*again.journey == *r.journey);
            } else {
                ++refused;
                REQUIRE_FALSE(r.problems.empty());
                for (const auto& p : r.problems) {
                    REQUIRE_FALSE(p.message.empty());
                    REQUIRE(p.line >= 0);
                }
            }
        }
    }
    CHECK(refused > 0);
    CHECK(loaded + refused >= 2400);
}

TEST_CASE("Every input the fuzzer ever broke loads and saves to a file that loads back equal, or is refused") {
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(STAGECRAFT_TEST_DATA_DIR)) {
        if (entry.path().filename().string().rfind("fuzz-crash-", 0) != 0) continue;
        ++seen;
        INFO(entry.path().filename().string());
        LoadResult r = load_journey_file(entry.path().string());
        if (!r.ok()) {
            CHECK_FALSE(r.problems.empty());
            continue;
        }
        LoadResult again = load_journey_text(journey_to_xml(*r.journey));
        for (const auto& p : again.problems) INFO(format_problem(p));
        REQUIRE(again.ok());
        CHECK(*again.journey == *r.journey);
    }
    CHECK(seen >= 2);
}
