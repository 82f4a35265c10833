// Reading an Excel workbook (.xlsx) into tables of text, one per sheet: libzip opens the package
// and pugixml reads its parts. Shared and inline strings, numbers, booleans and the cached values
// of formulas are read; a formula without a cached value is left empty with a note, never run.
// Merged cells fill their whole range with their value. Nothing in the workbook is executed or
// fetched (macros and links to other files are ignored, with a note), and a part that inflates
// past 64 MB (a zip bomb) is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/interchange/table.hpp"
#include "model/problem.hpp"

namespace stagecraft {

struct Workbook {
    std::vector<Table> sheets;   // in the workbook's order, each named
    const Table* find(std::string_view name) const {
        for (const auto& s : sheets)
            if (s.sheet == name) return &s;
        return nullptr;
    }
    Table* find(std::string_view name) { return const_cast<Table*>(std::as_const(*this).find(name)); }
};

// The workbook in `bytes`; nullopt after an error in `problems` (not a workbook, a damaged or
// oversized part). `file` names it in problems.
std::optional<Workbook> read_xlsx(std::string_view bytes, const std::string& file, std::vector<Problem>& problems);

}   // namespace stagecraft
