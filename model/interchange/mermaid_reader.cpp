// Reading Mermaid journeys (see mermaid_reader.hpp). Each line means what Mermaid's own lexer
// makes of it: keywords are matched case-insensitively at the start of a statement; `%%` starts
// a comment (`%%{` a directive) and so does `#`; a title ends at `#` or `;`, a section's name at
// `#`, `:` or `;`, a task's name at `:` (its score and actors follow), `#` or `;`; accTitle and
// accDescr take the rest of their line, and `accDescr {` every line up to `}`.
#include "model/interchange/mermaid_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "model/edits/edits.hpp"
#include "model/interchange/id_maker.hpp"
#include "model/interchange/import_text.hpp"
#include "model/interchange/role_names.hpp"

namespace stagecraft {

namespace {

constexpr std::string_view kZeroWidthSpace = "\xE2\x80\x8B";   // written before a name that starts with a keyword

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` without surrounding spaces (and zero-width spaces, which the writer puts before a name
// that would otherwise read as a keyword).
std::string_view trim(std::string_view s) {
    for (;;) {
        const std::size_t before = s.size();
        while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
        if (s.substr(0, kZeroWidthSpace.size()) == kZeroWidthSpace) s.remove_prefix(kZeroWidthSpace.size());
        if (s.size() >= kZeroWidthSpace.size() && s.substr(s.size() - kZeroWidthSpace.size()) == kZeroWidthSpace)
            s.remove_suffix(kZeroWidthSpace.size());
        if (s.size() == before) return s;
    }
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool starts_with_ignoring_case(std::string_view s, std::string_view word) {
    return s.size() >= word.size() && equals_ignoring_case(s.substr(0, word.size()), word);
}

// Where the first of `stops` is in `s`, or s.size().
std::size_t find_stop(std::string_view s, std::string_view stops) {
    const std::size_t at = s.find_first_of(stops);
    return at == std::string_view::npos ? s.size() : at;
}

// Where a `%%` comment starts in `s`, or s.size().
std::size_t comment_start(std::string_view s) {
    const std::size_t at = s.find("%%");
    return at == std::string_view::npos ? s.size() : at;
}

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// The first word of a line, for messages about what it is.
std::string first_word(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && !is_space(s[n]) && n < 30) ++n;
    return std::string(s.substr(0, n));
}

// Builds one journey from the statements of one Mermaid journey.
class Reader {
public:
    Reader(std::string file, std::string fallback_title, std::vector<Problem>& problems)
        : file_(std::move(file)), fallback_title_(std::move(fallback_title)), problems_(problems) {}

    // One line, numbered as in the file; the text has no line break.
    void line(std::string_view text, int number) {
        if (stopped_) return;
        line_ = number;
        line_text_ = text;
        // Front matter (Mermaid 10 and later): "---", "title: ...", other settings, "---".
        if (!header_ && !in_front_matter_ && !front_matter_seen_ && trim(text) == "---") {
            in_front_matter_ = true;
            return;
        }
        if (in_front_matter_) {
            const std::string_view t = trim(text);
            if (t == "---") {
                in_front_matter_ = false;
                front_matter_seen_ = true;
            } else if (starts_with_ignoring_case(t, "title:")) {
                title_ = std::string(trim(t.substr(6)));
                if (title_.size() >= 2 && (title_.front() == '"' || title_.front() == '\'') &&
                    title_.back() == title_.front())
                    title_ = title_.substr(1, title_.size() - 2);
                if (j_.id.empty() && !title_.empty()) j_.id = ids_.make(title_, "journey");
            } else if (!t.empty()) {
                note(1 + static_cast<int>(text.size() - trim(text).size()),
                     "the front matter's " + quoted(first_word(t)) +
                         " is ignored: it sets how Mermaid draws the diagram");
            }
            return;
        }
        if (in_description_) {
            const std::size_t end = text.find('}');
            description_lines_.emplace_back(trim(text.substr(0, end == std::string_view::npos ? text.size() : end)));
            if (end == std::string_view::npos) return;
            in_description_ = false;
            finish_description();
            statement(end + 1);
            return;
        }
        if (in_directive_) {
            if (text.find("}%%") != std::string_view::npos) in_directive_ = false;
            return;
        }
        statement(0);
    }

    // Ends the journey: its problems added; the journey when it has no error.
    std::optional<Journey> finish(int last_line) {
        if (in_description_) {
            line_ = description_line_;
            error(description_column_, "'accDescr {' is not closed: end the description with '}'");
        }
        if (in_directive_) {
            line_ = directive_line_;
            error(1, "the directive '%%{' is not closed with '}%%'");
        }
        if (!header_) {
            line_ = std::max(1, last_line);
            error(1, "no journey here: a Mermaid journey starts with the word 'journey'");
        }
        if (errors_) return std::nullopt;
        j_.title = !title_.empty() ? title_ : !acc_title_.empty() ? acc_title_ : fallback_title_;
        if (title_.empty() && acc_title_.empty()) {
            line_ = header_line_;
            note(1, "the journey has no title: it is named " + quoted(j_.title) + " after the file");
        } else if (!title_.empty() && !acc_title_.empty() && acc_title_ != title_) {
            line_ = acc_title_line_;
            note(acc_title_column_, "accTitle " + quoted(acc_title_) + " differs from the title; the title is kept");
        }
        // Made from the title when it was read (before the sections, as journeys are written),
        // unique among the elements' ids as a journey file needs.
        if (j_.id.empty()) j_.id = ids_.make(j_.title, "journey");
        if (scenes_ > 0) {
            line_ = first_task_line_;
            note(1,
                 "a Mermaid journey has no channels: every scene is 'in person' (set each in the editor, or import "
                 "a spreadsheet with a Channel column)");
        }
        if (!customer_word_.empty()) {
            Persona persona;
            persona.name = customer_word_;
            persona.id = ids_.make(customer_word_, "persona");
            j_.persona = std::move(persona);
        }
        return std::move(j_);
    }

private:
    // The statement that starts at byte `from` of the current line.
    void statement(std::size_t from) {
        std::size_t at = from;
        while (at < line_text_.size() && is_space(line_text_[at])) ++at;
        const std::string_view s = line_text_.substr(at);
        if (s.empty()) return;
        const int column = static_cast<int>(at) + 1;
        if (s.substr(0, 3) == "%%{") {
            // Mermaid reads directives (%%{init: ...}%%) before the diagram; they set how it draws.
            note(column, "the directive " + quoted(s.substr(0, std::min<std::size_t>(s.size(), 40))) +
                             " is ignored: it sets how Mermaid draws the diagram");
            if (s.find("}%%") == std::string_view::npos) {
                in_directive_ = true;
                directive_line_ = line_;
            }
            return;
        }
        if (s.substr(0, 2) == "%%" || s[0] == '#') return;   // a comment
        if (starts_with_ignoring_case(s, "journey")) {
            if (header_) {
                error(column,
                      "'journey' can only start the diagram; Mermaid reads it as the keyword here, so a "
                      "task's name cannot start with it");
                return;
            }
            header_ = true;
            header_line_ = line_;
            statement(at + 7);
            return;
        }
        if (!header_) {
            error(column, "this is not a Mermaid journey: it must start with 'journey', not " + quoted(first_word(s)) +
                              " (only journey diagrams can be imported)");
            // Nothing after this can be read as a journey.
            header_ = true;
            stopped_ = true;
            return;
        }
        if (starts_with_ignoring_case(s, "accTitle")) {
            std::string_view rest = s.substr(8);
            while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
            if (!rest.empty() && rest[0] == ':') {
                acc_title_ = std::string(trim(rest.substr(1)));
                acc_title_line_ = line_;
                acc_title_column_ = column;
                return;
            }
        }
        if (starts_with_ignoring_case(s, "accDescr")) {
            std::string_view rest = s.substr(8);
            while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
            if (!rest.empty() && rest[0] == ':') {
                j_.description = std::string(trim(rest.substr(1)));
                return;
            }
            if (!rest.empty() && rest[0] == '{') {
                const std::size_t open = line_text_.size() - rest.size();
                const std::size_t close = line_text_.find('}', open);
                description_lines_.clear();
                description_line_ = line_;
                description_column_ = column;
                if (close == std::string_view::npos) {
                    const std::string_view first = trim(line_text_.substr(open + 1));
                    if (!first.empty()) description_lines_.emplace_back(first);
                    in_description_ = true;
                    return;
                }
                description_lines_.emplace_back(trim(line_text_.substr(open + 1, close - open - 1)));
                finish_description();
                statement(close + 1);
                return;
            }
        }
        if (starts_with_ignoring_case(s, "title") && s.size() > 5 && is_space(s[5])) {
            const std::string_view value = s.substr(6);
            const std::size_t end = std::min(find_stop(value, "#;"), comment_start(value));
            if (!title_.empty())
                note(column, "a second title replaces " + quoted(title_) +
                                 ": Mermaid reads every line that starts with 'title ' as the title, a task's too "
                                 "(write such a task with a zero-width space before it)");
            title_ = std::string(trim(value.substr(0, end)));
            if (j_.id.empty() && !title_.empty()) j_.id = ids_.make(title_, "journey");
            if (end < value.size() && value.substr(end, 2) != "%%")
                cut_note(column + 6 + static_cast<int>(end), "the title", value[end]);
            return;
        }
        if (starts_with_ignoring_case(s, "section") && s.size() > 7 && is_space(s[7])) {
            const std::string_view value = s.substr(8);
            const std::size_t end = std::min(find_stop(value, "#:;"), comment_start(value));
            Stage stage;
            stage.name = std::string(trim(value.substr(0, end)));
            stage.id = ids_.make(stage.name, "stage");
            j_.stages.push_back(std::move(stage));
            if (end < value.size() && value.substr(end, 2) != "%%")
                cut_note(column + 8 + static_cast<int>(end), "the section's name", value[end]);
            return;
        }
        task(s, column);
    }

    // "Name: score: actor, actor".
    void task(std::string_view s, int column) {
        const std::size_t name_end = std::min(find_stop(s, "#:;"), comment_start(s));
        const std::string_view name = trim(s.substr(0, name_end));
        if (name_end == s.size() || s[name_end] != ':') {
            if (name.empty()) {
                error(column, "Mermaid cannot read " + quoted(s.substr(0, std::min<std::size_t>(s.size(), 40))) +
                                  ": expected a title, a section or a task ('Name: 5: Actor')");
                return;
            }
            std::string why = "the task " + quoted(name) + " has no score";
            if (name_end < s.size() && s[name_end] == '#')
                why += ": '#' starts a comment in Mermaid, so the task's name ends there";
            else if (name_end < s.size() && s[name_end] == ';')
                why += ": Mermaid cannot read ';' in a task";
            error(column, why + "; write it as 'Name: 5: Actor' with a whole score from 1 to 5");
            return;
        }
        std::string_view data = s.substr(name_end + 1);
        const int data_column = column + static_cast<int>(name_end) + 1;
        const std::size_t data_end = std::min(find_stop(data, "#;"), comment_start(data));
        if (data_end < data.size() && data[data_end] == ';')
            note(data_column + static_cast<int>(data_end),
                 "Mermaid cannot read ';' in a task: the rest of the line after it was ignored");
        data = data.substr(0, data_end);

        // Score, then actors, separated by ':'; Mermaid reads nothing after the actors.
        const std::size_t score_end = std::min(data.find(':'), data.size());
        const std::string_view score_text = trim(data.substr(0, score_end));
        std::size_t score_at = 0;
        while (score_at < score_end && is_space(data[score_at])) ++score_at;
        const int score_column = data_column + static_cast<int>(score_at);
        const std::optional<int> score = whole_score(score_text, score_column, name);
        std::vector<std::string> actors;
        if (score_end < data.size()) {
            std::string_view rest = data.substr(score_end + 1);
            const std::size_t extra = rest.find(':');
            if (extra != std::string_view::npos) {
                note(data_column + static_cast<int>(score_end + 1 + extra),
                     "Mermaid reads a task's score and one list of actors; the rest (" +
                         quoted(trim(rest.substr(extra))) + ") was left out");
                rest = rest.substr(0, extra);
            }
            std::size_t start = 0;
            while (start <= rest.size()) {
                const std::size_t comma = std::min(rest.find(',', start), rest.size());
                const std::string_view actor = trim(rest.substr(start, comma - start));
                if (!actor.empty() && std::find(actors.begin(), actors.end(), actor) == actors.end())
                    actors.emplace_back(actor);
                start = comma + 1;
            }
        }
        if (!score) return;
        add_scene(name, *score, actors, column);
    }

    // The task's score as a whole number from 1 to 5 (an error otherwise).
    std::optional<int> whole_score(std::string_view text, int column, std::string_view task) {
        const std::string t(text);
        if (t.empty()) {
            error(column, "the task " + quoted(task) + " has no score: write a whole number from 1 to 5 after ':'");
            return std::nullopt;
        }
        char* end = nullptr;
        const double value = std::strtod(t.c_str(), &end);
        const bool number = end == t.c_str() + t.size() && std::isfinite(value) &&
                            t.find_first_not_of("+-0123456789.") == std::string::npos;
        if (!number) {
            error(column, "the score of " + quoted(task) + " is " + quoted(t) +
                              ", not a number: write a whole number from 1 to 5");
            return std::nullopt;
        }
        if (value != std::floor(value) || value < 1 || value > 5) {
            error(column, "the score of " + quoted(task) + " is " + t +
                              ": Mermaid draws a score outside 1 to 5, or between whole numbers, off its chart; "
                              "write a whole number from 1 (very negative) to 5 (very positive)");
            return std::nullopt;
        }
        return static_cast<int>(value);
    }

    void add_scene(std::string_view name, int score, const std::vector<std::string>& actors, int column) {
        if (j_.stages.empty()) {
            Stage stage;
            stage.name = "Steps";
            stage.id = ids_.make(stage.name, "stage");
            j_.stages.push_back(std::move(stage));
            note(column, "a task before the first section: the tasks before it are put in a stage 'Steps'");
        }
        Scene scene;
        scene.name = std::string(name);
        scene.id = ids_.make(scene.name, "scene");
        scene.emotion = score - 3;
        bool customer = false;
        bool staff_lead = true;
        for (const auto& actor : actors) {
            if (is_customer_actor(actor, customer_word_)) {
                customer = true;
                if (customer_word_.empty()) {
                    customer_word_ = actor;
                    note(column, "actor " + quoted(actor) +
                                     " taken as the customer: the task is the customer's own "
                                     "action (customer lane)");
                } else if (actor != customer_word_ && !equals_ignoring_case(actor, customer_word_)) {
                    note(column, "actor " + quoted(actor) + " taken as the customer, as " + quoted(customer_word_) +
                                     " before it; a Mermaid export writes " + quoted(customer_word_));
                }
                continue;
            }
            Part part;
            part.role = role_for(actor, column);
            if (std::any_of(scene.parts.begin(), scene.parts.end(),
                            [&](const Part& p) { return p.role == part.role; })) {
                note(column, "actor " + quoted(actor) + " is named twice in this task: once is kept");
                continue;
            }
            part.kind = staff_lead ? PartKind::Lead : PartKind::Support;
            staff_lead = false;
            scene.parts.push_back(std::move(part));
        }
        // Only staff: they serve the customer face to face (frontstage); nobody: the customer's step.
        scene.lane = customer || actors.empty() ? Lane::Customer : Lane::Frontstage;
        j_.stages.back().scenes.push_back(std::move(scene));
        if (scenes_++ == 0) first_task_line_ = line_;
    }

    // Actors that differ only in capitals or spaces are one role, named as first written; each
    // other spelling is noted where it first appears.
    std::string role_for(const std::string& actor, int column) {
        auto found = roles_.find(actor);
        if (found != roles_.end()) return found->second;
        std::string key = role_key(actor);
        if (auto same = role_keys_.find(key); same != role_keys_.end()) {
            roles_.emplace(actor, same->second);
            note(column, "actor " + quoted(actor) + " taken as the role " + quoted(*find_role_name(same->second)) +
                             " (names that differ only in capitals or spaces are one role)");
            return same->second;
        }
        Role role;
        role.name = actor;
        role.id = ids_.make(actor, "role");
        role.zone = Zone::Frontstage;
        role.colour = edits::next_role_colour(j_);   // as the editor colours a new role
        roles_.emplace(actor, role.id);
        role_keys_.emplace(std::move(key), role.id);
        j_.cast.push_back(role);
        return role.id;
    }

    const std::string* find_role_name(const std::string& id) const {
        for (const auto& r : j_.cast)
            if (r.id == id) return &r.name;
        return &id;
    }

    void finish_description() {
        std::string text;
        for (const auto& l : description_lines_) {
            if (l.empty() && text.empty()) continue;
            if (!text.empty()) text += '\n';
            text += l;
        }
        while (!text.empty() && text.back() == '\n') text.pop_back();
        j_.description = text;
    }

    void cut_note(int column, const std::string& what, char at) {
        note(column, std::string("Mermaid ends ") + what + " at '" + at + "'" +
                         (at == '#' ? " (a comment starts there)" : "") + "; the rest of the line was ignored");
    }

    void note(int column, std::string message) { add(column, Severity::Note, std::move(message)); }
    void error(int column, std::string message) {
        ++errors_;
        add(column, Severity::Error, std::move(message));
    }
    void add(int column, Severity severity, std::string message) {
        Problem p;
        p.file = file_;
        p.line = line_;
        p.column = column;
        p.severity = severity;
        p.message = std::move(message);
        problems_.push_back(std::move(p));
    }

    std::string file_;
    std::string fallback_title_;
    std::vector<Problem>& problems_;
    int errors_ = 0;
    int scenes_ = 0, first_task_line_ = 0;
    Journey j_;
    IdMaker ids_;
    std::map<std::string, std::string> roles_;       // actor name as written -> role id
    std::map<std::string, std::string> role_keys_;   // role_key of an actor's name -> role id
    std::string customer_word_;                      // how the journey names its customer ("Me")
    std::string title_, acc_title_;
    bool header_ = false;
    bool in_front_matter_ = false, front_matter_seen_ = false;
    bool stopped_ = false;   // the text is not a journey: read no further
    int header_line_ = 0, acc_title_line_ = 0, acc_title_column_ = 1;
    bool in_description_ = false;
    std::vector<std::string> description_lines_;
    int description_line_ = 0, description_column_ = 0;
    bool in_directive_ = false;
    int directive_line_ = 0;
    int line_ = 0;
    std::string_view line_text_;
};

// Calls f(line_text, line_number) for each line of `text` from `first` (1-based) to `last`.
template <typename F>
void each_line(std::string_view text, F&& f) {
    int number = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!f(line, number)) return;
        if (end == text.size()) break;
        start = end + 1;
        ++number;
    }
}

void in_file_order(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

}   // namespace

bool is_customer_actor(std::string_view actor, std::string_view persona) {
    static constexpr std::string_view kWords[] = {"me", "i", "customer", "user", "the customer", "the user"};
    const std::string_view a = trim(actor);
    for (auto w : kWords)
        if (equals_ignoring_case(a, w)) return true;
    return !persona.empty() && equals_ignoring_case(a, trim(persona));
}

ImportResult read_mermaid_journey(std::string_view bytes, const std::string& file, const std::string& fallback_title) {
    ImportResult result;
    const std::optional<std::string> text = import_text_utf8(bytes, file, result.problems);
    if (!text) return result;
    Reader reader(file, fallback_title, result.problems);
    int last = 0;
    each_line(*text, [&](std::string_view line, int number) {
        reader.line(line, number);
        last = number;
        return true;
    });
    if (auto journey = reader.finish(last)) result.journeys.push_back(std::move(*journey));
    in_file_order(result.problems);
    return result;
}

ImportResult read_markdown_journeys(std::string_view bytes, const std::string& file,
                                    const std::string& fallback_title) {
    ImportResult result;
    const std::optional<std::string> text = import_text_utf8(bytes, file, result.problems);
    if (!text) return result;
    int last = 0;
    // Fenced blocks: ``` or ~~~ (three or more) with "mermaid" (or "{mermaid}") as the info, closed by the same
    // fence; Azure DevOps wikis write "::: mermaid" ... ":::". A block is a journey when its first
    // statement is the word 'journey'.
    enum class Block { Outside, Undecided, Journey, Other };
    Block block = Block::Outside;
    std::optional<Reader> reader;
    std::string fence;
    int block_line = 0, blocks = 0, journeys_found = 0;
    std::vector<Problem> block_problems;
    bool front_matter = false;
    auto skipped = [&](int line, const std::string& message, Severity severity) {
        Problem p;
        p.file = file;
        p.line = line;
        p.column = 1;
        p.severity = severity;
        p.message = message;
        result.problems.push_back(std::move(p));
    };
    each_line(*text, [&](std::string_view line, int number) {
        last = number;
        const std::string_view t = trim(line);
        if (block == Block::Outside) {
            // Indented four columns or more, a fence is the text of an indented code block.
            int indent = 0;
            for (char c : line) {
                if (c != ' ' && c != '\t') break;
                indent += c == '\t' ? 4 - indent % 4 : 1;
            }
            if (indent >= 4) return true;
            std::size_t n = 0;
            while (n < t.size() && (t[n] == '`' || t[n] == '~' || t[n] == ':') && t[n] == t[0]) ++n;
            // The info string: "mermaid", or "{mermaid}" as MyST and Sphinx write it; what follows
            // the first word ("mermaid title=...") is for other renderers.
            std::string_view info = trim(t.substr(n));
            if (info.size() >= 2 && info.front() == '{' && info.find('}') != std::string_view::npos)
                info = trim(info.substr(1, info.find('}') - 1));
            info = info.substr(0, std::min(info.find_first_of(" \t{"), info.size()));
            if (n >= 3 && equals_ignoring_case(info, "mermaid")) {
                fence = std::string(t.substr(0, n));
                block_line = number;
                block = Block::Undecided;
                front_matter = false;
                block_problems.clear();
                reader.emplace(file, fallback_title, block_problems);
                ++blocks;
            }
            return true;
        }
        if (t.size() >= fence.size() && t.substr(0, fence.size()) == fence && trim(t.substr(fence.size())).empty()) {
            if (block == Block::Journey) {
                auto journey = reader->finish(number);
                // Several untitled journeys of one file each get a title of their own, and the
                // note that named the journey after the file names it so.
                if (journey && journey->title == fallback_title && journeys_found > 0) {
                    journey->title += " " + std::to_string(journeys_found + 1);
                    const std::string named = "it is named " + quoted(fallback_title);
                    for (auto& p : block_problems)
                        if (auto at = p.message.find(named); at != std::string::npos)
                            p.message.replace(at, named.size(), "it is named " + quoted(journey->title));
                }
                result.problems.insert(result.problems.end(), block_problems.begin(), block_problems.end());
                if (journey) result.journeys.push_back(std::move(*journey));
                ++journeys_found;
            } else {
                skipped(block_line, "this Mermaid block is not a journey diagram: skipped", Severity::Note);
            }
            reader.reset();
            block = Block::Outside;
            return true;
        }
        if (block == Block::Other) return true;
        // Front matter before the diagram's keyword belongs to whatever diagram follows it.
        if (block == Block::Undecided && (t == "---" || front_matter)) {
            if (t == "---") front_matter = !front_matter;
            reader->line(line, number);
            return true;
        }
        if (block == Block::Undecided && !t.empty() && t.substr(0, 2) != "%%") {
            block = starts_with_ignoring_case(t, "journey") ? Block::Journey : Block::Other;
            if (block == Block::Other) return true;
        }
        reader->line(line, number);
        return true;
    });
    if (block == Block::Journey)
        skipped(block_line, "this Mermaid block is not closed: end it with " + fence, Severity::Error);
    if (journeys_found == 0 && !has_errors(result.problems)) {
        Problem p;
        p.file = file;
        p.line = std::max(1, last);
        p.message = blocks == 0 ? "no ```mermaid block in this Markdown file: nothing to import"
                                : "none of the Mermaid blocks in this Markdown file is a journey: nothing to import";
        result.problems.push_back(std::move(p));
    }
    if (has_errors(result.problems)) result.journeys.clear();
    in_file_order(result.problems);
    return result;
}

}   // namespace stagecraft
