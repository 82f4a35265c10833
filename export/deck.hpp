// The client deck (stagecraft-cli deck, File > Export Deck): one PDF, or one 1920 x 1080 PNG per
// slide, of a journey as a consultant presents it: a title slide (title, kind, persona with goals
// and needs, principles, author, organisation, date); the journey map, the emotion curve and the
// service blueprint on as many pages as each needs (export --page slide, summary detail); the cast
// and each role's load; the staging checks' findings by severity with their fixes; and the cast
// sheet. Every slide carries the journey's title and its page number; the PDF its title and
// author as metadata.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "export/page_writer.hpp"
#include "export/render.hpp"
#include "model/journey.hpp"

namespace stagecraft::diagram {

struct DeckOptions {
    PageFormat format = PageFormat::Pdf;   // Pdf or Png
    PageShape shape = PageShape::Slide;
    double png_scale = 1;
    // Called as the deck is made, with the slides done and the steps in all; return false to stop.
    std::function<bool(std::size_t done, std::size_t total, const std::string& step)> progress;
};

struct DeckResult {
    bool ok = false;
    bool cancelled = false;
    std::vector<std::string> files;          // PDF: the one document; PNG: one per slide, in order
    std::vector<std::string> slide_titles;   // what each slide shows ("Journey map · page 1 of 2")
    std::string error;                       // when !ok and not cancelled
};

DeckResult build_deck(Renderer& renderer, const Journey& journey, const DeckOptions& options = {});

}   // namespace stagecraft::diagram
