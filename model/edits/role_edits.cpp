// Edits of roles (the journey's cast): add, delete (with their parts in every scene), rename,
// id (parts follow), zone, colour, description, capacity.
#include <algorithm>
#include <cctype>
#include <iterator>

#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"
#include "model/validate.hpp"

namespace stagecraft::edits {

using namespace detail;

CommandPtr add_role(Role role, std::size_t index) {
    return std::make_unique<Insert<Role>>(journey_list(), std::move(role), index);
}
CommandPtr remove_role(std::string role_id) { return std::make_unique<Remove<Role>>(by_id<Role>(std::move(role_id))); }
CommandPtr rename_role(std::string role_id, std::string name) {
    return edit_always<Role>(by_id<Role>(std::move(role_id)), "Rename role",
                             [name = std::move(name)](Role& r) { r.name = name; });
}
CommandPtr set_role_id(std::string role_id, std::string new_id) {
    return set_id<Role>(std::move(role_id), std::move(new_id));
}
CommandPtr set_role_zone(std::string role_id, Zone zone) {
    return edit_always<Role>(by_id<Role>(std::move(role_id)), "Change role zone", [zone](Role& r) { r.zone = zone; });
}
CommandPtr set_role_colour(std::string role_id, std::string colour) {
    return edit<Role>(by_id<Role>(std::move(role_id)), "Change role colour",
                      [colour = std::move(colour)](const Journey&, Role& r) -> Error {
                          if (!colour.empty() && !is_valid_colour(colour))
                              return "'" + colour + "' is not a colour: write #rgb or #rrggbb";
                          r.colour = colour;
                          return std::nullopt;
                      });
}
CommandPtr set_role_description(std::string role_id, std::string text) {
    return edit_always<Role>(by_id<Role>(std::move(role_id)), "Change role description",
                             [text = std::move(text)](Role& r) { r.description = text; });
}
CommandPtr set_role_capacity(std::string role_id, std::optional<double> minutes) {
    return edit<Role>(by_id<Role>(std::move(role_id)), "Change role capacity",
                      [minutes](const Journey&, Role& r) -> Error {
                          if (minutes && *minutes < 0) return std::string("a capacity cannot be negative");
                          r.capacity = minutes;
                          return std::nullopt;
                      });
}

namespace {
// Paul Tol's "muted" qualitative palette, told apart with every common colour-vision deficiency.
const char* const kRolePalette[] = {"#332288", "#88ccee", "#44aa99", "#117733", "#999933",
                                    "#ddcc77", "#cc6677", "#882255", "#aa4499"};
}   // namespace

std::string next_role_colour(const Journey& j) {
    auto same = [](const std::string& a, const char* b) {
        if (a.size() != std::char_traits<char>::length(b)) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (static_cast<char>(std::tolower(static_cast<unsigned char>(a[i]))) != b[i]) return false;
        return true;
    };
    for (const char* colour : kRolePalette)
        if (std::none_of(j.cast.begin(), j.cast.end(), [&](const Role& r) { return same(r.colour, colour); }))
            return colour;
    return kRolePalette[j.cast.size() % std::size(kRolePalette)];
}

}   // namespace stagecraft::edits
