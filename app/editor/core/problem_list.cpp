// Collecting validation problems and staging findings for the Problems pane.
#include "problem_list.hpp"

#include "model/checks/checks.hpp"
#include "model/validate.hpp"

namespace stagecraft::editor {
namespace {

std::string element_label(const Journey& j, ElementKind kind, const std::string& id, Selection& target) {
    switch (kind) {
        case ElementKind::Journey: target = Selection::journey(); return "Journey";
        case ElementKind::Scene:
            if (const auto* t = find_scene(j, id)) {
                target = Selection::scene(id);
                return "Scene: " + name_or_id(*t);
            }
            break;
        case ElementKind::Role:
            if (const auto* r = find_role(j, id)) {
                target = Selection::role(id);
                return "Role: " + name_or_id(*r);
            }
            break;
        case ElementKind::Stage:
            if (const auto* s = find_stage(j, id)) {
                target = Selection::stage(id);
                return "Stage: " + name_or_id(*s);
            }
            break;
        case ElementKind::Principle:
            if (const auto* p = find_principle(j, id)) {
                target = Selection::principle(id);
                return "Principle: " + name_or_id(*p);
            }
            break;
        case ElementKind::Flow: return "Flow: " + id;
    }
    return id;
}

}   // namespace

std::vector<ProblemItem> collect_problems(const Journey& journey) {
    std::vector<ProblemItem> items;
    for (const auto& p : validate_journey(journey)) {
        ProblemItem item;
        item.severity = p.severity;
        item.source = "validation";
        item.element = "Journey";
        item.message = p.message;
        item.target = Selection::journey();
        items.push_back(std::move(item));
    }
    for (const auto& f : run_checks(journey)) {
        ProblemItem item;
        item.severity = f.severity;
        item.source = f.check;
        item.element = element_label(journey, f.element, f.element_id, item.target);
        if (f.element == ElementKind::Flow && f.flow_index >= 0) item.target = Selection::flow(f.flow_index);
        item.message = f.message;
        item.hint = f.hint;
        items.push_back(std::move(item));
    }
    return items;
}

bool SeverityFilter::accepts(Severity s) const {
    switch (s) {
        case Severity::Error: return errors;
        case Severity::Warning: return warnings;
        case Severity::Note: return notes;
    }
    return true;
}

std::vector<ProblemItem> filter_problems(const std::vector<ProblemItem>& items, const SeverityFilter& filter) {
    std::vector<ProblemItem> out;
    for (const auto& item : items)
        if (filter.accepts(item.severity)) out.push_back(item);
    return out;
}

ProblemCounts count_problems(const std::vector<ProblemItem>& items) {
    ProblemCounts c;
    for (const auto& item : items) {
        switch (item.severity) {
            case Severity::Error: ++c.errors; break;
            case Severity::Warning: ++c.warnings; break;
            case Severity::Note: ++c.notes; break;
        }
    }
    return c;
}

std::optional<std::size_t> find_same_problem(const std::vector<ProblemItem>& items, const ProblemItem& item) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ProblemItem& other = items[i];
        if (other.source == item.source && other.target.kind == item.target.kind && other.target.id == item.target.id &&
            other.target.flow_index == item.target.flow_index && other.element == item.element)
            return i;
    }
    return std::nullopt;
}

}   // namespace stagecraft::editor
