// Reading .journey.xml into a Journey: the entry points, the checks of the document as a whole
// (empty file, characters and references, malformed XML, DOCTYPE, the top element) and the
// content rules after reading. Every problem is collected in one pass; a file with any error
// yields no journey. No DTD is processed and no entity is expanded.
#include "model/io/xml_reader.hpp"

#include <pugixml.hpp>

#include <sys/stat.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "model/io/reader_detail.hpp"
#include "model/io/source_text.hpp"
#include "model/io/text_encoding.hpp"
#include "model/validate.hpp"

namespace stagecraft {
namespace {

using namespace reader_detail;

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
        default: return "malformed XML: " + what;
    }
}

// The length of a UTF-8 byte order mark at the start of `text` (0 or 3).
std::size_t bom_length(std::string_view text) {
    return text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                   static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF
               ? 3
               : 0;
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
    ElementReader reader(*src, name);
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
            if (!root)
                root = n;
            else if (!second_root)
                second_root = n;
        }
    }
    if (!root || !same(root.name(), "journey")) {
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
    for (std::size_t i = utf8.find('\n'); i != std::string_view::npos; i = utf8.find('\n', i + 1))
        line_starts.push_back(i + 1);
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

}   // namespace

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
    if (!f)
        return fail(std::string("cannot open the file: ") + std::strerror(errno) + "; check the path and permissions");
    // Read into an uninitialised buffer: the text is touched once by the read, once by the parse.
    const std::size_t size = static_cast<std::size_t>(st.st_size);
    std::unique_ptr<char[]> buffer(new char[size + 1]);
    std::size_t got = size == 0 ? 0 : std::fread(buffer.get(), 1, size, f);
    bool read_error = std::ferror(f) != 0;
    std::fclose(f);
    if (read_error) return fail("cannot read the file: input/output error");
    return load_journey_text(std::string_view(buffer.get(), got), name);
}

}   // namespace stagecraft
