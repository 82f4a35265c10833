// libFuzzer entry point for the CSV reader and the rows layout: any bytes must import or fail
// with an error; whatever imports must be a valid journey that saves and reloads to the same
// model, and importing the same bytes again must give the same journey. Built with
// -DSTAGECRAFT_FUZZ=ON under clang; see tests/fuzz/CMakeLists.txt.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/interchange/import_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

namespace {

stagecraft::ImportResult import(std::string_view text) {
    return stagecraft::import_text(text, "fuzz.csv", stagecraft::ImportFormat::Csv);
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stagecraft;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const ImportResult r = import(text);
    if (!r.ok()) {
        if (!has_errors(r.problems)) std::abort();   // a refusal always says why
        return 0;
    }
    const Journey& j = r.journeys.front();
    if (has_errors(validate_journey(j))) std::abort();
    LoadResult again = load_journey_text(journey_to_xml(j), "again.xml");
    if (!again.ok() || !(*again.journey == j)) std::abort();
    const ImportResult twice = import(text);
    if (!twice.ok() || !(twice.journeys.front() == j)) std::abort();
    return 0;
}
