// CSV files into tables with libcsv (see csv_table.hpp).
#include "model/interchange/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <array>
#include <memory>

#include "model/interchange/import_result.hpp"
#include "model/interchange/import_text.hpp"
#include "model/parallel/run_beside.hpp"

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
    std::size_t kept = 0;    // the cells of the rows kept so far
    int over_record = 0;     // the record where the cells passed kMaxImportCells; 0 while they have not
};

void on_field(void* data, std::size_t length, void* context) {
    auto* c = static_cast<Collector*>(context);
    c->after_cr = false;
    if (c->over_record > 0) return;
    if (c->kept + c->cells.size() >= kMaxImportCells) {
        c->over_record = c->record + 1;   // nothing more is kept
        c->cells.clear();
        return;
    }
    c->cells.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_row(int terminator, void* context) {
    auto* c = static_cast<Collector*>(context);
    if (terminator == '\n' && c->after_cr && c->cells.empty()) {
        c->after_cr = false;
        return;
    }
    c->after_cr = terminator == '\r';
    ++c->record;
    if (c->over_record > 0) return;
    auto blank = [](const std::string& s) {
        for (char ch : s)
            if (ch != ' ' && ch != '\t') return false;
        return true;
    };
    while (!c->cells.empty() && blank(c->cells.back())) c->cells.pop_back();
    const std::size_t width = c->cells.size();
    c->kept += width;
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

enum class Parsed { Whole, Malformed, OutOfMemory };

// The records of `text` (which starts at a record's start) parsed with libcsv into `table`'s
// rows, numbered on from `collector`'s record; anything but Whole leaves `collector` where the
// parse stopped, and Malformed sets `stopped_at` to the offending byte (npos: a quoted field
// is never closed).
Parsed parse_records(std::string_view text, char delimiter, Table& table, Collector& collector,
                     std::size_t* stopped_at = nullptr) {
    collector.table = &table;
    ParserPtr parser(new csv_parser);
    // Strict: a quote inside a field that does not start with one, and a quoted field never
    // closed, are errors rather than guesses.
    if (csv_init(parser.get(), CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI) != 0) {
        delete parser.release();
        return Parsed::OutOfMemory;
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    const std::size_t parsed = csv_parse(parser.get(), text.data(), text.size(), on_field, on_row, &collector);
    if (parsed != text.size() || csv_fini(parser.get(), on_field, on_row, &collector) != 0) {
        if (stopped_at) *stopped_at = parsed != text.size() ? parsed : std::string_view::npos;
        return csv_error(parser.get()) == CSV_EPARSE ? Parsed::Malformed : Parsed::OutOfMemory;
    }
    return Parsed::Whole;
}

// Where a large text can be cut in two at a record's start: just after the first line feed
// outside quotes from the middle on; npos when there is none. Quotes are counted from the
// start: outside quoted fields their count is even (a doubled quote counts twice).
std::size_t record_cut(std::string_view text) {
    const std::size_t middle = text.size() / 2;
    bool quoted = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(middle), '"') % 2 != 0;
    for (std::size_t i = middle; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == '\n' && !quoted)
            return i + 1 < text.size() ? i + 1 : std::string_view::npos;
    }
    return std::string_view::npos;
}

// The misplaced quotes reported one by one; more are counted in one more error.
constexpr int kMaxReportedQuotes = 100;

// A text this large is parsed in two halves on two threads.
constexpr std::size_t kParallelCsvBytes = 512u * 1024u;

// `text` parsed in two halves at once, cut at a record's start; nullopt when there is no cut or a
// half does not parse (the caller then parses the whole text, and reports where it fails). When
// both halves parse, each quote before the cut was paired as the count assumed, so the halves
// hold exactly the records of one parse of the whole text.
std::optional<Table> parse_in_halves(std::string_view text, char delimiter) {
    const std::size_t cut = record_cut(text);
    if (cut == std::string_view::npos) return std::nullopt;
    Table first, second;
    Collector first_collector, second_collector;
    Parsed first_parsed = Parsed::Malformed, second_parsed = Parsed::Malformed;
    run_beside([&] { first_parsed = parse_records(text.substr(0, cut), delimiter, first, first_collector); },
               [&] { second_parsed = parse_records(text.substr(cut), delimiter, second, second_collector); });
    if (first_parsed != Parsed::Whole || second_parsed != Parsed::Whole || first_collector.over_record > 0 ||
        second_collector.over_record > 0 || first_collector.kept + second_collector.kept >= kMaxImportCells)
        return std::nullopt;
    first.rows.reserve(first.rows.size() + second.rows.size());
    for (TableRow& row : second.rows) {
        row.number += first_collector.record;
        first.rows.push_back(std::move(row));
    }
    return first;
}

}   // namespace

std::optional<Table> read_csv_table(std::string_view bytes, const std::string& file, std::vector<Problem>& problems,
                                    char delimiter) {
    auto fail = [&](int line, int column, std::string message) {
        problems.push_back(problem_at(file, line, column, Severity::Error, std::move(message)));
        return std::nullopt;
    };
    // Where a byte stands, as the spreadsheet numbers records and fields.
    auto place = [delimiter](std::string_view text, std::size_t offset) {
        const char d = delimiter != 0 ? delimiter : detect_delimiter(text);
        SourcePos at{1, 1};
        bool quoted = false;
        for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == d) {
                ++at.column;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < offset && text[i + 1] == '\n') ++i;
                ++at.line;
                at.column = 1;
            }
        }
        if (text.compare(0, 4, "sep=") == 0 && at.line > 1) --at.line;   // Excel's hint is no row (see below)
        return at;
    };
    std::optional<std::string> decoded = import_text_utf8(bytes, file, problems, true, place);
    if (!decoded) return std::nullopt;
    std::string& text = *decoded;

    // "sep=;" alone on the first line: Excel's hint of the delimiter, which it does not show as a row.
    if (text.size() >= 5 && text.compare(0, 4, "sep=") == 0 && text[4] != '\r' && text[4] != '\n' &&
        (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
        if (delimiter == 0) delimiter = text[4];
        problems.push_back(problem_at(file, 0, 0, Severity::Note,
                                      std::string("the first line 'sep=") + text[4] +
                                          "' names the delimiter, as Excel writes it: read so, and left out"));
        std::size_t skip = 5;
        if (skip < text.size() && text[skip] == '\r') ++skip;
        if (skip < text.size() && text[skip] == '\n') ++skip;
        text.erase(0, skip);
    }
    if (delimiter == 0) {
        delimiter = detect_delimiter(text);
        if (delimiter != ',')
            problems.push_back(problem_at(file, 1, 0, Severity::Note,
                                          delimiter == ';' ? "fields are separated by ';' (as Excel writes CSV in many "
                                                             "European locales)"
                                                           : "fields are separated by tabs"));
    }
    if (text.size() >= kParallelCsvBytes)
        if (std::optional<Table> table = parse_in_halves(text, delimiter)) return table;
    // One parse, on past each record with a misplaced quote so that every one is reported; the
    // table holds the records that parse.
    Table table;
    Collector collector;
    std::size_t from = 0;
    int misplaced = 0;
    for (;;) {
        std::size_t stopped = 0;
        const Parsed parsed = parse_records(std::string_view(text).substr(from), delimiter, table, collector, &stopped);
        if (parsed == Parsed::Whole) break;
        if (parsed == Parsed::OutOfMemory)
            return fail(collector.record + 1, 0, "the file could not be read (out of memory)");
        const int record = collector.record + 1, column = static_cast<int>(collector.cells.size()) + 1;
        if (stopped == std::string_view::npos) {
            fail(record, column,
                 "a quoted field in this row is never closed: end it with '\"' (and double each '\"' inside it)");
            break;
        }
        if (++misplaced <= kMaxReportedQuotes)
            fail(record, column,
                 "a '\"' stands inside a field that does not start with one, or after the '\"' that ends one: "
                 "write the field as \"...\" with each '\"' in it doubled");
        // The rest of the record is left out: the parse goes on after the line break that ends it.
        std::size_t next = text.find_first_of("\r\n", from + stopped);
        if (next == std::string::npos) break;
        next += text.compare(next, 2, "\r\n") == 0 ? 2 : 1;
        ++collector.record;
        collector.cells.clear();
        collector.after_cr = false;
        from = next;
    }
    if (misplaced > kMaxReportedQuotes)
        fail(0, 0,
             "and " + std::to_string(misplaced - kMaxReportedQuotes) + " more rows with a misplaced '\"' (the first " +
                 std::to_string(kMaxReportedQuotes) + " are listed)");
    if (collector.over_record > 0)
        return fail(collector.over_record, 0,
                    "the file holds more than 4,000,000 cells by this row (each row counts up to its last value), far "
                    "more than any journey needs: it was not read; delete what stands far to the right or below the "
                    "journey and import again");
    return table;
}

}   // namespace stagecraft
