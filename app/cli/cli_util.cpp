// Shared helpers of the stagecraft-cli commands.
#include "cli_util.hpp"

#include <iostream>

#include "model/io/xml_reader.hpp"

namespace stagecraft::cli {

bool wants_help(const Args& args) {
    for (const auto& a : args)
        if (a == "-h" || a == "--help") return true;
    return false;
}

bool print_help_if_asked(const Args& args, const char* help) {
    if (!wants_help(args)) return false;
    std::cout << help;
    return true;
}

int files_only(const std::string& command, const Args& args, std::vector<std::string>& files) {
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-') return usage_error(command, "unknown option '" + a + "'");
        files.push_back(a);
    }
    return 0;
}

int usage_error(const std::string& command, const std::string& message) {
    std::cerr << "stagecraft-cli " << command << ": " << message << "\n"
              << "Run 'stagecraft-cli " << command << " --help' for usage.\n";
    return 2;
}

void print_problems(const std::vector<Problem>& problems, std::ostream& out) {
    for (const auto& p : problems) out << format_problem(p) << '\n';
}

std::optional<Journey> load_or_report(const std::string& path, int& exit_code) {
    LoadResult r = load_journey_file(path);
    if (r.ok()) {
        print_problems(r.problems, std::cerr);   // warnings, if any
        return std::move(r.journey);
    }
    print_problems(r.problems, std::cerr);
    exit_code = r.unreadable ? 2 : 1;
    return std::nullopt;
}

std::string option_name(const std::string& arg, std::optional<std::string>& value) {
    value.reset();
    if (arg.rfind("--", 0) == 0) {
        auto eq = arg.find('=');
        if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
            return arg.substr(0, eq);
        }
    }
    return arg;
}

bool take_value(const std::string& command, const Args& args, std::size_t& i, std::string& value) {
    std::optional<std::string> inline_value;
    std::string name = option_name(args[i], inline_value);
    if (inline_value) {
        value = *inline_value;
        return true;
    }
    if (i + 1 >= args.size()) {
        usage_error(command, "option " + name + " needs a value");
        return false;
    }
    value = args[++i];
    return true;
}

}   // namespace stagecraft::cli
