// The element reader: the elements of a parsed journey file into the model, each attribute
// checked and each problem placed at its line:column; unknown attributes and elements kept to
// be written back.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "model/io/reader_detail.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"

namespace stagecraft::reader_detail {
namespace {

constexpr const char* kNamespace = "urn:stagecraft:journey";

// The attributes of one element, read in a single pass: the known ones by index, the rest kept
// in `extras` to be written back.
template <std::size_t N>
struct Attrs {
    pugi::xml_attribute at[N];
    Attrs(pugi::xml_node n, const char* const (&names)[N], Extras& extras, ElementReader& reader) {
        std::size_t next = 0;   // canonical files write the attributes in the order of `names`
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
            const char* name = a.name();
            std::size_t i = next;
            if (i >= N || !same(name, names[i]))
                for (i = 0; i < N && !same(name, names[i]); ++i) {}
            if (i < N && !at[i]) {
                at[i] = a;
                next = i + 1;
            } else if (i < N || named_before(n, a, name)) {
                reader.error_attribute_repeated(n, name);
            } else {
                extras.attributes.push_back(ExtraAttribute{name, a.value()});
            }
        }
    }
    pugi::xml_attribute operator[](std::size_t i) const { return at[i]; }
};

// Attributes of elements that have none of their own.
void keep_all_attributes(pugi::xml_node n, Extras& extras, ElementReader& reader) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        if (named_before(n, a, a.name()))
            reader.error_attribute_repeated(n, a.name());
        else
            extras.attributes.push_back(ExtraAttribute{a.name(), a.value()});
    }
}

}   // namespace

template <typename E>
std::optional<E> ElementReader::enum_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr,
                                          std::optional<E> (*parse)(std::string_view),
                                          const std::vector<std::string_view>& names, bool is_required) {
    if (!a) {
        if (is_required) required(n, a, attr);
        return std::nullopt;
    }
    auto v = parse(a.value());
    if (!v) {
        std::string allowed;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i) allowed += i + 1 == names.size() ? " or " : ", ";
            allowed += names[i];
        }
        error_attr(n, attr,
                   std::string("unknown ") + attr + " '" + a.value() + "' on <" + n.name() + ">; use " + allowed);
    }
    return v;
}

void ElementReader::error_at(std::size_t offset, std::string message) {
    SourcePos p = src_.position(offset, hint_);
    problems.push_back(Problem{file_, p.line, p.column, Severity::Error, std::move(message)});
}

std::size_t ElementReader::tag_offset(pugi::xml_node n) const {
    std::ptrdiff_t off = n.offset_debug();
    return off > 0 ? static_cast<std::size_t>(off - 1 + shift_) : 0;
}

std::size_t ElementReader::attr_offset(pugi::xml_node n, const char* attr) const {
    return src_.attribute_offset(tag_offset(n), attr);
}

void ElementReader::warning_on(pugi::xml_node n, std::string message) {
    error_on(n, std::move(message));
    problems.back().severity = Severity::Warning;
}

void ElementReader::error_attr(pugi::xml_node n, const char* attr, std::string message) {
    error_at(attr_offset(n, attr), std::move(message));
}

const char* ElementReader::required(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
    if (!a) {
        error_on(n, std::string("<") + n.name() + "> is missing required attribute '" + attr + "'; add " + attr +
                        "=\"...\"");
        return nullptr;
    }
    return a.value();
}

std::optional<double> ElementReader::minutes_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
    if (!a) return std::nullopt;
    const char* s = a.value();
    const char* e = s + std::strlen(s);
    double v = 0;
    auto r = std::from_chars(s, e, v);
    if (r.ec != std::errc() || r.ptr != e || !std::isfinite(v)) {
        error_attr(
            n, attr,
            std::string(attr) + " '" + s + "' is not a number; write minutes as a number, e.g. " + attr + "=\"5\"");
        return std::nullopt;
    }
    if (v < 0) {
        error_attr(n, attr, std::string(attr) + " is negative (" + s + "); use 0 or more minutes");
        return std::nullopt;
    }
    return v;
}

bool ElementReader::bool_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
    if (!a) return false;
    std::string_view v = a.value();
    if (v == "true") return true;
    if (v == "false") return false;
    error_attr(n, attr, std::string(attr) + " '" + a.value() + "' is not a yes/no value; use true or false");
    return false;
}

std::string ElementReader::text_of(pugi::xml_node n) {
    const pugi::xml_node first = n.first_child();
    if (!first) return {};
    if (!first.next_sibling() && first.type() == pugi::node_pcdata) return first.value();
    std::string text;
    for (pugi::xml_node c = first; c; c = c.next_sibling()) {
        switch (c.type()) {
            case pugi::node_pcdata:
            case pugi::node_cdata: text += c.value(); break;
            case pugi::node_element:
                error_on(c, std::string("<") + n.name() + "> holds the element <" + c.name() +
                                ">, but it holds plain " +
                                "text only; remove the element, or write '<' in the text as &lt;");
                break;
            case pugi::node_comment:
                warning_on(c, std::string("the comment inside <") + n.name() + "> is not kept when the journey is " +
                                  "saved; move it outside the element to keep it");
                break;
            default: break;
        }
    }
    return text;
}

void ElementReader::error_repeated(pugi::xml_node c) {
    error_on(c, std::string("<") + c.parent().name() + "> has more than one <" + c.name() + ">; merge them into one");
}

bool ElementReader::read_once(pugi::xml_node c, bool& seen, std::string& text) {
    if (seen) {
        error_repeated(c);
        return false;
    }
    seen = true;
    text = text_of(c);
    return !text.empty();
}

void ElementReader::read_meta(pugi::xml_node n, Meta& m) {
    static const char* const kNames[] = {"author", "organisation", "created", "modified"};
    Attrs a(n, kNames, m.extras, *this);
    m.author = a[0].value();
    m.organisation = a[1].value();
    m.created = a[2].value();
    m.modified = a[3].value();
    std::size_t known = 0;
    for (pugi::xml_node c : n.children())
        if (c.type() == pugi::node_element) keep_unknown_element(c, known, m.extras);
}

void ElementReader::read_persona(pugi::xml_node n, Persona& p) {
    p.pos = pos(n);
    static const char* const kNames[] = {"id", "name"};
    Attrs a(n, kNames, p.extras, *this);
    if (const char* v = required(n, a[0], "id")) p.id = v;
    if (const char* v = required(n, a[1], "name")) p.name = v;
    std::size_t known = 0;
    bool described = false;
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        const char* name = c.name();
        if (same(name, "description"))
            known += read_once(c, described, p.description);
        else if (same(name, "goal")) {
            p.goals.push_back(text_of(c));
            ++known;
        } else if (same(name, "need")) {
            p.needs.push_back(text_of(c));
            ++known;
        } else
            keep_unknown_element(c, known, p.extras);
    }
}

void ElementReader::read_principles(pugi::xml_node n, Journey& j) {
    keep_all_attributes(n, j.principles_extras, *this);
    std::size_t known = 0;
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        if (!same(c.name(), "principle")) {
            keep_unknown_element(c, known, j.principles_extras);
            continue;
        }
        ++known;
        Principle p;
        p.pos = pos(c);
        static const char* const kNames[] = {"id", "name"};
        Attrs a(c, kNames, p.extras, *this);
        if (const char* v = required(c, a[0], "id")) p.id = v;
        if (const char* v = required(c, a[1], "name")) p.name = v;
        std::size_t k = 0;
        bool described = false;
        for (pugi::xml_node d : c.children()) {
            if (d.type() != pugi::node_element) continue;
            if (same(d.name(), "description"))
                k += read_once(d, described, p.description);
            else
                keep_unknown_element(d, k, p.extras);
        }
        j.principles.push_back(std::move(p));
    }
}

void ElementReader::read_cast(pugi::xml_node n, Journey& j) {
    keep_all_attributes(n, j.cast_extras, *this);
    std::size_t known = 0;
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        if (!same(c.name(), "role")) {
            keep_unknown_element(c, known, j.cast_extras);
            continue;
        }
        ++known;
        Role r;
        r.pos = pos(c);
        static const char* const kNames[] = {"id", "name", "zone", "colour", "capacity"};
        Attrs a(c, kNames, r.extras, *this);
        if (const char* v = required(c, a[0], "id")) r.id = v;
        if (const char* v = required(c, a[1], "name")) r.name = v;
        if (auto z = enum_attr<Zone>(c, a[2], "zone", parse_zone, zone_names(), true)) r.zone = *z;
        if (a[3]) {
            if (is_valid_colour(a[3].value()))
                r.colour = a[3].value();
            else
                error_attr(
                    c, "colour",
                    std::string("colour '") + a[3].value() + "' is not a colour; write it as #rrggbb, e.g. #2a9d8f");
        }
        r.capacity = minutes_attr(c, a[4], "capacity");
        std::size_t k = 0;
        bool described = false;
        for (pugi::xml_node d : c.children()) {
            if (d.type() != pugi::node_element) continue;
            if (same(d.name(), "description"))
                k += read_once(d, described, r.description);
            else
                keep_unknown_element(d, k, r.extras);
        }
        j.cast.push_back(std::move(r));
    }
}

void ElementReader::read_scene(pugi::xml_node n, Scene& t) {
    t.pos = pos(n);
    static const char* const kNames[] = {"id",      "name", "lane",      "channel",    "emotion",
                                         "minutes", "wait", "follow-up", "fail-point", "moment-of-truth"};
    Attrs a(n, kNames, t.extras, *this);
    if (const char* v = required(n, a[0], "id")) t.id = v;
    if (const char* v = required(n, a[1], "name")) t.name = v;
    if (auto l = enum_attr<Lane>(n, a[2], "lane", parse_lane, lane_names(), true)) t.lane = *l;
    if (auto c = enum_attr<Channel>(n, a[3], "channel", parse_channel, channel_names(), true)) t.channel = *c;
    if (a[4]) {
        const char* s = a[4].value();
        const char* e = s + std::strlen(s);
        int v = 0;
        const char* start = (*s == '+') ? s + 1 : s;
        auto r = std::from_chars(start, e, v);
        if (r.ec != std::errc() || r.ptr != e || start == e)
            error_attr(n, "emotion", std::string("emotion '") + s + "' is not a whole number; use -2, -1, 0, 1 or 2");
        else if (v < -2 || v > 2)
            error_attr(n, "emotion",
                       "emotion " + std::string(s) +
                           " is out of range; emotion runs from -2 (very negative) to 2 (very positive)");
        else
            t.emotion = v;
    }
    t.minutes = minutes_attr(n, a[5], "minutes");
    t.wait = minutes_attr(n, a[6], "wait");
    if (a[7]) {
        if (is_valid_follow_up(a[7].value()))
            t.follow_up = a[7].value();
        else
            error_attr(n, "follow-up",
                       std::string("follow-up delay '") + a[7].value() +
                           "' is not a delay; write a whole number and a unit: 30m, 2h, 3d, 1w or 6mo");
    }
    t.fail_point = bool_attr(n, a[8], "fail-point");
    t.moment_of_truth = bool_attr(n, a[9], "moment-of-truth");
    // Classify the children once, so each list is allocated at its final size.
    enum Kind : unsigned char { Description, Script, Prop, Pain, Opportunity, PartEl, KpiEl, Tag, Unknown, Count };
    static const char* const kChildNames[] = {"description", "script", "prop", "pain",
                                              "opportunity", "part",   "kpi",  "principle"};
    std::vector<Child>& children = children_;
    children.clear();
    std::size_t counts[Count] = {};
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        const char* name = c.name();
        unsigned k = 0;
        while (k < Unknown && (name[0] != kChildNames[k][0] || !same(name, kChildNames[k]))) ++k;
        children.push_back(Child{c, static_cast<unsigned char>(k)});
        ++counts[k];
    }
    if (counts[Prop]) t.props.reserve(counts[Prop]);
    if (counts[Pain]) t.pains.reserve(counts[Pain]);
    if (counts[Opportunity]) t.opportunities.reserve(counts[Opportunity]);
    if (counts[PartEl]) t.parts.reserve(counts[PartEl]);
    if (counts[KpiEl]) t.kpis.reserve(counts[KpiEl]);
    if (counts[Tag]) t.principles.reserve(counts[Tag]);

    std::size_t known = 0;
    bool described = false, scripted = false;
    for (const Child& child : children) {
        const pugi::xml_node c = child.node;
        switch (child.kind) {
            case Description: known += read_once(c, described, t.description); continue;
            case Script: known += read_once(c, scripted, t.script); continue;
            case Prop: t.props.push_back(text_of(c)); break;
            case Pain: t.pains.push_back(text_of(c)); break;
            case Opportunity: t.opportunities.push_back(text_of(c)); break;
            case PartEl: {
                Part& p = t.parts.emplace_back();
                p.pos = pos(c);
                static const char* const kPartNames[] = {"role", "as"};
                Attrs pa(c, kPartNames, p.extras, *this);
                if (const char* v = required(c, pa[0], "role")) p.role = v;
                if (auto k = enum_attr<PartKind>(c, pa[1], "as", parse_part_kind, part_kind_names(), true)) p.kind = *k;
                keep_unknown_children(c, p.extras);
                break;
            }
            case KpiEl: {
                Kpi& k = t.kpis.emplace_back();
                k.pos = pos(c);
                static const char* const kKpiNames[] = {"name", "unit", "target", "actual"};
                Attrs ka(c, kKpiNames, k.extras, *this);
                if (const char* v = required(c, ka[0], "name")) k.name = v;
                k.unit = ka[1].value();
                k.target = ka[2].value();
                k.actual = ka[3].value();
                keep_unknown_children(c, k.extras);
                break;
            }
            case Tag: {
                PrincipleTag& tag = t.principles.emplace_back();
                tag.pos = pos(c);
                static const char* const kTagNames[] = {"ref"};
                Attrs ta(c, kTagNames, tag.extras, *this);
                if (const char* v = required(c, ta[0], "ref")) tag.ref = v;
                keep_unknown_children(c, tag.extras);
                break;
            }
            default: keep_unknown_element(c, known, t.extras); continue;
        }
        ++known;
    }
}

void ElementReader::read_stage(pugi::xml_node c, Stage& s) {
    s.pos = pos(c);
    static const char* const kNames[] = {"id", "name"};
    Attrs a(c, kNames, s.extras, *this);
    if (const char* v = required(c, a[0], "id")) s.id = v;
    if (const char* v = required(c, a[1], "name")) s.name = v;
    std::vector<pugi::xml_node>& children = stage_children_;
    children.clear();
    std::size_t scene_elements = 0;
    for (pugi::xml_node d = c.first_child(); d; d = d.next_sibling()) {
        if (d.type() != pugi::node_element) continue;
        children.push_back(d);
        scene_elements += same(d.name(), "touchpoint");
    }
    s.scenes.reserve(scene_elements);
    std::size_t k = 0;
    bool goal = false;
    for (const pugi::xml_node d : children) {
        const char* name = d.name();
        if (same(name, "touchpoint")) {
            read_scene(d, s.scenes.emplace_back());
            ++k;
        } else if (same(name, "goal")) {
            k += read_once(d, goal, s.goal);
        } else {
            keep_unknown_element(d, k, s.extras);
        }
    }
}

void ElementReader::read_stages(pugi::xml_node n, Journey& j) {
    keep_all_attributes(n, j.stages_extras, *this);
    std::size_t count = 0;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) ++count;
    j.stages.reserve(j.stages.size() + count);
    std::size_t known = 0;
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        if (!same(c.name(), "stage")) {
            keep_unknown_element(c, known, j.stages_extras);
            continue;
        }
        ++known;
        read_stage(c, j.stages.emplace_back());
    }
}

void ElementReader::read_flows(pugi::xml_node n, Journey& j) {
    keep_all_attributes(n, j.flows_extras, *this);
    std::size_t count = 0;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) ++count;
    j.flows.reserve(count);
    std::size_t known = 0;
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        if (!same(c.name(), "flow")) {
            keep_unknown_element(c, known, j.flows_extras);
            continue;
        }
        ++known;
        Flow f;
        f.pos = pos(c);
        static const char* const kNames[] = {"from", "to", "kind", "label", "condition"};
        Attrs a(c, kNames, f.extras, *this);
        if (const char* v = required(c, a[0], "from")) f.from = v;
        if (const char* v = required(c, a[1], "to")) f.to = v;
        if (auto k = enum_attr<FlowKind>(c, a[2], "kind", parse_flow_kind, flow_kind_names(), true)) f.kind = *k;
        f.label = a[3].value();
        f.condition = a[4].value();
        keep_unknown_children(c, f.extras);
        j.flows.push_back(std::move(f));
    }
}

bool ElementReader::read_journey(pugi::xml_node root, Journey& j) {
    if (!read_journey_attributes(root, j)) return false;
    JourneyChildren children;
    for (pugi::xml_node c : root.children())
        if (c.type() == pugi::node_element) read_journey_child(c, j, children);
    return true;
}

bool ElementReader::read_journey_attributes(pugi::xml_node root, Journey& j) {
    j.pos = pos(root);
    static const char* const kNames[] = {"xmlns", "format", "id", "kind"};
    Attrs a(root, kNames, j.extras, *this);
    if (pugi::xml_attribute ns = a[0]; ns && !same(ns.value(), kNamespace)) {
        error_attr(root, "xmlns",
                   std::string("namespace '") + ns.value() + "' is not Stagecraft's; a journey uses xmlns=\"" +
                       kNamespace + "\"");
    }
    pugi::xml_attribute fmt = a[1];
    if (!fmt) {
        error_on(root, "<journey> is missing required attribute 'format'; add format=\"1\"");
    } else {
        const char* s = fmt.value();
        const char* e = s + std::strlen(s);
        int v = 0;
        auto r = std::from_chars(s, e, v);
        if (r.ec != std::errc() || r.ptr != e || v < 1) {
            error_attr(
                root, "format",
                std::string("format '") + s + "' is not a format version; this version of Stagecraft reads format 1");
            return false;
        }
        if (v > Journey::kFormat) {
            error_attr(root, "format",
                       "this file is format " + std::to_string(v) +
                           ", written by a newer Stagecraft; this version reads format " +
                           std::to_string(Journey::kFormat) + ". Update Stagecraft to open it");
            return false;
        }
    }
    if (const char* v = required(root, a[2], "id")) j.id = v;
    if (auto k = enum_attr<JourneyKind>(root, a[3], "kind", parse_journey_kind, journey_kind_names(), true))
        j.kind = *k;
    return true;
}

void ElementReader::read_journey_child(pugi::xml_node c, Journey& j, JourneyChildren& children) {
    using K = JourneyChildren;
    int which = 0;
    while (which < K::kKinds && !same(c.name(), K::kNames[which])) ++which;
    if (which == K::kKinds) {
        keep_unknown_element(c, children.known, j.extras);
        return;
    }
    if (children.seen[which]) {
        error_repeated(c);
        return;
    }
    children.seen[which] = true;
    // Counted as known when the writer writes it back (see read_once).
    bool written = true;
    switch (which) {
        case K::Title: j.title = text_of(c); break;
        case K::Description:
            j.description = text_of(c);
            written = !j.description.empty();
            break;
        case K::Meta:
            read_meta(c, j.meta);
            written = !j.meta.empty();
            break;
        case K::Persona:
            j.persona.emplace();
            read_persona(c, *j.persona);
            break;
        case K::Principles:
            read_principles(c, j);
            written = !j.principles.empty() || !j.principles_extras.empty();
            break;
        case K::Cast:
            read_cast(c, j);
            written = !j.cast.empty() || !j.cast_extras.empty();
            break;
        case K::Stages: read_stages(c, j); break;
        case K::Flows:
            read_flows(c, j);
            written = !j.flows.empty() || !j.flows_extras.empty();
            break;
    }
    children.known += written;
}

}   // namespace stagecraft::reader_detail
