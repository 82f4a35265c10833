// Arrow-key steps between scenes and duplicating a scene (see scene_keys.hpp).
#include "app/editor/core/scene_keys.hpp"

#include <algorithm>
#include <cstdlib>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {

std::optional<std::string> scene_after_step(const Journey& j, const std::string& from, Step step) {
    if (step == Step::Previous || step == Step::Next) {
        const auto scenes = all_scenes(j);
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            if (scenes[i]->id != from) continue;
            if (step == Step::Previous) return i > 0 ? std::optional<std::string>(scenes[i - 1]->id) : std::nullopt;
            return i + 1 < scenes.size() ? std::optional<std::string>(scenes[i + 1]->id) : std::nullopt;
        }
        return std::nullopt;
    }
    for (const Stage& stage : j.stages) {
        for (std::size_t i = 0; i < stage.scenes.size(); ++i) {
            if (stage.scenes[i].id != from) continue;
            const int lane = static_cast<int>(stage.scenes[i].lane);
            const int direction = step == Step::Up ? -1 : 1;
            for (int l = lane + direction; l >= 0 && l <= static_cast<int>(Lane::Support); l += direction) {
                const Scene* best = nullptr;
                std::size_t best_distance = 0;
                for (std::size_t k = 0; k < stage.scenes.size(); ++k) {
                    if (static_cast<int>(stage.scenes[k].lane) != l) continue;
                    const std::size_t distance = k > i ? k - i : i - k;
                    if (!best || distance < best_distance) {
                        best = &stage.scenes[k];
                        best_distance = distance;
                    }
                }
                if (best) return best->id;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

Action move_to_next_lane(const Journey& j, const Selection& sel, bool up) {
    const Scene* scene = sel.kind == SelectionKind::Scene ? find_scene(j, sel.id) : nullptr;
    if (!scene) return {nullptr, {}, "Select a scene to move it to another lane."};
    const int lane = static_cast<int>(scene->lane) + (up ? -1 : 1);
    if (lane < static_cast<int>(Lane::Customer) || lane > static_cast<int>(Lane::Support))
        return {nullptr, {}, up ? "The scene is in the top lane already." : "The scene is in the bottom lane already."};
    return {edits::set_scene_lane(scene->id, static_cast<Lane>(lane)), sel, {}};
}

CommandPtr emotion_from_key(const Journey& j, const Selection& sel, char key) {
    if (sel.kind != SelectionKind::Scene || !find_scene(j, sel.id) || key < '0' || key > '5') return nullptr;
    if (key == '0') return edits::set_scene_emotion(sel.id, std::nullopt);
    return edits::set_scene_emotion(sel.id, key - '3');
}

Action duplicate_scene(const Journey& j, const std::string& id) {
    for (const Stage& stage : j.stages)
        for (std::size_t i = 0; i < stage.scenes.size(); ++i) {
            if (stage.scenes[i].id != id) continue;
            Scene copy = stage.scenes[i];
            copy.id = edits::id_from_name(j, copy.name, "scene");
            copy.pos = {};
            Selection after = Selection::scene(copy.id);
            // One step named for what the user did ("Undo Duplicate scene").
            std::vector<CommandPtr> steps;
            steps.push_back(edits::add_scene(stage.id, std::move(copy), i + 1));
            return {edits::batch("Duplicate scene", std::move(steps)), std::move(after), {}};
        }
    return {nullptr, {}, "Select a scene to duplicate it."};
}

namespace {

// Where pasted scenes go: right after the selected scene (in its lane) or at the end of the
// selected stage; no stage when neither is selected.
struct PastePlace {
    std::string stage_id;
    std::size_t index = edits::kEnd;
    Lane lane = Lane::Frontstage;
};
PastePlace paste_place(const Journey& j, const Selection& sel) {
    PastePlace place;
    for (const Stage& stage : j.stages) {
        if (sel.kind == SelectionKind::Stage && stage.id == sel.id) place.stage_id = stage.id;
        for (std::size_t i = 0; i < stage.scenes.size(); ++i)
            if (sel.kind == SelectionKind::Scene && stage.scenes[i].id == sel.id) {
                place.stage_id = stage.id;
                place.index = i + 1;
                place.lane = stage.scenes[i].lane;
            }
    }
    return place;
}

}   // namespace

Action paste_scene_copy(const Journey& j, const Scene& copied, const Selection& sel) {
    const PastePlace place = paste_place(j, sel);
    if (place.stage_id.empty()) return {nullptr, {}, "Select a stage or a scene to paste the scene into."};
    Scene copy = copied;
    copy.id = edits::id_from_name(j, copy.name, "scene");
    copy.pos = {};
    copy.parts.erase(std::remove_if(copy.parts.begin(), copy.parts.end(),
                                    [&](const Part& p) { return find_role(j, p.role) == nullptr; }),
                     copy.parts.end());
    copy.principles.erase(std::remove_if(copy.principles.begin(), copy.principles.end(),
                                         [&](const PrincipleTag& t) { return find_principle(j, t.ref) == nullptr; }),
                          copy.principles.end());
    Selection after = Selection::scene(copy.id);
    std::vector<CommandPtr> steps;
    steps.push_back(edits::add_scene(place.stage_id, std::move(copy), place.index));
    return {edits::batch("Paste scene", std::move(steps)), std::move(after), {}};
}

Action paste_scenes(const Journey& j, const Selection& sel, const std::string& text) {
    const PastePlace place = paste_place(j, sel);
    if (place.stage_id.empty()) return {nullptr, {}, "Select a stage or a scene to paste scenes into."};
    const std::string& stage_id = place.stage_id;
    std::size_t index = place.index;
    const Lane lane = place.lane;
    Journey after = j;   // ids are made unique against the scenes pasted before them
    std::vector<CommandPtr> steps;
    Selection first;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        const auto from = line.find_first_not_of(" \t\r");
        if (from == std::string::npos) continue;
        line = line.substr(from, line.find_last_not_of(" \t\r") - from + 1);
        Scene scene;
        scene.name = line;
        scene.lane = lane;
        scene.id = edits::id_from_name(after, line, "scene");
        if (first.kind == SelectionKind::None) first = Selection::scene(scene.id);
        // Applied to the copy here, applied again (it keeps nothing between applies) to the journey.
        CommandPtr add = edits::add_scene(stage_id, std::move(scene), index);
        if (Error e = add->apply(after)) return {nullptr, {}, *e};
        steps.push_back(std::move(add));
        if (index != edits::kEnd) ++index;
    }
    if (steps.empty()) return {nullptr, {}, "There is no line of text to paste as a scene."};
    return {edits::batch("Paste scenes", std::move(steps)), first, {}};
}

}   // namespace stagecraft::editor
