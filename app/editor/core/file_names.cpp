// Proposed and ensured journey file names (see file_names.hpp).
#include "app/editor/core/file_names.hpp"

namespace stagecraft::editor {

namespace {

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

std::string slug(const std::string& text) {
    std::string out;
    bool dash = false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep =
            u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_';
        if (keep) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
            dash = true;
        }
    }
    // Keep names short enough for every file system (255 bytes), without cutting a character.
    if (out.size() > 120) {
        std::size_t cut = 120;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out;
}

}   // namespace

std::string suggested_file_name(const Journey& journey) {
    std::string name = slug(journey.title);
    if (name.empty()) name = slug(journey.id);
    if (name.empty()) name = "journey";
    return name + kJourneyExtension;
}

std::string suggested_file_stem(const Journey& journey) {
    std::string name = suggested_file_name(journey);
    name.resize(name.size() - std::string(kJourneyExtension).size());
    return name;
}

std::string with_journey_extension(const std::string& path) {
    if (ends_with(path, kJourneyExtension)) return path;
    if (ends_with(path, ".journey")) return path + ".xml";
    if (ends_with(path, ".xml")) return path.substr(0, path.size() - 4) + kJourneyExtension;
    return path + kJourneyExtension;
}

}   // namespace stagecraft::editor
