// Ids for a journey being built from another format, made from names as the editor makes them
// (edits::id_from_name: "Check-in at the desk" gives "check-in-at-the-desk", then "-2", "-3"),
// unique across the whole journey, in constant time per id however many share a name.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace stagecraft {

class IdMaker {
public:
    // An id made from `name`, not given before; `prefix` ("scene", "role") starts an id whose
    // name starts with a digit or has no ASCII letter or digit ("scene-1").
    std::string make(const std::string& name, const std::string& prefix);
    // The same for a name whose edits::id_stem is `stem`.
    std::string make_from_stem(std::string stem, const std::string& prefix);
    // Marks an id as taken (one read from the input).
    void take(const std::string& id) { used_.insert(id); }
    bool taken(const std::string& id) const { return used_.count(id) != 0; }

private:
    std::unordered_set<std::string> used_;
    std::unordered_map<std::string, std::size_t> next_;   // the next suffix to try, by stem
};

}   // namespace stagecraft
