// Decoding journey files saved in encodings other than UTF-8, through the C library's iconv.
#include "model/io/text_encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>

namespace stagecraft {

namespace {

// The encodings a declaration may name, as iconv knows them. A closed list: the name in a file
// is never handed to iconv as it stands.
struct Known {
    const char* declared;   // upper case, as compared
    const char* iconv;
};
constexpr Known kKnown[] = {
    {"US-ASCII", "US-ASCII"},
    {"ASCII", "US-ASCII"},
    {"ISO-8859-1", "ISO-8859-1"},
    {"ISO8859-1", "ISO-8859-1"},
    {"LATIN1", "ISO-8859-1"},
    {"LATIN-1", "ISO-8859-1"},
    {"ISO-8859-2", "ISO-8859-2"},
    {"ISO-8859-3", "ISO-8859-3"},
    {"ISO-8859-4", "ISO-8859-4"},
    {"ISO-8859-5", "ISO-8859-5"},
    {"ISO-8859-6", "ISO-8859-6"},
    {"ISO-8859-7", "ISO-8859-7"},
    {"ISO-8859-8", "ISO-8859-8"},
    {"ISO-8859-9", "ISO-8859-9"},
    {"ISO-8859-10", "ISO-8859-10"},
    {"ISO-8859-13", "ISO-8859-13"},
    {"ISO-8859-14", "ISO-8859-14"},
    {"ISO-8859-15", "ISO-8859-15"},
    {"LATIN9", "ISO-8859-15"},
    {"ISO-8859-16", "ISO-8859-16"},
    {"WINDOWS-1250", "WINDOWS-1250"},
    {"WINDOWS-1251", "WINDOWS-1251"},
    {"WINDOWS-1252", "WINDOWS-1252"},
    {"WINDOWS-1253", "WINDOWS-1253"},
    {"WINDOWS-1254", "WINDOWS-1254"},
    {"WINDOWS-1255", "WINDOWS-1255"},
    {"WINDOWS-1256", "WINDOWS-1256"},
    {"WINDOWS-1257", "WINDOWS-1257"},
    {"WINDOWS-1258", "WINDOWS-1258"},
    {"CP1250", "WINDOWS-1250"},
    {"CP1251", "WINDOWS-1251"},
    {"CP1252", "WINDOWS-1252"},
    {"KOI8-R", "KOI8-R"},
    {"KOI8-U", "KOI8-U"},
    {"SHIFT_JIS", "SHIFT_JIS"},
    {"SHIFT-JIS", "SHIFT_JIS"},
    {"SJIS", "SHIFT_JIS"},
    {"EUC-JP", "EUC-JP"},
    {"EUC-KR", "EUC-KR"},
    {"GB2312", "GB2312"},
    {"GBK", "GBK"},
    {"GB18030", "GB18030"},
    {"BIG5", "BIG5"},
    {"UTF-16", "UTF-16"},
    {"UTF-16LE", "UTF-16LE"},
    {"UTF-16BE", "UTF-16BE"},
    {"UTF-32", "UTF-32"},
    {"UTF-32LE", "UTF-32LE"},
    {"UTF-32BE", "UTF-32BE"},
};

// An iconv conversion descriptor, closed when it goes.
class Converter {
public:
    explicit Converter(const char* from) : cd_(iconv_open("UTF-8", from)) {}
    ~Converter() {
        if (ok()) iconv_close(cd_);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

bool starts_with(std::string_view s, std::initializer_list<unsigned char> bytes) {
    if (s.size() < bytes.size()) return false;
    std::size_t i = 0;
    for (unsigned char b : bytes)
        if (static_cast<unsigned char>(s[i++]) != b) return false;
    return true;
}

// The value of encoding="..." in an XML declaration at the start of an 8-bit text, upper case;
// empty when there is none.
std::string declared_encoding(std::string_view text) {
    if (text.substr(0, 5) != "<?xml") return {};
    const std::size_t end = text.find("?>");
    const std::string_view decl =
        text.substr(0, end == std::string_view::npos ? std::min<std::size_t>(text.size(), 200) : end);
    std::size_t at = decl.find("encoding");
    if (at == std::string_view::npos) return {};
    at += 8;
    while (at < decl.size() && (decl[at] == ' ' || decl[at] == '\t' || decl[at] == '\r' || decl[at] == '\n')) ++at;
    if (at >= decl.size() || decl[at] != '=') return {};
    ++at;
    while (at < decl.size() && (decl[at] == ' ' || decl[at] == '\t' || decl[at] == '\r' || decl[at] == '\n')) ++at;
    if (at >= decl.size() || (decl[at] != '"' && decl[at] != '\'')) return {};
    const char quote = decl[at++];
    const std::size_t close = decl.find(quote, at);
    if (close == std::string_view::npos) return {};
    std::string name(decl.substr(at, close - at));
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return name;
}

DecodedText convert(std::string_view bytes, const char* from, std::string shown, std::size_t skip) {
    DecodedText out;
    out.encoding = std::move(shown);
    Converter cd(from);
    if (!cd.ok()) {
        out.error = "the file is in " + out.encoding + ", which this system cannot decode; save it as UTF-8";
        out.error_line = out.error_column = 1;
        return out;
    }
    std::string result;
    result.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data()) + skip;
    std::size_t in_left = bytes.size() - skip;
    char* dst = result.data();
    std::size_t out_left = result.size();
    while (in_left > 0) {
        if (iconv(cd.get(), &in, &in_left, &dst, &out_left) != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            const std::size_t used = static_cast<std::size_t>(dst - result.data());
            result.resize(result.size() * 2);
            dst = result.data() + used;
            out_left = result.size() - used;
            continue;
        }
        // The place: lines and characters of what decoded before the failing byte.
        const std::string_view done(result.data(), static_cast<std::size_t>(dst - result.data()));
        const std::size_t line_start = done.rfind('\n') == std::string_view::npos ? 0 : done.rfind('\n') + 1;
        out.error_line = 1 + static_cast<int>(std::count(done.begin(), done.end(), '\n'));
        out.error_column =
            1 + static_cast<int>(std::count_if(done.begin() + static_cast<std::ptrdiff_t>(line_start), done.end(),
                                               [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(*in));
        const bool wide = out.encoding.compare(0, 4, "UTF-") == 0;
        out.error = errno == EINVAL ? "the file ends inside a character; it is not complete " + out.encoding + " text"
                    : wide          ? "the text here is not valid " + out.encoding +
                                 " (half of a surrogate pair, or a character cut short); save the file again as UTF-8"
                           : std::string("byte ") + byte + " is not valid " + out.encoding +
                                 " text; save the file as UTF-8, or correct the encoding its XML declaration names";
        return out;
    }
    result.resize(static_cast<std::size_t>(dst - result.data()));
    out.utf8 = std::move(result);
    if (out.utf8.empty()) out.utf8 = " ";   // an empty file that was in another encoding stays "converted"
    return out;
}

}   // namespace

DecodedText decode_xml_text(std::string_view bytes) {
    // Byte order marks first (UTF-32 before UTF-16: FF FE 00 00 starts with FF FE).
    if (starts_with(bytes, {0x00, 0x00, 0xFE, 0xFF})) return convert(bytes, "UTF-32BE", "UTF-32BE", 4);
    if (starts_with(bytes, {0xFF, 0xFE, 0x00, 0x00})) return convert(bytes, "UTF-32LE", "UTF-32LE", 4);
    if (starts_with(bytes, {0xFE, 0xFF})) return convert(bytes, "UTF-16BE", "UTF-16BE", 2);
    if (starts_with(bytes, {0xFF, 0xFE})) return convert(bytes, "UTF-16LE", "UTF-16LE", 2);
    // No mark: '<' as the first character tells the width and byte order (XML 1.0, appendix F).
    if (starts_with(bytes, {0x00, 0x00, 0x00, 0x3C})) return convert(bytes, "UTF-32BE", "UTF-32BE", 0);
    if (starts_with(bytes, {0x3C, 0x00, 0x00, 0x00})) return convert(bytes, "UTF-32LE", "UTF-32LE", 0);
    if (starts_with(bytes, {0x00, 0x3C, 0x00, 0x3F})) return convert(bytes, "UTF-16BE", "UTF-16BE", 0);
    if (starts_with(bytes, {0x3C, 0x00, 0x3F, 0x00})) return convert(bytes, "UTF-16LE", "UTF-16LE", 0);

    DecodedText out;
    out.encoding = "UTF-8";
    // A UTF-8 mark decides, as the UTF-16 and UTF-32 marks do, whatever the declaration says.
    if (starts_with(bytes, {0xEF, 0xBB, 0xBF})) return out;
    const std::string declared = declared_encoding(bytes);
    if (declared.empty() || declared == "UTF-8" || declared == "UTF8") return out;
    for (const Known& k : kKnown) {
        if (declared != k.declared) continue;
        // A declaration of UTF-16 or UTF-32 on 8-bit text is wrong about itself: read the bytes.
        if (declared.compare(0, 4, "UTF-") == 0) return out;
        return convert(bytes, k.iconv, k.iconv, 0);
    }
    out.error_line = out.error_column = 1;
    out.error = "the file declares encoding '" + declared +
                "', which Stagecraft does not read; save it as UTF-8 (or UTF-16, ISO-8859-1, Windows-1252)";
    return out;
}

}   // namespace stagecraft
