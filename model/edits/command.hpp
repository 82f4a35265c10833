// The one edit mechanism: every change to a journey is a Command that can be applied and undone
// (the concrete edits are in edits.hpp; History in history.hpp keeps them for undo and redo).
#pragma once

#include <memory>
#include <string>

#include "model/error.hpp"
#include "model/journey.hpp"

namespace stagecraft {

class Command {
public:
    virtual ~Command() = default;
    // What the user sees in the menu: "Rename scene" (shown as "Undo Rename scene").
    virtual std::string name() const = 0;
    // Make the change. On failure return why and leave the journey exactly as it was.
    virtual Error apply(Journey& journey) = 0;
    // Take the change back; only called right after a successful apply (or redo).
    virtual void undo(Journey& journey) = 0;
};

using CommandPtr = std::unique_ptr<Command>;

}   // namespace stagecraft
