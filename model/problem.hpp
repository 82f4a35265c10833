// A problem found in a journey: where it is and what is wrong, as a value.
#pragma once

#include <string>
#include <vector>

namespace stagecraft {

enum class Severity { Error, Warning, Note };

struct Problem {
    std::string file;   // path as given, or a name such as "<memory>"
    int line = 0;       // 1-based; 0 when not tied to a place in a file
    int column = 0;     // 1-based: bytes in a UTF-8 file, characters in a file in another encoding
    Severity severity = Severity::Error;
    std::string message;   // plain English: what is wrong and what to do
};

std::string_view to_string(Severity s);   // "error", "warning", "note"

// "FILE:LINE:COL: error: MESSAGE" (the compiler convention); parts without a value are left out.
std::string format_problem(const Problem& p);

bool has_errors(const std::vector<Problem>& problems);

// A problem of `file` at `line`:`column` (0 for none).
Problem problem_at(std::string file, int line, int column, Severity severity, std::string message);

}   // namespace stagecraft
