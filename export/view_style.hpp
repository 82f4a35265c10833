// What the four views share: fonts, the colour scales, wrapped and escaped HTML-like label text,
// the title-and-legend block, and the look of each flow kind.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/dot_graph.hpp"
#include "model/enums.hpp"

namespace stagecraft::diagram::style {

inline constexpr const char* kFont = "Helvetica";
inline constexpr const char* kBoldFont = "Helvetica-Bold";
inline constexpr const char* kInk = "#222222";
inline constexpr const char* kMuted = "#666666";
inline constexpr const char* kNoEmotionFill = "#eeeeee";

// ColorBrewer RdYlBu (5 classes) for emotion -2..+2, and the text colour readable on it.
const char* emotion_fill(int emotion);
const char* emotion_text(int emotion);
std::string_view emotion_word(int emotion);   // "very negative" .. "very positive"

// Lines of at most `width` characters (UTF-8 code points), broken at spaces where possible;
// at most `max_lines`, the last ending in an ellipsis when text was cut. Empty text: no lines.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines = 8);

// Escaped HTML-like label text for `text` wrapped at `width`, lines joined by left-aligned breaks.
std::string html_text(std::string_view text, std::size_t width, std::size_t max_lines = 8);

// Escaped single line.
std::string html_line(std::string_view text);

// Graph attributes every view uses (font, pad, title and legend label at the top).
void apply_common(DotGraph& g, std::string_view journey_title, std::string_view view_name,
                  const std::string& legend_rows_html);

// Legend rows (HTML <TR> elements) for the emotion scale, the markers and the flow kinds.
std::string legend_emotion_row(const std::string& more_cells = {});   // more <TD>s on the same row
std::string legend_marker_cells();   // the moment-of-truth and fail-point markers as <TD>s
std::string legend_markers_row(bool cards = true);   // cards: also explain WAIT and the script
std::string legend_flows_row();

// Edge attributes for a flow of this kind (style, colour, width).
void apply_flow_style(DotAttrs& attrs, FlowKind kind);

// Minutes for reading: "45 min", "2.5 h", "3 d".
std::string duration(double minutes);

// "#rrggbb" from a role's colour when valid, else `fallback`.
std::string safe_colour(std::string_view colour, const char* fallback);

}  // namespace stagecraft::diagram::style
