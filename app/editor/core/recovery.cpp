// The autosave recovery file (see recovery.hpp).
#include "recovery.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "model/io/atomic_file.hpp"

namespace stagecraft::editor {
namespace fs = std::filesystem;

namespace {
std::optional<std::string> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
}   // namespace

RecoveryStore::RecoveryStore(std::string directory) : directory_(std::move(directory)) {}

std::string RecoveryStore::journey_path() const { return (fs::path(directory_) / "recovery.journey.xml").string(); }
std::string RecoveryStore::source_path() const { return (fs::path(directory_) / "recovery.source").string(); }

Error RecoveryStore::write(const std::string& xml, const std::string& source) const {
    std::error_code ec;
    fs::create_directories(directory_, ec);
    if (ec) return "cannot create " + directory_ + ": " + ec.message();
    SaveOptions options;
    options.keep_backup = false;
    if (auto error = write_file_atomically(source_path(), source, options)) return error;
    return write_file_atomically(journey_path(), xml, options);
}

std::optional<Recovered> RecoveryStore::read() const {
    auto xml = slurp(journey_path());
    if (!xml || xml->empty()) return std::nullopt;
    Recovered r;
    r.xml = std::move(*xml);
    r.source = slurp(source_path()).value_or("");
    return r;
}

void RecoveryStore::discard() const {
    std::error_code ec;
    fs::remove(journey_path(), ec);
    fs::remove(source_path(), ec);
}

}   // namespace stagecraft::editor
