// Checks on each role's load: no role is cast beyond its declared capacity, and no role carries
// far more than its peers in the same zone (the rule is documented in README.md).
#include <algorithm>
#include <cmath>
#include <string>

#include "model/checks/detail.hpp"

namespace stagecraft::checks_detail {

namespace {

// Minutes for a message: at most one decimal.
std::string minutes_text(double m) { return format_number(std::round(m * 10.0) / 10.0); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    double upper = v[mid];
    if (v.size() % 2 == 1) return upper;
    double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

// "Far more" than the peers' median: at least twice as much and at least `margin` more.
bool far_more(double value, double peers, double margin) { return value >= 2 * peers && value - peers >= margin; }

}   // namespace

void check_over_capacity(const Context& c, Sink& out) {
    for (std::size_t i = 0; i < c.journey.cast.size(); ++i) {
        const Role& r = c.journey.cast[i];
        if (!r.capacity || !std::isfinite(*r.capacity)) continue;
        const double used = c.loads[i].minutes;
        if (used <= *r.capacity) continue;
        out.role(r,
                 "role " + name_of(r) + " is cast for " + minutes_text(used) +
                     " minutes of scenes, over its capacity of " + minutes_text(*r.capacity) + " minutes by " +
                     minutes_text(used - *r.capacity),
                 "move lead or support parts to another role, shorten the scenes, or raise the "
                 "capacity if the role really has the time");
    }
}

void check_load_imbalance(const Context& c, Sink& out) {
    // Three average scenes' worth of minutes: the minutes counterpart of "three scenes more".
    double timed = 0, total = 0;
    for (const Scene* t : c.scenes)
        if (t->minutes) {
            ++timed;
            total += *t->minutes;
        }
    const double minutes_margin = timed > 0 ? 3 * total / timed : 0;

    const auto& cast = c.journey.cast;
    for (std::size_t i = 0; i < cast.size(); ++i) {
        std::vector<double> peer_leads, peer_minutes;
        for (std::size_t k = 0; k < cast.size(); ++k) {
            if (k == i || cast[k].zone != cast[i].zone) continue;
            peer_leads.push_back(c.loads[k].leads);
            peer_minutes.push_back(c.loads[k].minutes);
        }
        if (peer_leads.empty()) continue;   // alone in its zone: no peers to compare with
        const Role& r = cast[i];
        const std::string zone(to_string(r.zone));
        const std::string hint =
            "share lead parts with other " + zone + " roles, or split the role, so no one is set up to burn out";
        const double leads = c.loads[i].leads;
        const double lead_median = median(peer_leads);
        if (far_more(leads, lead_median, 3)) {
            out.role(r,
                     "role " + name_of(r) + " leads " + count_of(c.loads[i].leads, "scene", "scenes") +
                         ", far more than its " + zone + " peers (median " + format_number(lead_median) + ")",
                     hint);
            continue;
        }
        const double minutes = c.loads[i].minutes;
        const double minutes_median = median(peer_minutes);
        if (minutes_margin > 0 && far_more(minutes, minutes_median, minutes_margin)) {
            out.role(r,
                     "role " + name_of(r) + " is cast for " + minutes_text(minutes) +
                         " minutes of scenes, far more than its " + zone + " peers (median " +
                         minutes_text(minutes_median) + " minutes)",
                     hint);
        }
    }
}

}   // namespace stagecraft::checks_detail
