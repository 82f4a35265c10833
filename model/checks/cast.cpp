// Checks on who plays each scene: every staffed scene and follow-up has a lead, critical scenes
// have an understudy, and every pain point has someone on stage to own it.
#include <string>

#include "model/checks/detail.hpp"

namespace stagecraft::checks_detail {

namespace {

// The first role leading the scene, or nullptr.
const Role* lead_of(const Context& c, const Scene& t) {
    for (const auto& p : t.parts)
        if (p.kind == PartKind::Lead)
            if (const Role* r = c.role(p.role)) return r;
    return nullptr;
}

}   // namespace

void check_no_lead(const Context& c, Sink& out) {
    for (std::size_t i = 0; i < c.scenes.size(); ++i) {
        const Scene& t = *c.scenes[i];
        if (t.lane == Lane::Customer || has_part(t, PartKind::Lead)) continue;
        if (c.is_follow_up(i)) continue;   // reported by followup-unowned
        std::string lane(to_string(t.lane));
        std::string message = "scene " + name_of(t) + " in the " + lane + " lane ";
        if (t.parts.empty())
            message += "has no cast, so no role owns it";
        else
            message += "has " + count_of(t.parts.size(), "part", "parts") + " but none is a lead";
        out.scene(t, std::move(message),
                  "cast one role as lead (<part role=\"...\" as=\"lead\"/>) so someone owns this moment");
    }
}

void check_followup_unowned(const Context& c, Sink& out) {
    for (std::size_t i = 0; i < c.scenes.size(); ++i) {
        const Scene& t = *c.scenes[i];
        if (!c.is_follow_up(i) || has_part(t, PartKind::Lead)) continue;
        std::string message = "follow-up scene " + name_of(t);
        if (!t.follow_up.empty()) message += ", " + one_line(t.follow_up) + " after the visit,";
        message += " has no lead: nobody is on the hook to make the contact";
        out.scene(t, std::move(message),
                  "cast a lead for the follow-up: the role who will make the contact and close the loop");
    }
}

void check_single_point_of_failure(const Context& c, Sink& out) {
    for (const Scene* tp : c.scenes) {
        const Scene& t = *tp;
        if (!t.fail_point && !t.moment_of_truth) continue;
        if (has_part(t, PartKind::Understudy)) continue;
        // A customer-lane scene nobody from the staff plays has no performer to stand in for.
        if (t.lane == Lane::Customer && t.parts.empty()) continue;
        std::string what = t.fail_point && t.moment_of_truth ? "fail point and moment of truth"
                           : t.fail_point                    ? "fail point"
                                                             : "moment of truth";
        std::string message = what + " " + name_of(t) + " has no understudy: ";
        if (const Role* lead = lead_of(c, t))
            message += "if " + name_of(*lead) + " is absent, no one is rehearsed to step in";
        else
            message += "no one is rehearsed to step in";
        out.scene(t, std::move(message),
                  "add an understudy part (as=\"understudy\") for a second role who can play this scene");
    }
}

void check_unowned_pain(const Context& c, Sink& out) {
    for (const Scene* tp : c.scenes) {
        const Scene& t = *tp;
        if (t.pains.empty() || !t.parts.empty()) continue;
        std::string message = "scene " + name_of(t) + " has " + count_of(t.pains.size(), "pain point", "pain points") +
                              " but no cast: nobody is assigned to \"" + excerpt(t.pains.front()) + "\"";
        out.scene(t, std::move(message),
                  "cast the role that owns fixing this pain (a lead or support part), or move the pain "
                  "to the scene that causes it");
    }
}

}   // namespace stagecraft::checks_detail
