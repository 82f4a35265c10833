// The graphs the four views build from each sample: the right nodes, edges and grid, asserted on
// the graph value rather than on rendered bytes.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "export/escape.hpp"
#include "export/scene_order.hpp"
#include "export/views.hpp"
#include "export_fixtures.hpp"
#include "model/analysis.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;
using stagecraft::test::pos_x;
using stagecraft::test::pos_y;

namespace {

int count_edges(const DotGraph& g, const std::string& from, const std::string& to) {
    int n = 0;
    for (const auto& e : g.edges) n += e.from == from && e.to == to;
    return n;
}

}   // namespace

TEST_CASE("every sample is available to the export tests") { REQUIRE(test::sample_files().size() >= 2); }

TEST_CASE("the blueprint has a node per scene and an edge per flow") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_blueprint(j);
        for (const Scene* t : all_scenes(j)) {
            const DotNode* n = find_node(g, scene_node_name(t->id));
            REQUIRE(n);
            CHECK(attr(n->attrs, "id") == "scene-" + t->id);
        }
        std::map<std::pair<std::string, std::string>, int> expected;
        for (const auto& f : j.flows)
            if (f.from != f.to) ++expected[{scene_node_name(f.from), scene_node_name(f.to)}];
        for (const auto& [pair, n] : expected) CHECK(count_edges(g, pair.first, pair.second) == n);
    }
}

TEST_CASE("blueprint lanes line up across stages, customer on top and support at the bottom") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_blueprint(j);
        std::map<Lane, std::set<long>> rows;   // lane -> distinct centre heights (rounded)
        for (const Scene* t : all_scenes(j))
            rows[t->lane].insert(static_cast<long>(pos_y(*find_node(g, scene_node_name(t->id))) + 0.5));
        for (const auto& [lane, ys] : rows) {
            INFO(to_string(lane));
            CHECK(ys.size() == 1);
        }
        // Graphviz's y grows upwards: each lane lies below the one listed before it.
        double above = 1e18;
        for (Lane lane : {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support}) {
            if (!rows.count(lane)) continue;
            CHECK(*rows[lane].begin() < above);
            above = *rows[lane].begin();
        }
    }
}

TEST_CASE("blueprint columns follow the stages left to right") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_blueprint(j);
        double previous_stage_right = -1e18;
        for (const auto& stage : j.stages) {
            double lo = 1e18, hi = -1e18;
            for (const auto& t : stage.scenes) {
                const double x = pos_x(*find_node(g, scene_node_name(t.id)));
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
            if (stage.scenes.empty()) continue;
            CHECK(lo > previous_stage_right);
            previous_stage_right = hi;
        }
    }
}

TEST_CASE("blueprint scenes show their cast with the lead in bold") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const DotGraph g = build_blueprint(j);
    int checked = 0;
    for (const Scene* t : all_scenes(j)) {
        const std::string label = attr(find_node(g, scene_node_name(t->id))->attrs, "label");
        for (const auto& part : t->parts) {
            const Role* role = find_role(j, part.role);
            REQUIRE(role);
            const std::string name = html_escape(role->name);
            CHECK(label.find(name.substr(0, 8)) != std::string::npos);
            // The name sits in a first-strong isolate, so a right-to-left name keeps "(lead)" after it.
            if (part.kind == PartKind::Lead)
                CHECK(label.find("<B>\xE2\x81\xA8" + name.substr(0, 8)) != std::string::npos);
            ++checked;
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("the journey map has a card per customer-facing scene joined in the customer's order") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_journey_map(j);
        const auto scenes = customer_scenes(j);
        REQUIRE(!scenes.empty());
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            REQUIRE(find_node(g, scene_node_name(scenes[i].scene->id)));
            if (i == 0) continue;
            CHECK(count_edges(g, scene_node_name(scenes[i - 1].scene->id), scene_node_name(scenes[i].scene->id)) == 1);
            // reading order: left to right, or on to the next strip below
            const DotNode& a = *find_node(g, scene_node_name(scenes[i - 1].scene->id));
            const DotNode& b = *find_node(g, scene_node_name(scenes[i].scene->id));
            CHECK((pos_x(b) > pos_x(a) || pos_y(b) < pos_y(a) - 100));
        }
        for (const auto& o : scenes) {
            const bool has_notes = !o.scene->pains.empty() || !o.scene->opportunities.empty();
            CHECK((find_node(g, "note:" + o.scene->id) != nullptr) == has_notes);
        }
    }
}

TEST_CASE("the journey map colours scenes by emotion on the RdYlBu scale") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const DotGraph g = build_journey_map(j);
    const std::map<int, std::string> scale{
        {-2, "#d7191c"}, {-1, "#fdae61"}, {0, "#ffffbf"}, {1, "#abd9e9"}, {2, "#2c7bb6"}};
    int coloured = 0;
    for (const auto& o : customer_scenes(j)) {
        if (!o.scene->emotion) continue;
        CHECK(attr(find_node(g, scene_node_name(o.scene->id))->attrs, "fillcolor") == scale.at(*o.scene->emotion));
        ++coloured;
    }
    CHECK(coloured > 0);
}

TEST_CASE("the cast view joins each role to every scene it plays, with the part on the edge") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_cast_view(j);
        const auto loads = role_loads(j);
        for (std::size_t i = 0; i < j.cast.size(); ++i) {
            const DotNode* n = find_node(g, role_node_name(j.cast[i].id));
            REQUIRE(n);
            CHECK(attr(n->attrs, "id") == "role-" + j.cast[i].id);
            const std::string scenes = std::to_string(loads[i].scenes) + (loads[i].scenes == 1 ? " scene" : " scenes");
            CHECK(attr(n->attrs, "label").find(scenes) != std::string::npos);
        }
        for (const Scene* t : all_scenes(j)) {
            REQUIRE(find_node(g, scene_node_name(t->id)));
            for (const auto& part : t->parts) {
                bool found = false;
                for (const auto& e : g.edges)
                    found = found || (e.from == role_node_name(part.role) && e.to == scene_node_name(t->id) &&
                                      attr(e.attrs, "label") == to_string(part.kind));
                CHECK(found);
            }
        }
        for (const auto& role : j.cast) CHECK(find_node(g, "zone:" + std::string(to_string(role.zone))));
    }
}

TEST_CASE("the emotion curve places each scene by its emotion and labels the lowest points") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const DotGraph g = build_emotion_curve(j);
    CHECK(attr(g.graph_attrs, "layout") == "nop2");
    std::map<int, std::set<long>> heights;
    int lowest = 3;
    for (const auto& o : customer_scenes(j)) {
        if (!o.scene->emotion) continue;
        heights[*o.scene->emotion].insert(static_cast<long>(pos_y(*find_node(g, scene_node_name(o.scene->id)))));
        lowest = std::min(lowest, *o.scene->emotion);
    }
    REQUIRE(heights.size() >= 2);
    long previous = -1000000;
    for (const auto& [emotion, ys] : heights) {
        CHECK(ys.size() == 1);
        CHECK(*ys.begin() > previous);
        previous = *ys.begin();
    }
    if (lowest < 0)
        for (const auto& o : customer_scenes(j))
            if (o.scene->emotion == lowest) CHECK(find_node(g, "low:" + o.scene->id));
}

TEST_CASE("every view has the journey title and a legend") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    for (View v : all_views()) {
        INFO(to_string(v));
        const std::string label = attr(build_view(j, v).graph_attrs, "label");
        CHECK(label.find(html_escape(j.title)) != std::string::npos);
        CHECK(label.find(std::string(display_name(v))) != std::string::npos);
        CHECK(label.find("Legend") != std::string::npos);
    }
}

TEST_CASE("a long journey map is folded into strips of whole stages") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const DotGraph g = build_journey_map(j);
    std::map<std::size_t, std::pair<double, double>> top_range;   // stage -> lowest, highest card top
    double lowest = 1e18, highest = -1e18;
    for (const auto& o : customer_scenes(j)) {
        const DotNode* n = find_node(g, scene_node_name(o.scene->id));
        const double top = pos_y(*n) + std::stod(attr(n->attrs, "height")) * 36.0;
        auto it = top_range.emplace(o.stage, std::make_pair(top, top)).first;
        it->second.first = std::min(it->second.first, top);
        it->second.second = std::max(it->second.second, top);
        lowest = std::min(lowest, top);
        highest = std::max(highest, top);
    }
    CHECK(highest - lowest > 100);   // more than one strip
    for (const auto& [stage, range] : top_range) CHECK(range.second - range.first < 1.0);
}
