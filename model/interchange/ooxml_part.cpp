// Office Open XML parts read by name and in pieces (see ooxml_part.hpp).
#include "model/interchange/ooxml_part.hpp"

#include <cstring>
#include <vector>

#include "model/io/start_tag.hpp"

namespace stagecraft::ooxml {

namespace {

constexpr std::size_t kPieceBytes = 64u * 1024u;   // about the size of each piece of a large part
constexpr unsigned kParseOptions = pugi::parse_default & ~pugi::parse_doctype;

}   // namespace

const char* local_name(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

pugi::xml_node child_named(const pugi::xml_node& n, const char* name) {
    for (auto c : n.children())
        if (is_named(c, name)) return c;
    return {};
}

namespace {

// Where to cut: before `<item` start tags, about every kPieceBytes; the first cut is 0 and the
// last the size of the text.
std::vector<std::size_t> find_cuts(std::string_view text, std::string_view tag) {
    std::vector<std::size_t> cuts{0};
    for (std::size_t from = kPieceBytes; from < text.size(); from = cuts.back() + kPieceBytes) {
        const std::size_t at = find_start_tag(text, tag, from);
        if (at == std::string_view::npos) break;
        cuts.push_back(at);
    }
    cuts.push_back(text.size());
    return cuts;
}

// The element path's names, literally, as the pieces' added tags name them.
struct Path {
    std::vector<std::string> names;
    std::string open, close;   // "<a><b>" and "</b></a>"
    explicit Path(std::initializer_list<const char*> path) {
        for (const char* n : path) names.emplace_back(n);
        for (const auto& n : names) open += "<" + n + ">";
        for (auto n = names.rbegin(); n != names.rend(); ++n) close += "</" + *n + ">";
    }
};

// The innermost element of the path in a piece; empty when the piece is not of the shape a cut
// directly in that element gives. The first piece, closed by the added tags, ends with the path:
// each element its parent's last child. A later piece, opened by them, starts with it: each its
// parent's first child and, but in the last piece, its only one.
pugi::xml_node innermost(const pugi::xml_document& doc, const Path& path, bool first, bool last) {
    pugi::xml_node n = doc.first_child();
    if (!n || n != doc.last_child()) return {};   // one top element, as a whole parse would need
    for (std::size_t level = 0; level < path.names.size(); ++level) {
        if (level > 0) {
            const pugi::xml_node up = n;
            n = first ? up.last_child() : up.first_child();
            if (!first && !last && n != up.last_child()) return {};
        }
        if (n.type() != pugi::node_element || path.names[level] != n.name()) return {};
    }
    return n;
}

bool read_in_pieces(std::string_view text, const Path& path, const char* item, ItemReader& reader) {
    if (text.find("<!DOCTYPE") != std::string_view::npos) return false;
    const std::vector<std::size_t> cuts = find_cuts(text, std::string("<") + item);
    const std::size_t pieces = cuts.size() - 1;
    if (pieces < 2) return false;
    std::vector<char> buffer;
    pugi::xml_document doc;
    for (std::size_t i = 0; i < pieces; ++i) {
        const bool first = i == 0, last = i + 1 == pieces;
        buffer.clear();
        if (!first) buffer.insert(buffer.end(), path.open.begin(), path.open.end());
        buffer.insert(buffer.end(), text.begin() + static_cast<std::ptrdiff_t>(cuts[i]),
                      text.begin() + static_cast<std::ptrdiff_t>(cuts[i + 1]));
        if (!last) buffer.insert(buffer.end(), path.close.begin(), path.close.end());
        if (!doc.load_buffer_inplace(buffer.data(), buffer.size(), kParseOptions, pugi::encoding_utf8)) return false;
        const pugi::xml_node items = innermost(doc, path, first, last);
        if (!items) return false;
        for (pugi::xml_node n : items.children())
            if (is_named(n, item)) reader.item(n);   // the rule of a whole parse
        if (last) reader.end(doc.document_element());
    }
    return true;
}

}   // namespace

bool read_items(std::string text, std::initializer_list<const char*> path, const char* item, ItemReader& reader) {
    const Path names(path);
    if (read_in_pieces(text, names, item, reader)) return true;
    reader.restart();
    pugi::xml_document doc;
    if (!doc.load_buffer_inplace(text.data(), text.size(), kParseOptions)) return false;
    pugi::xml_node items = doc.document_element();
    bool first = true;
    for (const char* name : path) {
        if (!first) items = child_named(items, name);
        first = false;
    }
    for (pugi::xml_node n : items.children())
        if (is_named(n, item)) reader.item(n);
    reader.end(doc.document_element());
    return true;
}

}   // namespace stagecraft::ooxml
