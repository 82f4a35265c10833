// stagecraft-cli: validate, inspect, check and export journeys without a display.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "commands.hpp"

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const stagecraft::cli::Args&);
};

const Command kCommands[] = {
    {"validate", "check files against the .journey.xml format; problems as FILE:LINE:COL",
     stagecraft::cli::run_validate},
    {"stats", "counts, load per role and emotion summary of a journey", stagecraft::cli::run_stats},
    {"check", "staging checks: who leads, single points of failure, load, principles", stagecraft::cli::run_check},
    {"export", "render a view (map, blueprint, cast, emotion) to SVG, PNG, PDF or DOT", stagecraft::cli::run_export},
    {"format", "rewrite journey files in canonical form (stable order, 2-space indent)", stagecraft::cli::run_format},
    {"import", "journeys from Mermaid, Markdown, CSV or Excel to .journey.xml", stagecraft::cli::run_import},
    {"convert", "a journey to Mermaid, CSV or Excel", stagecraft::cli::run_convert},
    {"deck", "the client deck: a PDF (or PNGs) of 16:9 slides", stagecraft::cli::run_deck},
};

void print_usage(std::ostream& out) {
    out << "usage: stagecraft-cli COMMAND [OPTIONS] FILE...\n\n"
           "Stagecraft command line: work with .journey.xml files without a display.\n\n"
           "Commands:\n";
    for (const auto& c : kCommands) {
        std::string name = c.name;
        name.resize(10, ' ');
        out << "  " << name << c.summary << '\n';
    }
    out << "\nRun 'stagecraft-cli COMMAND --help' for the options of a command, 'stagecraft-cli --version'\n"
           "for the version.\n"
           "Exit status: 0 success, 1 problems found in the input, 2 usage or file error.\n";
}

}   // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        print_usage(std::cerr);
        return 2;
    }
    const std::string name = argv[1];
    if (name == "-h" || name == "--help" || name == "help") {
        print_usage(std::cout);
        return 0;
    }
    if (name == "--version") {
        std::cout << "stagecraft-cli " << STAGECRAFT_VERSION << '\n';
        return 0;
    }
    stagecraft::cli::Args args(argv + 2, argv + argc);
    for (const auto& c : kCommands) {
        if (name != c.name) continue;
        try {
            return c.run(args);
        } catch (const std::exception& e) {
            std::cerr << "stagecraft-cli " << name << ": internal error: " << e.what() << '\n';
            return 2;
        }
    }
    std::cerr << "stagecraft-cli: unknown command '" << name << "'\n\n";
    print_usage(std::cerr);
    return 2;
}
