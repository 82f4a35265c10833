// Excel workbooks into tables (see xlsx_workbook.hpp).
#include "model/interchange/xlsx_workbook.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

#include <pugixml.hpp>

#include "model/interchange/import_result.hpp"

namespace stagecraft {

namespace {

constexpr std::uint64_t kMaxPartBytes = 64u * 1024u * 1024u;     // one part, inflated
constexpr std::uint64_t kMaxTotalBytes = 256u * 1024u * 1024u;   // every part read, inflated
constexpr int kMaxColumns = 16384;                               // Excel's own limit (XFD)
constexpr int kMaxRows = 1048576;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }   // read only: nothing to write back
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// A node's local name, without its namespace prefix ("x:row" is "row").
const char* local(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

// Whether a node's local name is `name`: its name as written, or after a namespace prefix.
bool named(const pugi::xml_node& n, const char* name) {
    const char* written = n.name();
    if (written[0] == name[0] && std::strcmp(written, name) == 0) return true;   // no prefix, as a rule
    return std::strchr(written, ':') && std::strcmp(local(n), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& n, const char* name) {
    for (auto c : n.children())
        if (named(c, name)) return c;
    return {};
}

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

class Package {
public:
    Package(std::string file, std::vector<Problem>& problems) : file_(std::move(file)), problems_(problems) {}

    bool open(std::string_view bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source) {
            zip_ = std::unique_ptr<zip_t, ZipCloser>(zip_open_from_source(source, ZIP_RDONLY, &error));
            if (!zip_) zip_source_free(source);
        }
        zip_error_fini(&error);
        if (!zip_)
            return fail(
                "this is not an Excel workbook (.xlsx is a zip package, and this file is not one): "
                "save it from the spreadsheet as \"Excel Workbook (.xlsx)\"");
        return true;
    }

    // The part's text; nullopt after an error or when the package has no such part (`required`
    // says which is an error).
    std::optional<std::string> part(const std::string& name, bool required) {
        const zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE);
        if (index < 0) {
            if (required) fail("the workbook has no " + name + ": it is damaged, or not an Excel workbook");
            return std::nullopt;
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
            st.size > kMaxPartBytes)
            return too_big(name);
        std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
        if (!f) {
            fail("the workbook's part " + name + " cannot be read: the file is damaged");
            return std::nullopt;
        }
        std::string out;
        if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));
        char buffer[65536];
        for (;;) {
            const zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
            if (n < 0) {
                fail("the workbook's part " + name + " cannot be read: the file is damaged");
                return std::nullopt;
            }
            if (n == 0) break;
            out.append(buffer, static_cast<std::size_t>(n));
            total_ += static_cast<std::uint64_t>(n);
            // Counted as it inflates: a part that claims to be small but is not is refused too.
            if (out.size() > kMaxPartBytes || total_ > kMaxTotalBytes) return too_big(name);
        }
        return out;
    }

    bool has_part_starting(const char* prefix) const {
        const zip_int64_t n = zip_get_num_entries(zip_.get(), 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* name = zip_get_name(zip_.get(), static_cast<zip_uint64_t>(i), 0);
            if (name && std::strncmp(name, prefix, std::strlen(prefix)) == 0) return true;
        }
        return false;
    }

    bool fail(std::string message) {
        Problem p;
        p.file = file_;
        p.message = std::move(message);
        problems_.push_back(std::move(p));
        return false;
    }
    void note(std::string message) {
        Problem p;
        p.file = file_;
        p.severity = Severity::Note;
        p.message = std::move(message);
        problems_.push_back(std::move(p));
    }

private:
    std::nullopt_t too_big(const std::string& name) {
        fail("the workbook's part " + name +
             " inflates to more than 64 MB, far more than any journey needs (a zip bomb?): it was not read");
        return std::nullopt;
    }

    std::string file_;
    std::vector<Problem>& problems_;
    std::unique_ptr<zip_t, ZipCloser> zip_;
    std::uint64_t total_ = 0;
};

// A part parsed in place: the document points into its text, so both live together.
struct Part {
    std::string text;
    pugi::xml_document doc;
    pugi::xml_node document_element() const { return doc.document_element(); }
};

std::unique_ptr<Part> parse(Package& package, const std::string& name, bool required) {
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

// The text of a string item: its <t>, or the <t> of each of its runs (<r>), phonetic runs left out.
std::string string_item(const pugi::xml_node& si) {
    std::string out;
    for (auto c : si.children()) {
        if (std::strcmp(local(c), "t") == 0)
            out += c.text().get();
        else if (std::strcmp(local(c), "r") == 0)
            out += child(c, "t").text().get();
    }
    return out;
}

// Where each sheet's part is, by relationship id, as paths inside the package.
std::map<std::string, std::string> sheet_targets(Package& package) {
    std::map<std::string, std::string> targets;
    auto rels = parse(package, "xl/_rels/workbook.xml.rels", false);
    if (!rels) return targets;
    for (auto r : rels->document_element().children()) {
        if (std::strcmp(local(r), "Relationship") != 0) continue;
        std::string target = r.attribute("Target").value();
        if (!target.empty() && target[0] == '/')
            target.erase(0, 1);
        else
            target = "xl/" + target;
        targets[r.attribute("Id").value()] = target;
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

void read_sheet(const Part& doc, const std::vector<std::string>& strings, Table& table,
                std::vector<std::string>& unevaluated) {
    const pugi::xml_node root = doc.document_element();
    std::vector<TableRow>& rows = table.rows;   // sorted by number, as sheets list them
    bool sorted = true;
    int next_row = 1;
    for (auto row : child(root, "sheetData").children()) {
        if (!named(row, "row")) continue;
        int r = row.attribute("r").as_int(next_row);
        if (r < 1 || r > kMaxRows) r = next_row;
        next_row = r + 1;
        TableRow current{r, {}};
        int next_column = 1;
        for (auto c : row.children()) {
            if (!named(c, "c")) continue;
            int column = next_column, ref_row = r;
            if (const char* ref = c.attribute("r").value(); *ref && !cell_ref(ref, column, ref_row))
                column = next_column;
            next_column = column + 1;
            const char* type = c.attribute("t").value();
            const pugi::xml_node v = child(c, "v");
            std::string text;
            if (std::strcmp(type, "s") == 0) {
                const long long index = v.text().as_llong(-1);
                if (index >= 0 && static_cast<std::size_t>(index) < strings.size())
                    text = strings[static_cast<std::size_t>(index)];
            } else if (std::strcmp(type, "inlineStr") == 0) {
                text = string_item(child(c, "is"));
            } else if (std::strcmp(type, "b") == 0) {
                text = v.text().as_int() ? "true" : "false";
            } else if (std::strcmp(type, "e") != 0) {
                text = v.text().get();   // a number or a formula's cached string, as written ("e": an error value)
            }
            if (!v && child(c, "f")) unevaluated.push_back(column_letters(column) + std::to_string(r));
            if (!text.empty()) put(current, column, std::move(text));
        }
        if (current.cells.empty()) continue;
        if (!rows.empty() && rows.back().number >= r) sorted = false;
        rows.push_back(std::move(current));
    }
    if (!sorted) {
        // Rows out of order, or one row listed twice: merged in number order, later cells winning.
        std::vector<TableRow> merged;
        std::stable_sort(rows.begin(), rows.end(),
                         [](const TableRow& a, const TableRow& b) { return a.number < b.number; });
        for (auto& row : rows) {
            if (!merged.empty() && merged.back().number == row.number) {
                for (std::size_t c = 0; c < row.cells.size(); ++c)
                    if (!row.cells[c].empty()) put(merged.back(), static_cast<int>(c) + 1, std::move(row.cells[c]));
            } else {
                merged.push_back(std::move(row));
            }
        }
        rows = std::move(merged);
    }
    // Merged cells: the top-left value fills the range.
    for (auto m : child(root, "mergeCells").children()) {
        const std::string ref = m.attribute("ref").value();
        const std::size_t colon = ref.find(':');
        if (colon == std::string::npos) continue;
        int c1, r1, c2, r2;
        if (!cell_ref(ref.substr(0, colon).c_str(), c1, r1) || !cell_ref(ref.substr(colon + 1).c_str(), c2, r2))
            continue;
        auto first =
            std::lower_bound(rows.begin(), rows.end(), r1, [](const TableRow& r, int n) { return r.number < n; });
        if (first == rows.end() || first->number != r1 || first->cells.size() < static_cast<std::size_t>(c1)) continue;
        const std::string text = first->cells[static_cast<std::size_t>(c1 - 1)];
        if (text.empty()) continue;
        for (int r = r1; r <= r2 && r - r1 < 100000; ++r) {
            TableRow& row = row_numbered(rows, r);
            for (int c = c1; c <= c2 && c - c1 < 1000; ++c) put(row, c, text);
        }
    }
}

}   // namespace

std::optional<Workbook> read_xlsx(std::string_view bytes, const std::string& file, std::vector<Problem>& problems) {
    if (bytes.size() > kMaxImportBytes) {
        Problem p;
        p.file = file;
        p.message = "the file is larger than 64 MB, more than any journey needs; it was not read";
        problems.push_back(std::move(p));
        return std::nullopt;
    }
    Package package(file, problems);
    if (!package.open(bytes)) return std::nullopt;
    auto book = parse(package, "xl/workbook.xml", true);
    if (!book) return std::nullopt;
    std::vector<std::string> strings;
    if (auto sst = parse(package, "xl/sharedStrings.xml", false)) {
        for (auto si : sst->document_element().children())
            if (std::strcmp(local(si), "si") == 0) strings.push_back(string_item(si));
    } else if (has_errors(problems)) {
        return std::nullopt;
    }
    if (package.has_part_starting("xl/externalLinks/"))
        package.note(
            "the workbook links to other files: the links are not followed, and cells read as their saved values");
    if (package.has_part_starting("xl/vbaProject")) package.note("the workbook holds macros: they are not run");
    const auto targets = sheet_targets(package);
    Workbook out;
    for (auto sheet : child(book->document_element(), "sheets").children()) {
        if (std::strcmp(local(sheet), "sheet") != 0) continue;
        Table table;
        table.sheet = sheet.attribute("name").value();
        std::string rid;
        for (auto a : sheet.attributes())
            if (std::strcmp(a.name(), "r:id") == 0 ||
                (std::strlen(a.name()) > 3 && std::strcmp(a.name() + std::strlen(a.name()) - 3, ":id") == 0))
                rid = a.value();
        const auto target = targets.find(rid);
        if (target == targets.end()) continue;   // a chart sheet or a damaged entry: no cells
        auto doc = parse(package, target->second, true);
        if (!doc) return std::nullopt;
        std::vector<std::string> unevaluated;
        read_sheet(*doc, strings, table, unevaluated);
        if (!unevaluated.empty())
            package.note("sheet '" + table.sheet + "': " + std::to_string(unevaluated.size()) +
                         " formula(s) with no saved value (first " + unevaluated.front() +
                         ") read as empty: formulas are never run; open and save the workbook in a spreadsheet to "
                         "store their values");
        out.sheets.push_back(std::move(table));
    }
    if (out.sheets.empty()) {
        package.fail("the workbook has no sheet with cells");
        return std::nullopt;
    }
    return out;
}

}   // namespace stagecraft
