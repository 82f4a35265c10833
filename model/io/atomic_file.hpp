// Saving files atomically: temp file beside the target, flush, fsync, keep a .bak, rename.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/error.hpp"
#include "model/journey.hpp"

namespace stagecraft {

// Points where a save can be made to fail, for tests of the failure paths.
enum class SaveFault { None, Write, Sync, Rename };

struct SaveOptions {
    bool keep_backup = true;   // keep the previous file as PATH.bak
    SaveFault inject = SaveFault::None;
};

// Error message when the save failed, nullopt on success. On failure the target is untouched
// and no temporary file is left behind.
Error write_file_atomically(const std::string& path, std::string_view bytes, const SaveOptions& options = {});

// Serialise and save a journey atomically (PATH.bak keeps the previous version).
Error save_journey_file(const Journey& journey, const std::string& path, const SaveOptions& options = {});

}   // namespace stagecraft
