// Deterministic generator of large, realistic journeys for benchmarks.
#include "journey_generator.hpp"

#include <random>
#include <string>

namespace stagecraft::bench {
namespace {

const char* const kVerbs[] = {"Greets",     "Checks",        "Confirms", "Explains", "Prepares",
                              "Hands over", "Follows up on", "Reviews",  "Resolves", "Updates"};
const char* const kObjects[] = {"the order",   "the booking",      "the account", "the delivery slot",
                                "the invoice", "the loyalty card", "the claim",   "the appointment",
                                "the refund",  "the room"};
const char* const kProps[] = {"Menu board",       "Order screen",  "Receipt",     "Welcome email",
                              "Tablet checklist", "Queue display", "Loyalty app", "Printed confirmation"};

std::string sentence(std::mt19937& rng, int words) {
    static const char* const kWords[] = {"customer", "quickly", "clearly",  "team",   "status",  "before",
                                         "after",    "waiting", "friendly", "screen", "counter", "asks",
                                         "answers",  "time",    "promise",  "name",   "detail",  "calm"};
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i) s += ' ';
        s += kWords[rng() % (sizeof kWords / sizeof *kWords)];
    }
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + '.';
}

}   // namespace

Journey generate_journey(int scenes, unsigned seed) {
    std::mt19937 rng(seed);
    Journey j;
    j.id = "generated-" + std::to_string(scenes);
    j.title = "Generated journey with " + std::to_string(scenes) + " scenes";
    j.kind = JourneyKind::Customer;
    j.description = sentence(rng, 24);
    j.meta = Meta{"Benchmark", "Stagecraft", "2026-11-01", "2026-11-29", {}};
    Persona p;
    p.id = "persona";
    p.name = "Busy customer";
    p.description = sentence(rng, 20);
    p.goals = {sentence(rng, 8), sentence(rng, 6)};
    p.needs = {sentence(rng, 7)};
    j.persona = p;
    for (int i = 0; i < 5; ++i)
        j.principles.push_back(
            Principle{"principle-" + std::to_string(i), "Principle " + std::to_string(i), sentence(rng, 12), {}, {}});

    const Zone zones[] = {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner};
    const int role_count = 8 + scenes / 100;
    for (int i = 0; i < role_count; ++i) {
        Role r;
        r.id = "role-" + std::to_string(i);
        r.name = "Role " + std::to_string(i);
        r.zone = zones[i % 4];
        r.description = sentence(rng, 10);
        r.colour = "#2a9d8f";
        r.capacity = 480;
        j.cast.push_back(r);
    }

    const Lane lanes[] = {Lane::Customer, Lane::Frontstage, Lane::Frontstage, Lane::Backstage, Lane::Support};
    const int per_stage = 12;
    std::string previous;
    for (int n = 0; n < scenes; ++n) {
        if (n % per_stage == 0) {
            Stage s;
            s.id = "stage-" + std::to_string(n / per_stage);
            s.name = "Stage " + std::to_string(n / per_stage + 1);
            s.goal = sentence(rng, 8);
            j.stages.push_back(s);
        }
        Scene t;
        t.id = "scene-" + std::to_string(n);
        t.name = std::string(kVerbs[rng() % 10]) + " " + kObjects[rng() % 10];
        t.lane = lanes[n % 5];
        t.channel = static_cast<Channel>(rng() % 10);
        t.description = sentence(rng, 18);
        t.script = sentence(rng, 22);
        t.props = {kProps[rng() % 8]};
        if (t.lane != Lane::Customer) {
            int lead = static_cast<int>(rng() % static_cast<unsigned>(role_count));
            int understudy = (lead + 4) % role_count;
            t.parts.push_back(Part{j.cast[static_cast<std::size_t>(lead)].id, PartKind::Lead, {}, {}});
            t.parts.push_back(Part{j.cast[static_cast<std::size_t>(understudy)].id, PartKind::Understudy, {}, {}});
        }
        t.emotion = static_cast<int>(rng() % 5) - 2;
        t.minutes = 1 + rng() % 10;
        t.wait = rng() % 6;
        if (rng() % 3 == 0) t.pains.push_back(sentence(rng, 9));
        if (rng() % 3 == 0) t.opportunities.push_back(sentence(rng, 9));
        if (rng() % 4 == 0) t.kpis.push_back(Kpi{"Wait", "min", "3", std::to_string(rng() % 8), {}, {}});
        t.principles.push_back(PrincipleTag{"principle-" + std::to_string(rng() % 5), {}, {}});
        t.fail_point = rng() % 10 == 0;
        t.moment_of_truth = rng() % 12 == 0;
        if (!previous.empty()) {
            FlowKind kind = (n % 7 == 0) ? FlowKind::Handoff : FlowKind::Sequence;
            j.flows.push_back(Flow{previous, t.id, kind, kind == FlowKind::Handoff ? "order ticket" : "", "", {}, {}});
        }
        previous = t.id;
        j.stages.back().scenes.push_back(std::move(t));
    }
    return j;
}

}   // namespace stagecraft::bench
