// stagecraft-cli import: journeys from Mermaid (and Markdown holding Mermaid) to .journey.xml.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "cli_util.hpp"
#include "model/checks/checks.hpp"
#include "model/interchange/import_file.hpp"
#include "model/io/atomic_file.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

namespace stagecraft::cli {

namespace fs = std::filesystem;

namespace {
const char* kHelp =
    "usage: stagecraft-cli import IN... (-o OUT.journey.xml | -d DIR) [--from mermaid|markdown|csv|xlsx]\n"
    "                             [--sheet NAME] [--layout rows|canvas] [--map \"HEADER=field,...\"] [--force]\n\n"
    "Reads journeys from where they already live and writes each as a valid, canonical\n"
    ".journey.xml: a Mermaid journey diagram (.mmd, .mermaid), every ```mermaid journey block of\n"
    "a Markdown file (.md, .markdown), one journey each, a spreadsheet saved as CSV (.csv, .tsv,\n"
    ".txt: a header row, then one row per scene) or an Excel workbook (.xlsx: its first sheet in\n"
    "that layout, or the whole of a workbook Stagecraft wrote). It prints, as notes with line (row)\n"
    "and column, what it read in a way you should know or left out, then each journey's staging\n"
    "checks in one line. A file with errors writes nothing; so does any error in any input. README\n"
    "\"Importing and exporting\" (in /usr/share/doc/stagecraft once installed) gives every rule.\n\n"
    "  -o OUT      the journey file to write (when the inputs hold one journey; '-' for standard output)\n"
    "  -d DIR      write each journey to DIR/ID.journey.xml (created if missing)\n"
    "  --from FMT  mermaid, markdown, csv or xlsx, when the extension does not say\n"
    "  --sheet S   the workbook's sheet to read (default: Scenes, else the first)\n"
    "  --layout L  rows (one row per scene) or canvas (stages across, steps in columns, rows named\n"
    "              in column A); detected when not given\n"
    "  --map M     read the column headed HEADER as a field: \"Backup=understudy,Mood=emotion\"\n"
    "  --force     write over files that exist (never done without it)\n\n"
    "Exit status: 0 written, 1 an input has errors (nothing written), 2 usage or file error.\n";

struct Options {
    std::vector<std::string> inputs;
    std::string out, dir, from, sheet;
    SheetLayout layout = SheetLayout::Detect;
    std::vector<std::pair<std::string, Field>> map;
    bool force = false;
};

int parse(const Args& args, Options& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> inline_value;
        const std::string name = option_name(args[i], inline_value);
        if (name == "-o") {
            if (!take_value("import", args, i, o.out)) return 2;
        } else if (name == "-d") {
            if (!take_value("import", args, i, o.dir)) return 2;
        } else if (name == "--from") {
            if (!take_value("import", args, i, o.from)) return 2;
            if (!parse_import_format(o.from))
                return usage_error("import", "--from takes mermaid, markdown, csv or xlsx, not '" + o.from + "'");
        } else if (name == "--sheet") {
            if (!take_value("import", args, i, o.sheet)) return 2;
        } else if (name == "--layout") {
            std::string layout;
            if (!take_value("import", args, i, layout)) return 2;
            const auto parsed = parse_sheet_layout(layout);
            if (!parsed || *parsed == SheetLayout::Detect)
                return usage_error("import", "--layout takes rows or canvas, not '" + layout + "'");
            o.layout = *parsed;
        } else if (name == "--map") {
            std::string map;
            if (!take_value("import", args, i, map)) return 2;
            if (auto error = parse_field_map(map, o.map)) return usage_error("import", "--map: " + *error);
        } else if (name == "--force" && !inline_value) {
            o.force = true;
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usage_error("import", "unknown option '" + args[i] + "'");
        } else {
            o.inputs.push_back(args[i]);
        }
    }
    if (o.inputs.empty()) return usage_error("import", "no input files given");
    if (o.out.empty() == o.dir.empty()) return usage_error("import", "give either -o OUT.journey.xml or -d DIR");
    return 0;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}   // namespace

int run_import(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    Options o;
    if (int status = parse(args, o)) return status;

    std::error_code exists_error;
    if (!o.out.empty() && o.out != "-" && fs::is_directory(o.out, exists_error))
        return usage_error("import", "'" + o.out + "' is a folder: give a file name with -o, or write into it with -d");
    if (is_an_input(o.out, o.inputs))
        return usage_error("import", "'" + o.out + "' is also an input: the import would write over what it reads");
    for (const auto& in : o.inputs) {
        if (!o.sheet.empty() && o.from != "xlsx" && import_format_for(in) != ImportFormat::Xlsx)
            return usage_error("import", "--sheet chooses a sheet of an Excel workbook, and '" + in + "' is not one");
    }
    if (!o.out.empty() && o.out != "-" && !o.force && fs::exists(o.out, exists_error)) {
        std::cerr << "stagecraft-cli import: " << o.out
                  << " exists: nothing was written (use --force to replace it, or choose another name)\n";
        return 2;
    }
    std::vector<Journey> journeys;
    std::vector<std::string> sources;   // the input each journey came from
    bool errors = false;
    for (const auto& in : o.inputs) {
        if (o.from.empty() && !import_format_for(in))
            return usage_error("import", "cannot tell the format of '" + in +
                                             "' from its extension (.mmd, .mermaid, .md, .markdown, .csv, .tsv, "
                                             ".txt, .xlsx): use --from");
        ImportOptions options;
        if (!o.from.empty()) options.format = parse_import_format(o.from);
        options.map = o.map;
        options.sheet = o.sheet;
        options.layout = o.layout;
        ImportResult r = import_file(in, options);
        if (r.unreadable) {
            print_problems(r.problems, std::cerr);
            return 2;
        }
        print_problems(r.problems, std::cerr);
        if (!r.ok()) {
            errors = true;
            continue;
        }
        for (auto& j : r.journeys) {
            std::vector<Problem> invalid = validate_journey(j, in);
            if (has_errors(invalid)) {
                print_problems(invalid, std::cerr);
                errors = true;
            }
            journeys.push_back(std::move(j));
            sources.push_back(in);
        }
    }
    if (errors) {
        std::cerr << "stagecraft-cli import: nothing was written (fix the errors above and import again)\n";
        return 1;
    }

    // Where each journey goes; nothing is written until every target is known to be free.
    std::vector<std::string> targets;
    if (!o.out.empty()) {
        if (journeys.size() != 1)
            return usage_error("import", "the inputs hold " + plural(journeys.size(), "journey", "journeys") +
                                             ": write them with -d DIR");
        targets.push_back(o.out);
    } else {
        std::set<std::string> used;
        for (const auto& j : journeys) {
            std::string name = j.id;
            for (int n = 2; used.count(name); ++n) name = j.id + "-" + std::to_string(n);
            used.insert(name);
            targets.push_back((fs::path(o.dir) / (name + ".journey.xml")).string());
        }
    }
    for (const auto& t : targets) {
        std::error_code ec;
        if (!o.force && fs::exists(t, ec)) {
            std::cerr << "stagecraft-cli import: " << t
                      << " exists: nothing was written (use --force to replace it, or choose another name)\n";
            return 2;
        }
    }
    if (!o.dir.empty()) {
        std::error_code ec;
        fs::create_directories(o.dir, ec);
        if (ec) {
            std::cerr << "stagecraft-cli import: cannot create " << o.dir << " (" << ec.message() << ")\n";
            return 2;
        }
    }
    if (o.out == "-") {
        std::cout << journey_to_xml(journeys.front());   // notes and checks stay on standard error
        return 0;
    }
    for (std::size_t k = 0; k < journeys.size(); ++k) {
        const Journey& j = journeys[k];
        if (auto error = write_file_atomically(targets[k], journey_to_xml(j))) {
            std::cerr << "stagecraft-cli import: " << *error << '\n';
            return 2;
        }
        std::size_t scenes = 0;
        for (const auto& s : j.stages) scenes += s.scenes.size();
        std::size_t counts[3] = {0, 0, 0};
        for (const auto& f : run_checks(j)) ++counts[static_cast<int>(f.severity)];
        std::cout << sources[k] << " -> " << targets[k] << ": " << plural(j.stages.size(), "stage", "stages") << ", "
                  << plural(scenes, "scene", "scenes") << ", " << plural(j.cast.size(), "role", "roles")
                  << "; staging checks: " << plural(counts[0], "error", "errors") << ", "
                  << plural(counts[1], "warning", "warnings") << ", " << plural(counts[2], "note", "notes") << '\n';
    }
    return 0;
}

}   // namespace stagecraft::cli
