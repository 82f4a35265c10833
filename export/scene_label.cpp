// Scene nodes: name, channel, markers, waits and cast in an escaped HTML-like label.
#include "export/scene_label.hpp"

#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

std::string font(const char* colour, int size, const std::string& text) {
    return std::string("<FONT COLOR=\"") + colour + "\" POINT-SIZE=\"" + std::to_string(size) + "\">" + text +
           "</FONT>";
}

std::string row(const std::string& content, const char* bg = nullptr) {
    std::string r = "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"";
    if (bg) r += std::string(" BGCOLOR=\"") + bg + "\"";
    return r + ">" + content + "</TD></TR>";
}

std::string cast_lines(const Journey& journey, const Touchpoint& scene, const char* ink) {
    std::string out;
    for (const auto& part : scene.cast) {
        const Role* role = find_role(journey, part.role);
        const std::string name = role ? role->name : part.role;
        std::string line;
        switch (part.kind) {
            case PartKind::Lead: line = "<B>" + style::html_line(name) + "</B>"; break;
            case PartKind::Support: line = style::html_line(name) + " (support)"; break;
            case PartKind::Understudy: line = "<I>" + style::html_line(name) + " (understudy)</I>"; break;
        }
        if (!out.empty()) out += "<BR ALIGN=\"LEFT\"/>";
        out += line;
    }
    if (out.empty()) return row(font(ink, 10, "<I>no cast</I>"));
    return row(font(ink, 10, out + "<BR ALIGN=\"LEFT\"/>"));
}

}  // namespace

DotNode scene_node(const Journey& journey, const Touchpoint& scene, const SceneLabelOptions& options) {
    const bool scored = scene.emotion.has_value();
    const int emotion = scored ? *scene.emotion : 0;
    const char* fill = scored ? style::emotion_fill(emotion) : style::kNoEmotionFill;
    const char* ink = scored ? style::emotion_text(emotion) : style::kInk;

    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">";
    if (scene.moment_of_truth)
        label += row(font("#1a1a1a", 10, "<B>&#9733; MOMENT OF TRUTH</B>"), "#ffffff");
    if (scene.fail_point) label += row(font("#b2182b", 10, "<B>&#9888; FAIL POINT</B>"), "#ffffff");
    label += row(font(ink, 13, "<B>" + style::html_text(scene.name.empty() ? scene.id : scene.name, 22, 4) + "</B>"));
    std::string facts = style::html_line(display_name(scene.channel));
    if (options.show_lane) facts += " &#183; " + style::html_line(display_name(scene.lane));
    if (scene.minutes) facts += " &#183; " + format_number(*scene.minutes) + " min";
    if (!scene.follow_up.empty()) facts += " &#183; after " + style::html_line(scene.follow_up);
    label += row(font(ink, 10, facts));
    if (scene.wait && *scene.wait > 0)
        label += row(font(ink, 10, "<B>&#8987; " + format_number(*scene.wait) + " min wait</B>"));
    if (options.show_script && !scene.script.empty())
        label += row(font(ink, 10, "<I>&#8220;" + style::html_text(scene.script, 30, 3) + "&#8221;</I>"));
    if (options.show_cast) label += cast_lines(journey, scene, ink);
    label += "</TABLE>";

    DotNode node;
    node.name = scene_node_name(scene.id);
    set_attr(node.attrs, "id", "scene-" + scene.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", scene.fail_point ? "rounded,filled,dashed" : "rounded,filled");
    set_attr(node.attrs, "fillcolor", fill);
    set_attr(node.attrs, "margin", "0.05");
    if (scene.fail_point) {
        set_attr(node.attrs, "color", "#b2182b");
        set_attr(node.attrs, "penwidth", scene.moment_of_truth ? "3.5" : "2.5");
    } else if (scene.moment_of_truth) {
        set_attr(node.attrs, "color", "#1a1a1a");
        set_attr(node.attrs, "penwidth", "3.5");
    } else {
        set_attr(node.attrs, "color", "#7f7f7f");
    }
    set_attr(node.attrs, "label", label, true);
    return node;
}

DotNode scene_note_node(const Touchpoint& scene) {
    DotNode node;
    if (scene.pains.empty() && scene.opportunities.empty()) return node;
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
    for (const auto& pain : scene.pains)
        label += row(font("#b2182b", 10, "<B>&#8722; Pain:</B> " + style::html_text(pain, 30, 4)));
    for (const auto& opportunity : scene.opportunities)
        label += row(font("#1b7837", 10, "<B>+ Opportunity:</B> " + style::html_text(opportunity, 30, 4)));
    label += "</TABLE>";
    node.name = "note:" + scene.id;
    set_attr(node.attrs, "shape", "note");
    set_attr(node.attrs, "style", "filled");
    set_attr(node.attrs, "fillcolor", "#fffbea");
    set_attr(node.attrs, "color", "#bfb38f");
    set_attr(node.attrs, "margin", "0.08");
    set_attr(node.attrs, "label", label, true);
    return node;
}

}  // namespace stagecraft::diagram
