// Scene cards: name, channel, markers, waits, script and cast in an escaped HTML-like label.
#include "export/scene_label.hpp"

#include "export/grid_parts.hpp"
#include "export/view_style.hpp"
#include "export/views.hpp"
#include "model/analysis.hpp"

namespace stagecraft::diagram {

const char* scene_ink(const Scene& scene) { return scene.emotion ? style::emotion_text(*scene.emotion) : style::kInk; }

DotNode scene_node(const Scene& scene) {
    DotNode node;
    node.name = scene_node_name(scene.id);
    set_attr(node.attrs, "id", "scene-" + scene.id);
    set_attr(node.attrs, "shape", "box");
    set_attr(node.attrs, "style", scene.fail_point ? "rounded,filled,dashed" : "rounded,filled");
    set_attr(node.attrs, "fillcolor", scene.emotion ? style::emotion_fill(*scene.emotion) : style::kNoEmotionFill);
    if (scene.fail_point) {
        set_attr(node.attrs, "color", "#b2182b");
        set_attr(node.attrs, "penwidth", scene.moment_of_truth ? "3.5" : "2.5");
    } else if (scene.moment_of_truth) {
        set_attr(node.attrs, "color", "#1a1a1a");
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
    if (scene.moment_of_truth)
        label.text("\xE2\x98\x85 MOMENT OF TRUTH", 10, true, "#1a1a1a", 1, "<B>", "</B>", "#ffffff");
    if (scene.fail_point) label.text("\xE2\x9A\xA0 FAIL POINT", 10, true, "#b2182b", 1, "<B>", "</B>", "#ffffff");
    label.text(name_or_id(scene), 13, true, ink, 4, "<B>", "</B>");
    std::string facts(display_name(scene.channel));
    if (options.show_lane) facts += " \xC2\xB7 " + std::string(display_name(scene.lane));
    if (scene.minutes) facts += " \xC2\xB7 " + style::duration(*scene.minutes);
    if (!scene.follow_up.empty()) facts += " \xC2\xB7 after " + scene.follow_up;
    label.text(facts, 10, false, ink, 2);
    if (scene.wait && *scene.wait > 0)
        label.text("WAIT " + style::duration(*scene.wait) + " before", 10, true, ink, 1, "<B>", "</B>");
    if (options.show_script && !scene.script.empty()) label.text(scene.script, 10, false, ink, 3, "<I>", "</I>");
    if (options.show_cast) {
        if (scene.parts.empty()) label.text("no cast", 10, false, ink, 1, "<I>", "</I>");
        for (const auto& part : scene.parts) {
            const Role* role = find_role(journey, part.role);
            const std::string name = style::isolated(role ? name_or_id(*role) : part.role);
            switch (part.kind) {
                case PartKind::Lead: label.text(name + " (lead)", 10, true, ink, 2, "<B>", "</B>"); break;
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
