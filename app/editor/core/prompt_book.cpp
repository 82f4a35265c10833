// Building the rehearsal prompt book (see prompt_book.hpp).
#include "prompt_book.hpp"

#include <algorithm>

namespace stagecraft::editor {

std::vector<PromptPage> prompt_book(const Journey& j) {
    std::vector<PromptPage> pages;
    const auto scenes = all_scenes(j);
    std::size_t index = 0;
    for (std::size_t s = 0; s < j.stages.size(); ++s) {
        const Stage& stage = j.stages[s];
        for (const auto& t : stage.scenes) {
            PromptPage page;
            page.scene_id = t.id;
            page.scene = name_or_id(t);
            page.stage = name_or_id(stage);
            page.stage_goal = stage.goal;
            page.stage_number = static_cast<int>(s) + 1;
            page.lane = t.lane;
            page.channel = t.channel;
            for (const auto& part : t.parts) {
                CastLine line;
                line.part = part.kind;
                if (const Role* role = find_role(j, part.role)) {
                    line.role = name_or_id(*role);
                    line.zone = role->zone;
                } else {
                    line.role = part.role;
                }
                page.cast.push_back(std::move(line));
            }
            std::stable_sort(page.cast.begin(), page.cast.end(),
                             [](const CastLine& a, const CastLine& b) { return a.part < b.part; });
            page.script = t.script;
            page.props = t.props;
            for (const auto& f : j.flows) {
                if (f.from != t.id) continue;
                const Scene* to = find_scene(j, f.to);
                if (!to) continue;
                page.cues.push_back({name_or_id(*to), to->id, f.kind, f.label, f.condition});
            }
            if (page.cues.empty() && index + 1 < scenes.size()) {
                const Scene* next = scenes[index + 1];
                page.cues.push_back({name_or_id(*next), next->id, FlowKind::Sequence, {}, {}});
            }
            page.minutes = t.minutes;
            page.wait = t.wait;
            page.follow_up = t.follow_up;
            page.fail_point = t.fail_point;
            page.moment_of_truth = t.moment_of_truth;
            page.pains = t.pains;
            for (const auto& tag : t.principles)
                if (const Principle* p = find_principle(j, tag.ref)) page.principles.push_back(name_or_id(*p));
            pages.push_back(std::move(page));
            ++index;
        }
    }
    return pages;
}

}   // namespace stagecraft::editor
