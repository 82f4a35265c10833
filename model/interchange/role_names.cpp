// Role names as importers compare them (see role_names.hpp).
#include "model/interchange/role_names.hpp"

namespace stagecraft {

std::string role_key(std::string_view name) {
    std::string key;
    bool space = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool nbsp = name.compare(i, 2, "\xC2\xA0") == 0;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
            if (nbsp) ++i;
            space = true;
            continue;
        }
        if (space && !key.empty()) key += ' ';
        space = false;
        key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

}   // namespace stagecraft
