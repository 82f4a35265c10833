// The Properties pane (see properties_pane.hpp).
#include "properties_pane.hpp"

#include <cerrno>
#include <cstdlib>
#include <tuple>

#include <wx/propgrid/advprops.h>
#include <wx/sizer.h>

#include "app/editor/cast_pane.hpp"
#include "app/editor/core/list_edit.hpp"
#include "app/editor/core/rename.hpp"
#include "app/editor/core/text_lines.hpp"
#include "app/editor/text_block_property.hpp"
#include "app/editor/wx_text.hpp"
#include "model/analysis.hpp"
#include "model/edits/edits.hpp"

namespace stagecraft::editor {
namespace {

// An optional number typed as text: empty means none.
struct ParsedNumber {
    bool ok = true;
    std::optional<double> value;
};
ParsedNumber parse_number(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {true, std::nullopt};
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text.c_str() + first, &end);
    while (end && (*end == ' ' || *end == '\t')) ++end;
    if (errno != 0 || !end || *end != '\0') return {false, std::nullopt};
    return {true, v};
}

// A command that only reports an error, for values that cannot even be parsed.
class Refuse final : public Command {
public:
    explicit Refuse(std::string why) : why_(std::move(why)) {}
    std::string name() const override { return "Refused edit"; }
    Error apply(Journey&) override { return why_; }
    void undo(Journey&) override {}

private:
    std::string why_;
};

CommandPtr number_or_refuse(const std::string& text, const char* what,
                            const std::function<CommandPtr(std::optional<double>)>& make) {
    auto parsed = parse_number(text);
    if (!parsed.ok)
        return std::make_unique<Refuse>("'" + text + "' is not a number of " + what + "; leave it empty for none");
    return make(parsed.value);
}

const char* const kNoPart = "—";

}   // namespace

PropertiesPane::PropertiesPane(wxWindow* parent, Document& document, SelectionModel& selection)
    : wxPanel(parent), document_(document), selection_(selection) {
    grid_ = new wxPropertyGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxPG_SPLITTER_AUTO_CENTER | wxPG_BOLD_MODIFIED | wxPG_TOOLTIPS | wxBORDER_NONE);
    // A value or label too long for its cell shows whole in a tooltip (wxPG_TOOLTIPS).
    grid_->SetExtraStyle(wxPG_EX_HELP_AS_TOOLTIPS);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid_, 1, wxEXPAND);
    SetSizer(sizer);
    grid_->Bind(wxEVT_PG_CHANGING, &PropertiesPane::on_changing, this);
    grid_->Bind(wxEVT_PG_CHANGED, &PropertiesPane::on_changed, this);
    document_subscription_ = document_.subscribe([this] { schedule_rebuild(); });
    selection_subscription_ = selection_.subscribe([this](const Selection&) { rebuild(); });
    rebuild();
}

void PropertiesPane::schedule_rebuild() {
    // The grid must not be rebuilt from inside its own change event: do it right after.
    if (rebuild_pending_) return;
    rebuild_pending_ = true;
    CallAfter([this] {
        if (rebuild_pending_) rebuild();
    });
}

void PropertiesPane::rebuild() {
    rebuild_pending_ = false;
    const wxString focused = grid_->GetSelection() ? grid_->GetSelection()->GetName() : wxString();
    const int scroll = grid_->GetScrollPos(wxVERTICAL);
    grid_->Freeze();
    grid_->Clear();
    makers_.clear();
    const Journey& j = document_.journey();
    const Selection& s = selection_.current();
    switch (s.kind) {
        case SelectionKind::None:
        case SelectionKind::Journey: build_journey(); break;
        case SelectionKind::Stage:
            if (const auto* stage = find_stage(j, s.id)) build_stage(*stage);
            break;
        case SelectionKind::Scene:
            if (const auto* scene = find_scene(j, s.id)) build_scene(*scene);
            break;
        case SelectionKind::Role:
            if (const auto* role = find_role(j, s.id)) build_role(*role);
            break;
        case SelectionKind::Principle:
            if (const auto* p = find_principle(j, s.id)) build_principle(*p);
            break;
        case SelectionKind::Flow: build_flow(s.flow_index); break;
    }
    grid_->Thaw();
    if (!focused.empty())
        if (auto* p = grid_->GetPropertyByName(focused)) grid_->SelectProperty(p, false);
    grid_->Scroll(0, scroll);
}

void PropertiesPane::category(const wxString& label) { grid_->Append(new wxPropertyCategory(label)); }

void PropertiesPane::add_string(const wxString& label, const wxString& key, const std::string& value,
                                std::function<CommandPtr(std::string)> make, bool long_text) {
    if (long_text)
        grid_->Append(new TextBlockProperty(label, key, wx(value), false));
    else
        grid_->Append(new wxStringProperty(label, key, wx(value)));
    makers_[key] = [make = std::move(make)](const wxVariant& v) { return make(utf8(v.GetString())); };
}

void PropertiesPane::add_bool(const wxString& label, const wxString& key, bool value,
                              std::function<CommandPtr(bool)> make) {
    auto* p = grid_->Append(new wxBoolProperty(label, key, value));
    p->SetAttribute(wxPG_BOOL_USE_CHECKBOX, true);
    makers_[key] = [make = std::move(make)](const wxVariant& v) { return make(v.GetBool()); };
}

void PropertiesPane::add_choice(const wxString& label, const wxString& key, const wxArrayString& choices, int index,
                                std::function<CommandPtr(int)> make) {
    grid_->Append(new wxEnumProperty(label, key, choices, wxArrayInt(), index));
    makers_[key] = [make = std::move(make)](const wxVariant& v) { return make(static_cast<int>(v.GetLong())); };
}

void PropertiesPane::add_list(const wxString& label, const wxString& key, const std::vector<std::string>& items,
                              std::function<CommandPtr(std::vector<std::string>)> make) {
    grid_->Append(new TextBlockProperty(label, key, wx(items_to_lines(items)), true));
    makers_[key] = [make = std::move(make)](const wxVariant& v) { return make(lines_to_items(utf8(v.GetString()))); };
}

void PropertiesPane::add_colour(const wxString& label, const wxString& key, const std::string& value,
                                const wxColour& shown, std::function<CommandPtr(std::string)> make) {
    wxColour colour(wx(value));
    grid_->Append(new wxColourProperty(label, key, colour.IsOk() ? colour : shown));
    makers_[key] = [make = std::move(make)](const wxVariant& v) {
        wxColour picked;
        picked << v;
        return picked.IsOk() ? make(utf8(picked.GetAsString(wxC2S_HTML_SYNTAX).Lower())) : CommandPtr();
    };
}

void PropertiesPane::build_journey() {
    const Journey& j = document_.journey();
    category("Journey");
    // As typed in place on the diagram: the id follows while it was made from the title.
    add_string("Title", "journey.title", j.title,
               [this](std::string v) { return rename_element(document_.journey(), Selection::journey(), v).command; });
    add_string("Id", "journey.id", j.id, [](std::string v) { return edits::set_journey_id(std::move(v)); });
    wxArrayString kinds;
    for (auto k : journey_kind_names()) kinds.Add(wx(k));
    add_choice("Kind", "journey.kind", kinds, static_cast<int>(j.kind),
               [](int i) { return edits::set_journey_kind(static_cast<JourneyKind>(i)); });
    add_string(
        "Description", "journey.description", j.description,
        [](std::string v) { return edits::set_journey_description(std::move(v)); }, true);
    category("Details");
    auto meta_field = [&](const wxString& label, const wxString& key, std::string Meta::*field) {
        add_string(label, key, j.meta.*field, [meta = j.meta, field](std::string v) mutable {
            meta.*field = std::move(v);
            return edits::set_meta(meta);
        });
    };
    meta_field("Author", "meta.author", &Meta::author);
    meta_field("Organisation", "meta.organisation", &Meta::organisation);
    meta_field("Created", "meta.created", &Meta::created);
    meta_field("Modified", "meta.modified", &Meta::modified);
    if (j.persona) {
        category("Persona");
        add_string("Name", "persona.name", j.persona->name, [](std::string v) {
            return edits::edit_persona("Rename persona", [v](Persona& p) { p.name = v; });
        });
        add_string(
            "Description", "persona.description", j.persona->description,
            [](std::string v) {
                return edits::edit_persona("Change persona description", [v](Persona& p) { p.description = v; });
            },
            true);
        add_list("Goals", "persona.goals", j.persona->goals, [](std::vector<std::string> v) {
            return edits::edit_persona("Change persona goals", [v](Persona& p) { p.goals = v; });
        });
        add_list("Needs", "persona.needs", j.persona->needs, [](std::vector<std::string> v) {
            return edits::edit_persona("Change persona needs", [v](Persona& p) { p.needs = v; });
        });
    }
    if (!j.principles.empty()) {
        category("Principles");
        for (const auto& p : j.principles)
            add_string(wx(p.id), "principle." + wx(p.id), p.name,
                       [id = p.id](std::string v) { return edits::rename_principle(id, std::move(v)); });
    }
    category("Summary");
    const auto stats = journey_stats(j);
    auto info = [&](const wxString& label, const wxString& value) {
        auto* p = grid_->Append(new wxStringProperty(label, "summary." + label, value));
        p->Enable(false);
    };
    info("Stages", wxString::Format("%d", stats.stages));
    info("Scenes", wxString::Format("%d", stats.scenes));
    info("Roles", wxString::Format("%d", stats.roles));
    info("Minutes", wx(format_number(stats.minutes)));
}

void PropertiesPane::build_stage(const Stage& stage) {
    category("Stage");
    const std::string id = stage.id;
    add_string("Name", "stage.name", stage.name, [this, id](std::string v) {
        return rename_element(document_.journey(), Selection::stage(id), v).command;
    });
    add_string("Id", "stage.id", stage.id, [id](std::string v) { return edits::set_stage_id(id, std::move(v)); });
    add_string(
        "Customer goal", "stage.goal", stage.goal,
        [id](std::string v) { return edits::set_stage_goal(id, std::move(v)); }, true);
    auto* count =
        grid_->Append(new wxStringProperty("Scenes", "stage.scenes", wxString::Format("%zu", stage.scenes.size())));
    count->Enable(false);
}

void PropertiesPane::build_scene(const Scene& t) {
    const Journey& j = document_.journey();
    const std::string id = t.id;
    category("Scene");
    add_string("Name", "scene.name", t.name, [this, id](std::string v) {
        return rename_element(document_.journey(), Selection::scene(id), v).command;
    });
    add_string("Id", "scene.id", t.id, [id](std::string v) { return edits::set_scene_id(id, std::move(v)); });
    wxArrayString stages;
    int stage_index = 0;
    for (std::size_t i = 0; i < j.stages.size(); ++i) {
        stages.Add(wx(name_or_id(j.stages[i])));
        for (const auto& s : j.stages[i].scenes)
            if (s.id == id) stage_index = static_cast<int>(i);
    }
    add_choice("Stage", "scene.stage", stages, stage_index, [id, ids = [&] {
                   std::vector<std::string> v;
                   for (const auto& s : j.stages) v.push_back(s.id);
                   return v;
               }()](int i) { return edits::move_scene(id, ids.at(static_cast<std::size_t>(i)), edits::kEnd); });
    wxArrayString lanes, channels;
    for (auto l : {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support}) lanes.Add(wx(display_name(l)));
    for (std::size_t c = 0; c < channel_names().size(); ++c) channels.Add(wx(display_name(static_cast<Channel>(c))));
    add_choice("Lane", "scene.lane", lanes, static_cast<int>(t.lane),
               [id](int i) { return edits::set_scene_lane(id, static_cast<Lane>(i)); });
    add_choice("Channel", "scene.channel", channels, static_cast<int>(t.channel),
               [id](int i) { return edits::set_scene_channel(id, static_cast<Channel>(i)); });
    add_string(
        "Description", "scene.description", t.description,
        [id](std::string v) { return edits::set_scene_description(id, std::move(v)); }, true);
    add_string(
        "Script", "scene.script", t.script, [id](std::string v) { return edits::set_scene_script(id, std::move(v)); },
        true);

    category("Experience");
    wxArrayString emotions;
    emotions.Add(wx(kNoPart));
    for (const char* e : {"−2 very negative", "−1 negative", "0 neutral", "+1 positive", "+2 very positive"})
        emotions.Add(wx(e));
    add_choice("Emotion", "scene.emotion", emotions, t.emotion ? *t.emotion + 3 : 0,
               [id](int i) { return edits::set_scene_emotion(id, i == 0 ? std::nullopt : std::optional<int>(i - 3)); });
    add_string("Minutes", "scene.minutes", t.minutes ? format_number(*t.minutes) : "", [id](std::string v) {
        return number_or_refuse(v, "minutes",
                                [id](std::optional<double> n) { return edits::set_scene_minutes(id, n); });
    });
    add_string("Wait (minutes)", "scene.wait", t.wait ? format_number(*t.wait) : "", [id](std::string v) {
        return number_or_refuse(v, "minutes", [id](std::optional<double> n) { return edits::set_scene_wait(id, n); });
    });
    add_bool("Fail point", "scene.fail_point", t.fail_point,
             [id](bool v) { return edits::set_scene_fail_point(id, v); });
    add_bool("Moment of truth", "scene.moment_of_truth", t.moment_of_truth,
             [id](bool v) { return edits::set_scene_moment_of_truth(id, v); });
    add_string("Follow-up delay", "scene.follow_up", t.follow_up,
               [id](std::string v) { return edits::set_scene_follow_up(id, std::move(v)); });
    add_list("Props", "scene.props", t.props, [id, before = t.props](std::vector<std::string> v) {
        return scene_list_edit(id, edits::SceneList::Props, before, std::move(v));
    });
    add_list("Pain points", "scene.pains", t.pains, [id, before = t.pains](std::vector<std::string> v) {
        return scene_list_edit(id, edits::SceneList::Pains, before, std::move(v));
    });
    add_list("Opportunities", "scene.opportunities", t.opportunities,
             [id, before = t.opportunities](std::vector<std::string> v) {
                 return scene_list_edit(id, edits::SceneList::Opportunities, before, std::move(v));
             });

    category("Cast");
    wxArrayString parts;
    parts.Add(wx(kNoPart));
    for (auto k : {PartKind::Lead, PartKind::Support, PartKind::Understudy}) parts.Add(wx(display_name(k)));
    for (const auto& role : j.cast) {
        const Part* part = find_part(t, role.id);
        const int index = part ? static_cast<int>(part->kind) + 1 : 0;
        add_choice(wx(name_or_id(role)), "part." + wx(role.id), parts, index,
                   [id, role_id = role.id, had = part != nullptr](int i) -> CommandPtr {
                       if (i == 0) return edits::unassign_part(id, role_id);
                       const auto kind = static_cast<PartKind>(i - 1);
                       return had ? edits::set_part_kind(id, role_id, kind) : edits::assign_part(id, role_id, kind);
                   });
    }
    if (!j.principles.empty()) {
        category("Principles");
        for (const auto& p : j.principles) {
            bool tagged = false;
            for (const auto& tag : t.principles) tagged = tagged || tag.ref == p.id;
            add_bool(wx(name_or_id(p)), "tag." + wx(p.id), tagged, [id, ref = p.id](bool on) {
                return on ? edits::add_principle_tag(id, ref) : edits::remove_principle_tag(id, ref);
            });
        }
    }
    if (!t.kpis.empty()) {
        // Each KPI under a heading of its own, its four fields one edit each ("Edit KPI").
        using Field = std::string Kpi::*;
        const std::tuple<const char*, const char*, Field> fields[] = {{"Name", "name", &Kpi::name},
                                                                      {"Unit", "unit", &Kpi::unit},
                                                                      {"Target", "target", &Kpi::target},
                                                                      {"Actual", "actual", &Kpi::actual}};
        for (std::size_t k = 0; k < t.kpis.size(); ++k) {
            const Kpi& kpi = t.kpis[k];
            category(wxString::Format("KPI %zu: ", k + 1) + wx(kpi.name));
            for (const auto& [label, word, field] : fields) {
                add_string(label, wxString::Format("kpi.%zu.%s", k, word), kpi.*field,
                           [id, k, kpi, field = field](std::string v) {
                               Kpi changed = kpi;
                               changed.*field = std::move(v);
                               return edits::set_kpi(id, k, changed);
                           });
            }
        }
    }
}

void PropertiesPane::build_role(const Role& r) {
    const std::string id = r.id;
    category("Role");
    add_string("Name", "role.name", r.name, [this, id](std::string v) {
        return rename_element(document_.journey(), Selection::role(id), v).command;
    });
    add_string("Id", "role.id", r.id, [id](std::string v) { return edits::set_role_id(id, std::move(v)); });
    wxArrayString zones;
    for (auto z : {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner}) zones.Add(wx(display_name(z)));
    add_choice("Zone", "role.zone", zones, static_cast<int>(r.zone),
               [id](int i) { return edits::set_role_zone(id, static_cast<Zone>(i)); });
    add_colour("Colour", "role.colour", r.colour, zone_colour(r.zone),
               [id](std::string v) { return edits::set_role_colour(id, std::move(v)); });
    add_string("Capacity (minutes)", "role.capacity", r.capacity ? format_number(*r.capacity) : "",
               [id](std::string v) {
                   return number_or_refuse(v, "minutes",
                                           [id](std::optional<double> n) { return edits::set_role_capacity(id, n); });
               });
    add_string(
        "Description", "role.description", r.description,
        [id](std::string v) { return edits::set_role_description(id, std::move(v)); }, true);
    category("Load");
    for (const auto& load : role_loads(document_.journey())) {
        if (load.role != id) continue;
        auto info = [&](const wxString& label, const wxString& value) {
            grid_->Append(new wxStringProperty(label, "load." + label, value))->Enable(false);
        };
        info("Scenes", wxString::Format("%d", load.scenes));
        info("Lead parts", wxString::Format("%d", load.leads));
        info("Support parts", wxString::Format("%d", load.supports));
        info("Understudy parts", wxString::Format("%d", load.understudies));
        info("Minutes", wx(format_number(load.minutes)));
    }
}

void PropertiesPane::build_principle(const Principle& p) {
    const std::string id = p.id;
    category("Principle");
    add_string("Name", "principle.name", p.name,
               [id](std::string v) { return edits::rename_principle(id, std::move(v)); });
    add_string(
        "Description", "principle.description", p.description,
        [id](std::string v) { return edits::set_principle_description(id, std::move(v)); }, true);
}

void PropertiesPane::build_flow(int index) {
    const Journey& j = document_.journey();
    if (index < 0 || static_cast<std::size_t>(index) >= j.flows.size()) return;
    const auto at = static_cast<std::size_t>(index);
    const Flow flow = j.flows[at];
    category("Flow");
    wxArrayString scenes;
    std::vector<std::string> ids;
    int from = 0, to = 0;
    for (const auto* t : all_scenes(j)) {
        if (t->id == flow.from) from = static_cast<int>(ids.size());
        if (t->id == flow.to) to = static_cast<int>(ids.size());
        ids.push_back(t->id);
        scenes.Add(wx(name_or_id(*t)));
    }
    add_choice("From", "flow.from", scenes, from, [at, flow, ids](int i) {
        Flow f = flow;
        f.from = ids.at(static_cast<std::size_t>(i));
        return edits::set_flow(at, f);
    });
    add_choice("To", "flow.to", scenes, to, [at, flow, ids](int i) {
        Flow f = flow;
        f.to = ids.at(static_cast<std::size_t>(i));
        return edits::set_flow(at, f);
    });
    wxArrayString kinds;
    for (std::size_t k = 0; k < flow_kind_names().size(); ++k) kinds.Add(wx(display_name(static_cast<FlowKind>(k))));
    add_choice("Kind", "flow.kind", kinds, static_cast<int>(flow.kind), [at, flow](int i) {
        Flow f = flow;
        f.kind = static_cast<FlowKind>(i);
        return edits::set_flow(at, f);
    });
    add_string("Label", "flow.label", flow.label, [at, flow](std::string v) {
        Flow f = flow;
        f.label = std::move(v);
        return edits::set_flow(at, f);
    });
    add_string("Condition", "flow.condition", flow.condition, [at, flow](std::string v) {
        Flow f = flow;
        f.condition = std::move(v);
        return edits::set_flow(at, f);
    });
}

void PropertiesPane::on_changing(wxPropertyGridEvent& event) {
    auto it = makers_.find(event.GetPropertyName());
    if (it == makers_.end()) return;
    CommandPtr command = it->second(event.GetValue());
    if (!command) return;
    // Try it on a copy: refuse an invalid value with the reason and keep the editor open.
    Journey trial = document_.journey();
    if (auto error = command->apply(trial)) {
        event.Veto();
        event.SetValidationFailureBehavior(wxPG_VFB_STAY_IN_PROPERTY | wxPG_VFB_MARK_CELL |
                                           wxPG_VFB_SHOW_MESSAGE_ON_STATUSBAR);
        event.SetValidationFailureMessage(wx(*error));
        if (on_error) on_error(wx(*error));
    }
}

void PropertiesPane::on_changed(wxPropertyGridEvent& event) {
    auto it = makers_.find(event.GetPropertyName());
    if (it == makers_.end()) return;
    CommandPtr command = it->second(event.GetProperty()->GetValue());
    if (!command) return;
    const Selection before = selection_.current();
    const bool id_change = event.GetPropertyName().EndsWith(".id");
    std::string new_id = utf8(event.GetProperty()->GetValueAsString());
    // A rename may give the element the id made from its new name (see core/rename.hpp).
    const bool renamed = event.GetPropertyName().EndsWith(".name");
    if (renamed) new_id = rename_element(document_.journey(), before, new_id).after.id;
    if (auto error = document_.execute(std::move(command))) {
        if (on_error) on_error(wx(*error));
        schedule_rebuild();   // show the value the journey really has
        return;
    }
    // Keep the renamed element selected under its new id.
    if ((id_change || (renamed && new_id != before.id)) && before.kind != SelectionKind::Journey &&
        before.kind != SelectionKind::None) {
        Selection moved = before;
        moved.id = new_id;
        CallAfter([this, moved] { selection_.select(moved); });
    }
}

}   // namespace stagecraft::editor
