// Fonts, colour scales, text wrapping and the title/legend block shared by the views.
#include "export/view_style.hpp"

#include "export/text_metrics.hpp"

#include <cctype>
#include <cmath>

#include "export/escape.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram::style {

namespace {
constexpr double kMaxTitleWidth = 1400;   // points: the widest a journey title is drawn
}   // namespace

const char* emotion_fill(int emotion) {
    switch (emotion) {
        case -2: return "#d7191c";
        case -1: return "#fdae61";
        case 0: return "#ffffbf";
        case 1: return "#abd9e9";
        case 2: return "#2c7bb6";
        default: return emotion < 0 ? "#d7191c" : "#2c7bb6";
    }
}

const char* emotion_text(int emotion) { return (emotion <= -2 || emotion >= 2) ? "#ffffff" : kInk; }

std::string_view emotion_word(int emotion) {
    switch (emotion) {
        case -2: return "very negative";
        case -1: return "negative";
        case 0: return "neutral";
        case 1: return "positive";
        case 2: return "very positive";
        default: return emotion < 0 ? "very negative" : "very positive";
    }
}

std::string isolated(std::string_view user_text) { return "\xE2\x81\xA8" + std::string(user_text) + "\xE2\x81\xA9"; }

std::string html_lines(const std::vector<std::string>& lines, const char* line_break) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out += line_break;
        out += graphviz_html_escape(lines[i]);
    }
    return out;
}

std::string html_line(std::string_view text) {
    std::string flat(text);
    for (char& c : flat)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return graphviz_html_escape(flat);
}

// The cell that starts a legend row; apply_common keeps only the first.
constexpr const char* kLegendCell = "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\">Legend</FONT></TD>";

namespace {

// The journey's title (24 points, two lines at most) and the view's name, as label rows.
std::string title_rows(std::string_view journey_title, std::string_view view_name) {
    std::string rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"24\"><B>";
    // A title that is a paragraph would make the picture as wide as it: two lines at most.
    rows += html_lines(wrap_to_width(journey_title.empty() ? std::string_view("Untitled journey") : journey_title,
                                     kMaxTitleWidth, 24, true, 2),
                       "<BR ALIGN=\"LEFT\"/>");
    rows += "</B></FONT></TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\" COLOR=\"";
    rows += kMuted;
    rows += "\">";
    rows += html_line(view_name);
    rows += "</FONT></TD></TR>";
    return rows;
}

}   // namespace

void apply_common(DotGraph& g, std::string_view journey_title, std::string_view view_name, bool page,
                  const std::string& legend_rows_html) {
    set_attr(g.graph_attrs, "fontname", kFont);
    set_attr(g.graph_attrs, "fontsize", "14");
    set_attr(g.graph_attrs, "fontcolor", kInk);
    set_attr(g.graph_attrs, "bgcolor", "white");
    set_attr(g.graph_attrs, "pad", page ? "0.05" : "0.3");
    set_attr(g.graph_attrs, "labelloc", "t");
    set_attr(g.graph_attrs, "labeljust", "l");
    if (!page) {
        std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
        label += title_rows(journey_title, view_name);
        // One "Legend" label, on the first of the legend's rows.
        std::string legend = legend_rows_html;
        const std::size_t first = legend.find(kLegendCell);
        if (first != std::string::npos)
            for (std::size_t at = legend.find(kLegendCell, first + 1); at != std::string::npos;
                 at = legend.find(kLegendCell, at))
                legend.replace(at, std::string_view(kLegendCell).size(), "<TD></TD>");
        label += legend;
        label += "</TABLE>";
        set_attr(g.graph_attrs, "label", label, true);
    }
    set_attr(g.node_defaults, "fontname", kFont);
    set_attr(g.node_defaults, "fontsize", "12");
    set_attr(g.node_defaults, "fontcolor", kInk);
    set_attr(g.edge_defaults, "fontname", kFont);
    set_attr(g.edge_defaults, "fontsize", "10");
    set_attr(g.edge_defaults, "color", "#555555");
    set_attr(g.edge_defaults, "fontcolor", kMuted);
}

namespace {

std::string legend_row(const std::string& cells) {
    return "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" "
           "CELLPADDING=\"3\"><TR>" +
           std::string(kLegendCell) + cells + "</TR></TABLE></TD></TR>";
}

std::string swatch(const char* fill, const char* text_colour, std::string_view text) {
    return std::string("<TD BGCOLOR=\"") + fill + "\" BORDER=\"1\" COLOR=\"#999999\"><FONT POINT-SIZE=\"11\" COLOR=\"" +
           text_colour + "\">" + std::string(text) + "</FONT></TD>";
}

}   // namespace

std::string legend_emotion_row(const std::string& more_cells) {
    std::string cells = "<TD><FONT POINT-SIZE=\"11\">Emotion:</FONT></TD>";
    for (int e = -2; e <= 2; ++e) {
        std::string text = (e > 0 ? "+" : "") + std::to_string(e) + " " + std::string(emotion_word(e));
        cells += swatch(emotion_fill(e), emotion_text(e), text);
    }
    cells += swatch(kNoEmotionFill, kInk, "not scored");
    return legend_row(cells + more_cells);
}

std::string legend_marker_cells() {
    // As the cards' badges: white on the border's colour.
    return "<TD BGCOLOR=\"#1a1a1a\"><FONT POINT-SIZE=\"11\" COLOR=\"#ffffff\"><B>&#9733; MOMENT OF "
           "TRUTH</B></FONT></TD>"
           "<TD BGCOLOR=\"#67001f\"><FONT POINT-SIZE=\"11\" COLOR=\"#ffffff\"><B>&#9888; FAIL "
           "POINT</B></FONT></TD>";
}

std::string legend_markers_row(JourneyKind kind, bool cards, bool scripts) {
    std::string cells = legend_marker_cells();
    if (!cards) return legend_row(cells);
    cells += "<TD><FONT POINT-SIZE=\"11\"><B>WAIT</B> the ";
    cells += kind == JourneyKind::Employee ? "employee" : "customer";
    cells += "'s wait before a scene</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\"><B>+2</B>: the emotion score</FONT></TD>";
    if (scripts) cells += "<TD><FONT POINT-SIZE=\"11\"><I>italic</I>: the scene's script</FONT></TD>";
    return legend_row(cells);
}

std::string legend_flows_row() {
    std::string cells = "<TD><FONT POINT-SIZE=\"11\">Flows:</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#444444\">&#9472;&#9472;&#9654; sequence</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#5e3c99\"><B>&#9473;&#9473;&#9654; handoff</B></FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#1b7837\">&#8943;&#8943;&#9654; support</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#b35806\">&#9588;&#9588;&#9654; alternative</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#2166ac\">&#9588;&#9588;&#9655; follow-up</FONT></TD>";
    return legend_row(cells);
}

std::string legend_parts_row() {
    std::string cells = "<TD><FONT POINT-SIZE=\"11\">Parts in each stage:</FONT></TD>";
    cells += "<TD BGCOLOR=\"#4393c3\"><FONT POINT-SIZE=\"11\" COLOR=\"#ffffff\"><B>2 L</B></FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\">2 lead parts,</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#2166ac\">1 S</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\">1 support,</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\" COLOR=\"#666666\"><I>1 U</I></FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\">1 understudy</FONT></TD>";
    cells += "<TD><FONT POINT-SIZE=\"11\">Bar: minutes led or supported against capacity (red: over)</FONT></TD>";
    return legend_row(cells);
}

void apply_flow_style(DotAttrs& attrs, FlowKind kind) {
    switch (kind) {
        case FlowKind::Sequence:
            set_attr(attrs, "color", "#444444");
            set_attr(attrs, "penwidth", "1.4");
            break;
        case FlowKind::Handoff:
            set_attr(attrs, "color", "#5e3c99");
            set_attr(attrs, "penwidth", "2.6");
            break;
        case FlowKind::Support:
            set_attr(attrs, "color", "#1b7837");
            set_attr(attrs, "style", "dotted");
            set_attr(attrs, "penwidth", "1.8");
            break;
        case FlowKind::Alternative:
            set_attr(attrs, "color", "#b35806");
            set_attr(attrs, "style", "dashed");
            set_attr(attrs, "penwidth", "1.4");
            break;
        case FlowKind::FollowUp:
            set_attr(attrs, "color", "#2166ac");
            set_attr(attrs, "style", "dashed");
            set_attr(attrs, "arrowhead", "empty");
            set_attr(attrs, "penwidth", "1.6");
            break;
    }
}

std::string duration(double minutes) {
    if (minutes >= 1440) return format_number(std::round(minutes / 144.0) / 10.0) + " d";
    if (minutes >= 120) return format_number(std::round(minutes / 6.0) / 10.0) + " h";
    return format_number(minutes) + " min";
}

std::string safe_colour(std::string_view colour, const char* fallback) {
    const bool ok_length = colour.size() == 7 || colour.size() == 4;
    if (!ok_length || colour[0] != '#') return fallback;
    for (std::size_t i = 1; i < colour.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(colour[i]))) return fallback;
    if (colour.size() == 7) return std::string(colour);
    std::string out = "#";
    for (std::size_t i = 1; i < 4; ++i) {
        out += colour[i];
        out += colour[i];
    }
    return out;
}

}   // namespace stagecraft::diagram::style
