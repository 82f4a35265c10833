// One list edit as the step the user took (see list_edit.hpp): the items both lists share at
// the front and at the back are left out, and what remains in between says what happened.
#include "app/editor/core/list_edit.hpp"

namespace stagecraft::editor {

CommandPtr scene_list_edit(const std::string& scene_id, edits::SceneList list, const std::vector<std::string>& before,
                           std::vector<std::string> after) {
    std::size_t front = 0;
    while (front < before.size() && front < after.size() && before[front] == after[front]) ++front;
    std::size_t back = 0;
    while (back < before.size() - front && back < after.size() - front &&
           before[before.size() - 1 - back] == after[after.size() - 1 - back])
        ++back;
    const std::size_t removed = before.size() - front - back;
    const std::size_t added = after.size() - front - back;
    if (removed == 0 && added == 0) return nullptr;
    if (removed == 0 && added == 1) return edits::add_scene_item(scene_id, list, after[front], front);
    if (removed == 1 && added == 0) return edits::remove_scene_item(scene_id, list, front);
    if (removed == 1 && added == 1) return edits::set_scene_item(scene_id, list, front, after[front]);
    return edits::set_scene_items(scene_id, list, std::move(after));
}

}   // namespace stagecraft::editor
