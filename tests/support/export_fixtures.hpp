// Helpers for the export tests: reading numbers out of graph attributes, SVG text, PNG size,
// a journey whose every text field is hostile, and capturing what is written to stderr.
#pragma once

#include <string>
#include <vector>

#include "export/dot_graph.hpp"
#include "model/journey.hpp"

namespace stagecraft::test {

// The y coordinate of a node's pinned "pos" ("x,y!").
double pos_y(const diagram::DotNode& node);
double pos_x(const diagram::DotNode& node);

// All text content of an SVG document, <text> elements joined by single spaces.
std::string svg_text(const std::string& svg);

// Width and height from a PNG's IHDR chunk; {0, 0} when it is not a PNG.
std::pair<unsigned, unsigned> png_size(const std::string& bytes);

// The string planted in every text field of hostile_journey().
extern const char* const kHostile;

// A valid journey (two stages, scenes in every lane, cast, flows of each kind) whose every
// user-visible text field holds kHostile.
Journey hostile_journey();

// Runs `fn` with file descriptor 2 redirected, returning what was written to it.
std::string capture_stderr(void (*fn)(void*), void* context);

}   // namespace stagecraft::test
