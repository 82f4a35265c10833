// The samples under the staging checks: the weak "before" journey trips most checks, and every
// other sample is clean apart from notes.
#include <catch2/catch.hpp>

#include <set>

#include "model/checks/checks.hpp"
#include "test_support.hpp"

using namespace stagecraft;

namespace {
const char kWeakSample[] = "utility-billing-dispute-before.journey.xml";
}

TEST_CASE("the weak billing-dispute sample trips most of the staging checks") {
    const Journey j = test::load_sample(kWeakSample);
    std::set<std::string> tripped;
    bool error = false;
    for (const auto& f : run_checks(j)) {
        tripped.insert(f.check);
        error = error || f.severity == Severity::Error;
    }
    std::string ids;
    for (const auto& id : tripped) ids += id + " ";
    INFO("tripped: " << ids);
    CHECK(tripped.size() * 10 >= all_checks().size() * 8);   // at least 80% of the checks
    CHECK(error);
}

TEST_CASE("every other sample has no staging errors or warnings") {
    int checked = 0;
    for (const auto& path : test::sample_files()) {
        const std::string name = path.filename().string();
        if (name == kWeakSample) continue;
        const Journey j = test::load_sample(name);
        ++checked;
        for (const auto& f : run_checks(j)) {
            INFO(name << ": " << format_problem(to_problem(f, name)));
            CHECK(f.severity == Severity::Note);
        }
    }
    CHECK(checked >= 1);
}
