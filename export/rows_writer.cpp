// Journeys as rows-layout sheets and CSV files (see rows_writer.hpp).
#include "export/rows_writer.hpp"

#include <csv.h>

#include <cstdio>

namespace stagecraft {

namespace {

// A list, one item per line; one item holding a ';' ends with a line break, so that it is read
// as one item (a cell with line breaks is split at them only).
std::string lines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
    if (items.size() == 1 && out.find(';') != std::string::npos) out += '\n';
    return out;
}

// Text a spreadsheet would read as a formula (or that starts with the mark of such text, "'"),
// written as text: a "'" before it, which import takes off.
std::string as_text(const std::string& s, bool mark = true) {
    if (mark && !s.empty() && std::string("=+-@'").find(s[0]) != std::string::npos) return "'" + s;
    return s;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string header(Field f) {
    // The emotion's header says its scale, so that a spreadsheet's reader knows it too.
    return f == Field::Emotion ? std::string("Emotion (-2 to +2)") : std::string(field_header(f));
}

std::string cast_names(const Journey& j, const Scene& s, PartKind kind, bool mark) {
    std::vector<std::string> names;
    for (const auto& p : s.parts)
        if (p.kind == kind) {
            const Role* role = find_role(j, p.role);
            names.push_back(as_text(role ? name_or_id(*role) : p.role, mark));
        }
    return lines(names);
}

std::string cell(const Journey& j, const Stage& stage, const Scene& s, Field f, bool mark) {
    auto list = [mark](const std::vector<std::string>& v) {
        std::vector<std::string> out;
        for (const auto& item : v) out.push_back(as_text(item, mark));
        return lines(out);
    };
    switch (f) {
        case Field::Stage: return as_text(name_or_id(stage), mark);
        case Field::Scene: return as_text(name_or_id(s), mark);
        case Field::Lane: return std::string(to_string(s.lane));
        case Field::Channel: return std::string(to_string(s.channel));
        case Field::Emotion: return s.emotion ? std::to_string(*s.emotion) : std::string();
        case Field::Minutes: return s.minutes ? number(*s.minutes) : std::string();
        case Field::Wait: return s.wait ? number(*s.wait) : std::string();
        case Field::Lead: return cast_names(j, s, PartKind::Lead, mark);
        case Field::Support: return cast_names(j, s, PartKind::Support, mark);
        case Field::Understudy: return cast_names(j, s, PartKind::Understudy, mark);
        case Field::Props: return list(s.props);
        case Field::Pains: return list(s.pains);
        case Field::Opportunities: return list(s.opportunities);
        case Field::Kpis: {
            std::vector<std::string> names;
            for (const auto& k : s.kpis) names.push_back(k.name);
            return list(names);
        }
        case Field::Principles: {
            std::vector<std::string> names;
            for (const auto& t : s.principles) {
                const Principle* p = nullptr;
                for (const auto& q : j.principles)
                    if (q.id == t.ref) p = &q;
                names.push_back(p ? name_or_id(p->name, p->id) : t.ref);
            }
            return list(names);
        }
        case Field::Script: return as_text(s.script, mark);
        case Field::Description: return as_text(s.description, mark);
        case Field::FailPoint: return s.fail_point ? "yes" : "";
        case Field::MomentOfTruth: return s.moment_of_truth ? "yes" : "";
        case Field::FollowUp: return s.follow_up;
        case Field::Id: return s.id;
    }
    return {};
}

void append_csv_field(std::string& out, const std::string& field) {
    std::string buffer(field.size() * 2 + 2, '\0');
    const std::size_t n = csv_write(buffer.data(), buffer.size(), field.data(), field.size());
    out.append(buffer.data(), n);
}

}   // namespace

std::vector<std::vector<std::string>> journey_rows(const Journey& journey, bool mark_formulas) {
    std::vector<std::vector<std::string>> rows;
    rows.emplace_back();
    for (Field f : all_fields()) rows.back().push_back(header(f));
    for (const auto& stage : journey.stages)
        for (const auto& scene : stage.scenes) {
            rows.emplace_back();
            for (Field f : all_fields()) rows.back().push_back(cell(journey, stage, scene, f, mark_formulas));
        }
    return rows;
}

CsvText journey_to_csv(const Journey& journey) {
    CsvText out;
    for (const auto& row : journey_rows(journey)) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out.text += ',';
            append_csv_field(out.text, row[c]);
        }
        out.text += "\r\n";
    }
    std::vector<std::string> left;
    if (!journey.title.empty()) left.push_back("the title (the file's name titles the journey it imports into)");
    if (!journey.description.empty()) left.push_back("the description");
    if (journey.persona) left.push_back("the persona");
    if (!journey.meta.empty()) left.push_back("the author and dates");
    bool role_details = false;
    for (const auto& r : journey.cast)
        role_details = role_details || !r.description.empty() || !r.colour.empty() || r.capacity;
    if (role_details) left.push_back("the roles' descriptions, colours and capacities");
    bool kpi_details = false;
    for (const auto& stage : journey.stages) {
        for (const auto& s : stage.scenes)
            for (const auto& k : s.kpis)
                kpi_details = kpi_details || !k.unit.empty() || !k.target.empty() || !k.actual.empty();
    }
    if (kpi_details) left.push_back("KPI units, targets and actuals (their names are kept)");
    bool goals = false;
    for (const auto& stage : journey.stages) goals = goals || !stage.goal.empty();
    if (goals) left.push_back("the stages' goals");
    if (!journey.flows.empty()) left.push_back(std::to_string(journey.flows.size()) + " flows");
    if (journey.kind != JourneyKind::Customer) left.push_back("the journey's kind (it imports as a customer journey)");
    if (!left.empty()) {
        std::string list;
        for (std::size_t k = 0; k < left.size(); ++k)
            list += (k == 0 ? "" : k + 1 == left.size() ? " and " : ", ") + left[k];
        out.notes.push_back("a CSV file holds each scene's fields; it does not hold " + list);
    }
    if (std::string unnamed = unnamed_note(journey); !unnamed.empty()) out.notes.push_back(std::move(unnamed));
    return out;
}

std::string unnamed_note(const Journey& journey) {
    std::vector<std::string> ids;
    auto check = [&](const std::string& name, const std::string& id) {
        if (name.find_first_not_of(" \t\r\n") == std::string::npos) ids.push_back(id);
    };
    for (const auto& stage : journey.stages) {
        check(stage.name, stage.id);
        for (const auto& s : stage.scenes) check(s.name, s.id);
    }
    for (const auto& r : journey.cast) check(r.name, r.id);
    for (const auto& p : journey.principles) check(p.name, p.id);
    if (ids.empty()) return {};
    std::string list;
    for (std::size_t k = 0; k < ids.size() && k < 5; ++k) list += (k == 0 ? "" : ", ") + ids[k];
    if (ids.size() > 5) list += " ...";
    return std::to_string(ids.size()) + " element(s) with no name are named by their ids (" + list +
           "): that is the name they read back with";
}

}   // namespace stagecraft
