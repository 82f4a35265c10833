// Graphviz's text layout, done by Stagecraft: pango with the font description, resolution
// (96 dpi) and hinted metrics Graphviz's own pango plugin uses, so sizes and drawing are the
// same, but without its leaks. Graphviz 2.43 never frees the markup text and attribute list it
// makes for every bold or italic span, nor the pango layouts of HTML-like labels: about 340 KB
// per layout of a 200-scene blueprint, which an editing session piles up with every picture.
#pragma once

#include <graphviz/gvc.h>

namespace stagecraft::diagram::gv {

// A new GVC context with every installed Graphviz plugin, whose text layout is this one (it
// has a higher plugin quality than Graphviz's own, and the context picks the best when made).
GVC_t* context_with_text_layout();

// Frees every layout made since the last call. Call with the Graphviz lock held and no graph
// of those calls still open (they point at their layouts).
void release_text_layouts();

// How many layouts are held now (for tests).
std::size_t text_layouts_held();

// Forgets every text measure kept from earlier layouts, so the next layouts measure afresh
// (for tests; measures are kept by text and font, up to 200,000 spans, then all forgotten).
void forget_text_measures();

}   // namespace stagecraft::diagram::gv
