// Reading .journey.xml into a Journey. Every problem is collected in one pass; a file with any
// error yields no journey. No DTD is processed and no entity is expanded.
#include "model/io/xml_reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <future>
#include <initializer_list>
#include <memory>
#include <sys/stat.h>
#include <thread>

#include "model/io/source_text.hpp"
#include "model/io/text_encoding.hpp"
#include "model/validate.hpp"
#include "model/io/xml_writer.hpp"

namespace stagecraft {
namespace {

constexpr const char* kNamespace = "urn:stagecraft:journey";
constexpr int kMaxUnknownDepth = 200;
constexpr std::size_t kParallelBytes = 256u * 1024u;   // files from this size on are read in parts, on two threads

// Equality of two NUL-terminated names, inlined: element and attribute names are short.
inline bool same(const char* a, const char* b) {
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

class Reader;
// Reports an attribute given twice on one element (XML 1.0, "Unique Att Spec"; pugixml lets
// it through): the reader would keep one and write the other back as unknown.
void report_repeated(Reader& reader, pugi::xml_node n, const char* name);

// True when an attribute named `name` comes before `a` on its element.
inline bool named_before(pugi::xml_node n, pugi::xml_attribute a, const char* name) {
    for (pugi::xml_attribute b = n.first_attribute(); b && b != a; b = b.next_attribute())
        if (same(b.name(), name)) return true;
    return false;
}

// The attributes of one element, read in a single pass: the known ones by index, the rest kept
// in `extras` to be written back.
template <std::size_t N>
struct Attrs {
    pugi::xml_attribute at[N];
    Attrs(pugi::xml_node n, const char* const (&names)[N], Extras& extras, Reader& reader) {
        std::size_t next = 0;   // canonical files write the attributes in the order of `names`
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
            const char* name = a.name();
            std::size_t i = next;
            if (i >= N || !same(name, names[i]))
                for (i = 0; i < N && !same(name, names[i]); ++i) {
                }
            if (i < N && !at[i]) {
                at[i] = a;
                next = i + 1;
            } else if (i < N || named_before(n, a, name)) {
                report_repeated(reader, n, name);
            } else {
                extras.attributes.push_back(ExtraAttribute{name, a.value()});
            }
        }
    }
    pugi::xml_attribute operator[](std::size_t i) const { return at[i]; }
};

// Attributes of elements that have none of their own.
void keep_all_attributes(pugi::xml_node n, Extras& extras, Reader& reader) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        if (named_before(n, a, a.name())) report_repeated(reader, n, a.name());
        else extras.attributes.push_back(ExtraAttribute{a.name(), a.value()});
    }
}

// The child elements of <journey> read so far: which kinds, and how many known ones.
struct JourneyChildren {
    enum Kind { Title, Description, Meta, Persona, Principles, Cast, Stages, Flows, kKinds };
    static constexpr const char* kNames[kKinds] = {"title",      "description", "meta",   "persona",
                                                  "principles", "cast",        "stages", "flows"};
    std::size_t known = 0;
    bool seen[kKinds] = {};
};

class Reader {
public:
    Reader(const SourceText& src, std::string file) : src_(src), file_(std::move(file)) {}

    // `shift` turns offsets in the parsed buffer into offsets in the text of `src`.
    void set_shift(std::ptrdiff_t shift) { shift_ = shift; }

    std::vector<Problem> problems;

    void error_at(std::size_t offset, std::string message) {
        SourcePos p = src_.position(offset, hint_);
        problems.push_back(Problem{file_, p.line, p.column, Severity::Error, std::move(message)});
    }

    // Offset of the '<' that opens an element.
    std::size_t tag_offset(pugi::xml_node n) const {
        std::ptrdiff_t off = n.offset_debug();
        return off > 0 ? static_cast<std::size_t>(off - 1 + shift_) : 0;
    }
    SourcePos pos(pugi::xml_node n) { return src_.position(tag_offset(n), hint_); }
    std::size_t attr_offset(pugi::xml_node n, const char* attr) const {
        return src_.attribute_offset(tag_offset(n), attr);
    }
    void error_on(pugi::xml_node n, std::string message) { error_at(tag_offset(n), std::move(message)); }
    void warning_on(pugi::xml_node n, std::string message) {
        error_on(n, std::move(message));
        problems.back().severity = Severity::Warning;
    }
    void error_attr(pugi::xml_node n, const char* attr, std::string message) {
        error_at(attr_offset(n, attr), std::move(message));
    }

    const char* required(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
        if (!a) {
            error_on(n, std::string("<") + n.name() + "> is missing required attribute '" + attr + "'; add " +
                            attr + "=\"...\"");
            return nullptr;
        }
        return a.value();
    }

    template <typename E>
    std::optional<E> enum_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr,
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
            error_attr(n, attr, std::string("unknown ") + attr + " '" + a.value() + "' on <" + n.name() +
                                    ">; use " + allowed);
        }
        return v;
    }

    std::optional<double> minutes_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
        if (!a) return std::nullopt;
        const char* s = a.value();
        const char* e = s + std::strlen(s);
        double v = 0;
        auto r = std::from_chars(s, e, v);
        if (r.ec != std::errc() || r.ptr != e || !std::isfinite(v)) {
            error_attr(n, attr, std::string(attr) + " '" + s + "' is not a number; write minutes as a number, e.g. " +
                                    attr + "=\"5\"");
            return std::nullopt;
        }
        if (v < 0) {
            error_attr(n, attr, std::string(attr) + " is negative (" + s + "); use 0 or more minutes");
            return std::nullopt;
        }
        return v;
    }

    bool bool_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr) {
        if (!a) return false;
        std::string_view v = a.value();
        if (v == "true") return true;
        if (v == "false") return false;
        error_attr(n, attr, std::string(attr) + " '" + a.value() + "' is not a yes/no value; use true or false");
        return false;
    }

    // Keep an unknown child element as XML text, recording how many known children preceded it.
    void keep_unknown_element(pugi::xml_node child, std::size_t known_before, Extras& extras) {
        if (too_deep(child)) return;
        struct StringWriter : pugi::xml_writer {
            std::string out;
            void write(const void* data, std::size_t size) override {
                out.append(static_cast<const char*>(data), size);
            }
        } w;
        // Text that pugixml would print in a form that does not read back (a carriage return,
        // which reading turns into a line feed; text of white space alone, which reading drops)
        // is held out and written as character references.
        // A mark is two private-use characters around a number; a fragment that holds the first
        // of them already is printed as it is.
        struct Holder : pugi::xml_tree_walker {
            static std::string mark(std::size_t i) { return "\xEE\x80\x80" + std::to_string(i) + "\xEE\x80\x81"; }
            std::vector<std::string> held;
            bool hold = true;
            pugi::xml_node repeated;
            pugi::xml_attribute repeated_attribute;
            void check(pugi::xml_node n) {
                for (pugi::xml_attribute a = n.first_attribute(); a && !repeated; a = a.next_attribute())
                    if (named_before(n, a, a.name())) {
                        repeated = n;
                        repeated_attribute = a;
                    }
            }
            bool for_each(pugi::xml_node& n) override {
                if (n.type() == pugi::node_element && !repeated) check(n);
                if (!hold || n.type() != pugi::node_pcdata) return true;
                const std::string_view v = n.value();
                const bool blank = !v.empty() && v.find_first_not_of(" \t\n\r") == std::string_view::npos;
                if (!blank && v.find('\r') == std::string_view::npos) return true;
                held.emplace_back(v);
                n.set_value(mark(held.size() - 1).c_str());
                return true;
            }
        } holder;
        child.print(w, "", pugi::format_raw, pugi::encoding_utf8);
        holder.hold = w.out.find("\xEE\x80\x80") == std::string::npos;
        holder.check(child);
        child.traverse(holder);
        if (holder.repeated) report_repeated(*this, holder.repeated, holder.repeated_attribute.name());
        if (!holder.held.empty()) {
            w.out.clear();
            child.print(w, "", pugi::format_raw, pugi::encoding_utf8);
        }
        std::string xml = std::move(w.out);
        for (std::size_t i = 0; i < holder.held.size(); ++i) {
            const std::string mark = Holder::mark(i);
            const std::size_t at = xml.find(mark);
            if (at == std::string::npos) continue;
            std::string escaped;
            append_xml_text(escaped, holder.held[i]);
            xml.replace(at, mark.size(), escaped);
        }
        extras.elements.push_back(ExtraElement{known_before, std::move(xml)});
    }

    bool too_deep(pugi::xml_node root) {
        int depth = 0;
        pugi::xml_node n = root;
        // Iterative pre-order walk of the subtree.
        while (n) {
            if (n.first_child()) {
                n = n.first_child();
                if (++depth > kMaxUnknownDepth) {
                    error_on(root, std::string("<") + root.name() + "> is nested more than " +
                                       std::to_string(kMaxUnknownDepth) +
                                       " levels deep; a journey file never needs that, so the file is refused");
                    return true;
                }
                continue;
            }
            while (n != root && !n.next_sibling()) {
                n = n.parent();
                --depth;
            }
            if (n == root) break;
            n = n.next_sibling();
        }
        return false;
    }

    // Text of a simple element (<title>, <goal>, ...). Attributes on these elements are not kept.
    // The text of an element that holds plain text: all of its text and CDATA, joined (pugixml's
    // child_value() would stop at the first comment or CDATA section). An element inside has
    // no place in plain text and is an error; a comment, which a save cannot keep there, is
    // told as a warning.
    std::string text_of(pugi::xml_node n) {
        const pugi::xml_node first = n.first_child();
        if (!first) return {};
        if (!first.next_sibling() && first.type() == pugi::node_pcdata) return first.value();
        std::string text;
        for (pugi::xml_node c = first; c; c = c.next_sibling()) {
            switch (c.type()) {
            case pugi::node_pcdata:
            case pugi::node_cdata: text += c.value(); break;
            case pugi::node_element:
                error_on(c, std::string("<") + n.name() + "> holds the element <" + c.name() + ">, but it holds plain " +
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

    // An element given again where its parent may hold only one.
    void error_repeated(pugi::xml_node c) {
        error_on(c, std::string("<") + c.parent().name() + "> has more than one <" + c.name() + ">; merge them into one");
    }

    // The text of an element its parent may hold once (<description>, <script>, <goal>), read
    // into `text`. A second one is a problem. Returns whether it will be written back: the
    // writer leaves out empty ones, and unknown elements are placed by counting those it writes.
    bool read_once(pugi::xml_node c, bool& seen, std::string& text) {
        if (seen) {
            error_repeated(c);
            return false;
        }
        seen = true;
        text = text_of(c);
        return !text.empty();
    }

    void read_meta(pugi::xml_node n, Meta& m) {
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

    void read_persona(pugi::xml_node n, Persona& p) {
        p.pos = pos(n);
        static const char* const kNames[] = {"id", "name"};
        Attrs a(n, kNames, p.extras, *this);
        if (const char* v = required(n, a[0], "id")) p.id = v;
        if (const char* v = required(n, a[1], "name")) p.name = v;
        std::size_t known = 0;
        bool described = false;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view name = c.name();
            if (name == "description") known += read_once(c, described, p.description);
            else if (name == "goal") { p.goals.push_back(text_of(c)); ++known; }
            else if (name == "need") { p.needs.push_back(text_of(c)); ++known; }
            else keep_unknown_element(c, known, p.extras);
        }
    }

    void read_principles(pugi::xml_node n, Journey& j) {
        keep_all_attributes(n, j.principles_extras, *this);
        std::size_t known = 0;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (std::strcmp(c.name(), "principle") != 0) { keep_unknown_element(c, known, j.principles_extras); continue; }
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
                if (std::strcmp(d.name(), "description") == 0) k += read_once(d, described, p.description);
                else keep_unknown_element(d, k, p.extras);
            }
            j.principles.push_back(std::move(p));
        }
    }

    void read_cast(pugi::xml_node n, Journey& j) {
        keep_all_attributes(n, j.cast_extras, *this);
        std::size_t known = 0;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (std::strcmp(c.name(), "role") != 0) { keep_unknown_element(c, known, j.cast_extras); continue; }
            ++known;
            Role r;
            r.pos = pos(c);
            static const char* const kNames[] = {"id", "name", "zone", "colour", "capacity"};
            Attrs a(c, kNames, r.extras, *this);
            if (const char* v = required(c, a[0], "id")) r.id = v;
            if (const char* v = required(c, a[1], "name")) r.name = v;
            if (auto z = enum_attr<Zone>(c, a[2], "zone", parse_zone, zone_names(), true)) r.zone = *z;
            if (a[3]) {
                if (is_valid_colour(a[3].value())) r.colour = a[3].value();
                else error_attr(c, "colour", std::string("colour '") + a[3].value() +
                                                 "' is not a colour; write it as #rrggbb, e.g. #2a9d8f");
            }
            r.capacity = minutes_attr(c, a[4], "capacity");
            std::size_t k = 0;
            bool described = false;
            for (pugi::xml_node d : c.children()) {
                if (d.type() != pugi::node_element) continue;
                if (std::strcmp(d.name(), "description") == 0) k += read_once(d, described, r.description);
                else keep_unknown_element(d, k, r.extras);
            }
            j.cast.push_back(std::move(r));
        }
    }

    void read_scene(pugi::xml_node n, Scene& t) {
        t.pos = pos(n);
        static const char* const kNames[] = {"id",   "name",      "lane",       "channel",        "emotion",
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
                error_attr(n, "emotion", std::string("emotion '") + s +
                                             "' is not a whole number; use -2, -1, 0, 1 or 2");
            else if (v < -2 || v > 2)
                error_attr(n, "emotion", "emotion " + std::string(s) +
                                             " is out of range; emotion runs from -2 (very negative) to 2 (very positive)");
            else
                t.emotion = v;
        }
        t.minutes = minutes_attr(n, a[5], "minutes");
        t.wait = minutes_attr(n, a[6], "wait");
        if (a[7]) {
            if (is_valid_follow_up(a[7].value())) t.follow_up = a[7].value();
            else error_attr(n, "follow-up", std::string("follow-up delay '") + a[7].value() +
                                                "' is not a delay; write a whole number and a unit: 30m, 2h, 3d, 1w or 6mo");
        }
        t.fail_point = bool_attr(n, a[8], "fail-point");
        t.moment_of_truth = bool_attr(n, a[9], "moment-of-truth");
        // Classify the children once, so each list is allocated at its final size.
        enum Kind : unsigned char { Description, Script, Prop, Pain, Opportunity, PartEl, KpiEl, Tag, Unknown, Count };
        static const char* const kChildNames[] = {"description", "script", "prop", "pain", "opportunity",
                                                  "part", "kpi", "principle"};
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
                    if (auto k = enum_attr<PartKind>(c, pa[1], "as", parse_part_kind, part_kind_names(), true))
                        p.kind = *k;
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
                default:
                    keep_unknown_element(c, known, t.extras);
                    continue;
            }
            ++known;
        }
    }

    void keep_unknown_children(pugi::xml_node n, Extras& extras) {
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element) keep_unknown_element(c, 0, extras);
    }

    void read_stage(pugi::xml_node c, Stage& s) {
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

    void read_stages(pugi::xml_node n, Journey& j) {
        keep_all_attributes(n, j.stages_extras, *this);
        std::size_t count = 0;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) ++count;
        j.stages.reserve(j.stages.size() + count);
        std::size_t known = 0;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (!same(c.name(), "stage")) { keep_unknown_element(c, known, j.stages_extras); continue; }
            ++known;
            read_stage(c, j.stages.emplace_back());
        }
    }

    void read_flows(pugi::xml_node n, Journey& j) {
        keep_all_attributes(n, j.flows_extras, *this);
        std::size_t count = 0;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) ++count;
        j.flows.reserve(count);
        std::size_t known = 0;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (!same(c.name(), "flow")) { keep_unknown_element(c, known, j.flows_extras); continue; }
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

    // Reads the <journey> element; returns false when the format cannot be read at all.
    bool read_journey(pugi::xml_node root, Journey& j) {
        if (!read_journey_attributes(root, j)) return false;
        JourneyChildren children;
        for (pugi::xml_node c : root.children())
            if (c.type() == pugi::node_element) read_journey_child(c, j, children);
        return true;
    }

    // The attributes of <journey>; false when the format cannot be read at all.
    bool read_journey_attributes(pugi::xml_node root, Journey& j) {
        j.pos = pos(root);
        static const char* const kNames[] = {"xmlns", "format", "id", "kind"};
        Attrs a(root, kNames, j.extras, *this);
        if (pugi::xml_attribute ns = a[0]; ns && std::strcmp(ns.value(), kNamespace) != 0) {
            error_attr(root, "xmlns", std::string("namespace '") + ns.value() +
                                          "' is not Stagecraft's; a journey uses xmlns=\"" + kNamespace + "\"");
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
                error_attr(root, "format", std::string("format '") + s +
                                               "' is not a format version; this version of Stagecraft reads format 1");
                return false;
            }
            if (v > Journey::kFormat) {
                error_attr(root, "format", "this file is format " + std::to_string(v) +
                                               ", written by a newer Stagecraft; this version reads format " +
                                               std::to_string(Journey::kFormat) + ". Update Stagecraft to open it");
                return false;
            }
        }
        if (const char* v = required(root, a[2], "id")) j.id = v;
        if (auto k = enum_attr<JourneyKind>(root, a[3], "kind", parse_journey_kind, journey_kind_names(), true)) j.kind = *k;
        return true;
    }

    // One child element of <journey>.
    void read_journey_child(pugi::xml_node c, Journey& j, JourneyChildren& children) {
        using K = JourneyChildren;
        int which = 0;
        while (which < K::kKinds && !same(c.name(), K::kNames[which])) ++which;
        if (which == K::kKinds) { keep_unknown_element(c, children.known, j.extras); return; }
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
            case K::Persona: j.persona.emplace(); read_persona(c, *j.persona); break;
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

private:
    const SourceText& src_;
    std::string file_;
    std::ptrdiff_t shift_ = 0;
    std::size_t hint_ = 0;   // line cursor for SourceText::position
    // Child elements of the stage or scene being read, kept to reuse their memory.
    struct Child {
        pugi::xml_node node;
        unsigned char kind;
    };
    std::vector<Child> children_;
    std::vector<pugi::xml_node> stage_children_;
};

void report_repeated(Reader& reader, pugi::xml_node n, const char* name) {
    reader.error_attr(n, name, std::string("attribute '") + name + "' is given twice on <" + n.name() +
                                   ">; an attribute may appear once on an element, so keep one");
}

std::string parse_error_message(const pugi::xml_parse_result& r) {
    std::string what = r.description();
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    switch (r.status) {
        case pugi::status_end_element_mismatch:
            return "malformed XML: " + what + "; every <element> needs its matching </element>";
        case pugi::status_unrecognized_tag:
        case pugi::status_bad_start_element:
        case pugi::status_bad_end_element:
            return "malformed XML: " + what + "; check the tag near here (a '<' in text must be written &lt;)";
        case pugi::status_bad_attribute:
            return "malformed XML: " + what + "; attribute values must be quoted and '<' or '&' in them escaped";
        case pugi::status_no_document_element:
            return "malformed XML: " + what + "; a journey file holds one <journey> element";
        default:
            return "malformed XML: " + what;
    }
}

constexpr unsigned kParseOptions =
    (pugi::parse_default | pugi::parse_doctype | pugi::parse_comments) & ~pugi::parse_pi;

// The length of a UTF-8 byte order mark at the start of `text` (0 or 3).
std::size_t bom_length(std::string_view text) {
    return text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                   static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF
               ? 3
               : 0;
}

// The tags that close a part of a large file and open the next.
constexpr std::string_view kClose = "</stages></journey>";
constexpr std::string_view kOpen = "<journey><stages>";
constexpr std::size_t kPartBytes = 64u * 1024u;   // the size of the parts a large file is read in

// Where to cut a large file: just before <stage> start tags, about every kPartBytes. The first
// cut is 0 and the last the size of the text.
std::vector<std::size_t> find_cuts(std::string_view text, std::size_t start) {
    constexpr std::string_view tag = "<stage";
    std::vector<std::size_t> cuts{0};
    for (std::size_t from = start + kPartBytes; from < text.size(); from = cuts.back() + kPartBytes) {
        std::size_t at = text.find(tag, from);
        while (at != std::string_view::npos) {
            const char next = at + tag.size() < text.size() ? text[at + tag.size()] : '\0';
            if (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>' || next == '/') break;
            at = text.find(tag, at + tag.size());
        }
        if (at == std::string_view::npos) break;
        cuts.push_back(at);
    }
    cuts.push_back(text.size());
    return cuts;
}

// One thread's share of a large file: consecutive parts, each copied with the tags that make
// it a document of its own, parsed, turned into stages and let go before the next, so the
// parsed tree is small and still in the cache when it is read.
class PartsReader {
public:
    PartsReader(std::string_view text, const SourceText& src, const std::string& name)
        : text_(text), reader_(src, name) {}

    // Parses text[from, to) with `before` and `after` around it; false when it does not parse.
    bool parse(std::size_t from, std::size_t to, std::string_view before, std::string_view after) {
        buffer_.clear();
        buffer_.insert(buffer_.end(), before.begin(), before.end());
        buffer_.insert(buffer_.end(), text_.begin() + static_cast<std::ptrdiff_t>(from),
                       text_.begin() + static_cast<std::ptrdiff_t>(to));
        buffer_.insert(buffer_.end(), after.begin(), after.end());
        reader_.set_shift(static_cast<std::ptrdiff_t>(from) - static_cast<std::ptrdiff_t>(before.size()));
        return doc_.load_buffer_inplace(buffer_.data(), buffer_.size(), kParseOptions, pugi::encoding_utf8);
    }

    // The first part: the top of the file up to the first cut, closed after it.
    bool read_first(std::size_t to) {
        if (!parse(0, to, {}, kClose)) return false;
        pugi::xml_node root;
        for (pugi::xml_node n = doc_.first_child(); n; n = n.next_sibling()) {
            if (n.type() == pugi::node_doctype) return false;
            if (n.type() == pugi::node_element && !root) root = n;
        }
        // The added </stages></journey> closed the last child of the top element, and nothing follows.
        if (!root || root != doc_.last_child() || !same(root.name(), "journey") ||
            root.last_child().type() != pugi::node_element || !same(root.last_child().name(), "stages"))
            return false;
        if (!reader_.read_journey_attributes(root, journey)) return false;
        for (pugi::xml_node c : root.children())
            if (c.type() == pugi::node_element) reader_.read_journey_child(c, journey, children);
        return ok();
    }

    // A part between two cuts: stages only.
    bool read_middle(std::size_t from, std::size_t to) {
        if (!parse(from, to, kOpen, kClose)) return false;
        const pugi::xml_node root = doc_.first_child();
        const pugi::xml_node stages = root.first_child();
        if (root != doc_.last_child() || stages != root.last_child()) return false;
        return read_stages(stages);
    }

    // The last part: stages, then whatever follows </stages>.
    bool read_last(std::size_t from) {
        if (!parse(from, text_.size(), kOpen, {})) return false;
        const pugi::xml_node root = doc_.first_child();
        if (root != doc_.last_child()) return false;   // something after </journey>
        const pugi::xml_node stages = root.first_child();
        if (!read_stages(stages)) return false;
        children.seen[JourneyChildren::Stages] = true;
        for (pugi::xml_node c = stages.next_sibling(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element) reader_.read_journey_child(c, journey, children);
        return ok() && journey.extras.empty();
    }

    Journey journey;
    JourneyChildren children;

private:
    // Stages after the first part's: unknown elements among them would need the count of the
    // stages before, so they are left to the one-part reader.
    bool read_stages(pugi::xml_node stages) {
        const std::size_t kept = journey.stages_extras.elements.size();
        reader_.read_stages(stages, journey);
        return ok() && journey.stages_extras.elements.size() == kept;
    }
    bool ok() const { return reader_.problems.empty(); }

    std::string_view text_;
    Reader reader_;
    std::vector<char> buffer_;
    pugi::xml_document doc_;
};

// A large file read in parts, half of them on each of two threads. The text is cut before
// <stage> tags; each part is parsed with </stages></journey> added after it, <journey><stages>
// before it, or both. When every part parses, each cut lay directly inside the <stages> of the
// top <journey> (inside a comment, an attribute or any other element the added tags would not
// match), so the parts hold what one parse of the whole text holds. Anything else (a problem of
// any kind, a DOCTYPE, content after </journey>, unknown elements among later stages) gives
// nothing back, and the caller reads the file in one part: problems are always reported by the
// one reader, in the one way.
std::optional<Journey> read_in_parts(std::string_view text, std::size_t start, const std::string& name) {
    const std::vector<std::size_t> cuts = find_cuts(text, start);
    const std::size_t parts = cuts.size() - 1;
    if (parts < 2) return std::nullopt;
    // The first thread reads parts [0, half), about half of the text.
    std::size_t half = 1;
    while (half + 1 < parts && cuts[half] < text.size() / 2) ++half;
    const std::size_t middle = cuts[half];

    // The second thread's reader needs the number of lines before its first part, which the
    // first thread counts.
    std::promise<std::size_t> lines_before;
    std::optional<PartsReader> second;
    bool second_ok = false;
    std::thread worker([&, lines = lines_before.get_future()]() mutable {
        const std::string_view rest = text.substr(middle);
        std::string what;
        if (find_bad_character(rest, what) != std::string_view::npos || !find_bad_references(rest, 1).empty()) return;
        std::size_t line_start = middle;
        while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
        const SourceText src(rest, middle, lines.get(), line_start);
        second.emplace(text, src, name);
        bool ok = true;
        for (std::size_t i = half; ok && i + 1 < parts; ++i) ok = second->read_middle(cuts[i], cuts[i + 1]);
        second_ok = ok && second->read_last(cuts[parts - 1]);
    });

    const std::string_view head = text.substr(0, middle);
    std::string what;
    bool ok = find_bad_character(head.substr(start), what) == std::string_view::npos &&
              find_bad_references(head.substr(start), 1).empty();
    const SourceText src(head, 0, 0, 0);
    lines_before.set_value(src.line_feeds());
    PartsReader first(text, src, name);
    ok = ok && first.read_first(cuts[1]);
    for (std::size_t i = 1; ok && i < half; ++i) ok = first.read_middle(cuts[i], cuts[i + 1]);
    worker.join();
    if (!ok || !second_ok) return std::nullopt;

    // Join the halves: the second half's stages follow the first's, and what follows </stages>
    // fills the places the first part left empty.
    using K = JourneyChildren;
    Journey& journey = first.journey;
    Journey& tail = second->journey;
    const bool* seen = second->children.seen;
    for (int k = 0; k < K::kKinds; ++k)
        if (k != K::Stages && first.children.seen[k] && seen[k]) return std::nullopt;   // told twice
    if (seen[K::Title]) journey.title = std::move(tail.title);
    if (seen[K::Description]) journey.description = std::move(tail.description);
    if (seen[K::Meta]) journey.meta = std::move(tail.meta);
    if (seen[K::Persona]) journey.persona = std::move(tail.persona);
    if (seen[K::Principles]) {
        journey.principles = std::move(tail.principles);
        journey.principles_extras = std::move(tail.principles_extras);
    }
    if (seen[K::Cast]) {
        journey.cast = std::move(tail.cast);
        journey.cast_extras = std::move(tail.cast_extras);
    }
    if (seen[K::Flows]) {
        journey.flows = std::move(tail.flows);
        journey.flows_extras = std::move(tail.flows_extras);
    }
    journey.stages.reserve(journey.stages.size() + tail.stages.size());
    for (Stage& s : tail.stages) journey.stages.push_back(std::move(s));
    if (!validate_journey(journey, name).empty()) return std::nullopt;
    return std::move(journey);
}

// The ordinary reader: the whole text in one part, every problem reported.
LoadResult read_in_one_part(std::string_view text, const std::string& name) {
    LoadResult result;
    const std::size_t start = bom_length(text);
    std::string_view body = text.substr(start);
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.problems.push_back(Problem{name, 1, 1, Severity::Error,
                                          "the file is empty; a journey file holds a <journey> element "
                                          "(see the samples folder for examples)"});
        return result;
    }
    // The character check and the line index run beside the parse on a large file; the parse
    // result is only used once the text has passed the check.
    std::string what;
    std::size_t bad = std::string_view::npos;
    std::vector<BadReference> references;
    std::optional<SourceText> src;
    auto scan = [&] {
        bad = find_bad_character(body, what);
        if (bad == std::string_view::npos) references = find_bad_references(body);
        src.emplace(text);
    };
    pugi::xml_document doc;
    pugi::xml_parse_result parsed;
    if (text.size() >= kParallelBytes) {
        std::thread scanner(scan);
        parsed = doc.load_buffer(text.data(), text.size(), kParseOptions, pugi::encoding_utf8);
        scanner.join();
    } else {
        scan();
        if (bad == std::string_view::npos)
            parsed = doc.load_buffer(text.data(), text.size(), kParseOptions, pugi::encoding_utf8);
    }
    Reader reader(*src, name);
    if (bad != std::string_view::npos) {
        reader.error_at(start + bad, what);
        result.problems = std::move(reader.problems);
        return result;
    }
    // Every bad reference is a problem; the file is still read for all its other problems.
    for (BadReference& r : references) reader.error_at(start + r.offset, std::move(r.what));
    if (!parsed) {
        reader.error_at(static_cast<std::size_t>(parsed.offset), parse_error_message(parsed));
        result.problems = std::move(reader.problems);
        return result;
    }
    pugi::xml_node root, second_root;
    for (pugi::xml_node n : doc.children()) {
        if (n.type() == pugi::node_doctype) {
            // The one problem: the references it would define are not reported as undefined.
            reader.problems.clear();
            std::ptrdiff_t off = n.offset_debug();
            reader.error_at(off > 0 ? static_cast<std::size_t>(off) : 0,
                            "DOCTYPE declarations are not allowed in a journey file (no DTDs or entities are "
                            "processed); remove the <!DOCTYPE ...> line");
            result.problems = std::move(reader.problems);
            return result;
        }
        if (n.type() == pugi::node_element) {
            if (!root) root = n;
            else if (!second_root) second_root = n;
        }
    }
    if (!root || std::strcmp(root.name(), "journey") != 0) {
        if (root)
            reader.error_on(root, std::string("the top element is <") + root.name() +
                                      ">, not <journey>; this is not a Stagecraft journey file");
        else
            reader.error_at(0, "no <journey> element found; this is not a Stagecraft journey file");
        result.problems = std::move(reader.problems);
        return result;
    }
    if (second_root) {
        reader.error_on(second_root, std::string("<") + second_root.name() +
                                         "> follows </journey>; a journey file holds one top element, so remove "
                                         "it or move it inside <journey>");
        result.problems = std::move(reader.problems);
        return result;
    }

    Journey journey;
    if (reader.read_journey(root, journey)) {
        // Content rules; a place the reader already reported (e.g. a missing id) is not reported twice.
        std::vector<Problem> content = validate_journey(journey, name);
        const std::size_t parsed_count = reader.problems.size();
        for (auto& p : content) {
            bool repeated = false;
            for (std::size_t i = 0; i < parsed_count && !repeated; ++i)
                repeated = reader.problems[i].line == p.line && reader.problems[i].column == p.column;
            if (!repeated) reader.problems.push_back(std::move(p));
        }
    }
    std::stable_sort(reader.problems.begin(), reader.problems.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    result.problems = std::move(reader.problems);
    if (!has_errors(result.problems)) result.journey = std::move(journey);
    return result;
}

// Decodes `text` when it is not UTF-8 and hands the UTF-8 text to `read`.
template <typename Read>
LoadResult read_decoded(std::string_view text, const std::string& name, Read read) {
    const DecodedText decoded = decode_xml_text(text);
    if (!decoded.error.empty()) {
        LoadResult result;
        result.problems.push_back(
            Problem{name, decoded.error_line, decoded.error_column, Severity::Error, decoded.error});
        return result;
    }
    if (!decoded.converted()) return read(text);
    LoadResult result = read(std::string_view(decoded.utf8));
    result.converted_from = decoded.encoding;
    // Byte columns of the decoded text mean nothing in the file: count characters instead, as
    // an editor showing the file does.
    const std::string_view utf8 = decoded.utf8;
    std::vector<std::size_t> line_starts{0};
    for (std::size_t i = utf8.find('\n'); i != std::string_view::npos; i = utf8.find('\n', i + 1)) line_starts.push_back(i + 1);
    for (Problem& p : result.problems) {
        if (p.line < 1 || p.column < 1 || static_cast<std::size_t>(p.line) > line_starts.size()) continue;
        const std::size_t start = line_starts[static_cast<std::size_t>(p.line - 1)];
        const std::size_t end = std::min(utf8.size(), start + static_cast<std::size_t>(p.column - 1));
        int characters = 0;
        for (std::size_t i = start; i < end; ++i) characters += (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
        p.column = characters + 1;
    }
    return result;
}

LoadResult read_utf8(std::string_view text, const std::string& name) {
    if (text.size() >= kParallelBytes) {
        if (std::optional<Journey> journey = read_in_parts(text, bom_length(text), name)) {
            LoadResult result;
            result.journey = std::move(journey);
            return result;
        }
    }
    return read_in_one_part(text, name);
}

}  // namespace

LoadResult load_journey_text(std::string_view text, const std::string& name) {
    return read_decoded(text, name, [&](std::string_view utf8) { return read_utf8(utf8, name); });
}

LoadResult load_journey_text_in_one_part(std::string_view text, const std::string& name) {
    return read_decoded(text, name, [&](std::string_view utf8) { return read_in_one_part(utf8, name); });
}

LoadResult load_journey_file(const std::string& path, const std::string& display_name) {
    const std::string name = display_name.empty() ? path : display_name;
    LoadResult result;
    auto fail = [&](std::string message) {
        result.unreadable = true;
        result.problems.push_back(Problem{name, 0, 0, Severity::Error, std::move(message)});
        return result;
    };
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return fail(std::string("cannot open the file: ") + std::strerror(errno) + "; check the path");
    if (S_ISDIR(st.st_mode)) return fail("this is a directory, not a journey file");
    if (static_cast<unsigned long long>(st.st_size) > kMaxJourneyFileBytes)
        return fail("the file is " + std::to_string(st.st_size / (1024 * 1024)) +
                    " MiB; journey files over 64 MiB are refused. Split the journey into smaller ones");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(std::string("cannot open the file: ") + std::strerror(errno) + "; check the path and permissions");
    // Read into an uninitialised buffer: the text is touched once by the read, once by the parse.
    const std::size_t size = static_cast<std::size_t>(st.st_size);
    std::unique_ptr<char[]> buffer(new char[size + 1]);
    std::size_t got = size == 0 ? 0 : std::fread(buffer.get(), 1, size, f);
    bool read_error = std::ferror(f) != 0;
    std::fclose(f);
    if (read_error) return fail("cannot read the file: input/output error");
    return load_journey_text(std::string_view(buffer.get(), got), name);
}

}  // namespace stagecraft
