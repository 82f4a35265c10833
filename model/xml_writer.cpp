// Canonical .journey.xml output: fixed element and attribute order, 2-space indent, empty
// values left out, unknown content written back where it was read.
#include "xml_writer.hpp"

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "analysis.hpp"

namespace stagecraft {
namespace {

constexpr const char* kNamespace = "urn:stagecraft:journey";
const std::string kMarker = "stagecraft-extra:";

class Writer {
public:
    // Appends a child element, first writing back the unknown elements that stood before the
    // `known`-th known child.
    pugi::xml_node child(pugi::xml_node parent, const char* name, const Extras& extras, std::size_t& known) {
        flush_unknown(parent, extras, known);
        ++known;
        return parent.append_child(name);
    }

    void text_child(pugi::xml_node parent, const char* name, const std::string& text, const Extras& extras,
                    std::size_t& known, bool always = false) {
        if (text.empty() && !always) return;
        pugi::xml_node n = child(parent, name, extras, known);
        n.append_child(pugi::node_pcdata).set_value(text.c_str());
    }

    // Unknown elements recorded after `known` known children, written before the next known one.
    void flush_unknown(pugi::xml_node parent, const Extras& extras, std::size_t known) {
        for (const auto& e : extras.elements)
            if (e.after == known) append_fragment(parent, e.xml);
    }
    // What is left at the end of an element (recorded after more known children than are written).
    void flush_rest(pugi::xml_node parent, const Extras& extras, std::size_t known) {
        for (const auto& e : extras.elements)
            if (e.after >= known) append_fragment(parent, e.xml);
    }

    // Unknown elements are written back as the exact text they were read as: a marker comment
    // stands in the tree and is replaced after serialisation. The tree holds no other comments
    // (text is escaped), so markers cannot be confused with content.
    void append_fragment(pugi::xml_node parent, const std::string& xml) {
        std::string marker = kMarker + std::to_string(fragments.size());
        parent.append_child(pugi::node_comment).set_value(marker.c_str());
        fragments.push_back(&xml);
    }

    std::vector<const std::string*> fragments;

    static void attr(pugi::xml_node n, const char* name, const std::string& value) {
        if (!value.empty()) n.append_attribute(name).set_value(value.c_str());
    }
    static void attr(pugi::xml_node n, const char* name, std::string_view value) {
        n.append_attribute(name).set_value(std::string(value).c_str());
    }
    static void attr(pugi::xml_node n, const char* name, const std::optional<double>& value) {
        if (value) n.append_attribute(name).set_value(format_number(*value).c_str());
    }
    static void unknown_attrs(pugi::xml_node n, const Extras& extras) {
        for (const auto& a : extras.attributes) n.append_attribute(a.name.c_str()).set_value(a.value.c_str());
    }

    void write(const Journey& j, pugi::xml_document& doc) {
        pugi::xml_node decl = doc.append_child(pugi::node_declaration);
        decl.append_attribute("version").set_value("1.0");
        decl.append_attribute("encoding").set_value("UTF-8");

        pugi::xml_node root = doc.append_child("journey");
        root.append_attribute("xmlns").set_value(kNamespace);
        root.append_attribute("format").set_value(Journey::kFormat);
        attr(root, "id", j.id);
        attr(root, "kind", to_string(j.kind));
        unknown_attrs(root, j.extras);

        std::size_t known = 0;
        text_child(root, "title", j.title, j.extras, known, true);
        text_child(root, "description", j.description, j.extras, known);
        const Meta& m = j.meta;
        if (!m.author.empty() || !m.organisation.empty() || !m.created.empty() || !m.modified.empty() ||
            !m.extras.empty()) {
            pugi::xml_node n = child(root, "meta", j.extras, known);
            attr(n, "author", m.author);
            attr(n, "organisation", m.organisation);
            attr(n, "created", m.created);
            attr(n, "modified", m.modified);
            unknown_attrs(n, m.extras);
            flush_rest(n, m.extras, 0);
        }
        if (j.persona) write_persona(child(root, "persona", j.extras, known), *j.persona);
        if (!j.principles.empty() || !j.principles_extras.empty()) {
            pugi::xml_node list = child(root, "principles", j.extras, known);
            unknown_attrs(list, j.principles_extras);
            std::size_t k = 0;
            for (const auto& p : j.principles) {
                pugi::xml_node n = child(list, "principle", j.principles_extras, k);
                attr(n, "id", p.id);
                attr(n, "name", p.name);
                unknown_attrs(n, p.extras);
                std::size_t kk = 0;
                text_child(n, "description", p.description, p.extras, kk);
                flush_rest(n, p.extras, kk);
            }
            flush_rest(list, j.principles_extras, k);
        }
        if (!j.cast.empty() || !j.cast_extras.empty()) {
            pugi::xml_node list = child(root, "cast", j.extras, known);
            unknown_attrs(list, j.cast_extras);
            std::size_t k = 0;
            for (const auto& r : j.cast) {
                pugi::xml_node n = child(list, "role", j.cast_extras, k);
                attr(n, "id", r.id);
                attr(n, "name", r.name);
                attr(n, "zone", to_string(r.zone));
                attr(n, "colour", r.colour);
                attr(n, "capacity", r.capacity);
                unknown_attrs(n, r.extras);
                std::size_t kk = 0;
                text_child(n, "description", r.description, r.extras, kk);
                flush_rest(n, r.extras, kk);
            }
            flush_rest(list, j.cast_extras, k);
        }
        {
            pugi::xml_node list = child(root, "stages", j.extras, known);
            unknown_attrs(list, j.stages_extras);
            std::size_t k = 0;
            for (const auto& s : j.stages) write_stage(child(list, "stage", j.stages_extras, k), s);
            flush_rest(list, j.stages_extras, k);
        }
        if (!j.flows.empty() || !j.flows_extras.empty()) {
            pugi::xml_node list = child(root, "flows", j.extras, known);
            unknown_attrs(list, j.flows_extras);
            std::size_t k = 0;
            for (const auto& f : j.flows) {
                pugi::xml_node n = child(list, "flow", j.flows_extras, k);
                attr(n, "from", f.from);
                attr(n, "to", f.to);
                attr(n, "kind", to_string(f.kind));
                attr(n, "label", f.label);
                attr(n, "condition", f.condition);
                unknown_attrs(n, f.extras);
                flush_rest(n, f.extras, 0);
            }
            flush_rest(list, j.flows_extras, k);
        }
        flush_rest(root, j.extras, known);
    }

    void write_persona(pugi::xml_node n, const Persona& p) {
        attr(n, "id", p.id);
        attr(n, "name", p.name);
        unknown_attrs(n, p.extras);
        std::size_t k = 0;
        text_child(n, "description", p.description, p.extras, k);
        for (const auto& g : p.goals) text_child(n, "goal", g, p.extras, k, true);
        for (const auto& g : p.needs) text_child(n, "need", g, p.extras, k, true);
        flush_rest(n, p.extras, k);
    }

    void write_stage(pugi::xml_node n, const Stage& s) {
        attr(n, "id", s.id);
        attr(n, "name", s.name);
        unknown_attrs(n, s.extras);
        std::size_t k = 0;
        text_child(n, "goal", s.goal, s.extras, k);
        for (const auto& t : s.touchpoints) write_touchpoint(child(n, "touchpoint", s.extras, k), t);
        flush_rest(n, s.extras, k);
    }

    void write_touchpoint(pugi::xml_node n, const Touchpoint& t) {
        attr(n, "id", t.id);
        attr(n, "name", t.name);
        attr(n, "lane", to_string(t.lane));
        attr(n, "channel", to_string(t.channel));
        if (t.emotion) n.append_attribute("emotion").set_value(*t.emotion);
        attr(n, "minutes", t.minutes);
        attr(n, "wait", t.wait);
        attr(n, "follow-up", t.follow_up);
        if (t.fail_point) n.append_attribute("fail-point").set_value("true");
        if (t.moment_of_truth) n.append_attribute("moment-of-truth").set_value("true");
        unknown_attrs(n, t.extras);
        std::size_t k = 0;
        text_child(n, "description", t.description, t.extras, k);
        text_child(n, "script", t.script, t.extras, k);
        for (const auto& p : t.cast) {
            pugi::xml_node c = child(n, "part", t.extras, k);
            attr(c, "role", p.role);
            attr(c, "as", to_string(p.kind));
            unknown_attrs(c, p.extras);
            flush_rest(c, p.extras, 0);
        }
        for (const auto& s : t.props) text_child(n, "prop", s, t.extras, k, true);
        for (const auto& s : t.pains) text_child(n, "pain", s, t.extras, k, true);
        for (const auto& s : t.opportunities) text_child(n, "opportunity", s, t.extras, k, true);
        for (const auto& kpi : t.kpis) {
            pugi::xml_node c = child(n, "kpi", t.extras, k);
            attr(c, "name", kpi.name);
            attr(c, "unit", kpi.unit);
            attr(c, "target", kpi.target);
            attr(c, "actual", kpi.actual);
            unknown_attrs(c, kpi.extras);
            flush_rest(c, kpi.extras, 0);
        }
        for (const auto& tag : t.principles) {
            pugi::xml_node c = child(n, "principle", t.extras, k);
            attr(c, "ref", tag.ref);
            unknown_attrs(c, tag.extras);
            flush_rest(c, tag.extras, 0);
        }
        flush_rest(n, t.extras, k);
    }
};

struct StringSink : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

}  // namespace

std::string journey_to_xml(const Journey& journey) {
    pugi::xml_document doc;
    Writer writer;
    writer.write(journey, doc);
    StringSink sink;
    doc.save(sink, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    if (writer.fragments.empty()) return std::move(sink.out);

    const std::string open = "<!--" + kMarker;
    std::string out;
    out.reserve(sink.out.size());
    std::size_t from = 0;
    for (;;) {
        std::size_t at = sink.out.find(open, from);
        if (at == std::string::npos) break;
        std::size_t digits = at + open.size();
        std::size_t close = sink.out.find("-->", digits);
        std::size_t index = std::stoul(sink.out.substr(digits, close - digits));
        out.append(sink.out, from, at - from);
        out += *writer.fragments.at(index);
        from = close + 3;
    }
    out.append(sink.out, from, std::string::npos);
    return out;
}

}  // namespace stagecraft
