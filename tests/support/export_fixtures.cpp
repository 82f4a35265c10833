// Shared helpers of the export tests.
#include "export_fixtures.hpp"

#include <unistd.h>
#include <cstdio>
#include <cstdlib>

#include <pugixml.hpp>

#include "test_support.hpp"

namespace stagecraft::test {

namespace {
std::pair<double, double> parse_pos(const diagram::DotNode& node) {
    const std::string pos = diagram::attr(node.attrs, "pos");
    double x = 0, y = 0;
    std::sscanf(pos.c_str(), "%lf,%lf", &x, &y);
    return {x, y};
}

void collect_text(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_element && std::string(child.name()) == "text") {
            if (!out.empty()) out += ' ';
            out += child.child_value();
        } else {
            collect_text(child, out);
        }
    }
}
}   // namespace

double pos_y(const diagram::DotNode& node) { return parse_pos(node).second; }
double pos_x(const diagram::DotNode& node) { return parse_pos(node).first; }

std::string svg_text(const std::string& svg) {
    pugi::xml_document doc;
    if (!doc.load_buffer(svg.data(), svg.size())) return {};
    std::string out;
    collect_text(doc, out);
    return out;
}

std::pair<unsigned, unsigned> png_size(const std::string& bytes) {
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() < 24) return {0, 0};
    for (int i = 0; i < 8; ++i)
        if (static_cast<unsigned char>(bytes[i]) != signature[i]) return {0, 0};
    auto be32 = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

const char* const kHostile = "<script>alert(1)</script> & \" ' ] ; { } javascript:alert(2) \\N <B>x</B>";

Journey hostile_journey() {
    const std::string h = kHostile;
    Journey j;
    j.id = "hostile";
    j.title = h;
    j.description = h;
    Persona persona;
    persona.id = "p";
    persona.name = h;
    persona.goals = {h};
    j.persona = persona;
    Role lead;
    lead.id = "r1";
    lead.name = h;
    lead.colour = "#123\" onload=\"x";   // not a colour: must be ignored
    lead.capacity = 10;
    Role back;
    back.id = "r2";
    back.name = h;
    back.zone = Zone::Backstage;
    j.cast = {lead, back};
    Principle pr;
    pr.id = "pr";
    pr.name = h;
    j.principles = {pr};
    const Lane lanes[] = {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support};
    for (int s = 0; s < 2; ++s) {
        Stage stage;
        stage.id = "s" + std::to_string(s);
        stage.name = h;
        stage.goal = h;
        for (int k = 0; k < 4; ++k) {
            Scene t;
            t.id = "t" + std::to_string(s) + std::to_string(k);
            t.name = h;
            t.lane = lanes[k];
            t.description = h;
            t.script = h;
            t.props = {h};
            t.pains = {h};
            t.opportunities = {h};
            t.emotion = k - 2;
            t.minutes = 2;
            t.wait = 3;
            t.fail_point = k == 1;
            t.moment_of_truth = k == 0;
            t.follow_up = s == 1 && k == 3 ? h : "";
            Kpi kpi;
            kpi.name = h;
            kpi.unit = h;
            t.kpis = {kpi};
            t.parts = {Part{"r1", PartKind::Lead, {}, {}}, Part{"r2", PartKind::Understudy, {}, {}}};
            stage.scenes.push_back(t);
        }
        j.stages.push_back(stage);
    }
    const FlowKind kinds[] = {FlowKind::Sequence, FlowKind::Handoff, FlowKind::Support, FlowKind::Alternative,
                              FlowKind::FollowUp};
    const char* pairs[][2] = {{"t00", "t01"}, {"t01", "t02"}, {"t02", "t03"}, {"t00", "t10"}, {"t13", "t10"}};
    for (int i = 0; i < 5; ++i) {
        Flow f;
        f.from = pairs[i][0];
        f.to = pairs[i][1];
        f.kind = kinds[i];
        f.label = h;
        f.condition = h;
        j.flows.push_back(f);
    }
    return j;
}

std::string capture_stderr(void (*fn)(void*), void* context) {
    TempDir dir;
    const std::string path = (dir / "stderr.txt").string();
    std::fflush(stderr);
    const int saved = ::dup(2);
    std::FILE* file = std::fopen(path.c_str(), "w");
    ::dup2(::fileno(file), 2);
    fn(context);
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    std::fclose(file);
    return read_file(path);
}

}   // namespace stagecraft::test
