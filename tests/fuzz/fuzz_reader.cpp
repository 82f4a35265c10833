// libFuzzer entry point for the journey reader: any bytes must load or fail with problems, and
// whatever loads must save and reload to the same model. Built with -DSTAGECRAFT_FUZZ=ON under
// clang; see tests/fuzz/CMakeLists.txt.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    stagecraft::LoadResult r = stagecraft::load_journey_text(text, "fuzz.xml");
    if (r.ok()) {
        stagecraft::LoadResult again =
            stagecraft::load_journey_text(stagecraft::journey_to_xml(*r.journey), "again.xml");
        if (!again.ok() || !(*again.journey == *r.journey)) std::abort();
    } else if (r.problems.empty()) {
        std::abort();
    }
    return 0;
}
