// The closed vocabularies of a journey (README "The file format") and their file spellings, in one place.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft {

enum class JourneyKind { Customer, Employee };
enum class Zone { Frontstage, Backstage, Support, Partner };
enum class Lane { Customer, Frontstage, Backstage, Support };
enum class Channel { InPerson, Phone, Email, Web, App, Chat, Social, Mail, SelfService, Other };
enum class PartKind { Lead, Support, Understudy };
enum class FlowKind { Sequence, Handoff, Support, Alternative, FollowUp };

// File spelling of each value ("in-person", "follow-up", ...).
std::string_view to_string(JourneyKind v);
std::string_view to_string(Zone v);
std::string_view to_string(Lane v);
std::string_view to_string(Channel v);
std::string_view to_string(PartKind v);
std::string_view to_string(FlowKind v);

// Parse a file spelling; nullopt when the text is not one of the allowed values.
std::optional<JourneyKind> parse_journey_kind(std::string_view s);
std::optional<Zone> parse_zone(std::string_view s);
std::optional<Lane> parse_lane(std::string_view s);
std::optional<Channel> parse_channel(std::string_view s);
std::optional<PartKind> parse_part_kind(std::string_view s);
std::optional<FlowKind> parse_flow_kind(std::string_view s);

// Every allowed spelling, in declaration order (for messages and choice lists).
const std::vector<std::string_view>& journey_kind_names();
const std::vector<std::string_view>& zone_names();
const std::vector<std::string_view>& lane_names();
const std::vector<std::string_view>& channel_names();
const std::vector<std::string_view>& part_kind_names();
const std::vector<std::string_view>& flow_kind_names();

// Human-readable names for display ("In person", "Follow-up").
std::string_view display_name(Lane v);
std::string_view display_name(Zone v);
std::string_view display_name(PartKind v);
std::string_view display_name(FlowKind v);
std::string_view display_name(Channel v);

}   // namespace stagecraft
