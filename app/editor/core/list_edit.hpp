// The command for a scene's list field (props, pain points, opportunities) edited as a whole,
// one item per line: the one step the user took when it is one (an item added, deleted or
// edited, so Undo says "Undo Add prop"), else the whole list replaced ("Change props").
#pragma once

#include <string>
#include <vector>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {

// The command taking `list` of scene `scene_id` from `before` to `after`; nullptr when they are
// equal. Items are compared whole: a changed item is one edit, not a delete and an add.
CommandPtr scene_list_edit(const std::string& scene_id, edits::SceneList list, const std::vector<std::string>& before,
                           std::vector<std::string> after);

}   // namespace stagecraft::editor
