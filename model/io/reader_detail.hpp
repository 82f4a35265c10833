// Internals of the journey reader, shared by its three parts: the element reader (one
// <journey> element tree into a Journey, every problem at its place), reading a large file in
// parts on two threads, and the entry points (xml_reader.cpp). Not part of the public API
// (see xml_reader.hpp).
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/io/source_text.hpp"
#include "model/journey.hpp"
#include "model/problem.hpp"

namespace stagecraft::reader_detail {

// How every part of a journey file is parsed: comments kept (to warn about them), DOCTYPE seen
// (to refuse it), processing instructions dropped.
constexpr unsigned kParseOptions = (pugi::parse_default | pugi::parse_doctype | pugi::parse_comments) & ~pugi::parse_pi;

// Files from this size on are read in parts, on two threads (read_in_parts).
constexpr std::size_t kParallelBytes = 256u * 1024u;

// Whether two NUL-terminated names are equal: the one way element and attribute names are
// compared. Inlined: names are short.
inline bool same(const char* a, const char* b) {
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

// True when an attribute named `name` comes before `a` on its element.
inline bool named_before(pugi::xml_node n, pugi::xml_attribute a, const char* name) {
    for (pugi::xml_attribute b = n.first_attribute(); b && b != a; b = b.next_attribute())
        if (same(b.name(), name)) return true;
    return false;
}

// The child elements of <journey> read so far: which kinds, and how many known ones.
struct JourneyChildren {
    enum Kind { Title, Description, Meta, Persona, Principles, Cast, Stages, Flows, kKinds };
    static constexpr const char* kNames[kKinds] = {"title",      "description", "meta",   "persona",
                                                   "principles", "cast",        "stages", "flows"};
    std::size_t known = 0;
    bool seen[kKinds] = {};
};

// Reads parsed elements into the journey model and collects problems at their line:column in
// `src`. Reading never stops at a problem: everything readable is read, so one pass reports all.
class ElementReader {
public:
    // `src` is the text positions are reported in (it must outlive the reader); `file` names it.
    ElementReader(const SourceText& src, std::string file) : src_(src), file_(std::move(file)) {}

    // `shift` turns offsets in the parsed buffer into offsets in the text of `src`.
    void set_shift(std::ptrdiff_t shift) { shift_ = shift; }

    // Every problem reported so far, in the order found.
    std::vector<Problem> problems;

    // Reports an error at a byte offset of the text, at the '<' of an element, or at an
    // attribute of it (the element's '<' when the attribute is not found).
    void error_at(std::size_t offset, std::string message);
    void error_on(pugi::xml_node n, std::string message) { error_at(tag_offset(n), std::move(message)); }
    void error_attr(pugi::xml_node n, const char* attr, std::string message);
    // The same as a warning: the journey is still read.
    void warning_on(pugi::xml_node n, std::string message);
    // Reports an attribute given twice on one element (XML 1.0, "Unique Att Spec"; pugixml lets
    // it through): the reader would keep one and write the other back as unknown.
    void error_attribute_repeated(pugi::xml_node n, const char* name);

    // Reads the <journey> element into `j`; false when its format cannot be read at all.
    bool read_journey(pugi::xml_node root, Journey& j);
    // The attributes of <journey>; false when the format cannot be read at all.
    bool read_journey_attributes(pugi::xml_node root, Journey& j);
    // One child element of <journey>; `children` records what was seen, to refuse repeats.
    void read_journey_child(pugi::xml_node c, Journey& j, JourneyChildren& children);
    // The <stage> elements of a <stages> element, appended to j.stages.
    void read_stages(pugi::xml_node n, Journey& j);

private:
    // Offset in the text of the '<' that opens an element, and its line:column.
    std::size_t tag_offset(pugi::xml_node n) const;
    SourcePos pos(pugi::xml_node n) { return src_.position(tag_offset(n), hint_); }
    // Offset of an attribute of an element (of its '<' when the attribute is not found).
    std::size_t attr_offset(pugi::xml_node n, const char* attr) const;

    // An attribute's value; nullptr, with a problem, when a required attribute is missing.
    const char* required(pugi::xml_node n, pugi::xml_attribute a, const char* attr);
    // An attribute spelled as one of `names`; nullopt, with a problem naming the allowed
    // spellings, when it is not (or, with `is_required`, when it is missing).
    template <typename E>
    std::optional<E> enum_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr,
                               std::optional<E> (*parse)(std::string_view), const std::vector<std::string_view>& names,
                               bool is_required);
    // A number of minutes, >= 0; nullopt when absent or (with a problem) not such a number.
    std::optional<double> minutes_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr);
    // "true" or "false"; false when absent or (with a problem) anything else.
    bool bool_attr(pugi::xml_node n, pugi::xml_attribute a, const char* attr);

    // Keeps an unknown child element as XML text, recording how many known children preceded it.
    void keep_unknown_element(pugi::xml_node child, std::size_t known_before, Extras& extras);
    // Every child element of an element that has no known children.
    void keep_unknown_children(pugi::xml_node n, Extras& extras);
    // True, with a problem, when an unknown element nests deeper than any journey needs.
    bool too_deep(pugi::xml_node root);

    // The text of an element that holds plain text: all of its text and CDATA, joined (pugixml's
    // child_value() would stop at the first comment or CDATA section). An element inside has
    // no place in plain text and is an error; a comment, which a save cannot keep there, is
    // told as a warning. Attributes on these elements are not kept.
    std::string text_of(pugi::xml_node n);
    // Reports an element given again where its parent may hold only one.
    void error_repeated(pugi::xml_node c);
    // The text of an element its parent may hold once (<description>, <script>, <goal>), read
    // into `text`. A second one is a problem. Returns whether it will be written back: the
    // writer leaves out empty ones, and unknown elements are placed by counting those it writes.
    bool read_once(pugi::xml_node c, bool& seen, std::string& text);

    // One element each, into the model value given.
    void read_meta(pugi::xml_node n, Meta& m);
    void read_persona(pugi::xml_node n, Persona& p);
    void read_principles(pugi::xml_node n, Journey& j);
    void read_cast(pugi::xml_node n, Journey& j);
    void read_stage(pugi::xml_node c, Stage& s);
    void read_scene(pugi::xml_node n, Scene& t);
    void read_flows(pugi::xml_node n, Journey& j);

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

// A large UTF-8 text (from kParallelBytes up) read in parts on two threads; `start` is the
// offset after any byte order mark and `name` names the file. Returns the journey only when the
// parts hold exactly what one parse of the whole text holds and it has no problem of any kind;
// otherwise nothing, and the caller reads the text in one part to report its problems.
std::optional<Journey> read_in_parts(std::string_view text, std::size_t start, const std::string& name);

}   // namespace stagecraft::reader_detail
