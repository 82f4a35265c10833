// Ordering the customer-facing scenes for the map and the emotion curve.
#include "export/scene_order.hpp"

#include <algorithm>
#include <map>

#include "model/analysis.hpp"

namespace stagecraft::diagram {

std::vector<OrderedScene> customer_scenes(const Journey& journey) {
    std::map<const Scene*, std::size_t> rank;
    const auto path = customer_path(journey);
    for (std::size_t i = 0; i < path.size(); ++i) rank.emplace(path[i], i);
    bool any_facing = false;
    for (const auto& stage : journey.stages)
        for (const auto& t : stage.scenes)
            any_facing = any_facing || t.lane == Lane::Customer || t.lane == Lane::Frontstage;
    std::vector<OrderedScene> out;
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        std::vector<OrderedScene> here;
        for (const auto& t : journey.stages[s].scenes)
            if (!any_facing || t.lane == Lane::Customer || t.lane == Lane::Frontstage) here.push_back({s, &t});
        std::stable_sort(here.begin(), here.end(),
                         [&](const OrderedScene& a, const OrderedScene& b) { return rank[a.scene] < rank[b.scene]; });
        out.insert(out.end(), here.begin(), here.end());
    }
    return out;
}

}   // namespace stagecraft::diagram
