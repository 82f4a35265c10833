// CSV files into tables with libcsv (see csv_table.hpp).
#include "model/interchange/csv_table.hpp"

#include <csv.h>

#include <array>
#include <memory>

#include "model/interchange/import_result.hpp"
#include "model/interchange/import_text.hpp"

namespace stagecraft {

std::string column_letters(int column) {
    std::string out;
    for (int n = column; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

namespace {

struct ParserCloser {
    void operator()(csv_parser* p) const {
        csv_free(p);
        delete p;
    }
};
using ParserPtr = std::unique_ptr<csv_parser, ParserCloser>;

// What libcsv hands over, gathered into rows numbered as a spreadsheet numbers them.
struct Collector {
    Table* table = nullptr;
    std::vector<std::string> cells;
    int record = 0;
    bool after_cr = false;   // the last row ended at a CR: an LF right after it ends nothing more
};

void on_field(void* data, std::size_t length, void* context) {
    auto* c = static_cast<Collector*>(context);
    c->cells.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
    c->after_cr = false;
}

void on_row(int terminator, void* context) {
    auto* c = static_cast<Collector*>(context);
    if (terminator == '\n' && c->after_cr && c->cells.empty()) {
        c->after_cr = false;
        return;
    }
    c->after_cr = terminator == '\r';
    ++c->record;
    auto blank = [](const std::string& s) {
        for (char ch : s)
            if (ch != ' ' && ch != '\t') return false;
        return true;
    };
    while (!c->cells.empty() && blank(c->cells.back())) c->cells.pop_back();
    const std::size_t width = c->cells.size();
    if (!c->cells.empty()) c->table->rows.push_back({c->record, std::move(c->cells)});
    c->cells.clear();
    c->cells.reserve(width);   // the next row is as wide, as a rule
}

// The delimiter of the first line that holds any, outside quotes: the most frequent of comma,
// semicolon and tab (comma on a tie, and for a single column).
char detect_delimiter(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') {
            if (counts[0] + counts[1] + counts[2] > 0) break;
            continue;
        }
        for (int k = 0; k < 3; ++k) counts[k] += c == candidates[k] ? 1 : 0;
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best]) best = k;
    return candidates[best];
}

}   // namespace

std::optional<Table> read_csv_table(std::string_view bytes, const std::string& file, std::vector<Problem>& problems,
                                    char delimiter) {
    auto fail = [&](int line, int column, std::string message) {
        problems.push_back(problem_at(file, line, column, Severity::Error, std::move(message)));
        return std::nullopt;
    };
    std::optional<std::string> decoded = import_text_utf8(bytes, file, problems, true);
    if (!decoded) return std::nullopt;
    const std::string& text = *decoded;

    if (delimiter == 0) {
        delimiter = detect_delimiter(text);
        if (delimiter != ',')
            problems.push_back(problem_at(file, 1, 0, Severity::Note,
                                          delimiter == ';' ? "fields are separated by ';' (as Excel writes CSV in many "
                                                             "European locales)"
                                                           : "fields are separated by tabs"));
    }
    ParserPtr parser(new csv_parser);
    // Strict: a quote inside a field that does not start with one, and a quoted field never
    // closed, are errors rather than guesses.
    if (csv_init(parser.get(), CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI) != 0) {
        delete parser.release();
        return fail(0, 0, "out of memory while reading the file");
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    Table table;
    Collector collector;
    collector.table = &table;
    const std::size_t parsed = csv_parse(parser.get(), text.data(), text.size(), on_field, on_row, &collector);
    if (parsed != text.size() || csv_fini(parser.get(), on_field, on_row, &collector) != 0) {
        return fail(collector.record + 1, static_cast<int>(collector.cells.size()) + 1,
                    csv_error(parser.get()) == CSV_EPARSE
                        ? "a quoted field in this row is never closed, or a '\"' stands inside a field that does "
                          "not start with one: write the field as \"...\" with each '\"' in it doubled"
                        : "the file could not be read (out of memory)");
    }
    return table;
}

}   // namespace stagecraft
