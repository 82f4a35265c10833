// Packing a journey's scenes into blueprint columns.
#include "export/blueprint_grid.hpp"

namespace stagecraft::diagram {

std::vector<GridColumn> blueprint_columns(const Journey& journey) {
    std::vector<GridColumn> columns;
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        int last_lane = 99;   // forces a new column for the stage's first scene
        for (const auto& scene : stage.scenes) {
            const int lane = static_cast<int>(scene.lane);
            if (lane <= last_lane) {
                columns.push_back(GridColumn{});
                columns.back().stage = s;
            }
            columns.back().lanes[lane] = &scene;
            last_lane = lane;
        }
        if (stage.scenes.empty()) {
            columns.push_back(GridColumn{});   // an empty stage still gets its column
            columns.back().stage = s;
        }
    }
    return columns;
}

}   // namespace stagecraft::diagram
