// Atomic save: the original is never damaged, the .bak keeps the previous version.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "model/io/atomic_file.hpp"
#include "model/io/xml_reader.hpp"
#include "model/io/xml_writer.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace stagecraft;
using namespace stagecraft::test;

namespace {
std::size_t count_files(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.is_regular_file();
    return n;
}
}   // namespace

TEST_CASE("Saving a new file creates it with no backup") {
    TempDir dir;
    Journey j = load_sample("coffee-shop.journey.xml");
    const auto path = dir / "new.journey.xml";
    REQUIRE_FALSE(save_journey_file(j, path.string()).has_value());
    CHECK(read_file(path) == journey_to_xml(j));
    CHECK_FALSE(fs::exists(dir / "new.journey.xml.bak"));
    CHECK(count_files(dir.path()) == 1);
}

TEST_CASE("Saving over a file keeps the previous version as .bak") {
    TempDir dir;
    const auto path = dir / "j.journey.xml";
    write_file(path, "previous contents");
    Journey j = load_sample("coffee-shop.journey.xml");
    REQUIRE_FALSE(save_journey_file(j, path.string()).has_value());
    CHECK(read_file(path) == journey_to_xml(j));
    CHECK(read_file(dir / "j.journey.xml.bak") == "previous contents");

    j.title = "Second version";
    const std::string first = read_file(path);
    REQUIRE_FALSE(save_journey_file(j, path.string()).has_value());
    CHECK(read_file(dir / "j.journey.xml.bak") == first);
    CHECK(count_files(dir.path()) == 2);
}

TEST_CASE("A save that fails while writing leaves the original and the backup untouched") {
    for (SaveFault fault : {SaveFault::Write, SaveFault::Sync, SaveFault::Rename}) {
        INFO(static_cast<int>(fault));
        TempDir dir;
        const auto path = dir / "j.journey.xml";
        write_file(path, "original");
        write_file(dir / "j.journey.xml.bak", "older backup");
        Journey j = load_sample("coffee-shop.journey.xml");
        SaveOptions options;
        options.inject = fault;
        auto err = save_journey_file(j, path.string(), options);
        REQUIRE(err.has_value());
        CHECK_THAT(*err, Catch::Contains("the file was not changed"));
        CHECK(read_file(path) == "original");
        CHECK(read_file(dir / "j.journey.xml.bak") == "older backup");
        CHECK(count_files(dir.path()) == 2);   // no temporary file left behind
    }
}

TEST_CASE("Each injected failure names the step that failed") {
    TempDir dir;
    const auto path = (dir / "j.journey.xml").string();
    Journey j = load_sample("coffee-shop.journey.xml");
    SaveOptions o;
    o.inject = SaveFault::Write;
    CHECK_THAT(*save_journey_file(j, path, o), Catch::Contains("writing failed"));
    o.inject = SaveFault::Sync;
    CHECK_THAT(*save_journey_file(j, path, o), Catch::Contains("flushing to disk failed"));
    o.inject = SaveFault::Rename;
    CHECK_THAT(*save_journey_file(j, path, o), Catch::Contains("replacing the file failed"));
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("A save into a directory that refuses new files fails cleanly") {
    Journey j = load_sample("coffee-shop.journey.xml");
    // /proc accepts no new files, even from root.
    auto err = save_journey_file(j, "/proc/stagecraft-test.journey.xml");
    REQUIRE(err.has_value());
    CHECK_THAT(*err, Catch::Contains("cannot create a file"));

    if (::geteuid() != 0) {   // permissions bind only when not root
        TempDir dir;
        const auto path = dir / "j.journey.xml";
        write_file(path, "original");
        fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
        auto ro = save_journey_file(j, path.string());
        fs::permissions(dir.path(), fs::perms::owner_all);
        REQUIRE(ro.has_value());
        CHECK(read_file(path) == "original");
    }
}

TEST_CASE("Saving onto a directory is refused") {
    TempDir dir;
    Journey j = load_sample("coffee-shop.journey.xml");
    auto err = save_journey_file(j, dir.path().string());
    REQUIRE(err.has_value());
    CHECK_THAT(*err, Catch::Contains("it is a directory"));
}

TEST_CASE("Saving keeps the file's permissions") {
    TempDir dir;
    const auto path = dir / "j.journey.xml";
    write_file(path, "original");
    ::chmod(path.c_str(), 0640);
    Journey j = load_sample("coffee-shop.journey.xml");
    REQUIRE_FALSE(save_journey_file(j, path.string()).has_value());
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
}
