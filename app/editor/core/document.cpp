// The editor's open journey (see document.hpp).
#include "document.hpp"

#include <algorithm>
#include <filesystem>

#include "model/io/atomic_file.hpp"
#include "model/io/xml_reader.hpp"

namespace stagecraft::editor {

Journey new_journey() {
    Journey j;
    j.id = "untitled";
    j.title = "Untitled journey";
    Role role;
    role.id = "host";
    role.name = "Host";
    role.zone = Zone::Frontstage;
    j.cast.push_back(role);
    Stage stage;
    stage.id = "arrive";
    stage.name = "Arrive";
    Scene scene;
    scene.id = "welcome";
    scene.name = "Welcome";
    Part part;
    part.role = "host";
    part.kind = PartKind::Lead;
    scene.parts.push_back(part);
    stage.scenes.push_back(scene);
    j.stages.push_back(stage);
    return j;
}

Document::Document() : journey_(new_journey()) {}

Error Document::execute(CommandPtr command) {
    auto error = history_.execute(journey_, std::move(command));
    if (!error) notify();
    return error;
}

bool Document::undo() {
    if (!history_.undo(journey_)) return false;
    notify();
    return true;
}

bool Document::redo() {
    if (!history_.redo(journey_)) return false;
    notify();
    return true;
}

void Document::reset(Journey journey, std::string path, bool modified) {
    journey_ = std::move(journey);
    path_ = std::move(path);
    history_.clear();
    history_.mark_clean();
    forced_modified_ = modified;
    ++resets_;
    notify();
}

std::vector<Problem> Document::open(const std::string& path) {
    LoadResult result = load_journey_file(path);
    if (!result.ok()) return result.problems;
    auto problems = std::move(result.problems);
    reset(std::move(*result.journey), path);
    return problems;
}

Error Document::save(const std::string& path) {
    if (auto error = save_journey_file(journey_, path)) return error;
    path_ = path;
    history_.mark_clean();
    forced_modified_ = false;
    notify();
    return std::nullopt;
}

std::string Document::display_name() const {
    if (path_.empty()) return "Untitled";
    return std::filesystem::path(path_).filename().string();
}

}   // namespace stagecraft::editor
