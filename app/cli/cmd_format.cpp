// stagecraft-cli format: rewrite journey files in canonical form, atomically.
#include <iostream>

#include "cli_util.hpp"
#include "model/io/atomic_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"

namespace stagecraft::cli {

namespace {
const char* kHelp =
    "usage: stagecraft-cli format [--check] FILE...\n\n"
    "Rewrites each valid journey file in canonical form: fixed element and attribute order,\n"
    "2-space indent, unknown content kept in place, UTF-8 (a file in another encoding, such as\n"
    "UTF-16 or ISO-8859-1, is converted and the output says so). Saving is atomic and the\n"
    "previous version is kept as FILE.bak. Files with errors are reported and left untouched.\n\n"
    "  --check   change nothing; list the files that are not in canonical form (exit 1 if any)\n\n"
    "Exit status: 0 done, 1 a file has errors (or is not canonical with --check), 2 a file\n"
    "could not be read or written.\n";
}

int run_format(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    bool check = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--check")
            check = true;
        else if (a.size() > 1 && a[0] == '-')
            return usage_error("format", "unknown option '" + a + "'");
        else
            files.push_back(a);
    }
    if (files.empty()) return usage_error("format", "no files given");

    int status = 0;
    for (const auto& f : files) {
        LoadResult r = load_journey_file(f);
        if (!r.ok()) {
            print_problems(r.problems, std::cerr);
            status = std::max(status, r.unreadable ? 2 : 1);
            continue;
        }
        print_problems(r.problems, std::cerr);   // warnings: what the rewrite will not keep
        const std::string canonical = journey_to_xml(*r.journey);
        std::string current;
        {
            std::FILE* in = std::fopen(f.c_str(), "rb");
            char buf[65536];
            std::size_t n;
            while (in && (n = std::fread(buf, 1, sizeof buf, in)) > 0) current.append(buf, n);
            if (in) std::fclose(in);
        }
        if (current == canonical) continue;
        if (check) {
            std::cout << f << ": not in canonical form\n";
            status = std::max(status, 1);
            continue;
        }
        if (auto err = write_file_atomically(f, canonical)) {
            std::cerr << "stagecraft-cli format: " << *err << '\n';
            status = 2;
            continue;
        }
        std::cout << f << ": rewritten";
        if (!r.converted_from.empty()) std::cout << " (read as " << r.converted_from << ", saved as UTF-8)";
        std::cout << '\n';
    }
    return status;
}

}   // namespace stagecraft::cli
