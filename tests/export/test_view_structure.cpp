// The graphs the four views build from each sample: the right nodes, edges and grid, asserted on
// the graph value rather than on rendered bytes.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "export/escape.hpp"
#include "export/scene_order.hpp"
#include "export/view_pages.hpp"
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

TEST_CASE("the cast view has a row per role, grouped by zone, and in each stage's column the role's parts there") {
    for (const auto& file : test::sample_files()) {
        INFO(file.filename().string());
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_cast_view(j);
        CHECK(g.edges.empty());   // no lines to cross
        const auto loads = role_loads(j);
        for (std::size_t i = 0; i < j.cast.size(); ++i) {
            const Role& role = j.cast[i];
            const DotNode* n = find_node(g, role_node_name(role.id));
            REQUIRE(n);
            CHECK(attr(n->attrs, "id") == "role-" + role.id);
            const std::string label = attr(n->attrs, "label");
            CHECK(label.find(std::to_string(loads[i].leads) + (loads[i].leads == 1 ? " lead" : " leads")) !=
                  std::string::npos);
            if (role.capacity) CHECK(label.find(" of " + format_number(*role.capacity) + " min") != std::string::npos);
            for (std::size_t s = 0; s < j.stages.size(); ++s) {
                int counts[3] = {0, 0, 0};
                for (const auto& scene : j.stages[s].scenes)
                    for (const auto& part : scene.parts)
                        if (part.role == role.id) ++counts[static_cast<int>(part.kind)];
                const DotNode* cell = find_node(g, "cell:" + role.id + ":" + std::to_string(s));
                CHECK((cell != nullptr) == (counts[0] + counts[1] + counts[2] > 0));
                if (!cell) continue;
                const std::string html = attr(cell->attrs, "label");
                if (counts[0]) CHECK(html.find(std::to_string(counts[0]) + " L<") != std::string::npos);
                if (counts[1]) CHECK(html.find(std::to_string(counts[1]) + " S<") != std::string::npos);
                if (counts[2]) CHECK(html.find(std::to_string(counts[2]) + " U<") != std::string::npos);
                CHECK(pos_y(*cell) == Approx(pos_y(*n)));   // on the role's row
            }
        }
        for (const auto& role : j.cast) CHECK(find_node(g, "zone:" + std::string(to_string(role.zone))));
        // Rows by zone: frontstage above backstage above support above partner.
        std::map<int, std::pair<double, double>> zone_span;   // zone -> (lowest y, highest y)
        for (const auto& role : j.cast) {
            const double y = pos_y(*find_node(g, role_node_name(role.id)));
            auto& span = zone_span.try_emplace(static_cast<int>(role.zone), std::make_pair(y, y)).first->second;
            span.first = std::min(span.first, y);
            span.second = std::max(span.second, y);
        }
        for (auto it = zone_span.begin(); std::next(it) != zone_span.end(); ++it)
            CHECK(it->second.first > std::next(it)->second.second);   // Graphviz's y grows upwards
    }
}

TEST_CASE("the cast view marks a role over its capacity and one carrying far more than its peers") {
    const Journey j = test::load_sample("utility-billing-dispute-before.journey.xml");
    const DotGraph g = build_cast_view(j);
    const std::string agent = attr(find_node(g, role_node_name("agent"))->attrs, "label");
    CHECK(agent.find("over capacity") != std::string::npos);
    CHECK(agent.find("#d6604d") != std::string::npos);   // the bar in red
    CHECK(agent.find("far more than its peers") != std::string::npos);
    const std::string desk = attr(find_node(g, role_node_name(j.cast.at(1).id))->attrs, "label");
    CHECK(desk.find("over capacity") == std::string::npos);
}

TEST_CASE("15 roles by 60 scenes of the cast view fit one slide with every text at 14 px or more") {
    Journey j;
    j.title = "Large cast";
    for (int r = 0; r < 15; ++r) {
        Role role;
        role.id = "r" + std::to_string(r);
        role.name = "Role number " + std::to_string(r);
        role.zone = static_cast<Zone>(r % 4);
        role.capacity = 60;
        j.cast.push_back(role);
    }
    for (int s = 0; s < 10; ++s) {
        Stage stage;
        stage.id = "s" + std::to_string(s);
        stage.name = "Stage " + std::to_string(s);
        for (int t = 0; t < 6; ++t) {
            Scene scene;
            scene.id = stage.id + "t" + std::to_string(t);
            scene.name = "Scene " + scene.id;
            scene.minutes = 5;
            for (int k = 0; k < 3; ++k)
                scene.parts.push_back(
                    {"r" + std::to_string((s * 6 + t + k * 5) % 15), static_cast<PartKind>(k), {}, {}});
            stage.scenes.push_back(scene);
        }
        j.stages.push_back(stage);
    }
    Renderer renderer;
    const PagedViewResult r = lay_out_pages(renderer, j, View::Cast, PageShape::Slide, {});
    REQUIRE(r.ok);
    CHECK(r.paged.readable);
    CHECK(r.paged.pages.size() == 1);
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
