// Canonical .journey.xml output: fixed element and attribute order, 2-space indent, empty
// values left out, unknown content written back, as read, where it stood. Written straight to
// text (no intermediate document), which keeps saving large journeys fast.
#include "model/io/xml_writer.hpp"

#include <cstring>
#include <string>
#include <vector>

#include "model/analysis.hpp"

namespace stagecraft {
namespace {

constexpr const char* kNamespace = "urn:stagecraft:journey";

// Appends `text` with the characters XML needs escaped. In attribute values the quote and the
// whitespace characters that XML would otherwise normalise are escaped as well.
void append_escaped(std::string& out, std::string_view text, bool attribute) {
    const char* specials = attribute ? "&<>\"\t\n\r" : "&<>\r";
    std::size_t from = 0;
    for (;;) {
        std::size_t at = text.find_first_of(specials, from);
        if (at == std::string_view::npos) {
            out.append(text.substr(from));
            return;
        }
        out.append(text.substr(from, at - from));
        switch (text[at]) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
        }
        from = at + 1;
    }
}

class Emitter {
public:
    std::string out;

    void begin(const char* name) {
        open_parent();
        indent();
        out += '<';
        out += name;
        stack_.push_back(Open{name, false});
    }
    // An optional attribute: not written when empty.
    void attr(const char* name, const std::string& value) {
        if (value.empty()) return;
        required_attr(name, value);
    }
    // A required attribute: written even when empty (name=""), so the file reads back.
    void required_attr(const char* name, const std::string& value) {
        raw_attr(name);
        append_escaped(out, value, true);
        out += '"';
    }
    void attr(const char* name, std::string_view value) {
        raw_attr(name);
        out.append(value.data(), value.size());
        out += '"';
    }
    void attr(const char* name, const std::optional<double>& value) {
        if (value) attr(name, std::string_view(format_number(*value)));
    }
    void end() {
        Open top = stack_.back();
        stack_.pop_back();
        if (!top.has_children) {
            out += " />\n";
            return;
        }
        indent();
        out += "</";
        out += top.name;
        out += ">\n";
    }
    // <name>text</name> on one line.
    void leaf(const char* name, const std::string& text) {
        open_parent();
        indent();
        out += '<';
        out += name;
        out += '>';
        append_xml_text(out, text);
        out += "</";
        out += name;
        out += ">\n";
    }
    // An unknown element, exactly as it was read, on a line of its own.
    void fragment(const std::string& xml) {
        open_parent();
        indent();
        out += xml;
        out += '\n';
    }
    void unknown_attrs(const Extras& extras) {
        for (const auto& a : extras.attributes) {
            raw_attr(a.name.c_str());
            append_escaped(out, a.value, true);
            out += '"';
        }
    }

private:
    struct Open {
        const char* name;
        bool has_children;
    };
    std::vector<Open> stack_;

    void raw_attr(const char* name) {
        out += ' ';
        out += name;
        out += "=\"";
    }
    void open_parent() {
        if (!stack_.empty() && !stack_.back().has_children) {
            stack_.back().has_children = true;
            out += ">\n";
        }
    }
    void indent() { out.append(2 * stack_.size(), ' '); }
};

class Writer {
public:
    Emitter e;

    // Before the next known child: the unknown elements read after `known` known children.
    void unknown_before(const Extras& extras, std::size_t& known) {
        for (const auto& x : extras.elements)
            if (x.after == known) e.fragment(x.xml);
        ++known;
    }
    // At the end of an element: unknown elements recorded after `known` or more known children.
    void unknown_rest(const Extras& extras, std::size_t known) {
        for (const auto& x : extras.elements)
            if (x.after >= known) e.fragment(x.xml);
    }
    void leaf(const char* name, const std::string& text, const Extras& extras, std::size_t& known,
              bool always = false) {
        if (text.empty() && !always) return;
        unknown_before(extras, known);
        e.leaf(name, text);
    }
    void begin(const char* name, const Extras& extras, std::size_t& known) {
        unknown_before(extras, known);
        e.begin(name);
    }

    void write(const Journey& j) {
        e.out.reserve(1024 + scene_count(j) * 900);
        e.out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        e.begin("journey");
        e.attr("xmlns", std::string_view(kNamespace));
        e.attr("format", std::string_view(std::to_string(Journey::kFormat)));
        e.attr("id", j.id);
        e.attr("kind", to_string(j.kind));
        e.unknown_attrs(j.extras);

        std::size_t known = 0;
        leaf("title", j.title, j.extras, known, true);
        leaf("description", j.description, j.extras, known);
        const Meta& m = j.meta;
        if (!m.empty()) {
            begin("meta", j.extras, known);
            e.attr("author", m.author);
            e.attr("organisation", m.organisation);
            e.attr("created", m.created);
            e.attr("modified", m.modified);
            e.unknown_attrs(m.extras);
            unknown_rest(m.extras, 0);
            e.end();
        }
        if (j.persona) {
            const Persona& p = *j.persona;
            begin("persona", j.extras, known);
            e.attr("id", p.id);
            e.required_attr("name", p.name);
            e.unknown_attrs(p.extras);
            std::size_t k = 0;
            leaf("description", p.description, p.extras, k);
            for (const auto& g : p.goals) leaf("goal", g, p.extras, k, true);
            for (const auto& g : p.needs) leaf("need", g, p.extras, k, true);
            unknown_rest(p.extras, k);
            e.end();
        }
        if (!j.principles.empty() || !j.principles_extras.empty()) {
            begin("principles", j.extras, known);
            e.unknown_attrs(j.principles_extras);
            std::size_t k = 0;
            for (const auto& p : j.principles) {
                begin("principle", j.principles_extras, k);
                e.attr("id", p.id);
                e.required_attr("name", p.name);
                e.unknown_attrs(p.extras);
                std::size_t kk = 0;
                leaf("description", p.description, p.extras, kk);
                unknown_rest(p.extras, kk);
                e.end();
            }
            unknown_rest(j.principles_extras, k);
            e.end();
        }
        if (!j.cast.empty() || !j.cast_extras.empty()) {
            begin("cast", j.extras, known);
            e.unknown_attrs(j.cast_extras);
            std::size_t k = 0;
            for (const auto& r : j.cast) {
                begin("role", j.cast_extras, k);
                e.attr("id", r.id);
                e.required_attr("name", r.name);
                e.attr("zone", to_string(r.zone));
                e.attr("colour", r.colour);
                e.attr("capacity", r.capacity);
                e.unknown_attrs(r.extras);
                std::size_t kk = 0;
                leaf("description", r.description, r.extras, kk);
                unknown_rest(r.extras, kk);
                e.end();
            }
            unknown_rest(j.cast_extras, k);
            e.end();
        }
        begin("stages", j.extras, known);
        e.unknown_attrs(j.stages_extras);
        std::size_t k = 0;
        for (const auto& s : j.stages) {
            begin("stage", j.stages_extras, k);
            write_stage(s);
            e.end();
        }
        unknown_rest(j.stages_extras, k);
        e.end();
        if (!j.flows.empty() || !j.flows_extras.empty()) {
            begin("flows", j.extras, known);
            e.unknown_attrs(j.flows_extras);
            std::size_t kf = 0;
            for (const auto& f : j.flows) {
                begin("flow", j.flows_extras, kf);
                e.attr("from", f.from);
                e.attr("to", f.to);
                e.attr("kind", to_string(f.kind));
                e.attr("label", f.label);
                e.attr("condition", f.condition);
                e.unknown_attrs(f.extras);
                unknown_rest(f.extras, 0);
                e.end();
            }
            unknown_rest(j.flows_extras, kf);
            e.end();
        }
        unknown_rest(j.extras, known);
        e.end();
    }

    void write_stage(const Stage& s) {
        e.attr("id", s.id);
        e.required_attr("name", s.name);
        e.unknown_attrs(s.extras);
        std::size_t k = 0;
        leaf("goal", s.goal, s.extras, k);
        for (const auto& t : s.scenes) {
            begin("touchpoint", s.extras, k);
            write_scene(t);
            e.end();
        }
        unknown_rest(s.extras, k);
    }

    void write_scene(const Scene& t) {
        e.attr("id", t.id);
        e.required_attr("name", t.name);
        e.attr("lane", to_string(t.lane));
        e.attr("channel", to_string(t.channel));
        if (t.emotion) e.attr("emotion", std::string_view(std::to_string(*t.emotion)));
        e.attr("minutes", t.minutes);
        e.attr("wait", t.wait);
        e.attr("follow-up", t.follow_up);
        if (t.fail_point) e.attr("fail-point", std::string_view("true"));
        if (t.moment_of_truth) e.attr("moment-of-truth", std::string_view("true"));
        e.unknown_attrs(t.extras);
        std::size_t k = 0;
        leaf("description", t.description, t.extras, k);
        leaf("script", t.script, t.extras, k);
        for (const auto& p : t.parts) {
            begin("part", t.extras, k);
            e.attr("role", p.role);
            e.attr("as", to_string(p.kind));
            e.unknown_attrs(p.extras);
            unknown_rest(p.extras, 0);
            e.end();
        }
        for (const auto& s : t.props) leaf("prop", s, t.extras, k, true);
        for (const auto& s : t.pains) leaf("pain", s, t.extras, k, true);
        for (const auto& s : t.opportunities) leaf("opportunity", s, t.extras, k, true);
        for (const auto& kpi : t.kpis) {
            begin("kpi", t.extras, k);
            e.required_attr("name", kpi.name);
            e.attr("unit", kpi.unit);
            e.attr("target", kpi.target);
            e.attr("actual", kpi.actual);
            e.unknown_attrs(kpi.extras);
            unknown_rest(kpi.extras, 0);
            e.end();
        }
        for (const auto& tag : t.principles) {
            begin("principle", t.extras, k);
            e.attr("ref", tag.ref);
            e.unknown_attrs(tag.extras);
            unknown_rest(tag.extras, 0);
            e.end();
        }
        unknown_rest(t.extras, k);
    }
};

}  // namespace

void append_xml_text(std::string& out, std::string_view text) {
    if (!text.empty() && text.find_first_not_of(" \t\n\r") == std::string_view::npos) {
        for (char c : text) out += c == ' ' ? "&#32;" : c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;";
        return;
    }
    append_escaped(out, text, false);
}

std::string journey_to_xml(const Journey& journey) {
    Writer w;
    w.write(journey);
    return std::move(w.e.out);
}

}  // namespace stagecraft
