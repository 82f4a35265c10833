// Flows in the service blueprint: a flow between neighbours in one lane stays in that lane,
// and a flow's label is never drawn through by its own line.
#include <catch2/catch.hpp>

#include <sstream>

#include "export/grid_parts.hpp"
#include "export/text_metrics.hpp"
#include "export/views.hpp"
#include "export_fixtures.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

using Point = std::pair<double, double>;

// The points of an edge's pos ("e,x,y x,y x,y ..."), the arrow tip last.
std::vector<Point> edge_points(const std::string& pos) {
    std::vector<Point> pts;
    Point tip{};
    std::istringstream in(pos);
    std::string item;
    while (in >> item) {
        const bool end = item.rfind("e,", 0) == 0;
        if (end) item = item.substr(2);
        const auto comma = item.find(',');
        const Point p{std::stod(item.substr(0, comma)), std::stod(item.substr(comma + 1))};
        if (end)
            tip = p;
        else
            pts.push_back(p);
    }
    pts.push_back(tip);
    return pts;
}

std::pair<double, double> node_y_range(const DotGraph& g, const std::string& name) {
    const DotNode* n = find_node(g, name);
    REQUIRE(n);
    const double y = test::pos_y(*n);
    const double h = std::stod(attr(n->attrs, "height")) * 72;
    return {y - h / 2, y + h / 2};
}

// The number of text lines of an HTML-like label.
std::size_t label_lines(const std::string& html) {
    std::size_t lines = 1;
    for (std::size_t at = html.find("<BR"); at != std::string::npos; at = html.find("<BR", at + 1)) ++lines;
    return lines;
}

}   // namespace

TEST_CASE("A flow between neighbouring scenes of one lane runs straight, inside that lane") {
    int checked = 0;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_blueprint(j);
        for (const auto& e : g.edges) {
            if (e.from.rfind("scene:", 0) != 0 || e.to.rfind("scene:", 0) != 0) continue;
            const auto from = node_y_range(g, e.from);
            const auto to = node_y_range(g, e.to);
            if (std::abs(test::pos_y(*find_node(g, e.from)) - test::pos_y(*find_node(g, e.to))) > 0.5) continue;
            const auto pts = edge_points(attr(e.attrs, "pos"));
            // Same row: the whole line stays between the cards' top and bottom.
            const double dx = std::abs(test::pos_x(*find_node(g, e.from)) - test::pos_x(*find_node(g, e.to)));
            if (dx > grid::kCardWidth + 200) continue;   // not neighbours
            INFO(file.filename().string() << ": " << e.from << " -> " << e.to);
            for (const auto& p : pts) {
                CHECK(p.second >= std::max(from.first, to.first) - 0.5);
                CHECK(p.second <= std::min(from.second, to.second) + 0.5);
            }
            ++checked;
        }
    }
    CHECK(checked >= 10);
}

TEST_CASE("No flow label of any sample's blueprint is crossed by its own line") {
    int checked = 0;
    for (const auto& file : test::sample_files()) {
        const Journey j = test::load_sample(file.filename().string());
        const DotGraph g = build_blueprint(j);
        for (const auto& e : g.edges) {
            const std::string lp = attr(e.attrs, "lp");
            if (lp.empty()) continue;
            const auto comma = lp.find(',');
            const double lx = std::stod(lp.substr(0, comma)), ly = std::stod(lp.substr(comma + 1));
            const double half_h = lines_height(label_lines(attr(e.attrs, "label")), 10) / 2;
            const auto pts = edge_points(attr(e.attrs, "pos"));
            INFO(file.filename().string() << ": " << e.from << " -> " << e.to);
            // Horizontal stretches of the line that pass under the label's centre never lie
            // within its height.
            for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
                const auto& [x1, y1] = pts[i];
                const auto& [x2, y2] = pts[i + 1];
                if (std::abs(y1 - y2) > 0.5) continue;
                if (lx < std::min(x1, x2) || lx > std::max(x1, x2)) continue;
                CHECK(std::abs(y1 - ly) >= half_h);
            }
            ++checked;
        }
    }
    CHECK(checked >= 10);
}
