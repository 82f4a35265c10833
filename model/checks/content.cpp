// Checks on what the scenes say: every declared principle is embodied somewhere, and every
// emotional low comes with an idea to lift it.
#include <string>
#include <unordered_set>

#include "model/checks/detail.hpp"

namespace stagecraft::checks_detail {

void check_principle_unused(const Context& c, Sink& out) {
    if (c.journey.principles.empty()) return;
    std::unordered_set<std::string_view> used;
    for (const Scene* t : c.scenes)
        for (const auto& tag : t->principles) used.insert(tag.ref);
    for (const auto& p : c.journey.principles) {
        if (used.count(p.id)) continue;
        out.principle(
            p, "principle " + name_of(p) + " is declared but no scene embodies it",
            "tag the scenes that must embody it (<principle ref=\"" + p.id + "\"/>), or remove it from the journey");
    }
}

void check_dip_without_opportunity(const Context& c, Sink& out) {
    for (const Scene* tp : c.scenes) {
        const Scene& t = *tp;
        if (!t.emotion || *t.emotion > -1 || !t.opportunities.empty()) continue;
        out.scene(t,
                  "scene " + name_of(t) + " is an emotional low (" + std::to_string(*t.emotion) +
                      ") with no opportunity noted",
                  "note at least one opportunity: how could this moment be lifted?");
    }
}

}   // namespace stagecraft::checks_detail
