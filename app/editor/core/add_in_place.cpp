// Where a point of the diagram adds a scene or a stage (see add_in_place.hpp).
#include "app/editor/core/add_in_place.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

using diagram::Box;
using diagram::ElementKind;
using diagram::LayoutElement;

// A stage's column as drawn: its title's horizontal extent, from the title's top down to the
// strip's bottom (the map folds a long journey into strips of whole stages).
struct Column {
    std::size_t stage = 0;
    double left = 0, right = 0, top = 0, bottom = 0;
    double title_bottom = 0;
};

std::vector<Column> stage_columns(const Journey& j, const diagram::DiagramLayout& layout) {
    std::map<std::string, std::size_t> index;
    for (std::size_t s = 0; s < j.stages.size(); ++s) index.emplace(j.stages[s].id, s);
    std::vector<Column> columns;
    for (const LayoutElement& e : layout.elements) {
        if (e.kind != ElementKind::Stage) continue;
        const auto found = index.find(e.id);
        if (found == index.end()) continue;
        columns.push_back(
            {found->second, e.box.x, e.box.x + e.box.width, e.box.y, layout.bounds.height, e.box.y + e.box.height});
    }
    // A column ends where the next strip's titles begin.
    for (Column& c : columns)
        for (const Column& other : columns)
            if (other.top > c.top + 1) c.bottom = std::min(c.bottom, other.top);
    std::sort(columns.begin(), columns.end(),
              [](const Column& a, const Column& b) { return a.top != b.top ? a.top < b.top : a.left < b.left; });
    return columns;
}

struct Band {
    Lane lane = Lane::Customer;
    double top = 0, bottom = 0;
};

// The blueprint's lane under a height: bands reach halfway to the neighbouring lanes' headings.
std::optional<Band> lane_at(const diagram::DiagramLayout& layout, double y) {
    std::array<std::optional<double>, 4> centre;
    for (const LayoutElement& e : layout.elements)
        if (e.kind == ElementKind::Lane && e.id.size() == 1 && e.id[0] >= '0' && e.id[0] <= '3')
            centre[static_cast<std::size_t>(e.id[0] - '0')] = e.box.y + e.box.height / 2;
    for (const auto& c : centre)
        if (!c) return std::nullopt;
    for (std::size_t k = 0; k < 4; ++k) {
        const double above = k > 0 ? (*centre[k - 1] + *centre[k]) / 2 : *centre[0] - (*centre[1] - *centre[0]) / 2;
        const double below = k < 3 ? (*centre[k] + *centre[k + 1]) / 2 : *centre[3] + (*centre[3] - *centre[2]) / 2;
        if (y >= above && y < below) return Band{static_cast<Lane>(k), above, below};
    }
    return std::nullopt;
}

// Where in its stage a scene added at horizontal position x in `lane` goes (add_place_at); only
// the blueprint's columns hold several lanes.
std::size_t position_in(const Stage& stage, const std::map<std::string, Box>& drawn, Lane lane, double x,
                        bool shared_columns) {
    std::optional<std::size_t> before_lower, after_higher;
    std::size_t after_left = 0;
    for (std::size_t i = 0; i < stage.scenes.size(); ++i) {
        const auto box = drawn.find(stage.scenes[i].id);
        if (box == drawn.end()) continue;
        const Box& b = box->second;
        if (b.x < x) after_left = i + 1;
        if (!shared_columns || x < b.x || x > b.x + b.width) continue;   // not in this scene's column
        if (stage.scenes[i].lane > lane && !before_lower) before_lower = i;
        if (stage.scenes[i].lane < lane) after_higher = i + 1;
    }
    if (after_higher) return *after_higher;
    if (before_lower) return *before_lower;
    return after_left;
}

}   // namespace

bool operator==(const AddPlace& a, const AddPlace& b) {
    return a.what == b.what && a.stage == b.stage && a.lane == b.lane && a.position == b.position;
}

std::optional<AddPlace> add_place_at(const Journey& j, const diagram::DiagramLayout& layout, DiagramView view, double x,
                                     double y) {
    if (view != DiagramView::Map && view != DiagramView::Blueprint) return std::nullopt;
    if (const LayoutElement* e = layout.element_at(x, y); e && e->kind != ElementKind::Lane) return std::nullopt;
    const std::vector<Column> columns = stage_columns(j, layout);
    if (columns.empty()) return std::nullopt;
    std::optional<Band> lane = Band{Lane::Customer, 0, layout.bounds.height};
    if (view == DiagramView::Blueprint) {
        lane = lane_at(layout, y);
        if (!lane) return std::nullopt;
    }
    // Nothing left of the lane headings.
    double headings = 0;
    for (const LayoutElement& e : layout.elements)
        if (e.kind == ElementKind::Lane) headings = std::max(headings, e.box.x + e.box.width);
    if (x <= headings) return std::nullopt;

    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Column& col = columns[c];
        if (y < col.top || y >= col.bottom) continue;
        if (x >= col.left && x <= col.right) {
            // Where the stage's own scenes are drawn.
            std::map<std::string, Box> drawn;
            for (const Scene& scene : j.stages[col.stage].scenes) drawn.emplace(scene.id, Box{});
            for (const LayoutElement& e : layout.elements)
                if (e.kind == ElementKind::Scene)
                    if (auto it = drawn.find(e.id); it != drawn.end()) it->second = e.box;
            for (auto it = drawn.begin(); it != drawn.end();)
                it = it->second.width > 0 ? std::next(it) : drawn.erase(it);
            AddPlace place;
            place.stage = col.stage;
            place.lane = lane->lane;
            place.position = position_in(j.stages[col.stage], drawn, lane->lane, x, view == DiagramView::Blueprint);
            const double top = view == DiagramView::Blueprint ? lane->top : col.title_bottom;
            const double bottom = view == DiagramView::Blueprint ? lane->bottom : col.bottom;
            place.area = Box{col.left, top, col.right - col.left, bottom - top};
            return place;
        }
        // The gap before this column (after the one left of it in the same strip), or after the
        // last column of the strip: as wide as the gaps the views leave between stages.
        const bool first_in_strip = c == 0 || columns[c - 1].top != col.top;
        const bool last_in_strip = c + 1 == columns.size() || columns[c + 1].top != col.top;
        constexpr double kReach = 70;
        const double gap_left = first_in_strip ? col.left - kReach : columns[c - 1].right;
        if (x < col.left && x > gap_left) {
            AddPlace place;
            place.what = AddPlace::What::Stage;
            place.stage = col.stage;
            place.area = Box{gap_left, col.top, col.left - gap_left, col.bottom - col.top};
            return place;
        }
        if (last_in_strip && x > col.right && x < col.right + kReach) {
            AddPlace place;
            place.what = AddPlace::What::Stage;
            place.stage = col.stage + 1;
            place.area = Box{col.right, col.top, kReach, col.bottom - col.top};
            return place;
        }
    }
    return std::nullopt;
}

Action add_at(const Journey& j, const AddPlace& place) {
    if (place.what == AddPlace::What::Stage) {
        Stage stage;
        stage.name = "New stage";
        stage.id = edits::id_from_name(j, stage.name, "stage");
        Selection after = Selection::stage(stage.id);
        return {edits::add_stage(std::move(stage), std::min(place.stage, j.stages.size())), std::move(after), {}};
    }
    if (place.stage >= j.stages.size()) return {nullptr, {}, "That stage is no longer there."};
    const Stage& stage = j.stages[place.stage];
    Scene scene;
    scene.name = "New scene";
    scene.id = edits::id_from_name(j, scene.name, "scene");
    scene.lane = place.lane;
    Selection after = Selection::scene(scene.id);
    return {edits::add_scene(stage.id, std::move(scene), std::min(place.position, stage.scenes.size())),
            std::move(after),
            {}};
}

Action move_scene_to_place(const Journey& j, const std::string& id, const AddPlace& place) {
    if (place.what != AddPlace::What::Scene) return {nullptr, {}, {}};
    if (place.stage >= j.stages.size()) return {nullptr, {}, "That stage is no longer there."};
    std::optional<std::size_t> from_stage, from_index;
    for (std::size_t s = 0; s < j.stages.size(); ++s)
        for (std::size_t i = 0; i < j.stages[s].scenes.size(); ++i)
            if (j.stages[s].scenes[i].id == id) {
                from_stage = s;
                from_index = i;
            }
    if (!from_stage) return {nullptr, {}, "There is no scene '" + id + "'."};
    std::size_t index = std::min(place.position, j.stages[place.stage].scenes.size());
    if (*from_stage == place.stage && *from_index < index) --index;   // counted without the scene itself
    const Lane lane = j.stages[*from_stage].scenes[*from_index].lane;
    if (*from_stage == place.stage && *from_index == index && lane == place.lane) return {nullptr, {}, {}};
    std::vector<CommandPtr> steps;
    steps.push_back(edits::move_scene(id, j.stages[place.stage].id, index));
    if (lane != place.lane) steps.push_back(edits::set_scene_lane(id, place.lane));
    return {edits::batch("Move scene", std::move(steps)), Selection::scene(id), {}};
}

std::string describe_add_place(const Journey& j, const AddPlace& place) {
    auto stage_name = [&](std::size_t s) {
        const Stage& stage = j.stages[s];
        return stage.name.empty() ? stage.id : stage.name;
    };
    if (place.what == AddPlace::What::Stage) {
        if (j.stages.empty()) return "Double-click to add a stage";
        if (place.stage == 0) return "Double-click to add a stage before " + stage_name(0);
        return "Double-click to add a stage after " + stage_name(std::min(place.stage, j.stages.size()) - 1);
    }
    if (place.stage >= j.stages.size()) return {};
    return "Double-click to add a scene to " + stage_name(place.stage) + ", " + std::string(to_string(place.lane)) +
           " lane";
}

}   // namespace stagecraft::editor
