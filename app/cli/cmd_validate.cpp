// stagecraft-cli validate: report every problem in journey files, compiler style.
#include <iostream>

#include "cli_util.hpp"
#include "model/io/xml_reader.hpp"

namespace stagecraft::cli {

namespace {
const char* kHelp =
    "usage: stagecraft-cli validate FILE...\n\n"
    "Checks each file against the .journey.xml format: well-formed XML, required attributes,\n"
    "allowed values, unique ids, references that resolve, ranges. Every problem is printed as\n"
    "FILE:LINE:COL: error: MESSAGE, followed by a summary line.\n\n"
    "Exit status: 0 all files valid, 1 a file has errors, 2 a file could not be read.\n";
}

int run_validate(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    std::vector<std::string> files;
    if (int status = files_only("validate", args, files)) return status;
    if (files.empty()) return usage_error("validate", "no files given");

    int status = 0;
    std::size_t errors = 0, bad_files = 0;
    for (const auto& f : files) {
        LoadResult r = load_journey_file(f);
        print_problems(r.problems, std::cout);
        std::size_t e = 0;
        for (const auto& p : r.problems) e += p.severity == Severity::Error;
        errors += e;
        if (r.unreadable)
            status = 2;
        else if (e > 0 && status == 0)
            status = 1;
        if (e > 0) ++bad_files;
    }
    std::cout << files.size() << (files.size() == 1 ? " file" : " files") << " checked: ";
    if (errors == 0)
        std::cout << "no problems\n";
    else
        std::cout << errors << (errors == 1 ? " error" : " errors") << " in " << bad_files
                  << (bad_files == 1 ? " file\n" : " files\n");
    return status;
}

}   // namespace stagecraft::cli
