// Connecting two scenes on the diagram, by dragging from one to the other: which flow kind is
// proposed, and the command that adds the flow. No display needed.
#pragma once

#include <string>

#include "app/editor/core/selection_actions.hpp"
#include "model/journey.hpp"

namespace stagecraft::editor {

// The flow kind proposed for a flow from scene `from` to scene `to`: follow-up when `to` is
// played after the visit (it has a follow-up delay); handoff when both scenes have a lead and
// the leads differ (the work changes hands, README "Diagrams"); sequence otherwise.
FlowKind proposed_flow_kind(const Journey& journey, const std::string& from, const std::string& to);

// The command adding a flow of `kind` (and `label`) from `from` to `to` at the end of the flow list, with the
// new flow selected after. Refused (with the reason) for a scene joined to itself, a scene that
// does not exist, or a flow of the same kind that already joins the two in that direction.
Action connect_scenes(const Journey& journey, const std::string& from, const std::string& to, FlowKind kind,
                      const std::string& label = {});

}   // namespace stagecraft::editor
