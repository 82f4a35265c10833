// The id index that resolves references across a journey: exact matches only, however long
// the ids and whatever they share.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/id_index.hpp"

using namespace stagecraft;

TEST_CASE("Ids that share their first sixteen characters are told apart") {
    const std::vector<std::string> ids{"welcome-desk-scene-1", "welcome-desk-scene-2", "welcome-desk-scen",
                                       "welcome-desk-scene",   "welcome-desk-sce",     "w"};
    IdIndex index(2);
    for (std::uint32_t i = 0; i < ids.size(); ++i) REQUIRE(index.insert(ids[i], i));
    for (std::uint32_t i = 0; i < ids.size(); ++i) CHECK(index.find(ids[i]) == i);
    CHECK_FALSE(index.contains("welcome-desk-scene-3"));
    CHECK_FALSE(index.contains("welcome-desk-scene-"));
    CHECK_FALSE(index.contains(""));
    CHECK(index.size() == ids.size());
}

TEST_CASE("A repeated id is refused and keeps its first value, short or long") {
    IdIndex index;
    const std::string long_id = "a-very-long-identifier-for-a-scene-in-the-morning";
    REQUIRE(index.insert("lead", 1));
    REQUIRE(index.insert(long_id, 2));
    CHECK_FALSE(index.insert("lead", 3));
    const std::string same_text = long_id;
    CHECK_FALSE(index.insert(same_text, 4));
    CHECK(index.find("lead") == 1);
    CHECK(index.find(long_id) == 2);
}

TEST_CASE("The index grows past its expected size without losing ids") {
    std::vector<std::string> ids;   // the index refers to the ids' text, which must outlive it
    for (int i = 0; i < 5000; ++i) ids.push_back("scene-" + std::to_string(i) + "-of-the-long-journey");
    IdIndex index(4);
    for (std::uint32_t i = 0; i < ids.size(); ++i) REQUIRE(index.insert(ids[i], i));
    for (std::uint32_t i = 0; i < ids.size(); ++i) REQUIRE(index.find(ids[i]) == i);
    CHECK(index.find("scene-5000-of-the-long-journey", 77) == 77);
    CHECK(index.size() == ids.size());
}
