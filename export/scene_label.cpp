// Scene cards: name, channel, markers, waits, script and cast in an escaped HTML-like label.
#include "export/scene_label.hpp"

#include <cmath>

#include "export/grid_parts.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

namespace {

constexpr const char* kFailInk = "#67001f";   // a dark red that stands out on every emotion fill, red included
constexpr const char* kTruthInk = "#1a1a1a";
const char* const kRolePalette[] = {"#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77",
                                    "#cc6677", "#882255", "#aa4499", "#004488", "#ddaa33", "#bb5566"};

double channel(const std::string& hex, std::size_t at) {
    const double c = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// "+2", "0", "−1" (a true minus sign), as the emotion scale is written in the legend.
std::string signed_score(int emotion) {
    if (emotion > 0) return "+" + std::to_string(emotion);
    if (emotion < 0) return "\xE2\x88\x92" + std::to_string(-emotion);
    return "0";
}

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}   // namespace

std::string role_fill(const Journey& journey, const Role& role) {
    std::size_t index = 0;
    while (index < journey.cast.size() && &journey.cast[index] != &role && journey.cast[index].id != role.id) ++index;
    return style::safe_colour(role.colour, kRolePalette[index % std::size(kRolePalette)]);
}

const char* ink_on(const std::string& fill) {
    if (fill.size() != 7) return style::kInk;
    const double l = 0.2126 * channel(fill, 1) + 0.7152 * channel(fill, 3) + 0.0722 * channel(fill, 5);
    // White where it contrasts more than the ink (WCAG 2 contrast ratios cross at about 0.21).
    return l < 0.21 ? "#ffffff" : style::kInk;
}

const char* scene_ink(const Scene& scene) { return scene.emotion ? style::emotion_text(*scene.emotion) : style::kInk; }

DotNode scene_node(const Scene& scene) {
    DotNode node;
    node.name = scene_node_name(scene.id);
    set_attr(node.attrs, "id", "scene-" + scene.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", scene.fail_point ? "rounded,filled,dashed" : "rounded,filled");
    set_attr(node.attrs, "fillcolor", scene.emotion ? style::emotion_fill(*scene.emotion) : style::kNoEmotionFill);
    if (scene.fail_point) {
        set_attr(node.attrs, "color", kFailInk);
        set_attr(node.attrs, "penwidth", scene.moment_of_truth ? "3.5" : "2.5");
    } else if (scene.moment_of_truth) {
        set_attr(node.attrs, "color", kTruthInk);
        set_attr(node.attrs, "penwidth", "3.5");
    } else {
        set_attr(node.attrs, "color", "#7f7f7f");
    }
    return node;
}

DotNode scene_card(const Journey& journey, const Scene& scene, const SceneLabelOptions& options, double& height) {
    const char* ink = scene_ink(scene);
    grid::Label label;
    label.table_width = grid::kCardWidth - 14;
    // The badges are cells of the card in the border's colour, readable on every fill.
    if (scene.moment_of_truth)
        label.text("\xE2\x98\x85 MOMENT OF TRUTH", 10, true, "#ffffff", 1, "<B>", "</B>", kTruthInk);
    if (scene.fail_point) label.text("\xE2\x9A\xA0 FAIL POINT", 10, true, "#ffffff", 1, "<B>", "</B>", kFailInk);
    label.text(name_or_id(scene), 13, true, ink, 4, "<B>", "</B>");
    if (options.show_lead)
        for (const auto& part : scene.parts)
            if (part.kind == PartKind::Lead) {
                const Role* role = find_role(journey, part.role);
                const std::string fill = role ? role_fill(journey, *role) : std::string("#7f7f7f");
                label.text(style::isolated(role ? name_or_id(*role) : part.role), 10, true, ink_on(fill), 1, "<B>",
                           "</B>", fill.c_str());
            }
    // The score in figures, so that emotion reads without colour.
    std::string facts = scene.emotion ? signed_score(*scene.emotion) + " \xC2\xB7 " : std::string();
    facts += display_name(scene.channel);
    if (options.show_lane) facts += " \xC2\xB7 " + std::string(display_name(scene.lane));
    if (scene.minutes) facts += " \xC2\xB7 " + style::duration(*scene.minutes);
    if (!scene.follow_up.empty()) facts += " \xC2\xB7 after " + scene.follow_up;
    label.text(facts, 10, false, ink, 2);
    if (scene.wait && *scene.wait > 0)
        label.text("WAIT " + style::duration(*scene.wait) + " before", 10, true, ink, 1, "<B>", "</B>");
    if (options.show_counts && (!scene.pains.empty() || !scene.opportunities.empty())) {
        std::string counts;
        if (!scene.pains.empty()) counts = counted(scene.pains.size(), "pain", "pains");
        if (!scene.opportunities.empty())
            counts += (counts.empty() ? "" : " \xC2\xB7 ") +
                      counted(scene.opportunities.size(), "opportunity", "opportunities");
        label.text(counts, 10, false, ink, 1);
    }
    if (options.show_script && !scene.script.empty()) label.text(scene.script, 10, false, ink, 3, "<I>", "</I>");
    if (options.show_cast) {
        if (scene.parts.empty()) label.text("no cast", 10, false, ink, 1, "<I>", "</I>");
        for (const auto& part : scene.parts) {
            const Role* role = find_role(journey, part.role);
            const std::string name = style::isolated(role ? name_or_id(*role) : part.role);
            switch (part.kind) {
                case PartKind::Lead:
                    if (!options.show_lead)
                        label.text(name + " (lead)", 10, true, ink, 2, "<B>", "</B>");   // else its chip
                    break;
                case PartKind::Support: label.text(name + " (support)", 10, false, ink, 2); break;
                case PartKind::Understudy: label.text(name + " (understudy)", 10, false, ink, 2, "<I>", "</I>"); break;
            }
        }
    }
    height = label.height;
    DotNode node = scene_node(scene);
    set_attr(node.attrs, "label", label.finish(), true);
    return node;
}

DotNode scene_notes(const Scene& scene, double& height) {
    grid::Label label;
    label.table_width = grid::kCardWidth - 14;
    for (const auto& pain : scene.pains) label.text("\xE2\x88\x92 " + style::isolated(pain), 10, false, "#b2182b", 4);
    for (const auto& opportunity : scene.opportunities)
        label.text("+ " + style::isolated(opportunity), 10, false, "#1b7837", 4);
    height = label.height;
    DotNode node;
    node.name = "note:" + scene.id;
    set_attr(node.attrs, "shape", "note");
    set_attr(node.attrs, "style", "filled");
    set_attr(node.attrs, "fillcolor", "#fffbea");
    set_attr(node.attrs, "color", "#bfb38f");
    set_attr(node.attrs, "label", label.finish(), true);
    return node;
}

}   // namespace stagecraft::diagram
