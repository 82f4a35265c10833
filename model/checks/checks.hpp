// Staging checks (README "Staging checks"): read a journey the way a service director would and say where the
// staging will fail — unowned scenes, single points of failure, unfair load, unused principles.
// One cheap call (`run_checks`) gives every finding; the rules are documented in README.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft {

// The kind of element a finding concerns.
enum class ElementKind { Journey, Scene, Role, Stage, Principle, Flow };

// "journey", "scene", "role", "stage", "principle", "flow".
std::string_view to_string(ElementKind kind);

// One result of one check.
struct Finding {
    std::string check;   // stable check id, e.g. "no-lead"
    Severity severity = Severity::Warning;
    ElementKind element = ElementKind::Scene;
    // The element's id. Flows have none: a flow is named "FROM->TO" and `flow_index` is its
    // position in Journey::flows.
    std::string element_id;
    int flow_index = -1;
    SourcePos pos;         // where the element stands in its file (0:0 when unknown)
    std::string message;   // one line: what is wrong
    std::string hint;      // one line: what to do about it
};

// What a check is, for documentation, `--disable` and choice lists.
struct CheckInfo {
    std::string_view id;
    Severity severity;
    ElementKind element;
    std::string_view summary;
};

struct CheckOptions {
    std::vector<std::string> disabled;   // ids of checks not to run
};

// Every check, in the order they run.
const std::vector<CheckInfo>& all_checks();

// The check with this id, or nullptr.
const CheckInfo* find_check(std::string_view id);

// Run every enabled check. Findings come sorted by severity (errors first), then by position in
// the file, then by check order. Linear in the size of the journey.
std::vector<Finding> run_checks(const Journey& journey, const CheckOptions& options = {});

// The finding as a Problem of `file`, its message ending in " [id]" (for lists of problems).
Problem to_problem(const Finding& finding, const std::string& file);

}   // namespace stagecraft
