// What the Problems pane lists: the validator's problems and the staging checks' findings
// together, each with the element to select when it is clicked, filterable by severity.
// No display needed.
#pragma once

#include <string>
#include <vector>

#include <optional>
#include "app/editor/core/selection.hpp"

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft::editor {

struct ProblemItem {
    Severity severity = Severity::Warning;
    std::string source;    // "validation" or the check id ("no-lead")
    std::string element;   // what it concerns, for display ("Scene: Greeting")
    std::string message;
    std::string hint;   // empty when there is none
    Selection target;   // what clicking the item selects
};

// Validation problems first, then staging findings (errors, warnings, notes).
std::vector<ProblemItem> collect_problems(const Journey& journey);

struct SeverityFilter {
    bool errors = true;
    bool warnings = true;
    bool notes = true;
    bool accepts(Severity s) const;
};

std::vector<ProblemItem> filter_problems(const std::vector<ProblemItem>& items, const SeverityFilter& filter);

// Where `item` stands in `items` after the list changed: the row of the same finding (the same
// check about the same element, its wording aside), or nothing when it is gone (fixed).
std::optional<std::size_t> find_same_problem(const std::vector<ProblemItem>& items, const ProblemItem& item);

struct ProblemCounts {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
};
ProblemCounts count_problems(const std::vector<ProblemItem>& items);

}   // namespace stagecraft::editor
