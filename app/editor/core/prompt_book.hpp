// The prompt book behind rehearsal mode: the journey as a sequence of pages, one per scene in
// the order it is played (stage by stage), each saying who is on stage, what is said, which
// props are needed and what cues the next scene. No display needed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft::editor {

struct CastLine {
    std::string role;   // role name (or id when it has none)
    PartKind part = PartKind::Lead;
    Zone zone = Zone::Frontstage;
};

struct Cue {
    std::string to_scene;   // name of the scene cued
    std::string to_id;
    FlowKind kind = FlowKind::Sequence;
    std::string label;
    std::string condition;
};

struct PromptPage {
    std::string scene_id;
    std::string scene;
    std::string stage;
    std::string stage_goal;
    int stage_number = 0;   // 1-based
    Lane lane = Lane::Frontstage;
    Channel channel = Channel::InPerson;
    std::vector<CastLine> cast;   // leads first, then support, then understudies
    std::string script;
    std::vector<std::string> props;
    std::vector<Cue> cues;           // the scene's outgoing flows, or the next scene when it has none
    std::optional<double> minutes;   // the scene's duration, in minutes
    std::optional<double> wait;      // the customer's wait before it, in minutes
    std::string follow_up;
    bool fail_point = false;
    bool moment_of_truth = false;
    std::vector<std::string> pains;
    std::vector<std::string> principles;   // names
};

std::vector<PromptPage> prompt_book(const Journey& journey);

}   // namespace stagecraft::editor
