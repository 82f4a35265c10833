// libFuzzer entry point for the workbook reader: any bytes must import or fail with an error;
// whatever imports must be a valid journey that saves and reloads to the same model. Built with
// -DSTAGECRAFT_FUZZ=ON under clang; see tests/fuzz/CMakeLists.txt.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/interchange/workbook_reader.hpp"
#include "model/interchange/xlsx_workbook.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stagecraft;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::vector<Problem> problems;
    std::optional<Workbook> book = read_xlsx(bytes, "fuzz.xlsx", problems);
    if (!book) {
        if (!has_errors(problems)) std::abort();   // a refusal always says why
        return 0;
    }
    WorkbookOptions options;
    options.rows.fallback_title = "fuzz";
    const ImportResult r = journey_from_workbook(std::move(*book), "fuzz.xlsx", options);
    if (!r.ok()) {
        if (!has_errors(r.problems)) std::abort();
        return 0;
    }
    const Journey& j = r.journeys.front();
    if (has_errors(validate_journey(j))) std::abort();
    LoadResult again = load_journey_text(journey_to_xml(j), "again.xml");
    if (!again.ok() || !(*again.journey == j)) std::abort();
    return 0;
}
