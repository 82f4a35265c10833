// Large journey files (over 1 MiB), which the reader reads in parts on two threads: what is read,
// where each element stood and every problem must be exactly what a file read in one part gives.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "model/validate.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::test;

namespace {

constexpr std::size_t kLarge = 1u << 20;   // well past the size from which a file is read in parts

// The hotel stay, its stages and flows repeated `copies` times under new ids.
Journey large_journey(int copies = 48) {
    const Journey hotel = load_sample("hotel-stay.journey.xml");
    Journey j = hotel;
    j.stages.clear();
    j.flows.clear();
    for (int k = 0; k < copies; ++k) {
        const std::string suffix = "-" + std::to_string(k);
        for (Stage s : hotel.stages) {
            s.id += suffix;
            for (Scene& t : s.scenes) t.id += suffix;
            j.stages.push_back(std::move(s));
        }
        for (Flow f : hotel.flows) {
            f.from += suffix;
            f.to += suffix;
            j.flows.push_back(std::move(f));
        }
    }
    return j;
}

// 1-based line and column of byte `offset` in `text`.
SourcePos position_in(const std::string& text, std::size_t offset) {
    SourcePos p{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

// The offset of the first `needle` at or after `from`; fails the test when there is none.
std::size_t find_after(const std::string& text, const std::string& needle, std::size_t from) {
    const std::size_t at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    return at;
}

LoadResult load(const std::string& text) {
    REQUIRE(text.size() >= kLarge);
    return load_journey_text(text, "large.xml");
}

void require_one_problem(const std::string& text, std::size_t offset, const std::string& message) {
    const LoadResult r = load(text);
    for (const auto& p : r.problems) INFO(format_problem(p));
    CHECK_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    const SourcePos expected = position_in(text, offset);
    CHECK(r.problems[0].line == expected.line);
    CHECK(r.problems[0].column == expected.column);
    CHECK_THAT(r.problems[0].message, Catch::Contains(message));
}

}   // namespace

TEST_CASE("A large journey loads to the journey that was saved, in canonical form") {
    const Journey j = large_journey();
    const std::string text = journey_to_xml(j);
    const LoadResult r = load(text);
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    CHECK(*r.journey == j);
    CHECK(journey_to_xml(*r.journey) == text);
}

TEST_CASE("Every scene, part and flow of a large journey knows the line and column it stood at") {
    const std::string text = journey_to_xml(large_journey());
    const LoadResult r = load(text);
    REQUIRE(r.ok());
    std::size_t cursor = 0;
    for (const Stage& s : r.journey->stages) {
        cursor = find_after(text, "<stage id=\"" + s.id + "\"", cursor);
        const SourcePos stage_pos = position_in(text, cursor);
        CHECK(s.pos.line == stage_pos.line);
        CHECK(s.pos.column == stage_pos.column);
        for (const Scene& t : s.scenes) {
            const std::size_t at = find_after(text, "<touchpoint id=\"" + t.id + "\"", cursor);
            const SourcePos expected = position_in(text, at);
            INFO("scene " << t.id);
            CHECK(t.pos.line == expected.line);
            CHECK(t.pos.column == expected.column);
            std::size_t part_at = at;
            for (const Part& p : t.parts) {
                part_at = find_after(text, "<part role=\"" + p.role + "\"", part_at);
                const SourcePos part_pos = position_in(text, part_at);
                CHECK(p.pos.line == part_pos.line);
                CHECK(p.pos.column == part_pos.column);
            }
        }
    }
    std::size_t flow_at = find_after(text, "<flows>", 0);
    for (const Flow& f : r.journey->flows) {
        flow_at = find_after(text, "<flow from=\"" + f.from + "\" to=\"" + f.to + "\"", flow_at);
        const SourcePos expected = position_in(text, flow_at);
        CHECK(f.pos.line == expected.line);
        CHECK(f.pos.column == expected.column);
    }
}

TEST_CASE("A problem in the second half of a large file is reported at its line and column") {
    std::string text = journey_to_xml(large_journey());
    const std::size_t value = find_after(text, " emotion=\"", text.size() * 3 / 4) + 10;
    text.replace(value, text.find('"', value) - value, "7");
    require_one_problem(text, value - 9, "emotion 7 is out of range");
}

TEST_CASE("A problem in the first half of a large file is reported at its line and column") {
    std::string text = journey_to_xml(large_journey());
    const std::size_t as = find_after(text, "as=\"lead\"", text.size() / 4);
    text.replace(as, std::string("as=\"lead\"").size(), "as=\"star\"");
    require_one_problem(text, as, "unknown as 'star'");
}

TEST_CASE("A scene id used in both halves of a large file is reported as a duplicate where it is repeated") {
    std::string text = journey_to_xml(large_journey());
    const std::string open = "<touchpoint id=\"";
    const std::size_t early = find_after(text, open, text.size() / 8) + open.size();
    const std::string id = text.substr(early, text.find('"', early) - early);
    const std::size_t late = find_after(text, open, text.size() * 7 / 8);
    text.insert(late, open + id + "\" name=\"Again\" lane=\"frontstage\" channel=\"web\" />\n        ");
    require_one_problem(text, late, "duplicate id '" + id + "'");
}

TEST_CASE("Markup-like text around the middle of a large file is read as what it is") {
    const Journey j = large_journey();
    std::string text = journey_to_xml(j);
    // Comments and CDATA sections holding <stage tags before every stage of the second half,
    // where the file is cut in two.
    const std::string comment = "<!-- <stage id=\"commented\" name=\"Out\"></stage> -->\n    ";
    const std::string cdata = "<![CDATA[<stage id=\"quoted\">]]>";
    int quoted_scripts = 0;
    for (std::size_t at = text.find("<stage id=", text.size() / 2 - 20000); at != std::string::npos;
         at = text.find("<stage id=", at + 1)) {
        text.insert(at, comment);
        at += comment.size();
        const std::size_t script = text.find("<script>", at);
        if (script == std::string::npos) break;
        text.insert(script + 8, cdata);
        at = script + 8 + cdata.size();
        ++quoted_scripts;
    }
    REQUIRE(quoted_scripts > 10);
    const LoadResult r = load(text);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(scene_count(*r.journey) == scene_count(j));
    CHECK(find_stage(*r.journey, "commented") == nullptr);
    int quoted = 0;
    for (const Stage& s : r.journey->stages)
        for (const Scene& t : s.scenes)
            if (t.script.rfind("<stage id=\"quoted\">", 0) == 0) ++quoted;
    CHECK(quoted == quoted_scripts);
}

TEST_CASE("Unknown elements in the second half of a large file are kept in their place") {
    std::string text = journey_to_xml(large_journey());
    const std::size_t stage = find_after(text, "<stage id=", text.size() * 3 / 4);
    const std::string stage_tag = text.substr(stage, text.find('"', stage + 11) + 1 - stage);
    text.insert(stage, "<intermission length=\"15m\" />\n    ");
    text.insert(find_after(text, "<flows>", 0), "<encore>Bows</encore>\n  ");
    const LoadResult r = load(text);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    const std::string saved = journey_to_xml(*r.journey);
    const std::size_t intermission = find_after(saved, "<intermission", 0);
    CHECK(saved.find("<stage ", intermission) == saved.find(stage_tag));
    const std::size_t encore = find_after(saved, "<encore>Bows</encore>", 0);
    CHECK(saved.find('<', encore + 1) == saved.find("</encore>"));
    CHECK(saved.find("<", saved.find("</encore>") + 1) == saved.find("<flows>"));
}

TEST_CASE("Journey parts after the stages of a large file are read, and told twice is a problem") {
    std::string text = journey_to_xml(large_journey());
    const std::size_t title = find_after(text, "<title>", 0);
    const std::size_t title_end = find_after(text, "\n", title) + 1;
    const std::string title_line = text.substr(title, title_end - title);
    text.erase(title, title_end - title);
    const std::size_t flows = find_after(text, "<flows>", 0);
    text.insert(flows, title_line);
    LoadResult r = load(text);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    CHECK(r.journey->title == load_sample("hotel-stay.journey.xml").title);

    const std::size_t second = find_after(text, "<flows>", 0);
    text.insert(second, "<flows />\n  ");
    require_one_problem(text, second + std::string("<flows />\n  ").size(), "more than one <flows>");
}

TEST_CASE("Content after the journey element of a large file is read as in a small one") {
    const std::string text = journey_to_xml(large_journey());
    CHECK(load(text + "<!-- end of file -->\n").ok());
    require_one_problem(text + "<journey />\n", text.size(), "<journey> follows </journey>");
}

TEST_CASE("A control character in either half of a large file is reported at its place") {
    const std::string text = journey_to_xml(large_journey());
    for (std::size_t at : {text.size() / 3, text.size() * 2 / 3}) {
        std::string bad = text;
        const std::size_t script = find_after(bad, "<script>", at) + 8;
        bad[script] = '\x01';
        require_one_problem(bad, script, "control character 0x01");
    }
}

TEST_CASE("Every content problem of a journey of thousands of scenes is reported once, in file order") {
    // Past 4,000 scenes the later stages and the flows are checked on a second thread.
    Journey j = large_journey(160);
    REQUIRE(scene_count(j) >= 4000);
    int line = 0;
    auto at_next_line = [&line](SourcePos& pos) { pos = SourcePos{++line, 1}; };
    Scene& first = j.stages.front().scenes.front();
    first.emotion = 5;
    at_next_line(first.pos);
    Scene& middle = j.stages[j.stages.size() / 2].scenes.back();
    middle.follow_up = "soon";
    at_next_line(middle.pos);
    Scene& last = j.stages.back().scenes.back();
    REQUIRE_FALSE(last.parts.empty());
    last.parts.back().role = "understudy-nobody";
    at_next_line(last.parts.back().pos);
    j.stages.back().id = j.stages.front().id;
    Flow& flow = j.flows.back();
    flow.to = "nowhere";
    at_next_line(flow.pos);

    const std::vector<Problem> problems = validate_journey(j, "many.xml");
    for (const auto& p : problems) INFO(format_problem(p));
    REQUIRE(problems.size() == 5);
    CHECK_THAT(problems[0].message, Catch::Contains("duplicate id '" + j.stages.front().id + "'"));
    CHECK_THAT(problems[1].message, Catch::Contains("has emotion 5"));
    CHECK_THAT(problems[2].message, Catch::Contains("follow-up delay 'soon'"));
    CHECK_THAT(problems[3].message, Catch::Contains("role 'understudy-nobody'"));
    CHECK_THAT(problems[4].message, Catch::Contains("'nowhere'"));
    CHECK(problems[1].line == 1);
    CHECK(problems[2].line == 2);
    CHECK(problems[3].line == 3);
    CHECK(problems[4].line == 4);
    CHECK(problems[4].file == "many.xml");
}

TEST_CASE("A large journey file loads from disk, and a problem in it is reported where it is") {
    TempDir dir;
    const Journey j = large_journey();
    std::string text = journey_to_xml(j);
    write_file(dir / "large.journey.xml", text);
    const LoadResult good = load_journey_file((dir / "large.journey.xml").string());
    REQUIRE(good.ok());
    CHECK(*good.journey == j);
    CHECK(good.journey->stages.back().scenes.back().pos.line == position_in(text, text.rfind("<touchpoint id=")).line);

    // Reading in parts declines a file with a problem, which is then read whole for its report.
    const std::size_t value = find_after(text, " minutes=\"", text.size() * 2 / 3) + 10;
    text.replace(value, text.find('"', value) - value, "-4");
    write_file(dir / "bad.journey.xml", text);
    const LoadResult bad = load_journey_file((dir / "bad.journey.xml").string(), "bad.xml");
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.unreadable);
    REQUIRE(bad.problems.size() == 1);
    const SourcePos expected = position_in(text, value - 9);
    CHECK(bad.problems[0].file == "bad.xml");
    CHECK(bad.problems[0].line == expected.line);
    CHECK(bad.problems[0].column == expected.column);
    CHECK_THAT(bad.problems[0].message, Catch::Contains("minutes is negative (-4)"));
}

namespace {

// Damage that often leaves the file readable, at the places a large file is cut: markup before
// a tag, text made into comments or CDATA, tags moved, plus plain damage.
std::string damage_near_tags(std::string text, std::mt19937& rng) {
    static const char* const kInserts[] = {"<!-- <stage id=\"x\"> -->",
                                           "<!---->",
                                           "<intermission />",
                                           "<stage id=\"s-extra\" name=\"Extra\" />",
                                           "</stages><stages>",
                                           "</stage>",
                                           "<![CDATA[<stage>]]>",
                                           "<?pi <stage ?>",
                                           "\r\n",
                                           "<",
                                           "\""};
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
        // Before any tag, before a stage (where cuts fall) or around the end of the stages.
        static const char* const kAnchors[] = {"<", "<stage ", "<stage ", "</stages>", "<flows>", "</journey>"};
        const char* anchor = kAnchors[rng() % (sizeof kAnchors / sizeof *kAnchors)];
        std::size_t at = text.find(anchor, rng() % text.size());
        if (at == std::string::npos) at = text.find(anchor);
        if (at == std::string::npos) at = text.size() / 2;
        switch (rng() % 4) {
            case 0:
            case 1: text.insert(at, kInserts[rng() % (sizeof kInserts / sizeof *kInserts)]); break;
            case 2: text.erase(at, 1 + rng() % 30); break;
            case 3: text[at + 1 < text.size() ? at + 1 : at] = static_cast<char>(rng() % 128); break;
        }
    }
    return text;
}

void require_same_positions(const Journey& a, const Journey& b) {
    REQUIRE(a.stages.size() == b.stages.size());
    for (std::size_t s = 0; s < a.stages.size(); ++s) {
        REQUIRE(a.stages[s].pos.line == b.stages[s].pos.line);
        REQUIRE(a.stages[s].pos.column == b.stages[s].pos.column);
        for (std::size_t t = 0; t < a.stages[s].scenes.size(); ++t) {
            const Scene& x = a.stages[s].scenes[t];
            const Scene& y = b.stages[s].scenes[t];
            REQUIRE(x.pos.line == y.pos.line);
            REQUIRE(x.pos.column == y.pos.column);
            for (std::size_t p = 0; p < x.parts.size(); ++p) REQUIRE(x.parts[p].pos.column == y.parts[p].pos.column);
        }
    }
    for (std::size_t f = 0; f < a.flows.size(); ++f) REQUIRE(a.flows[f].pos.line == b.flows[f].pos.line);
}

}   // namespace

TEST_CASE("A damaged large file read in parts gives what one reading of the whole gives") {
    std::mt19937 rng(20261129);
    const std::string original = journey_to_xml(large_journey(24));
    REQUIRE(original.size() > 256 * 1024);
    int loaded = 0;
    for (int i = 0; i < 400; ++i) {
        const std::string damaged = damage_near_tags(original, rng);
        const LoadResult parts = load_journey_text(damaged, "d.xml");
        const LoadResult whole = load_journey_text_in_one_part(damaged, "d.xml");
        REQUIRE(parts.ok() == whole.ok());
        REQUIRE(parts.problems.size() == whole.problems.size());
        for (std::size_t k = 0; k < parts.problems.size(); ++k) {
            REQUIRE(parts.problems[k].line == whole.problems[k].line);
            REQUIRE(parts.problems[k].column == whole.problems[k].column);
            REQUIRE(parts.problems[k].message == whole.problems[k].message);
        }
        if (parts.ok()) {
            ++loaded;
            REQUIRE(*parts.journey == *whole.journey);
            require_same_positions(*parts.journey, *whole.journey);
        }
    }
    INFO(loaded << " of 400 damaged files loaded");
    CHECK(loaded > 50);
    CHECK(loaded < 400);
}

TEST_CASE("A second <stages> opened in the middle of a large file is reported, not half read") {
    Journey j = large_journey();
    j.flows.clear();   // nothing refers to the scenes, so none could be missed unnoticed
    std::string text = journey_to_xml(j);
    for (std::size_t at : {text.size() / 3, text.size() / 2, text.size() * 2 / 3}) {
        std::string split = text;
        const std::size_t stage = find_after(split, "<stage id=", at);
        split.insert(stage, "</stages>\n  <stages>\n    ");
        require_one_problem(split, stage + std::string("</stages>\n  ").size(), "more than one <stages>");
    }
}
