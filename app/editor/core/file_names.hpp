// File names the editor proposes and ensures: a journey is saved as NAME.journey.xml, the
// ending the Open dialog and file managers look for.
#pragma once

#include <string>

#include "model/journey.hpp"

namespace stagecraft::editor {

inline constexpr const char* kJourneyExtension = ".journey.xml";

// The name Save As proposes for a journey never saved: its title as a file name ("Dentist
// check-up" -> "dentist-check-up.journey.xml"), else its id, else "journey". Letters of any
// script are kept; what file systems or shells treat specially becomes '-'.
std::string suggested_file_name(const Journey& journey);

// The same without ".journey.xml", for the files made from a journey never saved (exports, decks).
std::string suggested_file_stem(const Journey& journey);

// `path` ending in ".journey.xml": "plan" and "plan.journey" get it added, "plan.xml" becomes
// "plan.journey.xml"; a path that has it already is returned as it is.
std::string with_journey_extension(const std::string& path);

}   // namespace stagecraft::editor
