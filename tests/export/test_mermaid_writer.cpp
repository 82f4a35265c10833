// Writing journeys as Mermaid: what each line holds, names kept whole where Mermaid would cut
// them, and the round trips Mermaid → journey → Mermaid and journey → Mermaid → journey.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "export/mermaid_writer.hpp"
#include "model/interchange/mermaid_reader.hpp"
#include "test_support.hpp"

using namespace stagecraft;

namespace {

// What a Mermaid journey says, as Mermaid reads it: sections with their tasks, each with its
// score and its set of actors.
struct Task {
    std::string name;
    int score = 0;
    std::set<std::string> actors;
    bool operator==(const Task& o) const { return name == o.name && score == o.score && actors == o.actors; }
};
using Sections = std::vector<std::pair<std::string, std::vector<Task>>>;

// The sections and tasks of a journey read from Mermaid, as it would write them back.
Sections sections_of(const Journey& j) {
    Sections out;
    const std::string customer = mermaid_customer_actor(j);
    for (const auto& stage : j.stages) {
        out.emplace_back(stage.name, std::vector<Task>{});
        for (const auto& scene : stage.scenes) {
            if (scene.lane != Lane::Customer && scene.lane != Lane::Frontstage) continue;
            Task t{scene.name, scene.emotion.value_or(0) + 3, {}};
            if (scene.lane == Lane::Customer) t.actors.insert(customer);
            for (const auto& part : scene.parts)
                if (part.kind != PartKind::Understudy) t.actors.insert(find_role(j, part.role)->name);
            out.back().second.push_back(t);
        }
    }
    return out;
}

Journey read(const std::string& text) {
    ImportResult r = read_mermaid_journey(text, "round.mmd", "round");
    INFO(text);
    INFO((r.problems.empty() ? std::string() : format_problem(r.problems.front())));
    REQUIRE(r.ok());
    return r.journeys.front();
}

// The look-alikes the writer puts for the characters Mermaid cuts names at.
std::string as_written(std::string s, bool actor) {
    const std::pair<const char*, const char*> swaps[] = {
        {":", "\xE2\x88\xB6"}, {"#", "\xEF\xBC\x83"}, {";", "\xEF\xBC\x9B"}, {",", actor ? "\xE2\x80\x9A" : ","}};
    for (const auto& [from, to] : swaps)
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + std::string(to).size()))
            s.replace(at, 1, to);
    return s;
}

}   // namespace

TEST_CASE("A journey is written as Mermaid: title, accTitle, accDescr, a section per stage, scored tasks with actors") {
    Journey j;
    j.id = "dentist";
    j.title = "Dentist check-up";
    j.description = "From booking to paying";
    Role nurse;
    nurse.id = "nurse";
    nurse.name = "Nurse";
    j.cast.push_back(nurse);
    Stage stage;
    stage.id = "visit";
    stage.name = "Visit";
    Scene greet;
    greet.id = "greet";
    greet.name = "Greet the patient";
    greet.lane = Lane::Frontstage;
    greet.emotion = 1;
    greet.parts.push_back(Part{"nurse", PartKind::Lead, {}, {}});
    Scene wait;
    wait.id = "wait";
    wait.name = "Wait";
    wait.lane = Lane::Customer;
    Scene file;
    file.id = "file";
    file.name = "File the notes";
    file.lane = Lane::Backstage;
    stage.scenes = {greet, wait, file};
    j.stages.push_back(stage);
    const MermaidText m = journey_to_mermaid(j);
    CHECK(m.text ==
          "journey\n"
          "    title Dentist check-up\n"
          "    accTitle: Dentist check-up\n"
          "    accDescr: From booking to paying\n"
          "    section Visit\n"
          "      Greet the patient: 4: Nurse\n"
          "      Wait: 3: Customer\n");
    // The unscored scene and the backstage one are told.
    REQUIRE(m.notes.size() == 2);
    CHECK(m.notes[0].find("score 3") != std::string::npos);
    CHECK(m.notes[1].find("backstage") != std::string::npos);
}

TEST_CASE("Names Mermaid would cut are written whole with look-alikes and a note, and read back whole") {
    Journey j;
    j.id = "j";
    j.title = "Title #1; draft";
    Role role;
    role.id = "r";
    role.name = "Prep, stock: back";
    j.cast.push_back(role);
    Stage stage;
    stage.id = "s";
    stage.name = "Pay: at the desk";
    Scene a;
    a.id = "a";
    a.name = "Order ahead: oat flat white #2; 100%% sure";
    a.lane = Lane::Frontstage;
    a.emotion = 0;
    a.parts.push_back(Part{"r", PartKind::Lead, {}, {}});
    Scene b;
    b.id = "b";
    b.name = "Section 3 review";
    b.lane = Lane::Customer;
    b.emotion = 2;
    Scene c = b;
    c.id = "c";
    c.name = "title deeds signed";
    stage.scenes = {a, b, c};
    j.stages.push_back(stage);
    const MermaidText m = journey_to_mermaid(j);
    CHECK(m.notes.size() >= 4);
    const Journey back = read(m.text);
    CHECK(back.title == as_written(j.title, false));
    CHECK(back.stages[0].name == as_written(stage.name, false));
    REQUIRE(back.stages[0].scenes.size() == 3);
    CHECK(back.stages[0].scenes[0].name.find("oat flat white") != std::string::npos);
    CHECK(back.stages[0].scenes[0].name.find("sure") != std::string::npos);
    CHECK(back.stages[0].scenes[1].name == "Section 3 review");
    CHECK(back.stages[0].scenes[2].name == "title deeds signed");
    REQUIRE(back.cast.size() == 1);
    CHECK(back.cast[0].name == as_written(role.name, true));
}

TEST_CASE("Mermaid → journey → Mermaid gives the same sections, tasks, scores and actors") {
    const char* const inputs[] = {
        "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me\n"
        "    Do work: 1: Me, Cat\n  section Go home\n    Go downstairs: 5: Me\n    Sit down: 5: Me\n",
        "journey\ntitle Coffee\naccDescr {\n  Two lines\n  of description\n}\nsection Order\n"
        "  Take the order: 4: Barista, Till host\n  Pay: 2: Customer, Till host\n  Wait: 1\nsection Empty\n",
        "journey\nsection A\n  Alice helps: 3: Alice, Me, Bob\n  Ask: 4: user\n"};
    for (const char* text : inputs) {
        const Journey first = read(text);
        const MermaidText written = journey_to_mermaid(first);
        const Journey second = read(written.text);
        CHECK(sections_of(second) == sections_of(first));
        CHECK(second.title == first.title);
        CHECK(second.description == first.description);
        CHECK(journey_to_mermaid(second).text == written.text);
    }
}

TEST_CASE("Every sample → Mermaid → journey keeps its stages, customer-path scenes, emotions and cast names") {
    for (const auto& path : test::sample_files()) {
        INFO(path.filename().string());
        const Journey sample = test::load_sample(path.filename().string());
        const Journey back = read(journey_to_mermaid(sample).text);
        REQUIRE(back.stages.size() == sample.stages.size());
        for (std::size_t s = 0; s < sample.stages.size(); ++s) {
            CHECK(back.stages[s].name == as_written(sample.stages[s].name, false));
            std::vector<const Scene*> path_scenes;
            for (const auto& scene : sample.stages[s].scenes)
                if (scene.lane == Lane::Customer || scene.lane == Lane::Frontstage) path_scenes.push_back(&scene);
            REQUIRE(back.stages[s].scenes.size() == path_scenes.size());
            for (std::size_t k = 0; k < path_scenes.size(); ++k) {
                const Scene& was = *path_scenes[k];
                const Scene& now = back.stages[s].scenes[k];
                CHECK(now.name == as_written(was.name, false));
                CHECK(now.emotion.value_or(0) == was.emotion.value_or(0));
                // A scene someone plays keeps its lane; one nobody plays reads back as the customer's.
                const bool played = std::any_of(was.parts.begin(), was.parts.end(),
                                                [](const Part& p) { return p.kind != PartKind::Understudy; });
                if (played || was.lane == Lane::Customer) CHECK(now.lane == was.lane);
                std::multiset<std::string> cast_was, cast_now;
                for (const auto& part : was.parts)
                    if (part.kind != PartKind::Understudy)
                        cast_was.insert(as_written(find_role(sample, part.role)->name, true));
                for (const auto& part : now.parts) cast_now.insert(find_role(back, part.role)->name);
                CHECK(cast_now == cast_was);
                // The lead stays the lead.
                for (const auto& part : was.parts)
                    if (part.kind == PartKind::Lead) {
                        REQUIRE_FALSE(now.parts.empty());
                        const std::string lead = find_role(back, now.parts[0].role)->name;
                        CHECK((lead == as_written(find_role(sample, part.role)->name, true) ||
                               std::count_if(was.parts.begin(), was.parts.end(),
                                             [](const Part& p) { return p.kind == PartKind::Lead; }) > 1));
                    }
            }
        }
    }
}
