// Reading the XML parts of an Office Open XML package: element names with or without a
// namespace prefix, and a large part's repeated items (a sheet's rows, the shared strings) read
// in pieces of about 64 KB, so the parsed tree stays small and in the cache.
#pragma once

#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace stagecraft::ooxml {

// The node's name without its namespace prefix ("x:row" gives "row").
const char* local_name(const pugi::xml_node& n);

// Whether `written`, an element's name as written, is `name` with or without a namespace prefix.
inline bool name_is(const char* written, const char* name) {
    const char* w = written;
    for (const char* n = name;; ++w, ++n) {
        if (*n == '\0' && *w == '\0') return true;   // as a rule: no prefix
        if (*w != *n) break;
    }
    const char* colon = std::strrchr(written, ':');
    return colon && std::strcmp(colon + 1, name) == 0;
}

// Whether the node's name, without its namespace prefix, is `name`.
inline bool is_named(const pugi::xml_node& n, const char* name) { return name_is(n.name(), name); }

// The first child of `n` named `name` (see is_named); an empty node when there is none.
pugi::xml_node child_named(const pugi::xml_node& n, const char* name);

// What a part's items are read into: `item` is called with each item in order and `end` once,
// with the top element; `restart` drops what was read when reading starts again from the top.
class ItemReader {
public:
    virtual ~ItemReader() = default;
    virtual void restart() = 0;
    virtual void item(pugi::xml_node item) = 0;
    virtual void end(pugi::xml_node top) = 0;
};

// Reads `text`, a part whose items (elements named `item`) sit in the element path `path` from
// the top (for a sheet {"worksheet", "sheetData"} and "row"), into `reader`. The text is cut
// before item start tags and read in pieces when every piece is well-formed with the path's tags
// around it, which proves each cut lay directly in the path's innermost element; otherwise it is
// read whole, names matched with or without prefixes. In pieces, `end` sees the top element of
// the last piece, which holds everything after the items. False when the text is not well-formed
// XML. No DTD is read and no entity beyond XML's own is expanded.
bool read_items(std::string text, std::initializer_list<const char*> path, const char* item, ItemReader& reader);

}   // namespace stagecraft::ooxml
