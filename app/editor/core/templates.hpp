// What File › New starts from: a blank journey or a starting template to adapt (a customer
// journey, a service blueprint, an employee journey). Every template is a valid journey with
// readable ids. No display needed.
#pragma once

#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft::editor {

struct JourneyTemplate {
    std::string name;          // "Customer journey"
    std::string description;   // one line: what it starts with
};

// The choices File › New offers, blank first.
const std::vector<JourneyTemplate>& journey_templates();

// The journey for choice `index` of journey_templates() (the blank one when out of range).
Journey journey_from_template(std::size_t index);

}   // namespace stagecraft::editor
