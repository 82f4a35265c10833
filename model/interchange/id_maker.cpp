// Ids made from names for imported journeys (see id_maker.hpp).
#include "model/interchange/id_maker.hpp"

#include "model/edits/edits.hpp"

namespace stagecraft {

std::string IdMaker::make(const std::string& name, const std::string& prefix) {
    return make_from_stem(edits::id_stem(name), prefix);
}

std::string IdMaker::make_from_stem(std::string stem, const std::string& prefix) {
    std::size_t& next = next_[stem.empty() ? "\n" + prefix : stem];
    if (stem.empty()) {
        // As edits::unused_id: "<prefix>-1", "<prefix>-2" ...
        for (next = std::max<std::size_t>(next, 1);; ++next) {
            std::string id = prefix + "-" + std::to_string(next);
            if (used_.insert(id).second) return id;
        }
    }
    if (stem[0] >= '0' && stem[0] <= '9') stem = prefix + "-" + stem;   // an id starts with a letter
    if (next == 0) {
        next = 2;
        if (used_.insert(stem).second) return stem;
    }
    for (;; ++next) {
        std::string id = stem + "-" + std::to_string(next);
        if (used_.insert(id).second) {
            ++next;
            return id;
        }
    }
}

}   // namespace stagecraft
