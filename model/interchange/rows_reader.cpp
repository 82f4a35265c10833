// Journeys from rows-layout sheets (see rows_reader.hpp).
#include "model/interchange/rows_reader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>

#include "model/edits/edits.hpp"
#include "model/interchange/id_maker.hpp"
#include "model/interchange/role_names.hpp"
#include "model/parallel/run_beside.hpp"
#include "model/validate.hpp"

namespace stagecraft {

namespace {

struct FieldInfo {
    Field field;
    std::string_view header;
    std::vector<std::string_view> synonyms;   // normalised: lower case, letters and digits only
};

const std::vector<FieldInfo>& fields() {
    static const std::vector<FieldInfo> f = {
        {Field::Stage, "Stage", {"stage", "phase", "journeystage", "stagename", "act", "journeyphase"}},
        {Field::Scene,
         "Scene",
         {"scene", "step", "touchpoint", "scenename", "stepname", "task", "activity", "customeraction", "moment",
          "doing", "action", "processstep"}},
        {Field::Lane, "Lane", {"lane", "servicelayer", "layer", "swimlane", "blueprintlane", "lanename"}},
        {Field::Channel, "Channel", {"channel", "medium", "touchpointchannel"}},
        {Field::Emotion, "Emotion", {"emotion", "feeling", "score", "sentiment", "mood", "emotionalstate", "rating"}},
        {Field::Minutes, "Minutes", {"minutes", "duration", "timeinminutes", "durationminutes", "durationmin", "time"}},
        {Field::Wait, "Wait", {"wait", "waitminutes", "waitmin", "waitingtime", "waittime", "waittimeminutes"}},
        {Field::Lead,
         "Lead",
         {"lead", "owner", "responsiblepersonorteam", "responsible", "responsibleteam", "responsibleperson", "who",
          "leadrole", "role", "actor"}},
        {Field::Support, "Support", {"support", "supporting", "supportroles", "supportedby", "helpers"}},
        {Field::Understudy, "Understudy", {"understudy", "backup", "standin", "deputy", "cover"}},
        {Field::Props, "Props", {"props", "evidence", "physicalevidence", "artefacts", "artifacts"}},
        {Field::Pains, "Pains", {"pains", "painpoints", "pain", "painpoint", "frustrations"}},
        {Field::Opportunities, "Opportunities", {"opportunities", "opportunity", "ideas", "improvements"}},
        {Field::Kpis, "KPIs", {"kpis", "kpi", "metrics", "measures"}},
        {Field::Principles, "Principles", {"principles", "principle", "experienceprinciples"}},
        {Field::Script, "Script", {"script", "whatissaid", "dialogue", "lines"}},
        {Field::Description, "Description", {"description", "notes", "details", "comment", "comments"}},
        {Field::FailPoint, "Fail point", {"failpoint", "failurepoint"}},
        {Field::MomentOfTruth, "Moment of truth", {"momentoftruth", "mot"}},
        {Field::FollowUp, "Follow-up", {"followup", "followupdelay", "followupafter"}},
        {Field::Id, "Id", {"id", "sceneid"}},
    };
    return f;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower case letters and digits only, with a parenthesised remark such as "(1-5)" left out;
// cut after `limit` characters.
std::string normalised(std::string_view s, std::size_t limit = std::string::npos) {
    std::string out;
    int depth = 0;
    for (char c : s) {
        if (out.size() > limit) break;
        if (c == '(' || c == '[') ++depth;
        if (c == ')' || c == ']') depth = std::max(0, depth - 1);
        if (depth > 0) continue;
        const char l = lower(c);
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out += l;
    }
    return out;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// `s` without the blanks at its ends, a no-break space (U+00A0) among them.
std::string trimmed(std::string_view s) {
    constexpr std::string_view nbsp = "\xC2\xA0";
    std::size_t a = 0, b = s.size();
    for (;;) {
        if (a < b && is_blank(s[a]))
            ++a;
        else if (b - a >= 2 && s.substr(a, 2) == nbsp)
            a += 2;
        else
            break;
    }
    for (;;) {
        if (b > a && is_blank(s[b - 1]))
            --b;
        else if (b - a >= 2 && s.substr(b - 2, 2) == nbsp)
            b -= 2;
        else
            break;
    }
    return std::string(s.substr(a, b - a));
}

// A cell's items: split at its line breaks when it has any, else at ';'; each trimmed, empty
// ones dropped.
std::vector<std::string> items(const std::string& cell) {
    std::vector<std::string> out;
    const bool by_lines = cell.find('\n') != std::string::npos || cell.find('\r') != std::string::npos;
    auto separator = [&](char c) { return by_lines ? (c == '\n' || c == '\r') : c == ';'; };
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t end = start;
        while (end < cell.size() && !separator(cell[end])) ++end;
        std::string item = trimmed(std::string_view(cell).substr(start, end - start));
        if (!item.empty()) out.push_back(std::move(item));
        start = end + 1;
    }
    return out;
}

// Text written as text so that a spreadsheet would not run it: "'=..." reads back as "=...",
// "''..." as "'...".
bool is_marked(std::string_view text) {
    return text.size() >= 2 && text[0] == '\'' && std::string_view("=+-@'").find(text[1]) != std::string_view::npos;
}
std::string as_typed(std::string text) {
    if (is_marked(text)) text.erase(0, 1);
    return text;
}

// `items` added at the end of `list`.
void append(std::vector<std::string>& list, std::vector<std::string> items) {
    if (list.empty())
        list = std::move(items);
    else
        for (auto& item : items) list.push_back(std::move(item));
}

// A list cell's items, each as typed.
std::vector<std::string> typed_items(const std::string& cell) {
    std::vector<std::string> out = items(cell);
    for (auto& item : out) item = as_typed(std::move(item));
    return out;
}

// Whether `n` starts with digits grouped in thousands by commas: one to three digits, then
// groups of a comma and three digits ("1,000", "12,500,000 min").
bool groups_thousands(const std::string& n) {
    std::size_t i = 0;
    while (i < n.size() && i < 4 && std::isdigit(static_cast<unsigned char>(n[i]))) ++i;
    if (i == 0 || i > 3 || i >= n.size() || n[i] != ',') return false;
    while (i < n.size() && n[i] == ',') {
        for (std::size_t k = 1; k <= 3; ++k)
            if (i + k >= n.size() || !std::isdigit(static_cast<unsigned char>(n[i + k]))) return false;
        i += 4;
    }
    return i == n.size() || !std::isdigit(static_cast<unsigned char>(n[i]));
}

std::optional<double> number(const std::string& text, std::string* unit = nullptr) {
    const std::string t = trimmed(text);
    if (t.empty()) return std::nullopt;
    std::string n = t;
    // "1,000" and "12,500,000": commas that group thousands; any other comma is a decimal comma,
    // as European spreadsheets write ("2,5").
    if (groups_thousands(n))
        n.erase(std::remove(n.begin(), n.end(), ','), n.end());
    else
        std::replace(n.begin(), n.end(), ',', '.');
    if (n.compare(0, 3, "\xE2\x88\x92") == 0) n.replace(0, 3, "-");   // a minus sign, U+2212
    char* end = nullptr;
    const double v = std::strtod(n.c_str(), &end);
    if (end == n.c_str() || !std::isfinite(v)) return std::nullopt;
    std::string_view rest = std::string_view(n).substr(static_cast<std::size_t>(end - n.c_str()));
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (unit)
        *unit = std::string(rest);
    else if (!rest.empty())
        return std::nullopt;
    return v;
}

// A duration written as a clock, hours:minutes or hours:minutes:seconds ("0:05", "1:30:15", as a
// spreadsheet shows a time), in minutes; nullopt for any other text.
std::optional<double> clock_minutes(const std::string& text) {
    int parts[3] = {0, 0, 0};
    int count = 0, digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits > 7) return std::nullopt;
            parts[count] = parts[count] * 10 + (c - '0');
        } else if (c == ':' && digits > 0 && count < 2) {
            ++count;
            digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (count == 0 || digits == 0 || digits > 2 || parts[1] > 59 || parts[2] > 59) return std::nullopt;
    return parts[0] * 60.0 + parts[1] + parts[2] / 60.0;
}

// A follow-up delay as the journey writes it ("3d") from what a sheet may say: "3d", "3D",
// "3 days", "1 week", "2 hrs", "6 months"; nullopt for anything else.
std::optional<std::string> follow_up_of(const std::string& text) {
    const std::string t = trimmed(text);
    if (is_valid_follow_up(t)) return t;
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0 || digits > 6) return std::nullopt;
    const std::string unit = normalised(std::string_view(t).substr(digits));
    static const std::map<std::string, std::string> units = {
        {"m", "m"},    {"min", "m"},  {"mins", "m"},   {"minute", "m"}, {"minutes", "m"}, {"h", "h"},
        {"hr", "h"},   {"hrs", "h"},  {"hour", "h"},   {"hours", "h"},  {"d", "d"},       {"day", "d"},
        {"days", "d"}, {"w", "w"},    {"wk", "w"},     {"wks", "w"},    {"week", "w"},    {"weeks", "w"},
        {"mo", "mo"},  {"mon", "mo"}, {"month", "mo"}, {"months", "mo"}};
    const auto found = units.find(unit);
    if (found == units.end()) return std::nullopt;
    return t.substr(0, digits) + found->second;
}

std::optional<Lane> lane_of(const std::string& text) {
    static const std::map<std::string, Lane> words = {
        {"customer", Lane::Customer},
        {"customeractions", Lane::Customer},
        {"customeraction", Lane::Customer},
        {"customerlane", Lane::Customer},
        {"frontstage", Lane::Frontstage},
        {"frontstageactions", Lane::Frontstage},
        {"onstage", Lane::Frontstage},
        {"onstageactions", Lane::Frontstage},
        {"visiblestafftechnology", Lane::Frontstage},
        {"visiblestaff", Lane::Frontstage},
        {"visibletechnology", Lane::Frontstage},
        {"frontline", Lane::Frontstage},
        {"backstage", Lane::Backstage},
        {"backstageactions", Lane::Backstage},
        {"invisiblestaff", Lane::Backstage},
        {"support", Lane::Support},
        {"supportprocesses", Lane::Support},
        {"supportprocess", Lane::Support},
        {"supportsystems", Lane::Support},
    };
    const auto found = words.find(normalised(text));
    if (found == words.end()) return std::nullopt;
    return found->second;
}

std::optional<Channel> channel_of(const std::string& text) {
    const std::string n = normalised(text);
    static const std::map<std::string, Channel> words = {
        {"inperson", Channel::InPerson}, {"facetoface", Channel::InPerson},
        {"store", Channel::InPerson},    {"phone", Channel::Phone},
        {"telephone", Channel::Phone},   {"call", Channel::Phone},
        {"email", Channel::Email},       {"web", Channel::Web},
        {"website", Channel::Web},       {"online", Channel::Web},
        {"app", Channel::App},           {"mobileapp", Channel::App},
        {"chat", Channel::Chat},         {"livechat", Channel::Chat},
        {"social", Channel::Social},     {"socialmedia", Channel::Social},
        {"mail", Channel::Mail},         {"post", Channel::Mail},
        {"letter", Channel::Mail},       {"selfservice", Channel::SelfService},
        {"kiosk", Channel::SelfService}, {"other", Channel::Other}};
    const auto found = words.find(n);
    if (found == words.end()) return std::nullopt;
    return found->second;
}

std::optional<bool> flag_of(const std::string& text) {
    const std::string n = normalised(text);
    if (n.empty() && trimmed(text).empty()) return false;
    if (n == "yes" || n == "y" || n == "true" || n == "x" || n == "1" || trimmed(text) == "\xE2\x9C\x93") return true;
    if (n == "no" || n == "n" || n == "false" || n == "0" || n == "") return false;
    return std::nullopt;
}

// True for a header of step numbers ("Step #", "Step no.", "No", "Nr", "Step number"): the rows
// are read in their order, so their numbers are not a field.
bool numbers_rows(const std::string& header) {
    if (header.find('#') != std::string::npos) return true;
    std::string last;
    for (char c : header) {
        const char l = lower(c);
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
            last += l;
        else if (!last.empty() && (c == ' ' || c == '_' || c == '-'))
            last.clear();
    }
    return last == "no" || last == "nr" || last == "number" || last == "num";
}

// The emotion scale a column is read in, decided by its header or its values.
enum class Scale { Signed, OneToFive };

struct Column {
    int index = 0;   // 0-based
    std::string header;
    Field field = Field::Scene;
};

// Problems met, in the order they are met.
struct Findings {
    std::vector<Problem> problems;
    int errors = 0;
};

// What one row says, read on its own: the journey's stages, roles, principles and ids are made
// from the drafts afterwards, in the rows' order, so that rows can be read on two threads.
struct RowDraft {
    int row = 0;                     // the sheet's row
    std::string stage;               // the Stage cell, trimmed; empty: the stage of the row before
    bool skipped = false;            // the row has no scene name
    Scene scene;                     // parts name their roles, principle tags their principles; id as given
    std::string id_stem;             // edits::id_stem of the name, when no id is given
    int id_column = 0;               // the given id's column (1-based)
    std::size_t id_problem_at = 0;   // where a repeated id's error goes among the findings
    Findings findings;
};

// The rows with no scene name noted one by one; more are counted in one note.
constexpr std::size_t kMaxSkipNotes = 100;

// From this many rows on, the rows are read in two halves at once.
constexpr std::size_t kParallelRows = 1000;

class RowsReader {
public:
    RowsReader(Table& table, std::string file, const RowsOptions& options)
        : table_(table), file_(std::move(file)), options_(options) {}

    ImportResult read() {
        ImportResult result;
        if (table_.rows.empty()) {
            error(findings_, 0, 0, "", "the sheet is empty: nothing to import");
            return finish(result);
        }
        if (!read_header(table_.rows.front())) return finish(result);
        note_values_without_header();
        decide_scale();
        std::vector<RowDraft> drafts(table_.rows.size() - 1);
        draft_rows(drafts);
        take_given_ids(drafts);
        for (RowDraft& d : drafts) place(d);
        if (skipped_ > kMaxSkipNotes)
            note(findings_, 0, 0, "",
                 "and " + std::to_string(skipped_ - kMaxSkipNotes) +
                     " more rows with no scene name were skipped (the first " + std::to_string(kMaxSkipNotes) +
                     " are listed)");
        if (findings_.errors > 0) return finish(result);
        name_scenes_and_zone_roles();
        j_.title = options_.fallback_title.empty() ? "Imported journey" : options_.fallback_title;
        j_.id = ids_.make(j_.title, "journey");
        result.journeys.push_back(std::move(j_));
        return finish(result);
    }

private:
    // Text as typed: a CSV file marks text a spreadsheet would run with "'", a workbook does not.
    std::string typed(std::string text) const { return options_.text_marked ? as_typed(std::move(text)) : text; }
    // The same, trimmed.
    std::string typed_trimmed(std::string_view text) const {
        if (options_.text_marked && is_marked(text)) text.remove_prefix(1);
        return trimmed(text);
    }
    std::vector<std::string> listed(const std::string& cell) const {
        return options_.text_marked ? typed_items(cell) : items(cell);
    }

    ImportResult finish(ImportResult& result) {
        result.problems = std::move(findings_.problems);
        if (has_errors(result.problems)) result.journeys.clear();
        return std::move(result);
    }

    // Fields whose cells hold lists: several columns may feed one, their items joined in column order.
    static bool is_list(Field f) {
        switch (f) {
            case Field::Lead:
            case Field::Support:
            case Field::Understudy:
            case Field::Props:
            case Field::Pains:
            case Field::Opportunities:
            case Field::Kpis:
            case Field::Principles: return true;
            default: return false;
        }
    }

    // The header row: which column holds which field. A field of one value read from two columns
    // takes the one the user's map names, else the one headed with the field's own name, else the
    // first; the others are left out with a note. A list field takes them all.
    bool read_header(const TableRow& row) {
        header_row_ = row.number;
        struct Candidate {
            Column column;
            int rank;   // 0: named in the user's map; 1: the field's own header; 2: a synonym
        };
        std::vector<Candidate> candidates;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const std::string header = trimmed(row.cells[c]);
            if (header.empty()) continue;
            std::optional<Field> field;
            for (const auto& [name, mapped] : options_.map)
                if (normalised(name) == normalised(header)) field = mapped;
            const bool mapped = field.has_value();
            const int column = static_cast<int>(c) + 1;
            if (!field && numbers_rows(header)) {
                note(findings_, row.number, column, header,
                     "column " + column_letters(column) + " numbers the steps: left out (the rows' order is kept)");
                continue;
            }
            if (!field) field = field_for_header(header);
            if (!field) {
                note(findings_, row.number, column, header,
                     "column " + column_letters(column) +
                         " is not a field of a scene: left out (read it as one with "
                         "--map \"" +
                         header + "=FIELD\")");
                continue;
            }
            const bool own = normalised(header) == normalised(field_header(*field));
            candidates.push_back({{static_cast<int>(c), header, *field}, mapped ? 0 : own ? 1 : 2});
        }
        std::set<Field> seen;
        for (const Candidate& k : candidates) {
            const Field f = k.column.field;
            const int column = k.column.index + 1;
            const Candidate* best = &k;
            for (const Candidate& other : candidates)
                if (other.column.field == f && other.rank < best->rank) best = &other;
            if (!is_list(f)) {
                const Candidate* chosen = best;
                for (const Candidate& other : candidates)   // the first of the best rank
                    if (other.column.field == f && other.rank == best->rank) {
                        chosen = &other;
                        break;
                    }
                if (chosen != &k) {
                    note(findings_, row.number, column, k.column.header,
                         "a second column read as " + std::string(field_header(f)) + ": left out (column " +
                             column_letters(chosen->column.index + 1) + ", headed '" + chosen->column.header +
                             "', is read)");
                    continue;
                }
            }
            if (k.rank == 2)
                note(findings_, row.number, column, k.column.header, "read as " + std::string(field_header(f)));
            if (seen.count(f))
                note(findings_, row.number, column, k.column.header,
                     "its items are added to those of the other " + std::string(field_header(f)) + " column");
            seen.insert(f);
            columns_.push_back(k.column);
        }
        for (const auto& [name, mapped] : options_.map) {
            bool used = false;
            for (const auto& cell : row.cells) used = used || normalised(cell) == normalised(name);
            if (!used)
                note(findings_, row.number, 0, "",
                     "--map names a column '" + name + "' that the sheet does not have: the headers are in row " +
                         std::to_string(row.number));
        }
        if (!seen.count(Field::Channel) && seen.count(Field::Scene))
            note(findings_, row.number, 0, "", "no Channel column: every scene is 'in person'");
        if (!seen.count(Field::Scene)) {
            error(findings_, row.number, 1, "",
                  "no column names the scenes: the first row must be the headers, one of them Scene (or Step, "
                  "Touchpoint, Task, Activity), or say which with --map \"HEADER=scene\"");
            return false;
        }
        scene_column_ = column_of(Field::Scene);
        stage_column_ = column_of(Field::Stage);
        id_column_ = column_of(Field::Id);
        return true;
    }

    // Columns with values but no header (a blank header cell, or none: past the last header)
    // are left out, each with a note at its first value.
    void note_values_without_header() {
        const TableRow& header = table_.rows.front();
        std::vector<bool> headed(header.cells.size());
        bool all_headed = true;
        for (std::size_t c = 0; c < header.cells.size(); ++c) {
            headed[c] = !trimmed(header.cells[c]).empty();
            all_headed = all_headed && headed[c];
        }
        std::map<std::size_t, int> first;   // column -> the first row with a value in it
        for (std::size_t r = 1; r < table_.rows.size(); ++r) {
            const TableRow& row = table_.rows[r];
            // As a rule every column has a header and no row is wider: nothing to look at.
            for (std::size_t c = all_headed ? header.cells.size() : 0; c < row.cells.size(); ++c) {
                if (c < header.cells.size() && headed[c]) continue;
                const std::string& text = row.cells[c];
                if (!first.count(c) && !std::all_of(text.begin(), text.end(), is_blank)) first[c] = row.number;
            }
        }
        for (const auto& [c, row] : first) {
            const int column = static_cast<int>(c) + 1;
            note(findings_, row, column, "",
                 "column " + column_letters(column) +
                     " has values but no header: left out (give it a header to read it" +
                     (options_.text_marked ? "; a value that holds the delimiter must be in quotes)" : ")"));
        }
    }

    const Column* column_of(Field f) const {
        for (const auto& c : columns_)
            if (c.field == f) return &c;
        return nullptr;
    }

    // The row's cell in column `c`; empty when the row is short or there is no such column.
    static const std::string& cell(const TableRow& row, const Column* c) {
        static const std::string empty;
        return c && static_cast<std::size_t>(c->index) < row.cells.size()
                   ? row.cells[static_cast<std::size_t>(c->index)]
                   : empty;
    }

    // The scale of the emotion column: its header says ("Feeling (1-5)", "Score -2..2"), else its
    // values (any below 0: −2..+2; any above 2: 1..5; otherwise −2..+2).
    void decide_scale() {
        const Column* c = column_of(Field::Emotion);
        if (!c) return;
        const std::string h = c->header;
        std::string compact;
        for (char ch : h)
            if (ch != ' ') compact += ch;
        std::string why;
        if (compact.find("1-5") != std::string::npos || compact.find("1..5") != std::string::npos ||
            compact.find("1to5") != std::string::npos || compact.find("outof5") != std::string::npos ||
            compact.find("/5") != std::string::npos ||
            compact.find("1\xE2\x80\x93"
                         "5") != std::string::npos) {
            scale_ = Scale::OneToFive;
            why = "its header says 1-5";
        } else if (compact.find("-2") != std::string::npos || compact.find("\xE2\x88\x92"
                                                                           "2") != std::string::npos) {
            scale_ = Scale::Signed;
            why = "its header says -2 to +2";
        } else {
            double low = 0, high = 0;
            bool any = false;
            for (std::size_t r = 1; r < table_.rows.size(); ++r)
                if (auto v = number(cell(table_.rows[r], c))) {
                    low = any ? std::min(low, *v) : *v;
                    high = any ? std::max(high, *v) : *v;
                    any = true;
                }
            if (!any) return;
            if (low < 0) {
                scale_ = Scale::Signed;
                why = "a value is below 0";
            } else if (high > 2) {
                scale_ = Scale::OneToFive;
                why = "a value is above 2 and none below 0";
            } else {
                scale_ = Scale::Signed;
                why = "every value is from 0 to 2, which fits both; say 1-5 in the header to read it so";
            }
        }
        note(findings_, header_row_, c->index + 1, c->header,
             std::string("emotion read on the ") +
                 (scale_ == Scale::OneToFive ? "1 to 5 scale (3 is neutral)" : "-2 to +2 scale (0 is neutral)") + ": " +
                 why);
    }

    // Every row after the header drafted, on two threads when there are many. A row's cells are
    // moved into its draft or let go as it is read.
    void draft_rows(std::vector<RowDraft>& drafts) {
        auto draft = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) {
                TableRow& row = table_.rows[i + 1];
                draft_row(row, drafts[i]);
                std::vector<std::string>().swap(row.cells);
            }
        };
        const std::size_t n = drafts.size();
        if (n >= kParallelRows)
            run_beside([&] { draft(0, n / 2); }, [&] { draft(n / 2, n); });
        else
            draft(0, n);
    }

    // A row's scene as the row alone tells it. Reads only what the header fixed, so that rows
    // can be drafted at once on two threads.
    void draft_row(TableRow& row, RowDraft& d) const {
        d.row = row.number;
        std::string name = typed_trimmed(cell(row, scene_column_));
        d.stage = typed_trimmed(cell(row, stage_column_));
        Findings& f = d.findings;
        if (name.empty()) {
            note(f, row.number, scene_column_->index + 1, scene_column_->header,
                 "row " + std::to_string(row.number) + " has no scene name: skipped");
            d.skipped = true;
            return;
        }
        Scene& scene = d.scene;
        scene.name = std::move(name);
        bool lane_given = false;
        for (const Column& c : columns_) {
            if (static_cast<std::size_t>(c.index) >= row.cells.size()) continue;
            std::string& text = row.cells[static_cast<std::size_t>(c.index)];
            if (std::all_of(text.begin(), text.end(), is_blank)) continue;
            const int column = c.index + 1;
            switch (c.field) {
                case Field::Stage:
                case Field::Scene: break;
                case Field::Lane:
                    if (auto lane = lane_of(text)) {
                        scene.lane = *lane;
                        lane_given = true;
                    } else {
                        error(f, row.number, column, c.header,
                              "'" + trimmed(text) +
                                  "' is not a lane: write Customer (customer actions), Frontstage "
                                  "(onstage, visible staff / technology), Backstage or Support (support processes)");
                    }
                    break;
                case Field::Channel:
                    if (auto channel = channel_of(text))
                        scene.channel = *channel;
                    else
                        error(f, row.number, column, c.header,
                              "'" + trimmed(text) +
                                  "' is not a channel: write in person, phone, email, web, app, chat, social, mail, "
                                  "self-service or other");
                    break;
                case Field::Emotion: read_emotion(f, row, c, text, scene); break;
                case Field::Minutes:
                case Field::Wait:
                    read_minutes(f, row, c, text, c.field == Field::Minutes ? scene.minutes : scene.wait);
                    break;
                case Field::Lead: cast(f, row, c, text, PartKind::Lead, scene); break;
                case Field::Support: cast(f, row, c, text, PartKind::Support, scene); break;
                case Field::Understudy: cast(f, row, c, text, PartKind::Understudy, scene); break;
                case Field::Props: append(scene.props, listed(text)); break;
                case Field::Pains: append(scene.pains, listed(text)); break;
                case Field::Opportunities: append(scene.opportunities, listed(text)); break;
                case Field::Kpis:
                    for (auto& item : listed(text)) {
                        Kpi kpi;
                        kpi.name = std::move(item);
                        scene.kpis.push_back(std::move(kpi));
                    }
                    break;
                case Field::Principles:
                    for (auto& item : listed(text)) scene.principles.push_back({std::move(item), {}, {}});
                    break;
                case Field::Script: scene.script = typed(std::move(text)); break;
                case Field::Description: scene.description = typed(std::move(text)); break;
                case Field::FailPoint:
                case Field::MomentOfTruth:
                    if (auto flag = flag_of(text))
                        (c.field == Field::FailPoint ? scene.fail_point : scene.moment_of_truth) = *flag;
                    else
                        error(f, row.number, column, c.header,
                              "'" + trimmed(text) +
                                  "' is not yes or no (yes, no, true, "
                                  "false, x, 1, 0 or empty)");
                    break;
                case Field::FollowUp:
                    if (auto delay = follow_up_of(text))
                        scene.follow_up = *delay;
                    else
                        error(f, row.number, column, c.header,
                              "'" + trimmed(text) +
                                  "' is not a follow-up delay: write a whole number and a unit, "
                                  "30m, 2h, 3d, 1w or 6mo");
                    break;
                case Field::Id: {
                    const std::string id = trimmed(text);
                    if (!is_valid_id(id)) {
                        error(f, row.number, column, c.header,
                              "'" + id +
                                  "' is not a valid id: start with a letter, then letters, digits, '_', '.' or "
                                  "'-' (or leave it empty to have one made from the name)");
                    } else {
                        scene.id = id;
                        d.id_column = column;
                        d.id_problem_at = f.problems.size();
                    }
                    break;
                }
            }
        }
        if (!lane_given) {
            // With no lane: a scene someone plays is served frontstage, any other is the customer's.
            scene.lane = scene.parts.empty() ? Lane::Customer : Lane::Frontstage;
        }
        if (scene.id.empty()) d.id_stem = edits::id_stem(scene.name);
    }

    void read_emotion(Findings& f, const TableRow& row, const Column& c, const std::string& text, Scene& scene) const {
        const auto v = number(text);
        const bool five = scale_ == Scale::OneToFive;
        // A whole number, as a spreadsheet shows it: a formula's result may be off in the last digits.
        const double whole = v ? std::round(*v) : 0;
        if (!v || std::fabs(*v - whole) > 1e-9 || (five ? (whole < 1 || whole > 5) : (whole < -2 || whole > 2))) {
            error(f, row.number, c.index + 1, c.header,
                  "'" + trimmed(text) + "' is not an emotion on the " +
                      (five ? std::string("1 to 5 scale: write a whole number from 1 (very negative) to 5 (very "
                                          "positive)")
                            : std::string("-2 to +2 scale: write a whole number from -2 (very negative) to +2 (very "
                                          "positive)")));
            return;
        }
        scene.emotion = static_cast<int>(whole) - (five ? 3 : 0);
    }

    void read_minutes(Findings& f, const TableRow& row, const Column& c, const std::string& text,
                      std::optional<double>& out) const {
        if (auto clock = clock_minutes(trimmed(text))) {
            out = *clock;
            return;
        }
        std::string unit;
        const auto v = number(text, &unit);
        double factor = 1;
        const std::string u = normalised(unit);
        if (u == "h" || u == "hr" || u == "hrs" || u == "hour" || u == "hours")
            factor = 60;
        else if (u == "s" || u == "sec" || u == "secs" || u == "seconds")
            factor = 1.0 / 60;
        else if (!(u.empty() || u == "m" || u == "min" || u == "mins" || u == "minute" || u == "minutes"))
            factor = -1;
        if (!v || *v < 0 || factor < 0) {
            error(f, row.number, c.index + 1, c.header,
                  "'" + trimmed(text) +
                      "' is not a duration: write minutes as a number from 0 up (\"5\", \"2.5\", "
                      "\"90 min\", \"1.5 h\")");
            return;
        }
        out = *v * factor;
    }

    // The names in a cast cell as parts of the scene, each naming its role (one role per
    // distinct name, so a name already cast in the scene is the same role).
    void cast(Findings& f, const TableRow& row, const Column& c, const std::string& text, PartKind kind,
              Scene& scene) const {
        for (auto& name : listed(text)) {
            const std::string key = role_key(name);
            const bool already = std::any_of(scene.parts.begin(), scene.parts.end(),
                                             [&](const Part& p) { return role_key(p.role) == key; });
            if (already) {
                note(f, row.number, c.index + 1, c.header,
                     "'" + name + "' already has a part in this scene: this one left out");
                continue;
            }
            scene.parts.push_back({std::move(name), kind, {}, {}});
        }
    }

    // Every id given in the Id column is taken before any is made from a name, so that a name
    // never takes an id a later row gives; an id given twice is an error at its second row.
    void take_given_ids(std::vector<RowDraft>& drafts) {
        for (RowDraft& d : drafts) {
            if (d.skipped || d.scene.id.empty()) continue;
            if (!ids_.taken(d.scene.id)) {
                ids_.take(d.scene.id);
                continue;
            }
            Findings& f = d.findings;
            Problem repeated = problem(d.row, d.id_column, id_column_->header, Severity::Error,
                                       "the id '" + d.scene.id + "' is used twice");
            f.problems.insert(f.problems.begin() + static_cast<std::ptrdiff_t>(d.id_problem_at), std::move(repeated));
            ++f.errors;
            d.scene.id.clear();
        }
    }

    // A drafted row into the journey: its stage, its roles and principles found or made.
    void place(RowDraft& d) {
        const bool named = !d.stage.empty();
        if (named) current_stage_ = std::move(d.stage);
        const std::size_t before = last_stage_, stages = j_.stages.size();
        const std::size_t stage = d.skipped ? 0 : stage_for(d.row);
        if (!d.skipped && named && stages > 0 && stage != before && stage + 1 < stages)
            note(findings_, d.row, stage_column_->index + 1, stage_column_->header,
                 "back to stage '" + j_.stages[stage].name + "' after '" + j_.stages[before].name +
                     "': this row's scene joins it, and the stages keep the order they first appear in");
        if (d.skipped && ++skipped_ > kMaxSkipNotes) return;   // counted in one note at the end
        for (Problem& p : d.findings.problems) findings_.problems.push_back(std::move(p));
        findings_.errors += d.findings.errors;
        if (d.skipped) return;
        Scene& scene = d.scene;
        for (Part& part : scene.parts) {
            const std::size_t role = role_for(part.role, d.row);
            part.role = j_.cast[role].id;
            ++lanes_[role][static_cast<int>(scene.lane)];
        }
        for (PrincipleTag& tag : scene.principles) tag.ref = principle_for(tag.ref);
        j_.stages[stage].scenes.push_back(std::move(scene));
        stems_[stage].push_back(std::move(d.id_stem));
    }

    // The index of the stage of the row being placed, made when it is the first of its name.
    std::size_t stage_for(int row) {
        static const std::string steps = "Steps";
        const std::string& name = current_stage_.empty() ? steps : current_stage_;
        if (current_stage_.empty() && !steps_noted_) {
            steps_noted_ = true;
            note(findings_, row, 0, "", "no stage for the first rows: they go to a stage 'Steps'");
        }
        if (last_stage_ < j_.stages.size() && j_.stages[last_stage_].name == name) return last_stage_;
        const auto found = stage_index_.find(name);
        if (found != stage_index_.end()) return last_stage_ = found->second;
        Stage stage;
        stage.name = name;
        stage.id = ids_.make(name, "stage");
        stage_index_.emplace(name, j_.stages.size());
        j_.stages.push_back(std::move(stage));
        stems_.emplace_back();
        return last_stage_ = j_.stages.size() - 1;
    }

    // The index in the cast of the role named `name`, made when it is the first of its name.
    // Names that differ only in case or spaces are one role, named as first written; each other
    // spelling is noted once, at the first row that has it.
    std::size_t role_for(const std::string& name, int row) {
        auto found = roles_.find(name);
        if (found != roles_.end()) return found->second;
        std::string key = role_key(name);
        if (auto same = role_keys_.find(key); same != role_keys_.end()) {
            roles_.emplace(name, same->second);
            note(findings_, row, 0, "",
                 "'" + name + "' taken as the role '" + j_.cast[same->second].name +
                     "' (names that differ only in capitals or spaces are one role)");
            return same->second;
        }
        Role role;
        role.name = name;
        role.id = ids_.make(name, "role");
        role.colour = edits::next_role_colour(j_);   // as the editor colours a new role
        role_keys_.emplace(std::move(key), j_.cast.size());
        roles_.emplace(name, j_.cast.size());
        j_.cast.push_back(std::move(role));
        lanes_.emplace_back();
        return j_.cast.size() - 1;
    }

    std::string principle_for(const std::string& name) {
        for (const auto& p : j_.principles)
            if (p.name == name) return p.id;
        Principle p;
        p.name = name;
        p.id = ids_.make(name, "principle");
        j_.principles.push_back(p);
        return p.id;
    }

    // The scenes' ids not given, made now that every stage, role and principle has its id; and
    // each role's zone: that of the lane it plays most (customer and frontstage lanes:
    // frontstage; backstage; support), as README "CSV and Excel" says.
    void name_scenes_and_zone_roles() {
        for (std::size_t s = 0; s < j_.stages.size(); ++s)
            for (std::size_t k = 0; k < j_.stages[s].scenes.size(); ++k) {
                Scene& scene = j_.stages[s].scenes[k];
                if (scene.id.empty()) scene.id = ids_.make_from_stem(std::move(stems_[s][k]), "scene");
            }
        for (std::size_t r = 0; r < j_.cast.size(); ++r) {
            const auto& l = lanes_[r];
            const int front = l[0] + l[1], back = l[2], support = l[3];
            j_.cast[r].zone = support > front && support > back ? Zone::Support
                              : back > front                    ? Zone::Backstage
                                                                : Zone::Frontstage;
        }
    }

    Problem problem(int row, int column, const std::string& header, Severity severity, std::string message) const {
        Problem p;
        p.file = file_;
        p.line = row;
        p.column = column;
        p.severity = severity;
        p.message = header.empty() ? std::move(message) : "(" + header + ") " + message;
        return p;
    }
    void note(Findings& f, int row, int column, const std::string& header, std::string message) const {
        f.problems.push_back(problem(row, column, header, Severity::Note, std::move(message)));
    }
    void error(Findings& f, int row, int column, const std::string& header, std::string message) const {
        ++f.errors;
        f.problems.push_back(problem(row, column, header, Severity::Error, std::move(message)));
    }

    Table& table_;   // its text cells are moved into the journey as they are read
    std::string file_;
    const RowsOptions& options_;
    Findings findings_;
    int header_row_ = 1;
    std::vector<Column> columns_;
    const Column* scene_column_ = nullptr;
    const Column* stage_column_ = nullptr;
    const Column* id_column_ = nullptr;
    Scale scale_ = Scale::Signed;
    Journey j_;
    IdMaker ids_;
    std::unordered_map<std::string, std::size_t> roles_;       // role name as written -> index in the cast
    std::unordered_map<std::string, std::size_t> role_keys_;   // role_key of its name -> index in the cast
    std::vector<std::array<int, 4>> lanes_;                    // by role: the scenes it plays in each lane
    std::vector<std::vector<std::string>> stems_;              // by stage and scene: the stem of an id to make
    std::string current_stage_;
    std::unordered_map<std::string, std::size_t> stage_index_;   // stage name -> index
    std::size_t last_stage_ = 0;                                 // the stage of the row placed last
    std::size_t skipped_ = 0;                                    // rows with no scene name
    bool steps_noted_ = false;
};

}   // namespace

const std::vector<Field>& all_fields() {
    static const std::vector<Field> all = [] {
        std::vector<Field> v;
        for (const auto& f : fields()) v.push_back(f.field);
        return v;
    }();
    return all;
}

std::string_view field_header(Field field) {
    for (const auto& f : fields())
        if (f.field == field) return f.header;
    return {};
}

std::optional<Field> field_for_header(std::string_view header) {
    // Every synonym of every field, to be found in constant time: the first column of every row
    // is looked up when the layout is detected.
    static const std::unordered_map<std::string_view, Field> synonyms = [] {
        std::unordered_map<std::string_view, Field> m;
        for (const auto& f : fields())
            for (auto s : f.synonyms) m.emplace(s, f.field);
        return m;
    }();
    static const std::size_t longest = [] {
        std::size_t n = 0;
        for (const auto& f : fields())
            for (auto s : f.synonyms) n = std::max(n, s.size());
        return n;
    }();
    const std::string n = normalised(header, longest + 1);   // a longer text names no field
    if (n.empty() || n.size() > longest + 1) return std::nullopt;
    auto find = [&](std::string_view form) -> std::optional<Field> {
        const auto found = synonyms.find(form);
        if (found == synonyms.end()) return std::nullopt;
        return found->second;
    };
    // The word as written, then as a plural ("Steps", "Activities", "Pains" the same).
    if (auto f = find(n)) return f;
    if (n.size() > 3 && n.compare(n.size() - 3, 3, "ies") == 0)
        if (auto f = find(n.substr(0, n.size() - 3) + "y")) return f;
    if (n.size() > 1 && n.back() == 's')
        if (auto f = find(std::string_view(n).substr(0, n.size() - 1))) return f;
    if (auto f = find(n + "s")) return f;   // a singular of a plural field's name ("prop", "kpi")
    return std::nullopt;
}

std::optional<SheetLayout> parse_sheet_layout(std::string_view name) {
    if (name == "rows") return SheetLayout::Rows;
    if (name == "canvas") return SheetLayout::Canvas;
    if (name == "detect") return SheetLayout::Detect;
    return std::nullopt;
}

std::optional<std::string> parse_field_map(std::string_view text, std::vector<std::pair<std::string, Field>>& map) {
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string_view pair = text.substr(start, end - start);
        start = end + 1;
        if (trimmed(pair).empty()) continue;
        const std::size_t eq = pair.rfind('=');
        if (eq == std::string_view::npos) return "'" + std::string(pair) + "' is not HEADER=field";
        const std::string header = trimmed(pair.substr(0, eq));
        if (header.empty()) return "'" + std::string(pair) + "' names no column: write HEADER=field";
        const auto field = field_for_header(pair.substr(eq + 1));
        if (!field) {
            std::string known;
            for (const auto& f : fields()) known += (known.empty() ? "" : ", ") + std::string(f.header);
            return "'" + trimmed(pair.substr(eq + 1)) + "' is not a field; the fields are: " + known;
        }
        map.emplace_back(header, *field);
    }
    return std::nullopt;
}

namespace {

// Whether a sheet is drawn as a journey-map canvas rather than in the rows layout: column A below
// row 1 names two fields or more, more than the first row names after A1 (each field counted
// once); column A lists those names rather than repeating them down a column of values (a stage
// named "Action" or "Follow-up" on many rows); and when the first row names a scene column,
// column A names one too. Names are a field's header or synonym, or a header of the user's map.
bool looks_like_canvas(const Table& table, const RowsOptions& options) {
    auto field_of = [&](const std::string& text) -> std::optional<Field> {
        for (const auto& entry : options.map)
            if (normalised(entry.first) == normalised(text)) return entry.second;
        return field_for_header(text);
    };
    if (table.rows.empty()) return false;
    std::set<Field> across, down;
    for (std::size_t c = 1; c < table.rows[0].cells.size(); ++c)
        if (auto f = field_of(table.rows[0].cells[c])) across.insert(*f);
    // Column A cannot name more fields than there are: with that many across, it is rows.
    if (across.size() >= all_fields().size()) return false;
    std::size_t naming = 0;   // cells of column A below row 1 that name a field
    for (std::size_t r = 1; r < table.rows.size(); ++r)
        if (!table.rows[r].cells.empty())
            if (auto f = field_of(table.rows[r].cells[0])) {
                down.insert(*f);
                if (++naming > 2 * all_fields().size()) return false;   // repeats more than any lane list
            }
    if (down.size() < 2 || down.size() <= across.size()) return false;
    if (naming > 2 * down.size()) return false;   // merged cells may name a lane twice, values repeat more
    return !across.count(Field::Scene) || down.count(Field::Scene);
}

// A canvas turned into the rows layout: each column after the first becomes a row (numbered by
// its column), each row a column headed by its first cell. `rows_of` gets, for each new column,
// the sheet row it came from.
Table transposed(const Table& canvas, std::vector<int>& rows_of) {
    Table out;
    out.sheet = canvas.sheet;
    std::size_t width = 0;
    for (const auto& row : canvas.rows) width = std::max(width, row.cells.size());
    TableRow header;
    header.number = 1;
    for (const auto& row : canvas.rows) {
        header.cells.push_back(row.cells.empty() ? std::string() : row.cells[0]);
        rows_of.push_back(row.number);
    }
    out.rows.push_back(std::move(header));
    for (std::size_t c = 1; c < width; ++c) {
        TableRow r;
        r.number = static_cast<int>(c) + 1;   // the sheet's column
        for (const auto& row : canvas.rows) r.cells.push_back(c < row.cells.size() ? row.cells[c] : std::string());
        while (!r.cells.empty() && r.cells.back().empty()) r.cells.pop_back();
        if (!r.cells.empty()) out.rows.push_back(std::move(r));
    }
    return out;
}

}   // namespace

ImportResult journey_from_rows(Table table, const std::string& file, const RowsOptions& options) {
    SheetLayout layout = options.layout;
    bool detected = false;
    if (layout == SheetLayout::Detect) {
        detected = looks_like_canvas(table, options);
        layout = detected ? SheetLayout::Canvas : SheetLayout::Rows;
    }
    if (layout == SheetLayout::Rows) return RowsReader(table, file, options).read();
    std::vector<int> rows_of;
    Table rows = transposed(table, rows_of);
    // A1 left empty, as most templates leave it: the first row holds the stages, unless another
    // row is named as the stages.
    bool stages_unnamed = false;
    if (!rows.rows.empty() && !rows.rows[0].cells.empty() && trimmed(rows.rows[0].cells[0]).empty() &&
        !rows_of.empty() && rows_of[0] == 1) {
        stages_unnamed = true;
        for (const auto& name : rows.rows[0].cells) {
            std::optional<Field> f = field_for_header(name);
            for (const auto& [header, mapped] : options.map)
                if (normalised(header) == normalised(name)) f = mapped;
            stages_unnamed = stages_unnamed && f != Field::Stage;
        }
        if (stages_unnamed) rows.rows[0].cells[0] = "Stage";
    }
    ImportResult result = RowsReader(rows, file, options).read();
    // Back to the sheet's own places: a row of the rows layout is a column of the canvas.
    for (auto& p : result.problems) {
        const int column = p.line, row = p.column;
        p.line = row >= 1 && static_cast<std::size_t>(row) <= rows_of.size()
                     ? rows_of[static_cast<std::size_t>(row - 1)]
                     : 0;
        p.column = column;
        const std::string from = "row " + std::to_string(column) + " has no scene name";
        if (auto at = p.message.find(from); at != std::string::npos)
            p.message.replace(at, from.size(), "column " + column_letters(column) + " has no scene name");
        if (p.message.find(" has values but no header") != std::string::npos)
            p.message =
                "row " + std::to_string(p.line) + " has values but no name in column A: left out (name it to read it)";
        if (auto at = p.message.find(" is not a field of a scene"); at != std::string::npos) {
            const auto col = p.message.find("column ");
            if (col != std::string::npos && col < at) p.message.replace(col, at - col, "row " + std::to_string(p.line));
        }
        // Rows of the rows layout are the canvas's columns, and its columns the canvas's rows.
        if (auto at = p.message.find("a second column read as "); at != std::string::npos) {
            p.message.replace(at, 15, "a second row");
            if (auto paren = p.message.find(" (column "); paren != std::string::npos) p.message.erase(paren);
        }
        if (auto at = p.message.find(" more rows with no scene name"); at != std::string::npos)
            p.message.replace(at, 10, " more columns");
        if (auto at = p.message.find("no Channel column"); at != std::string::npos)
            p.message.replace(at, 17, "no Channel row");
        if (auto at = p.message.find("for the first rows: they go"); at != std::string::npos)
            p.message.replace(at, 19, "for the first columns");
        if (auto at = p.message.find("the other ");
            at != std::string::npos && p.message.find(" column", at) != std::string::npos)
            p.message.replace(p.message.find(" column", at), 7, " row");
    }
    if (stages_unnamed) {
        Problem p;
        p.file = file;
        p.line = 1;
        p.column = 1;
        p.severity = Severity::Note;
        p.message = "A1 is empty: row 1 read as the stages";
        result.problems.insert(result.problems.begin(), std::move(p));
    }
    if (detected) {
        Problem p;
        p.file = file;
        p.severity = Severity::Note;
        p.message =
            "read as a journey-map canvas: stages across the top, one column per step, and what each row "
            "holds named in column A (say --layout rows to read it one row per scene)";
        result.problems.insert(result.problems.begin(), std::move(p));
    }
    return result;
}

}   // namespace stagecraft
