// The journeys File › New starts from (see templates.hpp).
#include "app/editor/core/templates.hpp"

#include "app/editor/core/selection_actions.hpp"
#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// A small builder: stages, scenes and roles with ids made from their names.
struct Builder {
    Journey j;

    Stage& stage(const std::string& name, const std::string& goal = {}) {
        Stage s;
        s.name = name;
        s.goal = goal;
        s.id = edits::id_from_name(j, name, "stage");
        j.stages.push_back(std::move(s));
        return j.stages.back();
    }
    std::string role(const std::string& name, Zone zone) {
        Role r;
        r.name = name;
        r.zone = zone;
        r.colour = edits::next_role_colour(j);
        r.id = edits::id_from_name(j, name, "role");
        j.cast.push_back(r);
        return r.id;
    }
    void persona(const std::string& name) {
        Persona p;
        p.name = name;
        p.id = edits::id_from_name(j, name, "persona");
        j.persona = p;
    }
    // A scene in the last stage; `lead` (a role id) leads it when given.
    std::string scene(const std::string& name, Lane lane, Channel channel, const std::string& lead = {}) {
        Scene t;
        t.name = name;
        t.lane = lane;
        t.channel = channel;
        t.id = edits::id_from_name(j, name, "scene");
        if (!lead.empty()) {
            Part p;
            p.role = lead;
            t.parts.push_back(p);
        }
        j.stages.back().scenes.push_back(t);
        return t.id;
    }
    void flow(const std::string& from, const std::string& to, FlowKind kind, const std::string& label = {}) {
        Flow f;
        f.from = from;
        f.to = to;
        f.kind = kind;
        f.label = label;
        j.flows.push_back(f);
    }
};

Builder start(const std::string& id, const std::string& title, JourneyKind kind) {
    Builder b;
    b.j.id = id;
    b.j.title = title;
    b.j.kind = kind;
    return b;
}

Journey blank() {
    Builder b = start("untitled-journey", "Untitled journey", JourneyKind::Customer);
    b.stage("New stage");
    return b.j;
}

Journey customer_journey() {
    Builder b = start("customer-journey", "Customer journey", JourneyKind::Customer);
    b.persona("Customer");
    const std::string sales = b.role("Sales", Zone::Frontstage);
    const std::string service = b.role("Customer service", Zone::Frontstage);
    b.stage("Discover", "Find out the offer exists");
    const std::string hears = b.scene("Hears about us", Lane::Customer, Channel::Social);
    b.stage("Consider", "Decide whether it is right for them");
    const std::string compares = b.scene("Compares options", Lane::Customer, Channel::Web);
    const std::string answers = b.scene("Answers questions", Lane::Frontstage, Channel::Chat, sales);
    b.stage("Buy", "Get it without effort");
    const std::string buys = b.scene("Buys", Lane::Customer, Channel::Web);
    b.stage("Use", "Get the value they paid for");
    const std::string uses = b.scene("First use", Lane::Customer, Channel::App);
    const std::string helps = b.scene("Helps when stuck", Lane::Frontstage, Channel::Phone, service);
    b.flow(hears, compares, FlowKind::Sequence);
    b.flow(compares, answers, FlowKind::Sequence);
    b.flow(answers, buys, FlowKind::Sequence);
    b.flow(buys, uses, FlowKind::Sequence);
    b.flow(uses, helps, FlowKind::Alternative, "stuck");
    return b.j;
}

Journey service_blueprint() {
    Builder b = start("service-blueprint", "Service blueprint", JourneyKind::Customer);
    const std::string desk = b.role("Front desk", Zone::Frontstage);
    const std::string office = b.role("Back office", Zone::Backstage);
    const std::string systems = b.role("Booking system", Zone::Support);
    b.stage("Arrive");
    const std::string arrives = b.scene("Arrives", Lane::Customer, Channel::InPerson);
    const std::string greets = b.scene("Greets and checks in", Lane::Frontstage, Channel::InPerson, desk);
    const std::string looks_up = b.scene("Looks up the booking", Lane::Backstage, Channel::Other, office);
    const std::string record = b.scene("Booking record", Lane::Support, Channel::SelfService, systems);
    b.stage("Be served");
    const std::string served = b.scene("Is served", Lane::Customer, Channel::InPerson);
    const std::string serves = b.scene("Serves", Lane::Frontstage, Channel::InPerson, desk);
    b.stage("Leave");
    const std::string pays = b.scene("Pays and leaves", Lane::Customer, Channel::InPerson);
    const std::string closes = b.scene("Closes the visit", Lane::Backstage, Channel::Other, office);
    b.flow(arrives, greets, FlowKind::Sequence);
    b.flow(greets, looks_up, FlowKind::Handoff);
    b.flow(record, looks_up, FlowKind::Support);
    b.flow(greets, served, FlowKind::Sequence);
    b.flow(served, serves, FlowKind::Sequence);
    b.flow(serves, pays, FlowKind::Sequence);
    b.flow(pays, closes, FlowKind::Handoff);
    return b.j;
}

Journey employee_journey() {
    Builder b = start("employee-journey", "Employee journey", JourneyKind::Employee);
    b.persona("New hire");
    const std::string manager = b.role("Hiring manager", Zone::Frontstage);
    const std::string hr = b.role("HR", Zone::Backstage);
    const std::string buddy = b.role("Buddy", Zone::Frontstage);
    b.stage("Recruit", "Know what the job is");
    const std::string applies = b.scene("Applies", Lane::Customer, Channel::Web);
    const std::string interviews = b.scene("Interviews", Lane::Frontstage, Channel::InPerson, manager);
    b.stage("Onboard", "Be productive in the first weeks");
    const std::string contract = b.scene("Contract and accounts", Lane::Backstage, Channel::Email, hr);
    const std::string first_day = b.scene("First day", Lane::Customer, Channel::InPerson);
    const std::string shown = b.scene("Shown around", Lane::Frontstage, Channel::InPerson, buddy);
    b.stage("Grow", "See a future here");
    const std::string review = b.scene("First review", Lane::Frontstage, Channel::InPerson, manager);
    b.flow(applies, interviews, FlowKind::Sequence);
    b.flow(interviews, contract, FlowKind::Handoff);
    b.flow(contract, first_day, FlowKind::Sequence);
    b.flow(first_day, shown, FlowKind::Sequence);
    b.flow(shown, review, FlowKind::FollowUp);
    return b.j;
}

}   // namespace

const std::vector<JourneyTemplate>& journey_templates() {
    static const std::vector<JourneyTemplate> templates = {
        {"Blank journey", "One empty stage to start from"},
        {"Customer journey", "Discover, consider, buy, use: the customer's steps and who helps"},
        {"Service blueprint", "Three stages across all four lanes, with handoffs and a support process"},
        {"Employee journey", "Recruit, onboard, grow: a new hire's journey with manager, HR and buddy"},
    };
    return templates;
}

Journey journey_from_template(std::size_t index) {
    switch (index) {
        case 1: return customer_journey();
        case 2: return service_blueprint();
        case 3: return employee_journey();
        default: return blank();
    }
}

}   // namespace stagecraft::editor
