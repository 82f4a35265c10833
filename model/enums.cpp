// File spellings and display names of the journey vocabularies.
#include "model/enums.hpp"

namespace stagecraft {
namespace {

template <typename E>
std::optional<E> lookup(const std::vector<std::string_view>& names, std::string_view s) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

}   // namespace

const std::vector<std::string_view>& journey_kind_names() {
    static const std::vector<std::string_view> n{"customer", "employee"};
    return n;
}
const std::vector<std::string_view>& zone_names() {
    static const std::vector<std::string_view> n{"frontstage", "backstage", "support", "partner"};
    return n;
}
const std::vector<std::string_view>& lane_names() {
    static const std::vector<std::string_view> n{"customer", "frontstage", "backstage", "support"};
    return n;
}
const std::vector<std::string_view>& channel_names() {
    static const std::vector<std::string_view> n{"in-person", "phone",  "email", "web",          "app",
                                                 "chat",      "social", "mail",  "self-service", "other"};
    return n;
}
const std::vector<std::string_view>& part_kind_names() {
    static const std::vector<std::string_view> n{"lead", "support", "understudy"};
    return n;
}
const std::vector<std::string_view>& flow_kind_names() {
    static const std::vector<std::string_view> n{"sequence", "handoff", "support", "alternative", "follow-up"};
    return n;
}

std::string_view to_string(JourneyKind v) { return journey_kind_names()[static_cast<std::size_t>(v)]; }
std::string_view to_string(Zone v) { return zone_names()[static_cast<std::size_t>(v)]; }
std::string_view to_string(Lane v) { return lane_names()[static_cast<std::size_t>(v)]; }
std::string_view to_string(Channel v) { return channel_names()[static_cast<std::size_t>(v)]; }
std::string_view to_string(PartKind v) { return part_kind_names()[static_cast<std::size_t>(v)]; }
std::string_view to_string(FlowKind v) { return flow_kind_names()[static_cast<std::size_t>(v)]; }

std::optional<JourneyKind> parse_journey_kind(std::string_view s) {
    return lookup<JourneyKind>(journey_kind_names(), s);
}
std::optional<Zone> parse_zone(std::string_view s) { return lookup<Zone>(zone_names(), s); }
std::optional<Lane> parse_lane(std::string_view s) { return lookup<Lane>(lane_names(), s); }
std::optional<Channel> parse_channel(std::string_view s) { return lookup<Channel>(channel_names(), s); }
std::optional<PartKind> parse_part_kind(std::string_view s) { return lookup<PartKind>(part_kind_names(), s); }
std::optional<FlowKind> parse_flow_kind(std::string_view s) { return lookup<FlowKind>(flow_kind_names(), s); }

std::string_view display_name(Lane v) {
    static const std::string_view n[] = {"Customer actions", "Frontstage", "Backstage", "Support processes"};
    return n[static_cast<std::size_t>(v)];
}
std::string_view display_name(Zone v) {
    static const std::string_view n[] = {"Frontstage", "Backstage", "Support", "Partner"};
    return n[static_cast<std::size_t>(v)];
}
std::string_view display_name(PartKind v) {
    static const std::string_view n[] = {"Lead", "Support", "Understudy"};
    return n[static_cast<std::size_t>(v)];
}
std::string_view display_name(FlowKind v) {
    static const std::string_view n[] = {"Sequence", "Handoff", "Support", "Alternative", "Follow-up"};
    return n[static_cast<std::size_t>(v)];
}
std::string_view display_name(Channel v) {
    static const std::string_view n[] = {"In person", "Phone",  "Email", "Web",          "App",
                                         "Chat",      "Social", "Mail",  "Self-service", "Other"};
    return n[static_cast<std::size_t>(v)];
}

}   // namespace stagecraft
