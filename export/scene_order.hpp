// The scenes the customer meets, in the order the journey map and emotion curve show them.
#pragma once

#include <cstddef>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft::diagram {

struct OrderedScene {
    std::size_t stage = 0;   // index into Journey::stages
    const Scene* scene = nullptr;
};

// Customer-facing scenes (customer and frontstage lanes; every scene when there are none),
// stage by stage in document order, and within a stage in the customer's path order.
std::vector<OrderedScene> customer_scenes(const Journey& journey);

}   // namespace stagecraft::diagram
