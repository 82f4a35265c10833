// Edits of stages: add, delete (with their scenes and the flows that touch them), rename, goal,
// id, move.
#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"

namespace stagecraft::edits {

using namespace detail;

CommandPtr add_stage(Stage stage, std::size_t index) {
    return std::make_unique<Insert<Stage>>(journey_list(), std::move(stage), index);
}
CommandPtr remove_stage(std::string stage_id) {
    return std::make_unique<Remove<Stage>>(by_id<Stage>(std::move(stage_id)));
}
CommandPtr rename_stage(std::string stage_id, std::string name) {
    return edit_always<Stage>(by_id<Stage>(std::move(stage_id)), "Rename stage",
                              [name = std::move(name)](Stage& s) { s.name = name; });
}
CommandPtr set_stage_goal(std::string stage_id, std::string goal) {
    return edit_always<Stage>(by_id<Stage>(std::move(stage_id)), "Change stage goal",
                              [goal = std::move(goal)](Stage& s) { s.goal = goal; });
}
CommandPtr set_stage_id(std::string stage_id, std::string new_id) {
    return set_id<Stage>(std::move(stage_id), std::move(new_id));
}
CommandPtr move_stage(std::string stage_id, std::size_t index) {
    return std::make_unique<Move<Stage>>(by_id<Stage>(std::move(stage_id)), journey_list(), index);
}

}   // namespace stagecraft::edits
