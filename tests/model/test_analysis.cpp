// The customer's path, role load and summary statistics.
#include <catch2/catch.hpp>

#include "model/analysis.hpp"
#include "test_support.hpp"

using namespace stagecraft;

namespace {
Journey three_scenes() {
    Journey j;
    j.id = "j";
    j.cast.push_back(Role{"a", "Agent", Zone::Frontstage, "", "", 30.0, {}, {}});
    j.cast.push_back(Role{"b", "Back office", Zone::Backstage, "", "", std::nullopt, {}, {}});
    Stage s;
    s.id = "s";
    for (const char* id : {"t1", "t2", "t3"}) {
        Scene t;
        t.id = id;
        t.name = id;
        s.scenes.push_back(t);
    }
    j.stages.push_back(s);
    return j;
}
std::vector<std::string> ids(const std::vector<const Scene*>& path) {
    std::vector<std::string> out;
    for (const auto* t : path) out.push_back(t->id);
    return out;
}
}   // namespace

TEST_CASE("Without sequence flows the customer path is document order") {
    Journey j = three_scenes();
    j.flows.push_back(Flow{"t3", "t1", FlowKind::Handoff, "x", "", {}, {}});
    CHECK(ids(customer_path(j)) == std::vector<std::string>{"t1", "t2", "t3"});
}

TEST_CASE("Sequence flows set the customer path, unlinked scenes follow in document order") {
    Journey j = three_scenes();
    j.flows.push_back(Flow{"t3", "t1", FlowKind::Sequence, "", "", {}, {}});
    CHECK(ids(customer_path(j)) == std::vector<std::string>{"t3", "t1", "t2"});
}

TEST_CASE("A cycle of sequence flows still yields every scene once") {
    Journey j = three_scenes();
    j.flows.push_back(Flow{"t1", "t2", FlowKind::Sequence, "", "", {}, {}});
    j.flows.push_back(Flow{"t2", "t3", FlowKind::Sequence, "", "", {}, {}});
    j.flows.push_back(Flow{"t3", "t1", FlowKind::Sequence, "", "", {}, {}});
    CHECK(ids(customer_path(j)) == std::vector<std::string>{"t1", "t2", "t3"});
}

TEST_CASE("A role's load counts its parts and the minutes of the scenes it leads or supports") {
    Journey j = three_scenes();
    auto& ts = j.stages[0].scenes;
    ts[0].minutes = 5;
    ts[0].parts.push_back(Part{"a", PartKind::Lead, {}, {}});
    ts[1].minutes = 7;
    ts[1].parts.push_back(Part{"a", PartKind::Support, {}, {}});
    ts[2].minutes = 11;
    ts[2].parts.push_back(Part{"a", PartKind::Understudy, {}, {}});
    ts[2].parts.push_back(Part{"b", PartKind::Lead, {}, {}});
    auto loads = role_loads(j);
    REQUIRE(loads.size() == 2);
    CHECK(loads[0].scenes == 3);
    CHECK(loads[0].leads == 1);
    CHECK(loads[0].supports == 1);
    CHECK(loads[0].understudies == 1);
    CHECK(loads[0].minutes == 12);
    CHECK(loads[1].minutes == 11);
}

TEST_CASE("Statistics summarise emotion over the scenes that have one") {
    Journey j = three_scenes();
    j.stages[0].scenes[0].emotion = -2;
    j.stages[0].scenes[2].emotion = 1;
    JourneyStats s = journey_stats(j);
    CHECK(s.scenes == 3);
    CHECK(s.emotion.scored == 2);
    CHECK(s.emotion.min == -2);
    CHECK(s.emotion.max == 1);
    CHECK(s.emotion.mean == Approx(-0.5));
}

TEST_CASE("Numbers print in their shortest form") {
    CHECK(format_number(4) == "4");
    CHECK(format_number(2.5) == "2.5");
    CHECK(format_number(0.1) == "0.1");
}
