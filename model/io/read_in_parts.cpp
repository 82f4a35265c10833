// Reading a large journey file in parts: the text is cut before <stage> tags, and the parts are
// parsed and read on two threads, then joined. Used only when the result is exactly what one
// parse of the whole text would give (see read_in_parts in reader_detail.hpp).
#include <future>
#include <thread>

#include "model/io/reader_detail.hpp"
#include "model/io/start_tag.hpp"
#include "model/validate.hpp"

namespace stagecraft::reader_detail {
namespace {

// The tags that close a part of a large file and open the next.
constexpr std::string_view kClose = "</stages></journey>";
constexpr std::string_view kOpen = "<journey><stages>";
constexpr std::size_t kPartBytes = 64u * 1024u;   // the size of the parts a large file is read in

// Where to cut a large file: just before <stage> start tags, about every kPartBytes. The first
// cut is 0 and the last the size of the text.
std::vector<std::size_t> find_cuts(std::string_view text, std::size_t start) {
    constexpr std::string_view tag = "<stage";
    std::vector<std::size_t> cuts{0};
    for (std::size_t from = start + kPartBytes; from < text.size(); from = cuts.back() + kPartBytes) {
        const std::size_t at = find_start_tag(text, tag, from);
        if (at == std::string_view::npos) break;
        cuts.push_back(at);
    }
    cuts.push_back(text.size());
    return cuts;
}

// One thread's share of a large file: consecutive parts, each copied with the tags that make
// it a document of its own, parsed, turned into stages and let go before the next, so the
// parsed tree is small and still in the cache when it is read.
class PartsReader {
public:
    PartsReader(std::string_view text, const SourceText& src, const std::string& name)
        : text_(text), reader_(src, name) {}

    // Parses text[from, to) with `before` and `after` around it; false when it does not parse.
    bool parse(std::size_t from, std::size_t to, std::string_view before, std::string_view after) {
        buffer_.clear();
        buffer_.insert(buffer_.end(), before.begin(), before.end());
        buffer_.insert(buffer_.end(), text_.begin() + static_cast<std::ptrdiff_t>(from),
                       text_.begin() + static_cast<std::ptrdiff_t>(to));
        buffer_.insert(buffer_.end(), after.begin(), after.end());
        reader_.set_shift(static_cast<std::ptrdiff_t>(from) - static_cast<std::ptrdiff_t>(before.size()));
        return doc_.load_buffer_inplace(buffer_.data(), buffer_.size(), kParseOptions, pugi::encoding_utf8);
    }

    // The first part: the top of the file up to the first cut, closed after it.
    bool read_first(std::size_t to) {
        if (!parse(0, to, {}, kClose)) return false;
        pugi::xml_node root;
        for (pugi::xml_node n = doc_.first_child(); n; n = n.next_sibling()) {
            if (n.type() == pugi::node_doctype) return false;
            if (n.type() == pugi::node_element && !root) root = n;
        }
        // The added </stages></journey> closed the last child of the top element, and nothing follows.
        if (!root || root != doc_.last_child() || !same(root.name(), "journey") ||
            root.last_child().type() != pugi::node_element || !same(root.last_child().name(), "stages"))
            return false;
        if (!reader_.read_journey_attributes(root, journey)) return false;
        for (pugi::xml_node c : root.children())
            if (c.type() == pugi::node_element) reader_.read_journey_child(c, journey, children);
        return ok();
    }

    // A part between two cuts: stages only.
    bool read_middle(std::size_t from, std::size_t to) {
        if (!parse(from, to, kOpen, kClose)) return false;
        const pugi::xml_node root = doc_.first_child();
        const pugi::xml_node stages = root.first_child();
        if (root != doc_.last_child() || stages != root.last_child()) return false;
        return read_stages(stages);
    }

    // The last part: stages, then whatever follows </stages>.
    bool read_last(std::size_t from) {
        if (!parse(from, text_.size(), kOpen, {})) return false;
        const pugi::xml_node root = doc_.first_child();
        if (root != doc_.last_child()) return false;   // something after </journey>
        const pugi::xml_node stages = root.first_child();
        if (!read_stages(stages)) return false;
        children.seen[JourneyChildren::Stages] = true;
        for (pugi::xml_node c = stages.next_sibling(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element) reader_.read_journey_child(c, journey, children);
        return ok() && journey.extras.empty();
    }

    Journey journey;
    JourneyChildren children;

private:
    // Stages after the first part's: unknown elements among them would need the count of the
    // stages before, so they are left to the one-part reader.
    bool read_stages(pugi::xml_node stages) {
        const std::size_t kept = journey.stages_extras.elements.size();
        reader_.read_stages(stages, journey);
        return ok() && journey.stages_extras.elements.size() == kept;
    }
    bool ok() const { return reader_.problems.empty(); }

    std::string_view text_;
    ElementReader reader_;
    std::vector<char> buffer_;
    pugi::xml_document doc_;
};

}   // namespace

// A large file read in parts, half of them on each of two threads. The text is cut before
// <stage> tags; each part is parsed with </stages></journey> added after it, <journey><stages>
// before it, or both. When every part parses, each cut lay directly inside the <stages> of the
// top <journey> (inside a comment, an attribute or any other element the added tags would not
// match), so the parts hold what one parse of the whole text holds. Anything else (a problem of
// any kind, a DOCTYPE, content after </journey>, unknown elements among later stages) gives
// nothing back, and the caller reads the file in one part: problems are always reported by the
// one reader, in the one way.
std::optional<Journey> read_in_parts(std::string_view text, std::size_t start, const std::string& name) {
    const std::vector<std::size_t> cuts = find_cuts(text, start);
    const std::size_t parts = cuts.size() - 1;
    if (parts < 2) return std::nullopt;
    // The first thread reads parts [0, half), about half of the text.
    std::size_t half = 1;
    while (half + 1 < parts && cuts[half] < text.size() / 2) ++half;
    const std::size_t middle = cuts[half];

    // The second thread's reader needs the number of lines before its first part, which the
    // first thread counts.
    std::promise<std::size_t> lines_before;
    std::optional<PartsReader> second;
    bool second_ok = false;
    std::thread worker([&, lines = lines_before.get_future()]() mutable {
        const std::string_view rest = text.substr(middle);
        std::string what;
        if (find_bad_character(rest, what) != std::string_view::npos || !find_bad_references(rest, 1).empty()) return;
        std::size_t line_start = middle;
        while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
        const SourceText src(rest, middle, lines.get(), line_start);
        second.emplace(text, src, name);
        bool ok = true;
        for (std::size_t i = half; ok && i + 1 < parts; ++i) ok = second->read_middle(cuts[i], cuts[i + 1]);
        second_ok = ok && second->read_last(cuts[parts - 1]);
    });

    const std::string_view head = text.substr(0, middle);
    std::string what;
    bool ok = find_bad_character(head.substr(start), what) == std::string_view::npos &&
              find_bad_references(head.substr(start), 1).empty();
    const SourceText src(head, 0, 0, 0);
    lines_before.set_value(src.line_feeds());
    PartsReader first(text, src, name);
    ok = ok && first.read_first(cuts[1]);
    for (std::size_t i = 1; ok && i < half; ++i) ok = first.read_middle(cuts[i], cuts[i + 1]);
    worker.join();
    if (!ok || !second_ok) return std::nullopt;

    // Join the halves: the second half's stages follow the first's, and what follows </stages>
    // fills the places the first part left empty.
    using K = JourneyChildren;
    Journey& journey = first.journey;
    Journey& tail = second->journey;
    const bool* seen = second->children.seen;
    for (int k = 0; k < K::kKinds; ++k)
        if (k != K::Stages && first.children.seen[k] && seen[k]) return std::nullopt;   // told twice
    if (seen[K::Title]) journey.title = std::move(tail.title);
    if (seen[K::Description]) journey.description = std::move(tail.description);
    if (seen[K::Meta]) journey.meta = std::move(tail.meta);
    if (seen[K::Persona]) journey.persona = std::move(tail.persona);
    if (seen[K::Principles]) {
        journey.principles = std::move(tail.principles);
        journey.principles_extras = std::move(tail.principles_extras);
    }
    if (seen[K::Cast]) {
        journey.cast = std::move(tail.cast);
        journey.cast_extras = std::move(tail.cast_extras);
    }
    if (seen[K::Flows]) {
        journey.flows = std::move(tail.flows);
        journey.flows_extras = std::move(tail.flows_extras);
    }
    journey.stages.reserve(journey.stages.size() + tail.stages.size());
    for (Stage& s : tail.stages) journey.stages.push_back(std::move(s));
    if (!validate_journey(journey, name).empty()) return std::nullopt;
    return std::move(journey);
}

}   // namespace stagecraft::reader_detail
