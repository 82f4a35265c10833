// A journey as Mermaid text (see mermaid_writer.hpp).
#include "export/mermaid_writer.hpp"

#include <algorithm>

#include "model/interchange/mermaid_reader.hpp"

namespace stagecraft {

namespace {

// Where a text goes: each has its own characters that Mermaid would stop at.
enum class Place { Title, Section, Task, Actor };

std::string quoted(const std::string& s) { return "'" + s + "'"; }

bool starts_with_ignoring_case(const std::string& s, const std::string& word) {
    if (s.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

// True when Mermaid's lexer would read the start of a task line as a keyword.
bool starts_with_keyword(const std::string& s) {
    auto then = [&](std::size_t n, const char* next) {
        return s.size() > n && std::string(next).find(s[n]) != std::string::npos;
    };
    if (starts_with_ignoring_case(s, "journey")) return true;
    if (starts_with_ignoring_case(s, "title") && then(5, " \t")) return true;
    if (starts_with_ignoring_case(s, "section") && then(7, " \t")) return true;
    for (const char* acc : {"acctitle", "accdescr"})
        if (starts_with_ignoring_case(s, acc)) {
            std::size_t n = 8;
            while (n < s.size() && (s[n] == ' ' || s[n] == '\t')) ++n;
            if (n < s.size() && (s[n] == ':' || s[n] == '{')) return true;
        }
    return false;
}

class Writer {
public:
    explicit Writer(std::vector<std::string>& notes) : notes_(notes) {}

    // `text` written so that Mermaid reads all of it in `place`; `what` names it in notes.
    std::string safe(const std::string& text, Place place, const std::string& what) {
        std::string out;
        std::vector<std::string> changed;
        bool keyword = false;
        auto swap = [&](const char* from, const char* to) {
            const std::string mark = std::string("'") + from + "' as '" + to + "'";
            if (std::find(changed.begin(), changed.end(), mark) == changed.end()) changed.push_back(mark);
            out += to;
        };
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n' || c == '\r' || c == '\t') {
                if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
                swap(c == '\t' ? "\\t" : "\\n", " ");
            } else if (c == '#') {
                swap("#", "\xEF\xBC\x83");   // FULLWIDTH NUMBER SIGN
            } else if (c == ';') {
                swap(";", "\xEF\xBC\x9B");   // FULLWIDTH SEMICOLON
            } else if (c == ':' && place != Place::Title) {
                swap(":", "\xE2\x88\xB6");   // RATIO
            } else if (c == ',' && place == Place::Actor) {
                swap(",", "\xE2\x80\x9A");   // SINGLE LOW-9 QUOTATION MARK
            } else if (c == '%' && i + 1 < text.size() && text[i + 1] == '%') {
                swap("%", "\xEF\xBC\x85");   // FULLWIDTH PERCENT SIGN
            } else {
                out += c;
            }
        }
        // Mermaid trims what surrounds a name.
        const std::size_t first = out.find_first_not_of(' ');
        out = first == std::string::npos ? std::string() : out.substr(first, out.find_last_not_of(' ') - first + 1);
        if (place == Place::Task && starts_with_keyword(out)) {
            out = "\xE2\x80\x8B" + out;
            changed.push_back("a zero-width space before it");
            keyword = true;
        }
        if (!changed.empty()) {
            std::string list;
            for (std::size_t k = 0; k < changed.size(); ++k)
                list += (k == 0 ? "" : k + 1 == changed.size() ? " and " : ", ") + changed[k];
            const bool cut = changed.size() > (keyword ? 1u : 0u);
            std::string why;
            if (cut)
                why = place == Place::Actor ? "Mermaid would cut an actor's name there"
                                            : "Mermaid would cut the name there";
            if (keyword) why += std::string(cut ? "; " : "") + "Mermaid would read its first word as a keyword";
            notes_.push_back(what + " " + quoted(text) + " is written with " + list + " (" + why + ")");
        }
        return out;
    }

private:
    std::vector<std::string>& notes_;
};

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}   // namespace

std::string mermaid_customer_actor(const Journey& journey) {
    if (journey.persona && is_customer_actor(journey.persona->name)) return journey.persona->name;
    return "Customer";
}

MermaidText journey_to_mermaid(const Journey& journey) {
    MermaidText out;
    Writer w(out.notes);
    std::string& t = out.text;
    t += "journey\n";
    const std::string title = journey.title.empty() ? journey.id : journey.title;
    t += "    title " + w.safe(title, Place::Title, "The title") + "\n";
    // accTitle and accDescr take the rest of their line, whatever it holds.
    std::string acc_title = title;
    std::replace(acc_title.begin(), acc_title.end(), '\n', ' ');
    t += "    accTitle: " + acc_title + "\n";
    if (!journey.description.empty()) {
        if (journey.description.find('\n') == std::string::npos) {
            t += "    accDescr: " + journey.description + "\n";
        } else {
            std::string d = journey.description;
            if (d.find('}') != std::string::npos) {
                std::replace(d.begin(), d.end(), '}', ')');
                out.notes.push_back("The description's '}' is written as ')' (it would end Mermaid's accDescr { })");
            }
            t += "    accDescr {\n";
            std::size_t start = 0;
            while (start <= d.size()) {
                const std::size_t end = std::min(d.find('\n', start), d.size());
                t += "        " + d.substr(start, end - start) + "\n";
                start = end + 1;
            }
            t += "    }\n";
        }
    }
    const std::string customer = mermaid_customer_actor(journey);
    std::size_t unscored = 0, behind = 0, understudies = 0;
    for (const Stage& stage : journey.stages) {
        t += "    section " + w.safe(name_or_id(stage), Place::Section, "Stage") + "\n";
        for (const Scene& scene : stage.scenes) {
            if (scene.lane != Lane::Customer && scene.lane != Lane::Frontstage) {
                ++behind;
                continue;
            }
            std::vector<std::string> actors;
            if (scene.lane == Lane::Customer) actors.push_back(customer);
            for (PartKind kind : {PartKind::Lead, PartKind::Support})
                for (const Part& part : scene.parts) {
                    if (part.kind != kind) continue;
                    const Role* role = find_role(journey, part.role);
                    actors.push_back(w.safe(role ? name_or_id(*role) : part.role, Place::Actor, "Role"));
                }
            for (const Part& part : scene.parts) understudies += part.kind == PartKind::Understudy ? 1 : 0;
            if (!scene.emotion) ++unscored;
            const int score = scene.emotion.value_or(0) + 3;
            t += "      " + w.safe(name_or_id(scene), Place::Task, "Scene") + ": " + std::to_string(score);
            if (!actors.empty()) {
                t += ": ";
                for (std::size_t k = 0; k < actors.size(); ++k) t += (k ? ", " : "") + actors[k];
            }
            t += "\n";
        }
    }
    if (unscored)
        out.notes.push_back(plural(unscored, "scene has", "scenes have") +
                            " no emotion: written with score 3 (neutral), which reads back as emotion 0");
    if (behind)
        out.notes.push_back(plural(behind, "backstage or support scene is", "backstage or support scenes are") +
                            " left out: a Mermaid journey shows the customer's path");
    if (understudies)
        out.notes.push_back(plural(understudies, "understudy part is", "understudy parts are") +
                            " left out: Mermaid actors are the lead and support roles");
    // The rest a Mermaid journey cannot say, when this journey says it.
    std::vector<std::string> left;
    std::size_t pains = 0, props = 0, scripts = 0, kpis = 0, opportunities = 0, timed = 0, channels = 0;
    for (const Stage& stage : journey.stages)
        for (const Scene& scene : stage.scenes) {
            pains += scene.pains.size();
            opportunities += scene.opportunities.size();
            props += scene.props.size();
            kpis += scene.kpis.size();
            scripts += scene.script.empty() ? 0 : 1;
            timed += scene.minutes || scene.wait ? 1 : 0;
            channels += scene.channel != Channel::InPerson ? 1 : 0;
        }
    auto count = [&](std::size_t n, const char* one, const char* many) {
        if (n) left.push_back(plural(n, one, many));
    };
    count(pains, "pain point", "pain points");
    count(opportunities, "opportunity", "opportunities");
    count(props, "prop", "props");
    count(scripts, "script", "scripts");
    count(kpis, "KPI", "KPIs");
    count(journey.flows.size(), "flow", "flows");
    count(channels, "channel other than in person", "channels other than in person");
    count(timed, "scene's minutes or wait", "scenes' minutes and waits");
    if (journey.kind == JourneyKind::Employee) left.push_back("the journey's kind (employee)");
    if (journey.persona && !is_customer_actor(journey.persona->name))
        left.push_back("the persona (" + journey.persona->name + ", written as 'Customer')");
    if (!journey.principles.empty()) left.push_back("the principles");
    if (!left.empty()) {
        std::string list;
        for (std::size_t k = 0; k < left.size(); ++k)
            list += (k == 0 ? "" : k + 1 == left.size() ? " and " : ", ") + left[k];
        out.notes.push_back("a Mermaid journey does not hold " + list);
    }
    for (const Role& role : journey.cast)
        if (is_customer_actor(role.name))
            out.notes.push_back("role " + quoted(role.name) +
                                " is written as an actor that names the customer: read back, its scenes are the "
                                "customer's own");
    // A role changed in every scene it plays is told once.
    std::vector<std::string> once;
    for (auto& n : out.notes)
        if (std::find(once.begin(), once.end(), n) == once.end()) once.push_back(std::move(n));
    out.notes = std::move(once);
    return out;
}

}   // namespace stagecraft
