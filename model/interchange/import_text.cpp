// Imported text as UTF-8 (see import_text.hpp).
#include "model/interchange/import_text.hpp"

#include <iconv.h>

#include <memory>

#include "model/interchange/import_result.hpp"
#include "model/io/source_text.hpp"
#include "model/io/text_encoding.hpp"

namespace stagecraft {

namespace {

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

// Windows-1252 to UTF-8; nullopt for a byte it does not define.
std::optional<std::string> from_windows_1252(std::string_view bytes) {
    std::unique_ptr<void, IconvCloser> cd(iconv_open("UTF-8", "WINDOWS-1252"));
    if (cd.get() == reinterpret_cast<void*>(-1)) {
        cd.release();
        return std::nullopt;
    }
    std::string out(bytes.size() * 3 + 4, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* o = out.data();
    std::size_t out_left = out.size();
    if (iconv(static_cast<iconv_t>(cd.get()), &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1))
        return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

// Whether `text` holds a well-formed UTF-8 sequence of two bytes or more: text that does is UTF-8
// (Windows-1252 text almost never forms one), however many bytes of it are not.
bool has_utf8_sequence(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                                   : lead >= 0xE0 && lead <= 0xEF ? 3
                                   : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                                  : 0;
        if (length == 0 || i + length > text.size()) continue;
        bool well_formed = true;
        for (std::size_t k = 1; k < length; ++k)
            well_formed = well_formed && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (well_formed) return true;
    }
    return false;
}

}   // namespace

std::optional<std::string> import_text_utf8(std::string_view bytes, const std::string& file,
                                            std::vector<Problem>& problems, bool windows_1252, const PlaceOf& place) {
    auto where = [&](const std::string& text, std::size_t offset) {
        return place ? place(text, offset) : SourceText(text).position(offset);
    };
    auto fail = [&](int line, int column, std::string message) {
        problems.push_back(problem_at(file, line, column, Severity::Error, std::move(message)));
        return std::nullopt;
    };
    if (bytes.size() > kMaxImportBytes)
        return fail(0, 0, "the file is larger than 64 MB, more than any journey needs; it was not read");

    std::string text;
    if (bytes.size() >= 2 &&
        ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        DecodedText decoded = decode_xml_text(bytes);
        if (!decoded.error.empty()) return fail(decoded.error_line, decoded.error_column, decoded.error);
        text = decoded.converted() ? std::move(decoded.utf8) : std::string(bytes);
        problems.push_back(
            problem_at(file, 0, 0, Severity::Note, "read as " + decoded.encoding + " (its byte order mark)"));
    } else {
        text.assign(bytes.data(), bytes.size());
    }
    const bool utf8_mark = text.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (utf8_mark) text.erase(0, 3);
    std::string what;
    std::size_t bad = find_bad_character(text, what);
    if (windows_1252 && bad != std::string::npos && what.rfind("invalid UTF-8", 0) == 0 &&
        (utf8_mark || has_utf8_sequence(text))) {
        // UTF-8 with a byte that is not: reading it all as Windows-1252 would garble the rest.
        const SourcePos at = where(text, bad);
        return fail(at.line, at.column,
                    "the file is UTF-8" + std::string(utf8_mark ? " (its byte order mark says so)" : "") +
                        ", but this byte is not (text pasted from another encoding?): retype the character here "
                        "and save the file as \"CSV UTF-8\" again");
    }
    if (windows_1252 && bad != std::string::npos && what.rfind("invalid UTF-8", 0) == 0) {
        if (auto decoded = from_windows_1252(text)) {
            const SourcePos at = where(text, bad);
            problems.push_back(problem_at(file, at.line, at.column, Severity::Note,
                                          "the file is not UTF-8: read as Windows-1252 (Excel's \"CSV\" on Windows), "
                                          "the first such character here"));
            text = std::move(*decoded);
            bad = find_bad_character(text, what);
        } else {
            const SourcePos at = where(text, bad);
            return fail(at.line, at.column,
                        "the file is neither UTF-8 nor Windows-1252: save it as \"CSV UTF-8\" and import it again");
        }
    }
    if (bad != std::string::npos) {
        const SourcePos at = where(text, bad);
        if (text.find('\0') != std::string::npos && bytes.size() > 1 && (bytes[0] == '\0' || bytes[1] == '\0'))
            return fail(at.line, at.column,
                        "the file looks like UTF-16 without a byte order mark: save it as UTF-8 and import it again");
        const std::size_t xml = what.find(" in XML");
        if (xml != std::string::npos) what.replace(xml, 7, " in a journey");
        return fail(at.line, at.column, what);
    }

    return text;
}

}   // namespace stagecraft
