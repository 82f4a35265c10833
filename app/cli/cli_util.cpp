// Shared helpers of the stagecraft-cli commands.
#include "cli_util.hpp"

#include <filesystem>
#include <iostream>

#include "model/interchange/import_file.hpp"
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
    // A journey from another tool is imported first, not read as a journey file.
    if (const auto format = import_format_for(path); format && !r.unreadable)
        std::cerr << path << ": note: this looks like a journey from another tool: make a .journey.xml of it first "
                  << "with 'stagecraft-cli import " << path << " -o NAME.journey.xml'\n";
    exit_code = r.unreadable ? 2 : 1;
    return std::nullopt;
}

void remove_numbered_files(const std::string& folder, const std::string& prefix, const std::string& ext,
                           std::size_t count) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : fs::path(folder), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= prefix.size() + ext.size() || name.compare(0, prefix.size(), prefix) != 0 ||
            name.compare(name.size() - ext.size(), ext.size(), ext) != 0)
            continue;
        const std::string number = name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
        if (number.empty() || number.size() > 6 || number.find_first_not_of("0123456789") != std::string::npos)
            continue;
        if (std::stoul(number) > count) fs::remove(entry.path(), ec);
    }
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

bool is_an_input(const std::string& out, const std::vector<std::string>& inputs) {
    if (out.empty() || out == "-") return false;
    for (const auto& in : inputs) {
        std::error_code ec;
        if (std::filesystem::exists(out, ec) && std::filesystem::equivalent(in, out, ec)) return true;
    }
    return false;
}

}   // namespace stagecraft::cli
