// Edits of principles (add, delete with their tags on every scene, rename, describe) and of flows
// (add, delete, change), which are addressed by their index in the journey's flow list.
#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"

namespace stagecraft::edits {

using namespace detail;

CommandPtr add_principle(Principle principle, std::size_t index) {
    return std::make_unique<Insert<Principle>>(journey_list(), std::move(principle), index);
}
CommandPtr remove_principle(std::string principle_id) {
    return std::make_unique<Remove<Principle>>(by_id<Principle>(std::move(principle_id)));
}
CommandPtr rename_principle(std::string principle_id, std::string name) {
    return edit_always<Principle>(by_id<Principle>(std::move(principle_id)), "Rename principle",
                                  [name = std::move(name)](Principle& p) { p.name = name; });
}
CommandPtr set_principle_description(std::string principle_id, std::string text) {
    return edit_always<Principle>(by_id<Principle>(std::move(principle_id)), "Change principle description",
                                  [text = std::move(text)](Principle& p) { p.description = text; });
}

CommandPtr add_flow(Flow flow, std::size_t index) {
    return std::make_unique<Insert<Flow>>(journey_list(), std::move(flow), index);
}
CommandPtr remove_flow(std::size_t index) { return std::make_unique<Remove<Flow>>(flow_at(index)); }
CommandPtr set_flow(std::size_t index, Flow flow) {
    return edit<Flow>(flow_at(index), "Edit flow", [flow = std::move(flow)](const Journey& j, Flow& f) -> Error {
        if (Error e = Family<Flow>::check_new(j, flow)) return e;
        f = flow;
        return std::nullopt;
    });
}

}   // namespace stagecraft::edits
