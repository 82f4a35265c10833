// stagecraft-cli convert: a journey to another format (Mermaid).
#include <filesystem>
#include <iostream>

#include "cli_util.hpp"
#include "export/mermaid_writer.hpp"
#include "export/rows_writer.hpp"
#include "export/xlsx_writer.hpp"
#include "model/io/atomic_file.hpp"

namespace stagecraft::cli {

namespace {
const char* kHelp =
    "usage: stagecraft-cli convert IN.journey.xml --to mermaid|csv|xlsx -o OUT [--force]\n\n"
    "Writes the journey in another format: Mermaid (a journey diagram for wikis and READMEs: a\n"
    "section per stage, the customer's path as tasks with their scores and actors), or CSV (a\n"
    "header row, then one row per scene with every field, which import reads back), or an Excel\n"
    "workbook (sheets Scenes, Stages, Cast, Flows, Principles, KPIs and Journey, which import reads\n"
    "back whole). Notes say what was changed so that Mermaid reads it, or left out. README\n"
    "\"Importing and exporting\" (in /usr/share/doc/stagecraft once installed) says what each format\n"
    "carries.\n\n"
    "  --to FMT   mermaid, csv or xlsx\n"
    "  -o OUT     the file to write ('-' for standard output)\n"
    "  --force    write over OUT if it exists (never done without it)\n\n"
    "Exit status: 0 written, 1 the journey has errors, 2 usage or file error.\n";
}

int run_convert(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    std::string in, to, out;
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> inline_value;
        const std::string name = option_name(args[i], inline_value);
        if (name == "--to") {
            if (!take_value("convert", args, i, to)) return 2;
        } else if (name == "-o") {
            if (!take_value("convert", args, i, out)) return 2;
        } else if (name == "--force" && !inline_value) {
            force = true;
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usage_error("convert", "unknown option '" + args[i] + "'");
        } else if (in.empty()) {
            in = args[i];
        } else {
            return usage_error("convert", "one input file at a time ('" + args[i] + "' is a second)");
        }
    }
    if (in.empty()) return usage_error("convert", "no input file given");
    if (to.empty()) return usage_error("convert", "say which format with --to mermaid, csv or xlsx");
    if (to != "mermaid" && to != "csv" && to != "xlsx")
        return usage_error("convert", "--to takes mermaid, csv or xlsx, not '" + to + "'");
    if (to == "xlsx" && out == "-")
        return usage_error("convert", "a workbook is written to a file, not to standard output");
    if (out.empty()) return usage_error("convert", "say where with -o OUT (or -o - for standard output)");
    if (is_an_input(out, {in}))
        return usage_error("convert", "'" + out + "' is also the input: converting would write over what it reads");
    std::error_code ec;
    if (out != "-" && !force && std::filesystem::exists(out, ec)) {
        std::cerr << "stagecraft-cli convert: " << out << " exists: nothing was written (use --force to replace it)\n";
        return 2;
    }
    int status = 0;
    const std::optional<Journey> journey = load_or_report(in, status);
    if (!journey) return status;
    std::string text;
    std::vector<std::string> notes;
    if (to == "xlsx") {
        const XlsxWritten written = write_journey_xlsx(*journey, out);
        for (const auto& note : written.notes) std::cerr << in << ": note: " << note << '\n';
        if (written.error) {
            std::cerr << "stagecraft-cli convert: " << *written.error << '\n';
            return 2;
        }
        return 0;
    }
    if (to == "mermaid") {
        MermaidText mermaid = journey_to_mermaid(*journey);
        text = std::move(mermaid.text);
        notes = std::move(mermaid.notes);
    } else {
        CsvText csv = journey_to_csv(*journey);
        text = std::move(csv.text);
        notes = std::move(csv.notes);
    }
    for (const auto& note : notes) std::cerr << in << ": note: " << note << '\n';
    if (out == "-") {
        std::cout << text;
        return 0;
    }
    if (auto error = write_file_atomically(out, text)) {
        std::cerr << "stagecraft-cli convert: " << *error << '\n';
        return 2;
    }
    return 0;
}

}   // namespace stagecraft::cli
