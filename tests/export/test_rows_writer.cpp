// Journeys written in the rows layout (CSV): the header and cells, text a spreadsheet would run
// kept as text, and every sample read back equal in every field the rows layout carries.
#include <catch2/catch.hpp>

#include <set>

#include "export/rows_writer.hpp"
#include "model/interchange/csv_table.hpp"
#include "model/interchange/rows_reader.hpp"
#include "test_support.hpp"

using namespace stagecraft;

namespace {

Journey read_back(const std::string& csv) {
    std::vector<Problem> problems;
    auto table = read_csv_table(csv, "back.csv", problems);
    REQUIRE(table);
    RowsOptions options;
    options.fallback_title = "back";
    ImportResult r = journey_from_rows(std::move(*table), "back.csv", options);
    INFO((r.problems.empty() ? std::string() : format_problem(r.problems.back())));
    REQUIRE(r.ok());
    return r.journeys.front();
}

std::string role_name(const Journey& j, const std::string& id) { return name_or_id(*find_role(j, id)); }

std::string principle_name(const Journey& j, const std::string& id) {
    for (const auto& p : j.principles)
        if (p.id == id) return name_or_id(p.name, p.id);
    return id;
}

}   // namespace

TEST_CASE("The rows layout has a header of the fields and one row per scene, lists one item per line") {
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    const auto rows = journey_rows(j);
    REQUIRE(rows.size() == scene_count(j) + 1);
    CHECK(rows[0].front() == "Stage");
    CHECK(rows[0][1] == "Scene");
    CHECK(rows[0][4] == "Emotion (-2 to +2)");
    for (std::size_t c = 0; c < rows[0].size(); ++c) CHECK(field_for_header(rows[0][c]) == all_fields()[c]);
    const Scene& first = j.stages[0].scenes[0];
    CHECK(rows[1][1] == first.name);
    if (first.props.size() > 1) CHECK(rows[1][10].find('\n') != std::string::npos);
}

TEST_CASE("Text a spreadsheet would run as a formula is written as text and reads back as typed") {
    Journey j;
    j.id = "j";
    j.title = "J";
    Stage stage;
    stage.id = "s";
    stage.name = "=1+1";
    Scene scene;
    scene.id = "a";
    scene.name = "@SUM(A1)";
    scene.script = "-2 days, then +1";
    scene.pains = {"=HYPERLINK(\"http://x\")", "'=already quoted"};
    stage.scenes.push_back(scene);
    j.stages.push_back(stage);
    const auto rows = journey_rows(j);
    CHECK(rows[1][0] == "'=1+1");
    CHECK(rows[1][1] == "'@SUM(A1)");
    const Journey back = read_back(journey_to_csv(j).text);
    CHECK(back.stages[0].name == "=1+1");
    CHECK(back.stages[0].scenes[0].name == "@SUM(A1)");
    CHECK(back.stages[0].scenes[0].script == "-2 days, then +1");
    CHECK(back.stages[0].scenes[0].pains == scene.pains);
}

TEST_CASE("Every sample → CSV → journey is equal in every field the rows layout carries") {
    for (const auto& path : test::sample_files()) {
        INFO(path.filename().string());
        const Journey sample = test::load_sample(path.filename().string());
        const CsvText csv = journey_to_csv(sample);
        const Journey back = read_back(csv.text);
        REQUIRE(back.stages.size() == sample.stages.size());
        for (std::size_t s = 0; s < sample.stages.size(); ++s) {
            const Stage& a = sample.stages[s];
            const Stage& b = back.stages[s];
            CHECK(b.name == a.name);
            REQUIRE(b.scenes.size() == a.scenes.size());
            for (std::size_t k = 0; k < a.scenes.size(); ++k) {
                const Scene& x = a.scenes[k];
                const Scene& y = b.scenes[k];
                INFO(x.id);
                CHECK(y.id == x.id);
                CHECK(y.name == x.name);
                CHECK(y.lane == x.lane);
                CHECK(y.channel == x.channel);
                CHECK(y.emotion == x.emotion);
                CHECK(y.minutes == x.minutes);
                CHECK(y.wait == x.wait);
                // The cast, in any order (the sheet writes leads first).
                std::multiset<std::pair<std::string, PartKind>> cast_x, cast_y;
                for (const auto& p : x.parts) cast_x.emplace(role_name(sample, p.role), p.kind);
                for (const auto& p : y.parts) cast_y.emplace(role_name(back, p.role), p.kind);
                CHECK(cast_y == cast_x);
                CHECK(y.props == x.props);
                CHECK(y.pains == x.pains);
                CHECK(y.opportunities == x.opportunities);
                REQUIRE(y.kpis.size() == x.kpis.size());
                for (std::size_t n = 0; n < x.kpis.size(); ++n) CHECK(y.kpis[n].name == x.kpis[n].name);
                REQUIRE(y.principles.size() == x.principles.size());
                for (std::size_t n = 0; n < x.principles.size(); ++n)
                    CHECK(principle_name(back, y.principles[n].ref) == principle_name(sample, x.principles[n].ref));
                CHECK(y.script == x.script);
                CHECK(y.description == x.description);
                CHECK(y.fail_point == x.fail_point);
                CHECK(y.moment_of_truth == x.moment_of_truth);
                CHECK(y.follow_up == x.follow_up);
            }
        }
        // What the file does not carry is said.
        REQUIRE_FALSE(csv.notes.empty());
        CHECK(csv.notes[0].find("flows") != std::string::npos);
    }
}
