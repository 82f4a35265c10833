// The journey the edit tests change and take back (see edit_fixture.hpp).
#include "edit_fixture.hpp"

namespace stagecraft::test {
namespace {

Scene scene(std::string id, std::string name, Lane lane) {
    Scene t;
    t.id = std::move(id);
    t.name = std::move(name);
    t.lane = lane;
    return t;
}

Part part(std::string role, PartKind kind) {
    Part p;
    p.role = std::move(role);
    p.kind = kind;
    return p;
}

Flow flow(std::string from, std::string to, FlowKind kind, std::string label = {}) {
    Flow f;
    f.from = std::move(from);
    f.to = std::move(to);
    f.kind = kind;
    f.label = std::move(label);
    return f;
}

}   // namespace

Journey edit_fixture() {
    Journey j;
    j.id = "coffee";
    j.title = "Morning coffee";
    j.description = "A commuter's weekday visit.";
    j.meta.author = "CX team";
    Persona persona;
    persona.id = "commuter";
    persona.name = "Commuter";
    persona.goals = {"Coffee in five minutes"};
    j.persona = persona;
    j.principles = {{"attention", "Undivided attention", "", {}, {}}, {"honest", "Honest communication", "", {}, {}}};
    j.cast = {{"barista", "Barista", Zone::Frontstage, "", "#2a9d8f", 240.0, {}, {}},
              {"lead", "Shift lead", Zone::Backstage, "", "", std::nullopt, {}, {}},
              {"roaster", "Roaster", Zone::Partner, "", "", std::nullopt, {}, {}}};

    Stage arrive;
    arrive.id = "arrive";
    arrive.name = "Arrive";
    arrive.goal = "Know the wait";
    Scene greet = scene("greet", "Greeting", Lane::Frontstage);
    greet.parts = {part("barista", PartKind::Lead), part("lead", PartKind::Understudy)};
    greet.props = {"Menu board", "Queue screen"};
    greet.pains = {"Queue out of the door"};
    greet.opportunities = {"Order ahead"};
    greet.kpis = {{"Wait", "min", "3", "4", {}, {}}};
    greet.principles = {{"attention", {}, {}}};
    greet.emotion = 1;
    greet.minutes = 1;
    greet.moment_of_truth = true;
    Scene order = scene("order", "Order", Lane::Customer);
    order.principles = {{"honest", {}, {}}, {"attention", {}, {}}};
    arrive.scenes = {greet, order};

    Stage serve;
    serve.id = "serve";
    serve.name = "Serve";
    Scene brew = scene("brew", "Brew", Lane::Backstage);
    brew.parts = {part("lead", PartKind::Support), part("barista", PartKind::Lead)};
    Scene beans = scene("beans", "Bean delivery", Lane::Support);
    beans.parts = {part("roaster", PartKind::Lead)};
    Scene survey = scene("survey", "Survey email", Lane::Frontstage);
    survey.follow_up = "3d";
    survey.parts = {part("barista", PartKind::Support)};
    serve.scenes = {brew, beans, survey};

    j.stages = {arrive, serve};
    j.flows = {flow("greet", "order", FlowKind::Sequence), flow("order", "brew", FlowKind::Handoff, "ticket"),
               flow("beans", "brew", FlowKind::Support), flow("brew", "survey", FlowKind::FollowUp),
               flow("greet", "brew", FlowKind::Alternative)};
    return j;
}

}   // namespace stagecraft::test
