// What the four views share: fonts, the colour scales, wrapped and escaped HTML-like label text,
// the title-and-legend block, and the look of each flow kind.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/dot_graph.hpp"
#include "model/enums.hpp"

namespace stagecraft::diagram::style {

// The diagram face as a pango family list: Nimbus Sans (URW's Helvetica, fonts-urw-base35) for
// text, DejaVu Sans for the symbols Nimbus lacks (★ ⚠ ▪ −); fontconfig supplies other scripts.
// Not "Helvetica": Graphviz maps that PostScript name to a face of its own choosing (DejaVu
// Sans on Debian 12), about 15% wider than the metrics it is laid out with.
inline constexpr const char* kFont = "Nimbus Sans,DejaVu Sans";
// What an SVG asks its viewer for: the same faces, then their common equivalents.
inline constexpr const char* kSvgFontFamily = "'Nimbus Sans',Helvetica,Arial,'DejaVu Sans',sans-serif";
inline constexpr const char* kInk = "#222222";
inline constexpr const char* kMuted = "#666666";
inline constexpr const char* kNoEmotionFill = "#eeeeee";

// ColorBrewer RdYlBu (5 classes) for emotion -2..+2, and the text colour readable on it.
const char* emotion_fill(int emotion);
const char* emotion_text(int emotion);
std::string_view emotion_word(int emotion);   // "very negative" .. "very positive"

// User text set between Unicode's first-strong isolate and pop marks (U+2068, U+2069), for a
// line that puts words or marks of ours beside it ("Name (lead)", "− pain"): a right-to-left
// name then keeps the line left-to-right, so our words stay where they belong.
std::string isolated(std::string_view user_text);

// Escaped HTML-like label text of `lines` (from wrap_to_width), joined by `line_break`.
std::string html_lines(const std::vector<std::string>& lines, const char* line_break = "<BR/>");

// Escaped single line.
std::string html_line(std::string_view text);

// Graph attributes every view uses (font, pad, and a label at the top: the title, the view's name
// and the legend; none for a `page`, which draws them itself, and a thin pad).
void apply_common(DotGraph& g, std::string_view journey_title, std::string_view view_name, bool page,
                  const std::string& legend_rows_html);

// Legend rows (HTML <TR> elements) for the emotion scale, the markers and the flow kinds.
std::string legend_emotion_row(const std::string& more_cells = {});   // more <TD>s on the same row
std::string legend_marker_cells();   // the moment-of-truth and fail-point markers as <TD>s
// cards: also explain WAIT (worded for the journey's kind), the score and (scripts) the italic script.
std::string legend_markers_row(JourneyKind kind, bool cards = true, bool scripts = true);
std::string legend_flows_row();
// The cast view's row: what a cell's parts and a role's bar say.
std::string legend_parts_row();

// Edge attributes for a flow of this kind (style, colour, width).
void apply_flow_style(DotAttrs& attrs, FlowKind kind);

// Minutes for reading: "45 min", "2.5 h", "3 d".
std::string duration(double minutes);

// "#rrggbb" from a role's colour when valid, else `fallback`.
std::string safe_colour(std::string_view colour, const char* fallback);

}   // namespace stagecraft::diagram::style
