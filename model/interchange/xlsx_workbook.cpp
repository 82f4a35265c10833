// Excel workbooks into tables (see xlsx_workbook.hpp).
#include "model/interchange/xlsx_workbook.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <system_error>
#include <thread>

#include <pugixml.hpp>

#include "model/interchange/cell_formats.hpp"
#include "model/interchange/import_result.hpp"
#include "model/interchange/ooxml_part.hpp"
#include "model/interchange/ooxml_text.hpp"
#include "model/interchange/zip_package.hpp"

namespace stagecraft {

namespace {

using ooxml::child_named;
using ooxml::is_named;
using ooxml::local_name;

constexpr int kMaxColumns = 16384;   // Excel's own limit (XFD)
constexpr int kMaxRows = 1048576;
// A sheet this large (inflated) is read on a second thread while the shared strings and the
// other sheets are read.
constexpr std::uint64_t kSheetOnItsOwnBytes = 1024u * 1024u;

// "B12" into column 2 and row 12 (1-based); false when it is not a cell reference.
bool cell_ref(const char* ref, int& column, int& row) {
    column = 0;
    row = 0;
    const char* p = ref;
    while (*p >= 'A' && *p <= 'Z') {
        column = column * 26 + (*p - 'A' + 1);
        if (column > kMaxColumns) return false;
        ++p;
    }
    while (*p >= '0' && *p <= '9') {
        row = row * 10 + (*p - '0');
        if (row > kMaxRows) return false;
        ++p;
    }
    return *p == '\0' && column > 0 && row > 0;
}

// A part parsed in place: the document points into its text, so both live together.
struct Part {
    std::string text;
    pugi::xml_document doc;
    pugi::xml_node document_element() const { return doc.document_element(); }
};

std::unique_ptr<Part> parse(ZipPackage& package, const std::string& name, bool required) {
    auto text = package.part(name, required);
    if (!text) return nullptr;
    auto part = std::make_unique<Part>();
    part->text = std::move(*text);
    // No DTD, no entities beyond XML's own: nothing is fetched or expanded.
    if (!part->doc.load_buffer_inplace(part->text.data(), part->text.size(),
                                       pugi::parse_default & ~pugi::parse_doctype)) {
        package.fail("the workbook's part " + name + " is not well-formed XML: the file is damaged");
        return nullptr;
    }
    return part;
}

// The text of a string item: its <t>, or the <t> of each of its runs (<r>), phonetic runs left
// out; _xHHHH_ sequences decoded.
std::string string_item(const pugi::xml_node& si) {
    std::string out;
    for (auto c : si.children()) {
        if (std::strcmp(local_name(c), "t") == 0)
            out += c.text().get();
        else if (std::strcmp(local_name(c), "r") == 0)
            out += child_named(c, "t").text().get();
    }
    return ooxml::decoded_text(std::move(out));
}

// A path inside the package with its "." and ".." segments resolved ("xl/../xl/a.xml" is "xl/a.xml").
std::string without_dot_segments(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& segment : segments) out += (out.empty() ? "" : "/") + segment;
    return out;
}

// Where each sheet's part is, by relationship id, as paths inside the package.
std::map<std::string, std::string> sheet_targets(ZipPackage& package) {
    std::map<std::string, std::string> targets;
    auto rels = parse(package, "xl/_rels/workbook.xml.rels", false);
    if (!rels) return targets;
    for (auto r : rels->document_element().children()) {
        if (std::strcmp(local_name(r), "Relationship") != 0) continue;
        std::string target = r.attribute("Target").value();
        if (!target.empty() && target[0] == '/')
            target.erase(0, 1);
        else
            target = "xl/" + target;
        targets[r.attribute("Id").value()] = without_dot_segments(target);
    }
    return targets;
}

// The row numbered `number` in rows sorted by number, made (empty) when missing.
TableRow& row_numbered(std::vector<TableRow>& rows, int number) {
    auto at = std::lower_bound(rows.begin(), rows.end(), number, [](const TableRow& r, int n) { return r.number < n; });
    if (at == rows.end() || at->number != number) at = rows.insert(at, TableRow{number, {}});
    return *at;
}

void put(TableRow& row, int column, std::string text) {
    if (row.cells.size() < static_cast<std::size_t>(column)) row.cells.resize(static_cast<std::size_t>(column));
    row.cells[static_cast<std::size_t>(column - 1)] = std::move(text);
}

// How the workbook shows numbers: by cell style, and from which day it counts dates.
struct CellFormats {
    std::vector<ooxml::NumberShown> shown;
    bool date1904 = false;
};

// A sheet's rows into a table. Cells of shared strings are filled by `finish`, so a sheet can be
// read before the shared strings are. Every sheet's reader counts its cells into one budget of
// kMaxImportCells; past it, nothing more is kept and `over_row` says where.
class SheetReader : public ooxml::ItemReader {
public:
    // `formats` says how each cell style shows numbers (dates and times as the sheet shows them).
    SheetReader(Table& table, std::atomic<std::size_t>& cells, const CellFormats& formats)
        : rows_(table.rows), cells_(cells), formats_(formats) {}

    std::vector<std::string> unevaluated;    // the cells of formulas with no saved value ("B12")
    std::vector<std::string> error_values;   // the cells holding an error value, with it ("B12 (#N/A)")
    std::string damaged;                     // the first cell the file is damaged at, and how
    int over_row = 0;                        // the row where the cells passed the budget; 0 while they have not

    void restart() override {
        cells_ -= counted_;
        counted_ = 0;
        over_row = 0;
        rows_.clear();
        unevaluated.clear();
        error_values.clear();
        damaged.clear();
        shared_.clear();
        merges_.clear();
        sorted_ = true;
        next_row_ = 1;
        width_ = 0;
    }

    void item(pugi::xml_node row) override {
        if (over_row > 0) return;
        int r = row.attribute("r").as_int(next_row_);
        if (r < 1 || r > kMaxRows) r = next_row_;
        next_row_ = r + 1;
        TableRow current{r, {}};
        current.cells.reserve(width_);
        const std::size_t shared_before = shared_.size();
        int next_column = 1;
        for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
            if (!is_named(c, "c")) continue;
            int column = next_column, ref_row = r;
            if (const pugi::xml_attribute ref = c.attribute("r"))
                if (!cell_ref(ref.value(), column, ref_row)) column = next_column;
            const char* type = c.attribute("t").value();
            next_column = column + 1;
            // <v> and <f> without a prefix, as a rule; else found by their local names.
            pugi::xml_node v = c.child("v"), f;
            if (!v) {
                for (pugi::xml_node e = c.first_child(); e; e = e.next_sibling()) {
                    if (!v && is_named(e, "v"))
                        v = e;
                    else if (!f && is_named(e, "f"))
                        f = e;
                }
                if (!v && f) unevaluated.push_back(column_letters(column) + std::to_string(r));
            }
            if (type[0] == 's' && type[1] == '\0') {
                const char* digits = v.child_value();
                char* end = nullptr;
                const long long index = std::strtoll(digits, &end, 10);
                if (end == digits || index < 0 || index > UINT32_MAX) {
                    if (damaged.empty())
                        damaged = "cell " + column_letters(column) + std::to_string(r) + " holds '" + digits +
                                  "' where the number of a shared string belongs";
                    continue;
                }
                put(current, column, {});
                shared_.push_back({0, static_cast<std::uint32_t>(column - 1), static_cast<std::uint32_t>(index)});
                continue;
            }
            std::string text;
            if (std::strcmp(type, "inlineStr") == 0) {
                text = string_item(child_named(c, "is"));
            } else if (std::strcmp(type, "b") == 0) {
                text = v.text().as_int() ? "true" : "false";
            } else if (std::strcmp(type, "e") == 0) {
                error_values.push_back(column_letters(column) + std::to_string(r) + " (" + v.child_value() + ")");
            } else {
                // A number, or a formula's cached string.
                text = ooxml::decoded_text(v.text().get());
                if ((type[0] == '\0' || (type[0] == 'n' && type[1] == '\0')) && !formats_.shown.empty())
                    if (const pugi::xml_attribute style = c.attribute("s")) {
                        const auto index = static_cast<std::size_t>(style.as_uint());
                        if (index < formats_.shown.size() && formats_.shown[index] != ooxml::NumberShown::Number) {
                            char* end = nullptr;
                            const double days = std::strtod(text.c_str(), &end);
                            if (end != text.c_str() && *end == '\0') {
                                std::string shown = ooxml::shown_number(days, formats_.shown[index], formats_.date1904);
                                if (!shown.empty()) text = std::move(shown);
                            }
                        }
                    }
            }
            if (!text.empty()) put(current, column, std::move(text));
        }
        if (current.cells.empty()) return;
        if (!count(current.cells.size())) {
            over_row = r;
            return;
        }
        for (std::size_t i = shared_before; i < shared_.size(); ++i) shared_[i].row = rows_.size();
        width_ = std::max(width_, current.cells.size());
        if (!rows_.empty() && rows_.back().number >= r) sorted_ = false;
        rows_.push_back(std::move(current));
    }

    void end(pugi::xml_node worksheet) override {
        for (auto m : child_named(worksheet, "mergeCells").children()) merges_.emplace_back(m.attribute("ref").value());
    }

    // Fills the cells of shared strings from `strings`, moving each string into the last cell
    // that uses it when `take` (no other sheet reads them after), then orders the rows and
    // fills merged ranges; false when a cell names a shared string the workbook does not have
    // (`damaged` says which) or the cells pass the budget (over_row says where).
    bool finish(std::vector<std::string>& strings, bool take) {
        std::vector<std::uint32_t> uses;
        if (take) {
            uses.assign(strings.size(), 0);
            for (const auto& s : shared_)
                if (s.index < strings.size()) ++uses[s.index];
        }
        bool blank = false;
        for (const auto& s : shared_) {
            std::string& cell = rows_[s.row].cells[s.column];
            if (s.index >= strings.size()) {
                damaged = "cell " + column_letters(static_cast<int>(s.column) + 1) +
                          std::to_string(rows_[s.row].number) + " names shared string " + std::to_string(s.index) +
                          ", and the workbook has " + std::to_string(strings.size());
                return false;
            }
            if (take && --uses[s.index] == 0)
                cell = std::move(strings[s.index]);
            else
                cell = strings[s.index];
            blank = blank || cell.empty();
        }
        if (blank) drop_blanks();
        if (!sorted_) merge_rows();
        return fill_merges();
    }

private:
    // A cell of a shared string: where it is and which string.
    struct Shared {
        std::size_t row;   // in rows_
        std::uint32_t column, index;
    };

    // Empty strings leave rows with empty trailing cells, or nothing: trimmed and dropped.
    void drop_blanks() {
        for (auto& row : rows_)
            while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
        rows_.erase(std::remove_if(rows_.begin(), rows_.end(), [](const TableRow& r) { return r.cells.empty(); }),
                    rows_.end());
    }

    // Merged cells: the top-left value fills the range, every cell of it counted in the budget.
    bool fill_merges() {
        for (const std::string& ref : merges_) {
            const std::size_t colon = ref.find(':');
            if (colon == std::string::npos) continue;
            int c1, r1, c2, r2;
            if (!cell_ref(ref.substr(0, colon).c_str(), c1, r1) || !cell_ref(ref.substr(colon + 1).c_str(), c2, r2))
                continue;
            auto first =
                std::lower_bound(rows_.begin(), rows_.end(), r1, [](const TableRow& r, int n) { return r.number < n; });
            if (first == rows_.end() || first->number != r1 || first->cells.size() < static_cast<std::size_t>(c1))
                continue;
            const std::string text = first->cells[static_cast<std::size_t>(c1 - 1)];
            if (text.empty()) continue;
            if (r2 < r1 || c2 < c1) continue;
            if (!count(static_cast<std::size_t>(r2 - r1 + 1) * static_cast<std::size_t>(c2 - c1 + 1))) {
                over_row = r1;
                return false;
            }
            for (int r = r1; r <= r2 && r - r1 < 100000; ++r) {
                TableRow& row = row_numbered(rows_, r);
                for (int c = c1; c <= c2 && c - c1 < 1000; ++c) put(row, c, text);
            }
        }
        return true;
    }

    // Counts `n` more cells into the budget; false when that passes it.
    bool count(std::size_t n) {
        counted_ += n;
        return (cells_ += n) <= kMaxImportCells;
    }

    // Rows out of order, or one row listed twice: merged in number order, later cells winning.
    void merge_rows() {
        std::vector<TableRow> merged;
        std::stable_sort(rows_.begin(), rows_.end(),
                         [](const TableRow& a, const TableRow& b) { return a.number < b.number; });
        for (auto& row : rows_) {
            if (!merged.empty() && merged.back().number == row.number) {
                for (std::size_t c = 0; c < row.cells.size(); ++c)
                    if (!row.cells[c].empty()) put(merged.back(), static_cast<int>(c) + 1, std::move(row.cells[c]));
            } else {
                merged.push_back(std::move(row));
            }
        }
        rows_ = std::move(merged);
    }

    std::vector<TableRow>& rows_;       // sorted by number, as sheets list them, once finished
    std::atomic<std::size_t>& cells_;   // the cells of every sheet read so far
    const CellFormats& formats_;
    std::size_t counted_ = 0;   // those this reader counted
    std::vector<Shared> shared_;
    std::vector<std::string> merges_;   // "A1:C3"
    bool sorted_ = true;
    int next_row_ = 1;
    std::size_t width_ = 0;   // the most cells in a row so far: room made for them in the next
};

// The shared strings, in order; no more than kMaxImportCells of them.
class StringsReader : public ooxml::ItemReader {
public:
    explicit StringsReader(std::vector<std::string>& strings) : strings_(strings) {}
    bool over = false;   // there were more
    void restart() override {
        strings_.clear();
        over = false;
    }
    void item(pugi::xml_node si) override {
        if (strings_.size() >= kMaxImportCells)
            over = true;
        else
            strings_.push_back(string_item(si));
    }
    void end(pugi::xml_node) override {}

private:
    std::vector<std::string>& strings_;
};

// What an error says of a damaged cell.
std::string damaged(const std::string& sheet, const std::string& what) {
    return "sheet '" + sheet + "': " + what +
           ": the file is damaged; open it in a spreadsheet and save it again, or import a copy saved from there";
}

// What an error says when a workbook holds too many cells.
std::string too_many_cells(const std::string& sheet, int row) {
    return "sheet '" + sheet + "', row " + std::to_string(row) +
           ": the workbook holds more than 4,000,000 cells by this row (each row counts up to its last value, a "
           "merged range every cell it covers), far more than any journey needs: it was not read; delete what "
           "stands far to the right of or below the journey and import again";
}

// A sheet as listed in the workbook.
struct SheetEntry {
    std::string name;
    std::string part;   // its path in the package
};

// What a workbook is read into, sheet by sheet in the workbook's order.
struct Sheets {
    std::vector<SheetEntry> entries;
    std::vector<Table> tables;
    std::vector<std::vector<std::string>> unevaluated;
    std::vector<std::vector<std::string>> error_values;
    std::atomic<std::size_t> cells{0};   // in every table, as SheetReader counts them
    CellFormats formats;
};

// Sheet `i`'s part read into its table, its shared strings left for the reader's finish; false
// after an error in the package's problems.
bool read_sheet(ZipPackage& package, Sheets& sheets, std::size_t i, SheetReader& reader) {
    const SheetEntry& sheet = sheets.entries[i];
    auto text = package.part(sheet.part, true);
    if (!text) return false;
    sheets.tables[i].sheet = sheet.name;
    if (!ooxml::read_items(std::move(*text), {"worksheet", "sheetData"}, "row", reader))
        return package.fail("the workbook's part " + sheet.part + " is not well-formed XML: the file is damaged");
    if (reader.over_row > 0) return package.fail(too_many_cells(sheet.name, reader.over_row));
    if (!reader.damaged.empty()) return package.fail(damaged(sheet.name, reader.damaged));
    sheets.unevaluated[i] = std::move(reader.unevaluated);
    sheets.error_values[i] = std::move(reader.error_values);
    return true;
}

// The reader's finish, with an error in the package's problems when the cells pass the budget.
bool finish_sheet(ZipPackage& package, const Sheets& sheets, std::size_t i, SheetReader& reader,
                  std::vector<std::string>& strings, bool take) {
    if (reader.finish(strings, take)) return true;
    const std::string& sheet = sheets.entries[i].name;
    return package.fail(reader.over_row > 0 ? too_many_cells(sheet, reader.over_row) : damaged(sheet, reader.damaged));
}

// The shared strings into `strings`, then every sheet but the one numbered `skip`, from
// `package`; false after an error in its problems.
bool read_strings_and_sheets(ZipPackage& package, Sheets& sheets, std::size_t skip, std::vector<std::string>& strings) {
    if (auto text = package.part("xl/sharedStrings.xml", false)) {
        StringsReader reader(strings);
        if (!ooxml::read_items(std::move(*text), {"sst"}, "si", reader))
            return package.fail("the workbook's part xl/sharedStrings.xml is not well-formed XML: the file is damaged");
        if (reader.over)
            return package.fail(
                "the workbook holds more than 4,000,000 shared strings, far more than any journey needs: it was not "
                "read");
    } else if (package.has_errors()) {
        return false;
    }
    for (std::size_t i = 0; i < sheets.entries.size(); ++i) {
        if (i == skip) continue;
        SheetReader reader(sheets.tables[i], sheets.cells, sheets.formats);
        if (!read_sheet(package, sheets, i, reader) || !finish_sheet(package, sheets, i, reader, strings, false))
            return false;
    }
    return true;
}

// The shared strings and every sheet but the largest, read on a second thread with a package of
// its own while the calling thread reads the largest. The thread is joined before this is let go.
class SecondThread {
public:
    SecondThread(std::string_view bytes, const std::string& file, Sheets& sheets, std::size_t largest)
        : package_(file, problems_) {
        try {
            thread_ = std::thread([this, bytes, &sheets, largest] {
                ok_ = package_.open(bytes) && read_strings_and_sheets(package_, sheets, largest, strings_);
            });
        } catch (const std::system_error&) {
            // No thread to be had: the caller reads everything itself.
        }
    }
    ~SecondThread() { join(); }
    SecondThread(const SecondThread&) = delete;
    SecondThread& operator=(const SecondThread&) = delete;

    bool started() const { return thread_.joinable(); }

    // Waits for the thread; true when everything it read was read.
    bool join() {
        if (thread_.joinable()) thread_.join();
        return ok_;
    }

    // After join: the shared strings, and the problems met.
    std::vector<std::string>& strings() { return strings_; }
    std::vector<Problem>& problems() { return problems_; }

private:
    std::vector<Problem> problems_;
    ZipPackage package_;
    std::vector<std::string> strings_;
    std::thread thread_;
    bool ok_ = false;
};

}   // namespace

std::optional<Workbook> read_xlsx(std::string_view bytes, const std::string& file, std::vector<Problem>& problems) {
    if (bytes.size() > kMaxImportBytes) {
        Problem p;
        p.file = file;
        p.message = "the file is larger than 64 MB, more than any journey needs; it was not read";
        problems.push_back(std::move(p));
        return std::nullopt;
    }
    ZipPackage package(file, problems);
    if (!package.open(bytes)) return std::nullopt;
    auto book = parse(package, "xl/workbook.xml", true);
    if (!book) return std::nullopt;
    const auto targets = sheet_targets(package);
    Sheets sheets;
    for (auto sheet : child_named(book->document_element(), "sheets").children()) {
        if (std::strcmp(local_name(sheet), "sheet") != 0) continue;
        std::string rid;
        for (auto a : sheet.attributes())
            if (std::strcmp(a.name(), "r:id") == 0 ||
                (std::strlen(a.name()) > 3 && std::strcmp(a.name() + std::strlen(a.name()) - 3, ":id") == 0))
                rid = a.value();
        const auto target = targets.find(rid);
        if (target == targets.end()) continue;   // a chart sheet or a damaged entry: no cells
        sheets.entries.push_back({sheet.attribute("name").value(), target->second});
    }
    if (sheets.entries.empty()) {
        package.fail("the workbook has no sheet with cells");
        return std::nullopt;
    }
    sheets.tables.resize(sheets.entries.size());
    // Dates and times are numbers shown as such by their cell's style.
    if (auto styles = parse(package, "xl/styles.xml", false))
        sheets.formats.shown = ooxml::number_formats(styles->document_element());
    if (std::all_of(sheets.formats.shown.begin(), sheets.formats.shown.end(),
                    [](ooxml::NumberShown s) { return s == ooxml::NumberShown::Number; }))
        sheets.formats.shown.clear();   // no style shows a date or a time: numbers are read as written
    else if (package.has_errors())
        return std::nullopt;
    const std::string date1904 = child_named(book->document_element(), "workbookPr").attribute("date1904").value();
    sheets.formats.date1904 = date1904 == "1" || date1904 == "true";
    sheets.unevaluated.resize(sheets.entries.size());
    sheets.error_values.resize(sheets.entries.size());

    // A large sheet is read here while a second thread reads the shared strings and the rest.
    std::size_t largest = 0;
    for (std::size_t i = 1; i < sheets.entries.size(); ++i)
        if (package.size_of(sheets.entries[i].part) > package.size_of(sheets.entries[largest].part)) largest = i;
    std::optional<SecondThread> second;
    if (package.size_of(sheets.entries[largest].part) >= kSheetOnItsOwnBytes) {
        second.emplace(bytes, file, sheets, largest);
        if (!second->started()) second.reset();
    }
    bool ok;
    if (second) {
        SheetReader reader(sheets.tables[largest], sheets.cells, sheets.formats);
        ok = read_sheet(package, sheets, largest, reader);
        ok = second->join() && ok;
        for (auto& p : second->problems()) problems.push_back(std::move(p));
        // Every other sheet is read: the strings can move.
        ok = ok && finish_sheet(package, sheets, largest, reader, second->strings(), true);
    } else {
        std::vector<std::string> strings;
        ok = read_strings_and_sheets(package, sheets, sheets.entries.size(), strings);
    }
    if (!ok) return std::nullopt;

    if (package.has_part_starting("xl/externalLinks/"))
        package.note(
            "the workbook links to other files: the links are not followed, and cells read as their saved values");
    if (package.has_part_starting("xl/vbaProject")) package.note("the workbook holds macros: they are not run");
    for (std::size_t i = 0; i < sheets.entries.size(); ++i)
        if (const auto& cells = sheets.unevaluated[i]; !cells.empty())
            package.note("sheet '" + sheets.entries[i].name + "': " + std::to_string(cells.size()) +
                         " formula(s) with no saved value (first " + cells.front() +
                         ") read as empty: formulas are never run; open and save the workbook in a spreadsheet to "
                         "store their values");
    for (std::size_t i = 0; i < sheets.entries.size(); ++i)
        if (const auto& cells = sheets.error_values[i]; !cells.empty())
            package.note("sheet '" + sheets.entries[i].name + "': " + std::to_string(cells.size()) +
                         " cell(s) hold an error value (first " + cells.front() +
                         ") and are read as empty: correct the formula or value in the spreadsheet to import it");
    Workbook out;
    out.sheets = std::move(sheets.tables);
    return out;
}

}   // namespace stagecraft
