// stagecraft-cli stats: counts, load per role and the emotion summary of a journey.
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli_util.hpp"
#include "model/analysis.hpp"

namespace stagecraft::cli {

namespace {
const char* kHelp =
    "usage: stagecraft-cli stats FILE\n\n"
    "Prints the journey's size (stages, scenes, roles, flows), pain points, opportunities,\n"
    "fail points and moments of truth, total minutes and waits, the load on each role (scenes,\n"
    "lead/support/understudy parts, minutes on stage against capacity) and the emotion summary.\n"
    "A role's minutes count the scenes it leads or supports (understudies stand by).\n\n"
    "Exit status: 0 success, 1 the file has errors, 2 the file could not be read.\n";

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.resize(width, ' ');
    return s;
}

std::string signed_mean(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2f", v);
    return buf;
}
}   // namespace

int run_stats(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    std::vector<std::string> files;
    if (int status = files_only("stats", args, files)) return status;
    if (files.size() != 1) return usage_error("stats", files.empty() ? "no file given" : "give one file");

    int status = 0;
    std::optional<Journey> j = load_or_report(files[0], status);
    if (!j) return status;
    const JourneyStats s = journey_stats(*j);

    std::ostringstream out;
    out << j->title << " (" << to_string(j->kind) << " journey, id " << j->id << ")\n\n";
    out << "  stages            " << s.stages << '\n'
        << "  scenes            " << s.scenes << '\n'
        << "  roles             " << s.roles << '\n'
        << "  flows             " << s.flows << '\n'
        << "  pain points       " << s.pains << '\n'
        << "  opportunities     " << s.opportunities << '\n'
        << "  fail points       " << s.fail_points << '\n'
        << "  moments of truth  " << s.moments_of_truth << '\n'
        << "  minutes on stage  " << format_number(s.minutes) << '\n'
        << "  minutes waiting   " << format_number(s.wait) << "\n\n";

    out << "Load per role\n";
    std::size_t name_width = 4;
    for (const auto& r : j->cast) name_width = std::max(name_width, r.name.size());
    out << "  " << pad("role", name_width) << "  zone        scenes  lead  support  understudy  minutes  capacity\n";
    for (std::size_t i = 0; i < s.loads.size(); ++i) {
        const Role& role = j->cast[i];
        const RoleLoad& l = s.loads[i];
        out << "  " << pad(role.name, name_width) << "  " << pad(std::string(to_string(role.zone)), 10) << std::setw(8)
            << l.scenes << std::setw(6) << l.leads << std::setw(9) << l.supports << std::setw(12) << l.understudies
            << std::setw(9) << format_number(l.minutes) << std::setw(10)
            << (role.capacity ? format_number(*role.capacity) : std::string("-")) << '\n';
    }
    out << '\n';
    if (s.emotion.scored == 0) {
        out << "Emotion: no scene has an emotion yet\n";
    } else {
        out << "Emotion (" << s.emotion.scored << " of " << s.scenes << " scenes scored, -2..+2)\n"
            << "  min   " << s.emotion.min << '\n'
            << "  mean  " << signed_mean(s.emotion.mean) << '\n'
            << "  max   " << s.emotion.max << '\n';
    }
    std::cout << out.str();
    return 0;
}

}   // namespace stagecraft::cli
