// Where each scene sits in the service blueprint: a column index and a lane row. Scenes of one
// stage share a column while they go down the lanes (customer, then frontstage, then backstage,
// then support); a scene in the same or a higher lane starts the next column.
#pragma once

#include <cstddef>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft::diagram {

struct GridColumn {
    std::size_t stage = 0;   // index into Journey::stages
    // The scene in each lane (indexed by Lane), or nullptr.
    const Scene* lanes[4] = {nullptr, nullptr, nullptr, nullptr};
};

std::vector<GridColumn> blueprint_columns(const Journey& journey);

}   // namespace stagecraft::diagram
