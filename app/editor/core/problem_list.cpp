// Collecting validation problems and staging findings for the Problems pane.
#include "problem_list.hpp"

#include "model/checks/checks.hpp"
#include "model/validate.hpp"

namespace stagecraft::editor {
namespace {

// "Scene: Greeting" for an element that exists (and `target` set to select it); its id otherwise.
template <typename Element>
std::string labelled(const Element* element, const char* kind, Selection select, Selection& target,
                     const std::string& id) {
    if (!element) return id;
    target = std::move(select);
    return std::string(kind) + ": " + name_or_id(*element);
}

// A fix hint without the file's markup the command line shows ("cast one role as lead
// (<part role=... as=\"lead\"/>) so ..." reads "cast one role as lead so ..."): in the editor the
// user acts on the diagram, not in the XML.
std::string without_markup(const std::string& hint) {
    std::string out;
    std::size_t done = 0;
    for (std::size_t at = hint.find(" (<"); at != std::string::npos; at = hint.find(" (<", done)) {
        const std::size_t close = hint.find(">)", at);
        if (close == std::string::npos) break;
        out.append(hint, done, at - done);
        done = close + 2;
    }
    out.append(hint, done, std::string::npos);
    return out;
}

std::string element_label(const Journey& j, ElementKind kind, const std::string& id, Selection& target) {
    switch (kind) {
        case ElementKind::Journey: target = Selection::journey(); return "Journey";
        case ElementKind::Scene: return labelled(find_scene(j, id), "Scene", Selection::scene(id), target, id);
        case ElementKind::Role: return labelled(find_role(j, id), "Role", Selection::role(id), target, id);
        case ElementKind::Stage: return labelled(find_stage(j, id), "Stage", Selection::stage(id), target, id);
        case ElementKind::Principle:
            return labelled(find_principle(j, id), "Principle", Selection::principle(id), target, id);
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
        item.hint = without_markup(f.hint);
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
