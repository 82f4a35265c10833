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
    // A container element (<cast>, <stages>, ...) holding one `item` element per value, each
    // written by `write_item`; left out when it has nothing to hold unless `always`.
    template <typename T, typename WriteItem>
    void list(const char* container, const char* item, const std::vector<T>& values, const Extras& own,
              const Extras& parent, std::size_t& known, bool always, WriteItem write_item) {
        if (!always && values.empty() && own.empty()) return;
        begin(container, parent, known);
        e.unknown_attrs(own);
        std::size_t k = 0;
        for (const T& value : values) {
            begin(item, own, k);
            write_item(value);
            e.end();
        }
        unknown_rest(own, k);
        e.end();
    }
    // The rest of an element whose only known child is its <description>.
    template <typename T>
    void described(const T& element) {
        e.unknown_attrs(element.extras);
        std::size_t k = 0;
        leaf("description", element.description, element.extras, k);
        unknown_rest(element.extras, k);
    }
    // An element of attributes only (<part>, <kpi>, ...): `attrs` writes the known ones.
    template <typename WriteAttrs>
    void attributes_element(const char* name, const Extras& own, const Extras& parent, std::size_t& known,
                            WriteAttrs attrs) {
        begin(name, parent, known);
        attrs();
        e.unknown_attrs(own);
        unknown_rest(own, 0);
        e.end();
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
            attributes_element("meta", m.extras, j.extras, known, [&] {
                e.attr("author", m.author);
                e.attr("organisation", m.organisation);
                e.attr("created", m.created);
                e.attr("modified", m.modified);
            });
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
        const auto principle = [&](const Principle& p) {
            e.attr("id", p.id);
            e.required_attr("name", p.name);
            described(p);
        };
        const auto role = [&](const Role& r) {
            e.attr("id", r.id);
            e.required_attr("name", r.name);
            e.attr("zone", to_string(r.zone));
            e.attr("colour", r.colour);
            e.attr("capacity", r.capacity);
            described(r);
        };
        const auto flow = [&](const Flow& f) {
            e.attr("from", f.from);
            e.attr("to", f.to);
            e.attr("kind", to_string(f.kind));
            e.attr("label", f.label);
            e.attr("condition", f.condition);
            e.unknown_attrs(f.extras);
            unknown_rest(f.extras, 0);
        };
        list("principles", "principle", j.principles, j.principles_extras, j.extras, known, false, principle);
        list("cast", "role", j.cast, j.cast_extras, j.extras, known, false, role);
        list("stages", "stage", j.stages, j.stages_extras, j.extras, known, true,
             [&](const Stage& s) { write_stage(s); });
        list("flows", "flow", j.flows, j.flows_extras, j.extras, known, false, flow);
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
            attributes_element("part", p.extras, t.extras, k, [&] {
                e.attr("role", p.role);
                e.attr("as", to_string(p.kind));
            });
        }
        for (const auto& s : t.props) leaf("prop", s, t.extras, k, true);
        for (const auto& s : t.pains) leaf("pain", s, t.extras, k, true);
        for (const auto& s : t.opportunities) leaf("opportunity", s, t.extras, k, true);
        for (const auto& kpi : t.kpis) {
            attributes_element("kpi", kpi.extras, t.extras, k, [&] {
                e.required_attr("name", kpi.name);
                e.attr("unit", kpi.unit);
                e.attr("target", kpi.target);
                e.attr("actual", kpi.actual);
            });
        }
        for (const auto& tag : t.principles)
            attributes_element("principle", tag.extras, t.extras, k, [&] { e.attr("ref", tag.ref); });
        unknown_rest(t.extras, k);
    }
};

}   // namespace

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

}   // namespace stagecraft
