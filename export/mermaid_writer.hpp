// Writing a journey as a Mermaid `journey` diagram, for wikis and READMEs: a section per stage,
// the customer path's scenes (customer and frontstage lanes) as tasks, emotion −2..+2 as score
// 1..5, and as actors the customer (for a customer-lane scene) then the lead and support roles.
// README "Importing and exporting" says what a Mermaid journey does not carry.
#pragma once

#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft {

struct MermaidText {
    std::string text;                 // the diagram, starting with "journey", lines ending in '\n'
    std::vector<std::string> notes;   // what was changed or left out, one line each
};

// The journey as Mermaid text. Names are written so that Mermaid reads each whole: the characters
// its grammar would cut a name at (':' '#' ';' "%%", and ',' in an actor) are written as
// look-alikes (∶ ＃ ； ％ ‚) and a task name that starts with a Mermaid keyword gets a zero-width
// space before it, each with a note; an unscored scene gets 3 (neutral), with a note.
MermaidText journey_to_mermaid(const Journey& journey);

// How the customer is written as an actor: the persona's name when it is one of the words
// that name the customer (as a journey imported from Mermaid keeps it), else "Customer".
std::string mermaid_customer_actor(const Journey& journey);

}   // namespace stagecraft
