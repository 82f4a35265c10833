// Journeys from workbooks (see workbook_reader.hpp).
#include "model/interchange/workbook_reader.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/interchange/role_names.hpp"
#include "model/parallel/run_beside.hpp"
#include "model/validate.hpp"

namespace stagecraft {

namespace {

// From this many scenes on, a workbook's KPIs and flows are read at once.
constexpr std::size_t kParallelScenes = 1000;

std::string trimmed(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

std::vector<std::string> lines(const std::string& cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find('\n', start), cell.size());
        std::string item = trimmed(cell.substr(start, end - start));
        if (!item.empty()) out.push_back(std::move(item));
        start = end + 1;
    }
    return out;
}

const std::string& at(const TableRow& row, std::size_t column) {
    static const std::string empty;
    return column < row.cells.size() ? row.cells[column] : empty;
}

// Applies the other sheets of a workbook Stagecraft wrote to the journey read from its Scenes.
class Sheets {
public:
    Sheets(const Workbook& book, const std::string& file, Journey& j, std::vector<Problem>& problems)
        : book_(book), file_(file), j_(j), problems_(problems) {}

    void apply() {
        journey();
        stages();
        principles();
        cast();
        rename(role_renames_, principle_renames_);
        check_given_ids();
        // Both look scenes up by id; the KPIs change scenes and the flows only read their ids, so
        // on a large journey they are read at once. Their problems come in sheet order.
        std::unordered_map<std::string_view, Scene*> scenes;
        for (auto& stage : j_.stages)
            for (auto& scene : stage.scenes) scenes.emplace(scene.id, &scene);
        std::vector<Problem> kpi_problems, flow_problems;
        auto read_kpis = [&] { kpis(scenes, kpi_problems); };
        auto read_flows = [&] { flows(scenes, flow_problems); };
        if (scenes.size() >= kParallelScenes) {
            run_beside(read_kpis, read_flows);
        } else {
            read_kpis();
            read_flows();
        }
        for (auto* found : {&kpi_problems, &flow_problems})
            for (Problem& p : *found) problems_.push_back(std::move(p));
    }

private:
    // The rows of a sheet after its header; empty when there is no such sheet.
    std::vector<const TableRow*> rows(const char* sheet) const {
        std::vector<const TableRow*> out;
        const Table* t = book_.find(sheet);
        if (!t) return out;
        for (std::size_t r = 1; r < t->rows.size(); ++r) out.push_back(&t->rows[r]);
        return out;
    }

    void error(const char* sheet, int row, int column, const std::string& message) {
        error(problems_, sheet, row, column, message);
    }
    void error(std::vector<Problem>& problems, const char* sheet, int row, int column,
               const std::string& message) const {
        Problem p;
        p.file = file_ + "[" + sheet + "]";
        p.line = row;
        p.column = column;
        p.message = message;
        problems.push_back(std::move(p));
    }

    void journey() {
        Persona persona;
        bool has_persona = false;
        for (const TableRow* row : rows("Journey")) {
            const std::string field = trimmed(at(*row, 0));
            const std::string& value = at(*row, 1);
            const std::string v = trimmed(value);
            if (field == "Title")
                j_.title = v;
            else if (field == "Id" && !v.empty()) {
                if (is_valid_id(v))
                    j_.id = v;
                else
                    error("Journey", row->number, 2, "'" + v + "' is not a valid id");
            } else if (field == "Kind" && !v.empty()) {
                if (auto kind = parse_journey_kind(v))
                    j_.kind = *kind;
                else
                    error("Journey", row->number, 2, "'" + v + "' is not a kind of journey: customer or employee");
            } else if (field == "Description")
                j_.description = value;
            else if (field == "Persona") {
                persona.name = v;
                has_persona = has_persona || !v.empty();
            } else if (field == "Persona id") {
                persona.id = v;
                has_persona = has_persona || !v.empty();
            } else if (field == "Persona description")
                persona.description = value;
            else if (field == "Persona goals")
                persona.goals = lines(value);
            else if (field == "Persona needs")
                persona.needs = lines(value);
            else if (field == "Author")
                j_.meta.author = v;
            else if (field == "Organisation")
                j_.meta.organisation = v;
            else if (field == "Created")
                j_.meta.created = v;
            else if (field == "Modified")
                j_.meta.modified = v;
        }
        if (has_persona) {
            if (persona.id.empty()) persona.id = "persona";
            j_.persona = std::move(persona);
        }
    }

    void stages() {
        std::vector<Stage> ordered;
        std::vector<bool> used(j_.stages.size(), false);
        for (const TableRow* row : rows("Stages")) {
            const std::string name = trimmed(at(*row, 0));
            Stage stage;
            bool found = false;
            for (std::size_t s = 0; s < j_.stages.size(); ++s)
                if (!used[s] && j_.stages[s].name == name) {
                    used[s] = true;
                    stage = std::move(j_.stages[s]);
                    found = true;
                    break;
                }
            if (!found) stage.name = name;   // a stage with no scenes
            const std::string id = trimmed(at(*row, 1));
            if (given_id("Stages", *row, id, "stage", name)) stage.id = id;
            if (stage.id.empty()) stage.id = "stage-" + std::to_string(ordered.size() + 1);
            stage.goal = at(*row, 2);
            ordered.push_back(std::move(stage));
        }
        if (ordered.empty()) return;
        for (std::size_t s = 0; s < j_.stages.size(); ++s)
            if (!used[s]) ordered.push_back(std::move(j_.stages[s]));
        j_.stages = std::move(ordered);
    }

    // An id a sheet gives an element: true when it is one; an error at its cell when it is not
    // a valid id. Recorded, to be checked against every other id once all sheets are read.
    bool given_id(const char* sheet, const TableRow& row, const std::string& id, const char* kind,
                  const std::string& name) {
        if (id.empty()) return false;
        if (!is_valid_id(id)) {
            error(sheet, row.number, 2,
                  "(Id) '" + id + "' is not a valid id: start with a letter, then letters, digits, '_', '.' or '-'");
            return false;
        }
        given_.push_back({id, sheet, row.number, std::string(kind) + " '" + name + "'"});
        return true;
    }

    // Each id a sheet gave that another element of the journey has too: an error at the sheet's
    // cell, naming that element (as when a role is renamed in the Cast sheet alone, so that the
    // Scenes sheet's name for it made a role of its own).
    void check_given_ids() {
        if (given_.empty()) return;
        std::unordered_set<std::string_view> given;
        for (const Given& g : given_) given.insert(g.id);
        // Only the elements that have a given id are described.
        std::unordered_multimap<std::string, std::string> owners;   // id -> "role 'Barista'"
        auto own = [&](const std::string& id, const char* kind, const std::string& name) {
            if (given.count(id)) owners.emplace(id, std::string(kind) + " '" + name + "'");
        };
        for (const auto& stage : j_.stages) {
            own(stage.id, "stage", stage.name);
            for (const auto& scene : stage.scenes) own(scene.id, "scene", scene.name);
        }
        for (const auto& role : j_.cast) own(role.id, "role", role.name);
        for (const auto& p : j_.principles) own(p.id, "principle", p.name);
        for (const Given& g : given_) {
            const auto [first, last] = owners.equal_range(g.id);
            for (auto it = first; it != last; ++it)
                if (it->second != g.owner) {
                    error(g.sheet, g.row, 2,
                          "(Id) '" + g.id + "' is the id of the " + g.owner + " and of the " + it->second +
                              ": each needs its own (a role or principle renamed on this sheet must be renamed on "
                              "the Scenes sheet too)");
                    break;
                }
        }
    }

    struct Given {
        std::string id;
        const char* sheet;
        int row;
        std::string owner;   // "role 'Barista'"
    };
    std::vector<Given> given_;

    // Renames role and principle references in every scene, each at most once (one pass, so that
    // a rename never meets the result of another).
    void rename(const std::unordered_map<std::string, std::string>& roles,
                const std::unordered_map<std::string, std::string>& principles) {
        if (roles.empty() && principles.empty()) return;
        for (auto& stage : j_.stages)
            for (auto& scene : stage.scenes) {
                for (auto& part : scene.parts)
                    if (auto to = roles.find(part.role); to != roles.end()) part.role = to->second;
                for (auto& tag : scene.principles)
                    if (auto to = principles.find(tag.ref); to != principles.end()) tag.ref = to->second;
            }
    }

    void cast() {
        std::vector<Role> ordered;
        std::vector<bool> used(j_.cast.size(), false);
        const TableRow* unmatched = nullptr;   // the first row naming no role of the Scenes sheet
        for (const TableRow* row : rows("Cast")) {
            const std::string name = trimmed(at(*row, 0));
            Role role;
            bool found = false;
            for (std::size_t r = 0; r < j_.cast.size(); ++r)
                if (!used[r] && role_key(j_.cast[r].name) == role_key(name)) {
                    used[r] = true;
                    role = j_.cast[r];
                    found = true;
                    break;
                }
            if (!found && !unmatched) unmatched = row;
            role.name = name;
            const std::string id = trimmed(at(*row, 1));
            if (given_id("Cast", *row, id, "role", name) && id != role.id) {
                if (!role.id.empty()) role_renames_[role.id] = id;
                role.id = id;
            }
            if (role.id.empty()) role.id = "role-" + std::to_string(ordered.size() + 1);
            if (const std::string zone = trimmed(at(*row, 2)); !zone.empty()) {
                if (auto z = parse_zone(zone))
                    role.zone = *z;
                else
                    error("Cast", row->number, 3,
                          "(Zone) '" + zone + "' is not a zone: frontstage, backstage, support or partner");
            }
            role.colour = trimmed(at(*row, 3));
            if (!role.colour.empty() && !is_valid_colour(role.colour)) {
                error("Cast", row->number, 4,
                      "(Colour) '" + role.colour +
                          "' is not a colour: write #rrggbb (for example #1b9e77), or leave it empty");
                role.colour.clear();
            }
            if (const std::string capacity = trimmed(at(*row, 4)); !capacity.empty()) {
                char* end = nullptr;
                const double v = std::strtod(capacity.c_str(), &end);
                if (end != capacity.c_str() + capacity.size() || v < 0)
                    error("Cast", row->number, 5,
                          "(Capacity (minutes)) '" + capacity + "' is not a number of minutes from 0 up");
                else
                    role.capacity = v;
            } else {
                role.capacity.reset();
            }
            role.description = at(*row, 5);
            ordered.push_back(std::move(role));
        }
        if (ordered.empty()) return;
        for (std::size_t r = 0; r < j_.cast.size(); ++r)
            if (!used[r] && unmatched) {
                // A role of the Scenes sheet this one does not list, and a role here cast in no
                // scene: as a rule, one role renamed on this sheet alone.
                error("Cast", unmatched->number, 1,
                      "(Name) '" + trimmed(at(*unmatched, 0)) + "' is cast in no scene, and the Scenes sheet casts '" +
                          j_.cast[r].name +
                          "', which this sheet does not list: a role renamed here must be renamed on the Scenes sheet "
                          "too");
                break;
            }
        for (std::size_t r = 0; r < j_.cast.size(); ++r)
            if (!used[r]) ordered.push_back(std::move(j_.cast[r]));
        j_.cast = std::move(ordered);
    }

    void principles() {
        std::vector<Principle> ordered;
        std::vector<bool> used(j_.principles.size(), false);
        for (const TableRow* row : rows("Principles")) {
            Principle p;
            const std::string name = trimmed(at(*row, 0));
            for (std::size_t k = 0; k < j_.principles.size(); ++k)
                if (!used[k] && j_.principles[k].name == name) {
                    used[k] = true;
                    p = j_.principles[k];
                    break;
                }
            p.name = name;
            const std::string id = trimmed(at(*row, 1));
            if (given_id("Principles", *row, id, "principle", name) && id != p.id) {
                if (!p.id.empty()) principle_renames_[p.id] = id;
                p.id = id;
            }
            if (p.id.empty()) p.id = "principle-" + std::to_string(ordered.size() + 1);
            p.description = at(*row, 2);
            ordered.push_back(std::move(p));
        }
        if (ordered.empty()) return;
        for (std::size_t k = 0; k < j_.principles.size(); ++k)
            if (!used[k]) ordered.push_back(std::move(j_.principles[k]));
        j_.principles = std::move(ordered);
    }

    // The KPIs sheet says every scene's KPIs in full: name, unit, target and actual.
    void kpis(const std::unordered_map<std::string_view, Scene*>& scenes, std::vector<Problem>& problems) const {
        if (!book_.find("KPIs")) return;
        for (const auto& entry : scenes) entry.second->kpis.clear();
        for (const TableRow* row : rows("KPIs")) {
            const std::string id = trimmed(at(*row, 0));
            const auto found = scenes.find(id);
            if (found == scenes.end()) {
                error(problems, "KPIs", row->number, 1,
                      "(Scene id) there is no scene '" + id + "' in the Scenes sheet");
                continue;
            }
            Kpi k;
            k.name = trimmed(at(*row, 1));
            k.unit = trimmed(at(*row, 2));
            k.target = trimmed(at(*row, 3));
            k.actual = trimmed(at(*row, 4));
            found->second->kpis.push_back(std::move(k));
        }
    }

    // The flows between scenes, each end a scene id of the Scenes sheet.
    void flows(const std::unordered_map<std::string_view, Scene*>& scenes, std::vector<Problem>& problems) {
        const std::vector<const TableRow*> listed = rows("Flows");
        std::vector<Flow> read;
        read.reserve(listed.size());
        for (const TableRow* row : listed) {
            Flow f;
            f.from = trimmed(at(*row, 0));
            f.to = trimmed(at(*row, 1));
            bool ok = true;
            for (int k = 0; k < 2; ++k) {
                const std::string& id = k == 0 ? f.from : f.to;
                if (!scenes.count(id)) {
                    error(problems, "Flows", row->number, k + 1,
                          std::string(k == 0 ? "(From (scene id))" : "(To (scene id))") + " there is no scene '" + id +
                              "' in the Scenes sheet");
                    ok = false;
                }
            }
            const std::string kind = trimmed(at(*row, 2));
            if (!kind.empty()) {
                if (auto k = parse_flow_kind(kind))
                    f.kind = *k;
                else {
                    error(problems, "Flows", row->number, 3,
                          "(Kind) '" + kind +
                              "' is not a flow kind: sequence, handoff, support, alternative or follow-up");
                    ok = false;
                }
            }
            f.label = at(*row, 3);
            f.condition = at(*row, 4);
            if (ok) read.push_back(std::move(f));
        }
        for (Flow& f : read) j_.flows.push_back(std::move(f));
    }

    std::unordered_map<std::string, std::string> role_renames_, principle_renames_;   // old id -> new
    const Workbook& book_;
    const std::string& file_;
    Journey& j_;
    std::vector<Problem>& problems_;
};

}   // namespace

ImportResult journey_from_workbook(Workbook workbook, const std::string& file, const WorkbookOptions& options) {
    ImportResult result;
    Table* table = nullptr;
    if (!options.sheet.empty()) {
        table = workbook.find(options.sheet);
        for (auto& sheet : workbook.sheets)   // as spreadsheets take sheet names: capitals aside
            if (!table && role_key(sheet.sheet) == role_key(options.sheet)) table = &sheet;
        if (!table) {
            std::string names;
            for (const auto& s : workbook.sheets) names += (names.empty() ? "'" : ", '") + s.sheet + "'";
            Problem p;
            p.file = file;
            p.message = "the workbook has no sheet '" + options.sheet + "'; its sheets are " + names;
            result.problems.push_back(std::move(p));
            return result;
        }
    } else {
        table = workbook.find("Scenes");
        if (!table) table = &workbook.sheets.front();
    }
    const bool ours = options.sheet.empty() && workbook.find("Scenes") && workbook.find("Journey");
    if (!ours && options.sheet.empty()) {
        // Sheets as Stagecraft writes them, without the two that make a workbook one of its own.
        std::string others;
        for (const char* name : {"Stages", "Cast", "Flows", "Principles", "KPIs"})
            if (workbook.find(name)) others += (others.empty() ? "" : ", ") + std::string(name);
        if (!others.empty()) {
            Problem p;
            p.file = file;
            p.severity = Severity::Note;
            p.message = "the workbook has the sheets " + others + " as Stagecraft writes them, but no " +
                        (workbook.find("Scenes") ? "Journey" : "Scenes") + " sheet: only '" + table->sheet +
                        "' is read (name the sheets Scenes and Journey again to read the workbook whole)";
            result.problems.push_back(std::move(p));
        }
    }
    // The scenes' sheet is read once: its text moves into the journey.
    Table& scenes = *table;
    const std::string where = file + "[" + scenes.sheet + "]";
    RowsOptions rows = options.rows;
    if (ours && rows.layout == SheetLayout::Detect) rows.layout = SheetLayout::Rows;   // as Stagecraft wrote it
    ImportResult read = journey_from_rows(std::move(scenes), where, rows);
    read.problems.insert(read.problems.begin(), result.problems.begin(), result.problems.end());
    result = std::move(read);
    if (!result.ok() || !ours) return result;
    Journey& j = result.journeys.front();
    Sheets(workbook, file, j, result.problems).apply();
    if (!has_errors(result.problems))
        for (auto& p : validate_journey(j, file))
            if (p.severity == Severity::Error) {
                p.message = "the workbook's sheets do not agree: " + p.message;
                result.problems.push_back(std::move(p));
            }
    if (has_errors(result.problems)) result.journeys.clear();
    return result;
}

}   // namespace stagecraft
