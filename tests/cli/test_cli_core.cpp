// stagecraft-cli validate, stats and format as a user runs them.
#include <catch2/catch.hpp>

#include "minimal_journey.hpp"
#include "test_support.hpp"

using namespace stagecraft::test;

TEST_CASE("validate accepts every sample and says so") {
    std::vector<std::string> args{"validate"};
    for (const auto& f : sample_files()) args.push_back(f.string());
    CommandResult r = run_cli(args);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("no problems"));
}

TEST_CASE("validate prints each problem as FILE:LINE:COL and exits 1") {
    TempDir dir;
    auto lines = replaced(minimal_lines(), R"(emotion="1")", R"(emotion="4")");
    lines = replaced(lines, R"(to="t2")", R"(to="nowhere")");
    const auto path = (dir / "bad.journey.xml").string();
    write_file(path, join_lines(lines));
    CommandResult r = run_cli({"validate", path});
    CHECK(r.exit_code == 1);
    const std::string first = path + ":12:" + std::to_string(column_of(lines, 12, "emotion=")) + ": error: emotion 4";
    CHECK_THAT(r.out, Catch::Contains(first));
    CHECK_THAT(r.out, Catch::Contains(path + ":" + std::to_string(line_of(lines, "nowhere")) + ":5: error: flow ends"));
    CHECK_THAT(r.out, Catch::Contains("2 errors in 1 file"));
}

TEST_CASE("validate exits 2 when a file cannot be read") {
    CommandResult r = run_cli({"validate", "/nonexistent/x.journey.xml"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.out, Catch::Contains("cannot open the file"));
}

TEST_CASE("stats shows counts, load per role and the emotion summary") {
    CommandResult r = run_cli({"stats", std::string(STAGECRAFT_SAMPLES_DIR) + "/coffee-shop.journey.xml"});
    CHECK(r.exit_code == 0);
    stagecraft::Journey j = load_sample("coffee-shop.journey.xml");
    CHECK_THAT(r.out, Catch::Contains(j.title));
    CHECK_THAT(r.out, Catch::Contains("scenes            " + std::to_string(stagecraft::scene_count(j))));
    for (const auto& role : j.cast) CHECK_THAT(r.out, Catch::Contains(role.name));
    CHECK_THAT(r.out, Catch::Contains("Emotion ("));
}

TEST_CASE("stats on a file with errors prints them and exits 1") {
    TempDir dir;
    const auto path = (dir / "bad.journey.xml").string();
    write_file(path, join_lines(replaced(minimal_lines(), R"(zone="frontstage")", R"(zone="wings")")));
    CommandResult r = run_cli({"stats", path});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("unknown zone 'wings'"));
    CHECK(r.out.empty());
}

TEST_CASE("Every command answers --help and exits 0") {
    for (std::string cmd : {"validate", "stats", "format", "check", "export", "import", "convert"}) {
        INFO(cmd);
        CommandResult r = run_cli({cmd, "--help"});
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::Contains("usage: stagecraft-cli " + cmd));
    }
    CommandResult top = run_cli({"--help"});
    CHECK(top.exit_code == 0);
    CHECK_THAT(top.out, Catch::Contains("Commands:"));
}

TEST_CASE("An unknown command or option is a usage error with exit 2") {
    CommandResult r = run_cli({"dance"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown command 'dance'"));
    CommandResult o = run_cli({"validate", "--frobnicate", "x"});
    CHECK(o.exit_code == 2);
    CHECK_THAT(o.err, Catch::Contains("unknown option"));
}

TEST_CASE("format rewrites a journey in canonical form and keeps a backup") {
    TempDir dir;
    const auto path = (dir / "j.journey.xml").string();
    const std::string original = join_lines(minimal_lines());
    write_file(path, original);
    CommandResult check = run_cli({"format", "--check", path});
    CHECK(check.exit_code == 1);
    CHECK(read_file(path) == original);

    CommandResult r = run_cli({"format", path});
    CHECK(r.exit_code == 0);
    CHECK(read_file(path + ".bak") == original);
    CHECK(read_file(path) != original);
    CommandResult again = run_cli({"format", "--check", path});
    CHECK(again.exit_code == 0);
}
