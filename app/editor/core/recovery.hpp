// The recovery file autosave writes beside the user's configuration (never over the user's own
// file): the journey's XML plus a note of which file it belongs to, so the next start can offer
// to restore it after a crash. No display needed.
#pragma once

#include <optional>
#include <string>

#include "model/error.hpp"

namespace stagecraft::editor {

struct Recovered {
    std::string xml;      // the journey as it was when last autosaved
    std::string source;   // the file it was edited from; empty for an untitled journey
};

class RecoveryStore {
public:
    explicit RecoveryStore(std::string directory);

    // Write atomically; the error message on failure.
    Error write(const std::string& xml, const std::string& source) const;
    // What a previous run left behind, if anything.
    std::optional<Recovered> read() const;
    // Remove the recovery files (after a clean close, a save, or a declined restore).
    void discard() const;

    std::string journey_path() const;
    std::string source_path() const;

private:
    std::string directory_;
};

}   // namespace stagecraft::editor
