// stagecraft-cli check: run the staging checks on journey files and report the findings, as
// compiler-style text grouped by severity or as JSON (schema "stagecraft-check/1", see README.md).
#include <array>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli_util.hpp"
#include "model/checks/checks.hpp"
#include "model/io/xml_reader.hpp"

namespace stagecraft::cli {

namespace {

const char* kHelp =
    "usage: stagecraft-cli check [OPTIONS] FILE...\n\n"
    "Reads each journey the way a service director would and reports where the staging will\n"
    "fail: scenes nobody leads, fail points with no understudy, pain nobody owns, roles over\n"
    "capacity or far busier than their peers, unlabelled handoffs, unused principles, lows with no\n"
    "opportunity, scenes cut off from the customer path. Findings are printed grouped by\n"
    "severity as FILE:LINE:COL: SEVERITY: MESSAGE [CHECK-ID], each followed by a fix hint.\n\n"
    "Options:\n"
    "  --json              print one JSON document (schema stagecraft-check/1, see README)\n"
    "  --fail-on LEVEL     exit 1 when a finding is at least this severe: error (default),\n"
    "                      warning or note\n"
    "  --disable ID        do not run the check ID (repeatable; IDs may be comma-separated)\n"
    "  --list              list the checks with their severity and exit\n"
    "  -h, --help          show this help\n\n"
    "Exit status: 0 no finding at the --fail-on level, 1 such findings or a file with errors\n"
    "(its load problems are reported), 2 usage error or a file that could not be read.\n";

constexpr std::array<Severity, 3> kSeverities = {Severity::Error, Severity::Warning, Severity::Note};

int rank(Severity s) { return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2; }

struct Options {
    bool json = false;
    Severity fail_on = Severity::Error;
    CheckOptions checks;
    std::vector<std::string> files;
};

// The result for one file.
struct FileReport {
    std::string file;
    bool readable = true;
    std::optional<Journey> journey;
    std::vector<Problem> problems;   // load problems (errors and warnings)
    std::vector<Finding> findings;
};

struct Counts {
    std::size_t error = 0, warning = 0, note = 0;
    void add(Severity s) { (s == Severity::Error ? error : s == Severity::Warning ? warning : note) += 1; }
};

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// --- JSON ---------------------------------------------------------------------------------

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        auto u = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20 || u == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", u);
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

void json_counts(std::ostream& out, const Counts& c) {
    out << "{\"errors\": " << c.error << ", \"warnings\": " << c.warning << ", \"notes\": " << c.note << "}";
}

void print_json(const Options& o, const std::vector<FileReport>& reports, const Counts& total, bool failed,
                std::ostream& out) {
    out << "{\n  \"schema\": \"stagecraft-check/1\",\n  \"fail_on\": " << json_string(to_string(o.fail_on))
        << ",\n  \"disabled\": [";
    for (std::size_t i = 0; i < o.checks.disabled.size(); ++i)
        out << (i ? ", " : "") << json_string(o.checks.disabled[i]);
    out << "],\n  \"files\": [";
    for (std::size_t f = 0; f < reports.size(); ++f) {
        const FileReport& r = reports[f];
        out << (f ? "," : "") << "\n    {\n      \"file\": " << json_string(r.file)
            << ",\n      \"loaded\": " << (r.journey ? "true" : "false")
            << ",\n      \"journey\": " << (r.journey ? json_string(r.journey->id) : "null")
            << ",\n      \"problems\": [";
        for (std::size_t i = 0; i < r.problems.size(); ++i) {
            const Problem& p = r.problems[i];
            out << (i ? "," : "") << "\n        {\"severity\": " << json_string(to_string(p.severity))
                << ", \"line\": " << p.line << ", \"column\": " << p.column
                << ", \"message\": " << json_string(p.message) << "}";
        }
        out << (r.problems.empty() ? "]" : "\n      ]") << ",\n      \"findings\": [";
        Counts c;
        for (std::size_t i = 0; i < r.findings.size(); ++i) {
            const Finding& x = r.findings[i];
            c.add(x.severity);
            out << (i ? "," : "") << "\n        {\"check\": " << json_string(x.check)
                << ", \"severity\": " << json_string(to_string(x.severity))
                << ", \"element\": {\"kind\": " << json_string(to_string(x.element))
                << ", \"id\": " << json_string(x.element_id);
            if (x.element == ElementKind::Flow) out << ", \"index\": " << x.flow_index;
            out << "}, \"line\": " << x.pos.line << ", \"column\": " << x.pos.column
                << ", \"message\": " << json_string(x.message) << ", \"hint\": " << json_string(x.hint) << "}";
        }
        out << (r.findings.empty() ? "]" : "\n      ]") << ",\n      \"summary\": ";
        json_counts(out, c);
        out << "\n    }";
    }
    out << (reports.empty() ? "]" : "\n  ]") << ",\n  \"summary\": {\"files\": " << reports.size()
        << ", \"errors\": " << total.error << ", \"warnings\": " << total.warning << ", \"notes\": " << total.note
        << "},\n  \"failed\": " << (failed ? "true" : "false") << "\n}\n";
}

// --- text ---------------------------------------------------------------------------------

void print_text(const Options& o, const std::vector<FileReport>& reports, const Counts& total, std::ostream& out) {
    bool first_group = true;
    for (Severity s : kSeverities) {
        bool any = false;
        for (const auto& r : reports)
            for (const auto& f : r.findings) {
                if (f.severity != s) continue;
                if (!any && !first_group) out << '\n';
                any = true;
                out << format_problem(to_problem(f, r.file)) << "\n    fix: " << f.hint << '\n';
            }
        if (any) first_group = false;
    }
    std::size_t loaded = 0;
    for (const auto& r : reports) loaded += r.journey ? 1 : 0;
    if (!first_group) out << '\n';
    out << plural(loaded, "journey", "journeys") << " checked: ";
    if (total.error + total.warning + total.note == 0)
        out << "no findings";
    else
        out << plural(total.error, "error", "errors") << ", " << plural(total.warning, "warning", "warnings") << ", "
            << plural(total.note, "note", "notes");
    if (!o.checks.disabled.empty()) out << " (" << plural(o.checks.disabled.size(), "check", "checks") << " disabled)";
    if (loaded < reports.size())
        out << "; " << plural(reports.size() - loaded, "file", "files") << " not checked (see the problems above)";
    out << '\n';
}

void print_list(std::ostream& out) {
    for (const auto& c : all_checks()) {
        std::string id(c.id);
        id.resize(26, ' ');
        std::string sev(to_string(c.severity));
        sev.resize(9, ' ');
        out << id << sev << c.summary << '\n';
    }
}

// Parses the arguments; returns 0 to go on, or an exit status (after printing why).
int parse(const Args& args, Options& o, bool& list) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> inline_value;
        const std::string name = option_name(args[i], inline_value);
        std::string value;
        if (name == "--json" && !inline_value) {
            o.json = true;
        } else if (name == "--list" && !inline_value) {
            list = true;
        } else if (name == "--fail-on") {
            if (!take_value("check", args, i, value)) return 2;
            if (value == "error")
                o.fail_on = Severity::Error;
            else if (value == "warning")
                o.fail_on = Severity::Warning;
            else if (value == "note")
                o.fail_on = Severity::Note;
            else
                return usage_error("check", "--fail-on takes error, warning or note, not '" + value + "'");
        } else if (name == "--disable") {
            if (!take_value("check", args, i, value)) return 2;
            std::stringstream ids(value);
            std::string id;
            bool some = false;
            while (std::getline(ids, id, ',')) {
                if (id.empty()) continue;
                some = true;
                if (!find_check(id)) {
                    std::string known;
                    for (const auto& c : all_checks()) known += (known.empty() ? "" : ", ") + std::string(c.id);
                    return usage_error("check", "unknown check '" + id + "'; the checks are: " + known);
                }
                o.checks.disabled.push_back(id);
            }
            if (!some) return usage_error("check", "--disable needs a check id");
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usage_error("check", "unknown option '" + args[i] + "'");
        } else {
            o.files.push_back(args[i]);
        }
    }
    return 0;
}

}   // namespace

int run_check(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    Options o;
    bool list = false;
    if (int status = parse(args, o, list)) return status;
    if (list) {
        print_list(std::cout);
        return 0;
    }
    if (o.files.empty()) return usage_error("check", "no files given");

    std::vector<FileReport> reports;
    Counts total;
    bool invalid = false, unreadable = false;
    for (const auto& file : o.files) {
        FileReport r;
        r.file = file;
        if (o.json) {
            LoadResult loaded = load_journey_file(file);
            r.readable = !loaded.unreadable;
            r.problems = std::move(loaded.problems);
            r.journey = std::move(loaded.journey);
        } else {
            int status = 0;
            r.journey = load_or_report(file, status);   // prints the load problems
            r.readable = status != 2;
        }
        if (!r.readable)
            unreadable = true;
        else if (!r.journey)
            invalid = true;
        if (r.journey) r.findings = run_checks(*r.journey, o.checks);
        for (const auto& f : r.findings) total.add(f.severity);
        reports.push_back(std::move(r));
    }
    bool failing = false;
    for (const auto& r : reports)
        for (const auto& f : r.findings) failing = failing || rank(f.severity) <= rank(o.fail_on);
    const bool failed = failing || invalid || unreadable;
    if (o.json)
        print_json(o, reports, total, failed, std::cout);
    else
        print_text(o, reports, total, std::cout);
    if (unreadable) return 2;
    return failed ? 1 : 0;
}

}   // namespace stagecraft::cli
