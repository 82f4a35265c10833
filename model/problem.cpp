// Formatting of problems in the compiler convention.
#include "model/problem.hpp"

namespace stagecraft {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "error";
}

std::string format_problem(const Problem& p) {
    std::string out;
    if (!p.file.empty()) {
        out += p.file;
        if (p.line > 0) {
            out += ':' + std::to_string(p.line);
            if (p.column > 0) out += ':' + std::to_string(p.column);
        }
        out += ": ";
    }
    out += to_string(p.severity);
    out += ": ";
    out += p.message;
    return out;
}

bool has_errors(const std::vector<Problem>& problems) {
    for (const auto& p : problems)
        if (p.severity == Severity::Error) return true;
    return false;
}

Problem problem_at(std::string file, int line, int column, Severity severity, std::string message) {
    Problem p;
    p.file = std::move(file);
    p.line = line;
    p.column = column;
    p.severity = severity;
    p.message = std::move(message);
    return p;
}

}   // namespace stagecraft
