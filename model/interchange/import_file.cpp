// Importing a file in any format (see import_file.hpp).
#include "model/interchange/import_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "model/interchange/csv_table.hpp"
#include "model/interchange/mermaid_reader.hpp"
#include "model/interchange/workbook_reader.hpp"
#include "model/interchange/xlsx_workbook.hpp"

namespace stagecraft {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

ImportResult unreadable(const std::string& path, std::string message) {
    ImportResult r;
    r.unreadable = true;
    Problem p;
    p.file = path;
    p.message = std::move(message);
    r.problems.push_back(std::move(p));
    return r;
}

}   // namespace

std::string_view to_string(ImportFormat format) {
    switch (format) {
        case ImportFormat::Mermaid: return "mermaid";
        case ImportFormat::Markdown: return "markdown";
        case ImportFormat::Csv: return "csv";
        case ImportFormat::Xlsx: return "xlsx";
    }
    return "";
}

std::optional<ImportFormat> parse_import_format(std::string_view name) {
    for (auto f : {ImportFormat::Mermaid, ImportFormat::Markdown, ImportFormat::Csv, ImportFormat::Xlsx})
        if (name == to_string(f)) return f;
    return std::nullopt;
}

std::optional<ImportFormat> import_format_for(const std::string& path) {
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".mmd" || ext == ".mermaid") return ImportFormat::Mermaid;
    if (ext == ".md" || ext == ".markdown") return ImportFormat::Markdown;
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt") return ImportFormat::Csv;
    if (ext == ".xlsx") return ImportFormat::Xlsx;
    return std::nullopt;
}

ImportResult import_text(std::string_view bytes, const std::string& path, ImportFormat format,
                         const ImportOptions& options) {
    const std::string title = fs::path(path).stem().string();
    switch (format) {
        case ImportFormat::Mermaid: return read_mermaid_journey(bytes, path, title);
        case ImportFormat::Markdown: return read_markdown_journeys(bytes, path, title);
        case ImportFormat::Csv: break;
        case ImportFormat::Xlsx: {
            ImportResult r;
            std::optional<Workbook> book = read_xlsx(bytes, path, r.problems);
            if (!book) return r;
            WorkbookOptions w;
            w.sheet = options.sheet;
            w.rows.fallback_title = title;
            w.rows.map = options.map;
            w.rows.layout = options.layout;
            w.rows.text_marked = false;
            ImportResult read = journey_from_workbook(std::move(*book), path, w);
            read.problems.insert(read.problems.begin(), r.problems.begin(), r.problems.end());
            return read;
        }
    }
    ImportResult r;
    // A workbook given as text (renamed, or read with --from csv) would read as binary junk.
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
        bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        r.problems.push_back(problem_at(path, 0, 0, Severity::Error,
                                        "this is a spreadsheet workbook, not text: import it as Excel (name it .xlsx, "
                                        "or say --from xlsx)"));
        return r;
    }
    const char delimiter = lower(fs::path(path).extension().string()) == ".tsv" ? '\t' : 0;
    std::optional<Table> table = read_csv_table(bytes, path, r.problems, delimiter);
    if (!table) return r;
    RowsOptions rows;
    rows.fallback_title = title;
    rows.map = options.map;
    rows.layout = options.layout;
    ImportResult read = journey_from_rows(std::move(*table), path, rows);
    if (has_errors(r.problems)) {
        // Records left out of the table: their errors go among the others in row order.
        std::vector<Problem> all;
        std::merge(r.problems.begin(), r.problems.end(), read.problems.begin(), read.problems.end(),
                   std::back_inserter(all), [](const Problem& a, const Problem& b) { return a.line < b.line; });
        read.problems = std::move(all);
        read.journeys.clear();
        return read;
    }
    read.problems.insert(read.problems.begin(), r.problems.begin(), r.problems.end());
    return read;
}

ImportResult import_file(const std::string& path, const ImportOptions& options) {
    const std::optional<ImportFormat> format = options.format ? options.format : import_format_for(path);
    if (!format) {
        const std::string ext = lower(fs::path(path).extension().string());
        if (ext == ".xls" || ext == ".xlsm" || ext == ".xlsb" || ext == ".ods" || ext == ".numbers")
            return unreadable(path, "a " + ext +
                                        " spreadsheet is not read: save it as Excel Workbook (.xlsx) or as CSV UTF-8, "
                                        "and import that");
        return unreadable(path,
                          "cannot tell the format from the file's extension: Mermaid (.mmd, .mermaid), "
                          "Markdown (.md, .markdown), CSV (.csv, .tsv, .txt) or Excel (.xlsx)");
    }
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) return unreadable(path, "cannot read the file (" + ec.message() + ")");
    if (size > kMaxImportBytes)
        return unreadable(path, "the file is larger than 64 MB, more than any journey needs; it was not read");
    std::ifstream in(path, std::ios::binary);
    if (!in) return unreadable(path, "cannot open the file");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return unreadable(path, "cannot read the file");
    return import_text(bytes, path, *format, options);
}

}   // namespace stagecraft
