// One item per line, and nothing else parsed.
#include "app/editor/core/text_lines.hpp"

namespace stagecraft::editor {

std::string items_to_lines(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += '\n';
        out += items[i];
    }
    return out;
}

std::vector<std::string> lines_to_items(std::string_view text) {
    std::vector<std::string> items;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(from, end - from);
        if (end < text.size() && !line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty()) items.emplace_back(line);
        from = end + 1;
    }
    return items;
}

}   // namespace stagecraft::editor
