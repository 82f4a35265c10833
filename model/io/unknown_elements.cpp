// Unknown content, kept to be written back: an element the program does not know is held as
// XML text that reads back to the same tree, at its place among the known children.
#include <string>

#include "model/io/reader_detail.hpp"
#include "model/io/xml_writer.hpp"

namespace stagecraft::reader_detail {
namespace {

constexpr int kMaxUnknownDepth = 200;   // deeper nesting is refused (no journey needs it)

}   // namespace

void ElementReader::keep_unknown_element(pugi::xml_node child, std::size_t known_before, Extras& extras) {
    if (too_deep(child)) return;
    struct StringWriter : pugi::xml_writer {
        std::string out;
        void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
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
    if (holder.repeated) error_attribute_repeated(holder.repeated, holder.repeated_attribute.name());
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

bool ElementReader::too_deep(pugi::xml_node root) {
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

void ElementReader::keep_unknown_children(pugi::xml_node n, Extras& extras) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element) keep_unknown_element(c, 0, extras);
}

void ElementReader::error_attribute_repeated(pugi::xml_node n, const char* name) {
    error_attr(n, name,
               std::string("attribute '") + name + "' is given twice on <" + n.name() +
                   ">; an attribute may appear once on an element, so keep one");
}

}   // namespace stagecraft::reader_detail
