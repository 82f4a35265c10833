// libFuzzer entry point for the Mermaid and Markdown journey readers: any bytes must import or
// fail with an error; whatever imports must be a valid journey that saves and reloads to the same
// model, and importing the same bytes again must give the same journeys. Built with
// -DSTAGECRAFT_FUZZ=ON under clang; see tests/fuzz/CMakeLists.txt.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/interchange/mermaid_reader.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

namespace {

void check(const stagecraft::ImportResult& r, std::string_view text, bool markdown) {
    using namespace stagecraft;
    if (!r.ok()) {
        if (!has_errors(r.problems)) std::abort();   // a refusal always says why
        return;
    }
    for (const Journey& j : r.journeys) {
        if (has_errors(validate_journey(j))) std::abort();
        LoadResult again = load_journey_text(journey_to_xml(j), "again.xml");
        if (!again.ok() || !(*again.journey == j)) std::abort();
    }
    const ImportResult twice =
        markdown ? read_markdown_journeys(text, "fuzz.md", "fuzz") : read_mermaid_journey(text, "fuzz.mmd", "fuzz");
    if (twice.journeys.size() != r.journeys.size()) std::abort();
    for (std::size_t k = 0; k < r.journeys.size(); ++k)
        if (!(twice.journeys[k] == r.journeys[k])) std::abort();
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    check(stagecraft::read_mermaid_journey(text, "fuzz.mmd", "fuzz"), text, false);
    check(stagecraft::read_markdown_journeys(text, "fuzz.md", "fuzz"), text, true);
    return 0;
}
