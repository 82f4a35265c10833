// The samples a newcomer imports (Mermaid, a CSV canvas, a workbook) import into valid journeys.
#include <catch2/catch.hpp>

#include <filesystem>

#include "model/interchange/import_file.hpp"
#include "model/validate.hpp"

using namespace stagecraft;

TEST_CASE("Every sample in another format imports into a valid journey, without an error") {
    int imported = 0;
    for (const auto& entry : std::filesystem::directory_iterator(STAGECRAFT_SAMPLES_DIR)) {
        const std::string path = entry.path().string();
        if (!import_format_for(path)) continue;
        INFO(path);
        const ImportResult r = import_file(path);
        REQUIRE(r.ok());
        for (const auto& j : r.journeys) CHECK_FALSE(has_errors(validate_journey(j)));
        ++imported;
    }
    CHECK(imported >= 3);   // one Mermaid diagram, one CSV, one workbook at least
}
