// The cast sheet: a matrix of who plays which scene (lead / support / understudy), with each
// role's totals and each scene's cast size, exported as CSV (RFC 4180) and as a printable,
// self-contained HTML page. Scenes are rows and roles columns, so long journeys stay printable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft {

struct CastSheet {
    struct Scene {
        std::string id;
        std::string name;
        std::string stage;   // the stage's name (its id when it has no name)
        Lane lane = Lane::Frontstage;
        std::optional<double> minutes;   // the scene's duration, in minutes
        std::string parts;               // one letter per role, in cast order: 'L', 'S', 'U' or ' '
        int cast_size = 0;               // roles with any part in the scene
    };
    struct RoleTotals {
        std::string id;
        std::string name;
        Zone zone = Zone::Frontstage;
        std::string colour;
        int scenes = 0;   // scenes with any part
        int leads = 0;
        double minutes = 0;   // minutes of the scenes it leads or supports
        double share = 0;     // scenes / all scenes, 0..1
    };
    std::string title;
    std::vector<RoleTotals> roles;   // cast order
    std::vector<Scene> scenes;       // document order
};

// The matrix of a journey. When a role has several parts in one scene the strongest counts
// (lead over support over understudy). Parts naming unknown roles are ignored.
CastSheet build_cast_sheet(const Journey& journey);

// The letter of a part: 'L', 'S' or 'U'.
char part_letter(PartKind kind);

// CSV, UTF-8, CRLF line ends. Header: Stage, Scene, Scene id, Lane, Minutes, one column per role
// (its name), Cast size. Then one row per scene, then four total rows labelled in the first
// column: "Scenes", "Lead parts", "Minutes", "Share of scenes". User text that a spreadsheet would
// read as a formula (starting with = + - @) is prefixed with an apostrophe.
std::string cast_sheet_csv(const Journey& journey);

// A complete HTML document (inline style, no scripts, no external assets), every user string
// escaped.
std::string cast_sheet_html(const Journey& journey);

}   // namespace stagecraft
