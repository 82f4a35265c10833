// A list field edited as a whole becomes the one step the user took, so Undo names it.
#include <catch2/catch.hpp>

#include "app/editor/core/list_edit.hpp"
#include "edit_fixture.hpp"
#include "model/edits/history.hpp"

using namespace stagecraft;
using editor::scene_list_edit;
using List = edits::SceneList;

namespace {

// Applies the list edit to the fixture's "greet" props and returns the command's name.
std::string apply_props(const std::vector<std::string>& after, std::vector<std::string>* result = nullptr) {
    Journey journey = test::edit_fixture();
    const std::vector<std::string> before = find_scene(journey, "greet")->props;
    CommandPtr command = scene_list_edit("greet", List::Props, before, after);
    if (!command) return "";
    const std::string name = command->name();
    History history;
    REQUIRE_FALSE(history.execute(journey, std::move(command)));
    CHECK(find_scene(journey, "greet")->props == after);
    if (result) *result = find_scene(journey, "greet")->props;
    return name;
}

std::vector<std::string> greet_props() { return find_scene(test::edit_fixture(), "greet")->props; }

}   // namespace

TEST_CASE("Adding one line to a list is the step Add", "[list-edit]") {
    auto props = greet_props();
    props.insert(props.begin(), "Menu board");
    CHECK(apply_props(props) == "Add prop");
    props = greet_props();
    props.push_back("Loyalty card");
    CHECK(apply_props(props) == "Add prop");
}

TEST_CASE("Deleting one line from a list is the step Delete", "[list-edit]") {
    auto props = greet_props();
    REQUIRE_FALSE(props.empty());
    props.erase(props.begin());
    CHECK(apply_props(props) == "Delete prop");
}

TEST_CASE("Changing one line of a list is the step Edit", "[list-edit]") {
    auto props = greet_props();
    REQUIRE_FALSE(props.empty());
    props.back() += ", with a smile";
    CHECK(apply_props(props) == "Edit prop");
}

TEST_CASE("Several changes at once replace the list", "[list-edit]") {
    CHECK(apply_props({"One", "Two", "Three", "Four"}) == "Change props");
}

TEST_CASE("An unchanged list makes no command", "[list-edit]") {
    CHECK(scene_list_edit("greet", List::Pains, {"a", "b"}, {"a", "b"}) == nullptr);
}

TEST_CASE("A repeated line added among equal lines lands where it was typed", "[list-edit]") {
    Journey journey = test::edit_fixture();
    History history;
    REQUIRE_FALSE(history.execute(journey, edits::set_scene_items("greet", List::Pains, {"x", "x"})));
    CommandPtr command = scene_list_edit("greet", List::Pains, {"x", "x"}, {"x", "y", "x"});
    REQUIRE(command);
    CHECK(command->name() == "Add pain point");
    REQUIRE_FALSE(history.execute(journey, std::move(command)));
    CHECK(find_scene(journey, "greet")->pains == std::vector<std::string>{"x", "y", "x"});
}
