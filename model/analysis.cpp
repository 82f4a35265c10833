// Customer path, role load and summary statistics of a journey.
#include "model/analysis.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace stagecraft {

std::vector<const Scene*> customer_path(const Journey& journey) {
    std::vector<const Scene*> scenes = all_scenes(journey);
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(scenes.size());
    for (std::size_t i = 0; i < scenes.size(); ++i) index.emplace(scenes[i]->id, i);

    std::vector<std::vector<std::size_t>> next(scenes.size());
    std::vector<int> indegree(scenes.size(), 0);
    std::vector<bool> linked(scenes.size(), false);
    bool any = false;
    for (const auto& f : journey.flows) {
        if (f.kind != FlowKind::Sequence) continue;
        auto a = index.find(f.from), b = index.find(f.to);
        if (a == index.end() || b == index.end() || a->second == b->second) continue;
        next[a->second].push_back(b->second);
        ++indegree[b->second];
        linked[a->second] = linked[b->second] = true;
        any = true;
    }
    if (!any) return scenes;

    // Kahn's algorithm; the ready set is kept ordered by document position.
    std::vector<const Scene*> out;
    out.reserve(scenes.size());
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < scenes.size(); ++i)
        if (linked[i] && indegree[i] == 0) ready.push_back(i);
    std::vector<bool> done(scenes.size(), false);
    auto by_doc_desc = [](std::size_t a, std::size_t b) { return a > b; };
    std::make_heap(ready.begin(), ready.end(), by_doc_desc);
    while (true) {
        while (!ready.empty()) {
            std::pop_heap(ready.begin(), ready.end(), by_doc_desc);
            std::size_t i = ready.back();
            ready.pop_back();
            if (done[i]) continue;
            done[i] = true;
            out.push_back(scenes[i]);
            for (std::size_t n : next[i])
                if (--indegree[n] == 0 && !done[n]) {
                    ready.push_back(n);
                    std::push_heap(ready.begin(), ready.end(), by_doc_desc);
                }
        }
        // A cycle leaves linked scenes undone: enter it at its first scene in document order.
        std::size_t pick = scenes.size();
        for (std::size_t i = 0; i < scenes.size(); ++i)
            if (linked[i] && !done[i]) {
                pick = i;
                break;
            }
        if (pick == scenes.size()) break;
        indegree[pick] = 0;
        ready.push_back(pick);
    }
    for (std::size_t i = 0; i < scenes.size(); ++i)
        if (!linked[i]) out.push_back(scenes[i]);
    return out;
}

const Stage* stage_of(const Journey& journey, const std::string& scene_id) {
    for (const auto& s : journey.stages)
        for (const auto& t : s.scenes)
            if (t.id == scene_id) return &s;
    return nullptr;
}

std::vector<RoleLoad> role_loads(const Journey& journey) {
    std::vector<RoleLoad> loads;
    loads.reserve(journey.cast.size());
    std::unordered_map<std::string, std::size_t> index;
    for (const auto& r : journey.cast) {
        index.emplace(r.id, loads.size());
        loads.push_back(RoleLoad{r.id});
    }
    for (const auto& s : journey.stages)
        for (const auto& t : s.scenes)
            for (const auto& p : t.parts) {
                auto it = index.find(p.role);
                if (it == index.end()) continue;
                RoleLoad& l = loads[it->second];
                ++l.scenes;
                switch (p.kind) {
                    case PartKind::Lead: ++l.leads; break;
                    case PartKind::Support: ++l.supports; break;
                    case PartKind::Understudy: ++l.understudies; break;
                }
                if (p.kind != PartKind::Understudy && t.minutes) l.minutes += *t.minutes;
            }
    return loads;
}

JourneyStats journey_stats(const Journey& journey) {
    JourneyStats s;
    s.stages = static_cast<int>(journey.stages.size());
    s.roles = static_cast<int>(journey.cast.size());
    s.flows = static_cast<int>(journey.flows.size());
    long emotion_sum = 0;
    for (const auto& st : journey.stages)
        for (const auto& t : st.scenes) {
            ++s.scenes;
            s.pains += static_cast<int>(t.pains.size());
            s.opportunities += static_cast<int>(t.opportunities.size());
            s.fail_points += t.fail_point ? 1 : 0;
            s.moments_of_truth += t.moment_of_truth ? 1 : 0;
            if (t.minutes) s.minutes += *t.minutes;
            if (t.wait) s.wait += *t.wait;
            if (t.emotion) {
                int e = *t.emotion;
                if (s.emotion.scored == 0) s.emotion.min = s.emotion.max = e;
                s.emotion.min = std::min(s.emotion.min, e);
                s.emotion.max = std::max(s.emotion.max, e);
                emotion_sum += e;
                ++s.emotion.scored;
            }
        }
    if (s.emotion.scored > 0) s.emotion.mean = static_cast<double>(emotion_sum) / s.emotion.scored;
    s.loads = role_loads(journey);
    return s;
}

std::string format_number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, res.ptr);
}

}   // namespace stagecraft
