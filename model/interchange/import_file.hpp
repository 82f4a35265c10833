// Importing one file in any of the formats journeys come from (Mermaid, Markdown holding
// Mermaid, CSV, Excel workbooks): the one path the command line and the editor share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/interchange/import_result.hpp"
#include "model/interchange/rows_reader.hpp"

namespace stagecraft {

enum class ImportFormat { Mermaid, Markdown, Csv, Xlsx };

// "mermaid", "markdown", "csv", "xlsx".
std::string_view to_string(ImportFormat format);
std::optional<ImportFormat> parse_import_format(std::string_view name);

// The format a file's extension says (.mmd .mermaid, .md .markdown, .csv .tsv .txt, .xlsx, any case);
// nullopt for any other.
std::optional<ImportFormat> import_format_for(const std::string& path);

struct ImportOptions {
    std::optional<ImportFormat> format;               // when the extension does not say
    std::vector<std::pair<std::string, Field>> map;   // CSV and workbooks: HEADER=field
    std::string sheet;                                // workbooks: the sheet to read (else Scenes, or the first)
    SheetLayout layout = SheetLayout::Detect;         // CSV and workbooks: rows or canvas
};

// The journeys of the file at `path`; `unreadable` (with an error) when it cannot be read, is
// over kMaxImportBytes, or its format is neither given nor told by its extension. A journey
// without a title is named after the file (its name without the extension).
ImportResult import_file(const std::string& path, const ImportOptions& options = {});

// The same for bytes already read; `path` names them in problems and titles untitled journeys.
ImportResult import_text(std::string_view bytes, const std::string& path, ImportFormat format,
                         const ImportOptions& options = {});

}   // namespace stagecraft
