// Building the cast sheet and writing it as CSV and as a printable HTML page.
#include "cast_sheet.hpp"

#include <cmath>
#include <unordered_map>

#include "export/escape.hpp"
#include "model/analysis.hpp"
#include "model/validate.hpp"

namespace stagecraft {

namespace {

int strength(char letter) {
    switch (letter) {
        case 'L': return 3;
        case 'S': return 2;
        case 'U': return 1;
        default: return 0;
    }
}

std::string minutes_text(double m) { return format_number(std::round(m * 10.0) / 10.0); }

std::string percent_text(double share) { return format_number(std::round(share * 1000.0) / 10.0) + "%"; }

// A field of user text, safe to open in a spreadsheet: no formula, RFC 4180 quoting.
std::string text_field(const std::string& text) {
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
        return csv_field("'" + text);
    return csv_field(text);
}

}   // namespace

char part_letter(PartKind kind) {
    switch (kind) {
        case PartKind::Lead: return 'L';
        case PartKind::Support: return 'S';
        case PartKind::Understudy: return 'U';
    }
    return ' ';
}

CastSheet build_cast_sheet(const Journey& journey) {
    CastSheet sheet;
    sheet.title = journey.title.empty() ? journey.id : journey.title;
    std::unordered_map<std::string, std::size_t> role_at;
    for (const auto& r : journey.cast) {
        role_at.emplace(r.id, sheet.roles.size());
        CastSheet::RoleTotals t;
        t.id = r.id;
        t.name = name_or_id(r);
        t.zone = r.zone;
        if (is_valid_colour(r.colour)) t.colour = r.colour;
        sheet.roles.push_back(std::move(t));
    }
    const std::size_t roles = sheet.roles.size();
    for (const auto& stage : journey.stages)
        for (const auto& tp : stage.scenes) {
            CastSheet::Scene s;
            s.id = tp.id;
            s.name = name_or_id(tp);
            s.stage = name_or_id(stage);
            s.lane = tp.lane;
            s.minutes = tp.minutes;
            s.parts.assign(roles, ' ');
            for (const auto& p : tp.parts) {
                auto it = role_at.find(p.role);
                if (it == role_at.end()) continue;
                char& cell = s.parts[it->second];
                const char letter = part_letter(p.kind);
                if (strength(letter) > strength(cell)) cell = letter;
            }
            for (std::size_t r = 0; r < roles; ++r) {
                const char cell = s.parts[r];
                if (cell == ' ') continue;
                ++s.cast_size;
                CastSheet::RoleTotals& t = sheet.roles[r];
                ++t.scenes;
                if (cell == 'L') ++t.leads;
                if (cell != 'U' && s.minutes) t.minutes += *s.minutes;
            }
            sheet.scenes.push_back(std::move(s));
        }
    if (!sheet.scenes.empty())
        for (auto& t : sheet.roles) t.share = static_cast<double>(t.scenes) / static_cast<double>(sheet.scenes.size());
    return sheet;
}

std::string cast_sheet_csv(const Journey& journey) {
    const CastSheet sheet = build_cast_sheet(journey);
    std::string out;
    out.reserve(64 + sheet.scenes.size() * (48 + 2 * sheet.roles.size()));
    out += "Stage,Scene,Scene id,Lane,Minutes";
    for (const auto& r : sheet.roles) out += "," + text_field(r.name);
    out += ",Cast size\r\n";
    for (const auto& s : sheet.scenes) {
        out += text_field(s.stage);
        out += ',';
        out += text_field(s.name);
        out += ',';
        out += text_field(s.id);
        out += ',';
        out += to_string(s.lane);
        out += ',';
        if (s.minutes) out += minutes_text(*s.minutes);
        for (char cell : s.parts) {
            out += ',';
            if (cell != ' ') out += cell;
        }
        out += ',' + std::to_string(s.cast_size) + "\r\n";
    }
    auto totals = [&](const char* label, auto value) {
        out += label;
        out += ",,,,";
        for (const auto& r : sheet.roles) out += "," + value(r);
        out += ",\r\n";
    };
    totals("Scenes", [](const CastSheet::RoleTotals& r) { return std::to_string(r.scenes); });
    totals("Lead parts", [](const CastSheet::RoleTotals& r) { return std::to_string(r.leads); });
    totals("Minutes", [](const CastSheet::RoleTotals& r) { return minutes_text(r.minutes); });
    totals("Share of scenes", [](const CastSheet::RoleTotals& r) { return percent_text(r.share); });
    return out;
}

namespace {

const char kStyle[] = R"(
  :root { --ink: #1d2430; --muted: #5b6575; --line: #d5dae1; --lead: #1f6f8b; --support: #8fb8c9; --understudy: #f1d38a; }
  * { box-sizing: border-box; }
  body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 24px; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .summary { color: var(--muted); margin: 0 0 16px; }
  table { border-collapse: collapse; width: auto; }
  th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: middle; }
  thead th { background: #f3f5f8; font-weight: 600; text-align: center; }
  thead th.role { min-width: 4.5em; }
  thead th .zone { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
  .swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 4px; vertical-align: baseline; }
  tbody th { text-align: left; font-weight: 500; }
  tr.stage th { background: #e9edf2; text-align: left; font-weight: 700; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.part { text-align: center; font-weight: 700; width: 2.2em; }
  td.L, .legend .L { background: var(--lead); color: #fff; }
  td.S, .legend .S { background: var(--support); }
  td.U, .legend .U { background: var(--understudy); }
  td.lane { color: var(--muted); }
  tbody.totals th { text-align: left; background: #f3f5f8; }
  tbody.totals td { text-align: center; font-variant-numeric: tabular-nums; background: #f8f9fb; }
  tbody.totals tr:first-child > * { border-top: 2px solid var(--muted); }
  td.empty-cast { color: #b3261e; font-weight: 700; }
  .legend { margin-top: 12px; color: var(--muted); }
  .legend span { display: inline-block; padding: 0 6px; margin-right: 8px; font-weight: 700; }
  @page { size: landscape; margin: 12mm; }
  @media print {
    body { margin: 0; font-size: 10px; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    td.L, td.S, td.U, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
)";

}   // namespace

std::string cast_sheet_html(const Journey& journey) {
    const CastSheet sheet = build_cast_sheet(journey);
    const std::string title = html_escape(sheet.title);
    const std::size_t columns = 3 + sheet.roles.size() + 1;
    std::string out;
    out.reserve(4096 + sheet.scenes.size() * (120 + 32 * sheet.roles.size()));
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>Cast sheet: " + title + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<h1>Cast sheet: " + title + "</h1>\n";
    out += "<p class=\"summary\">" + std::to_string(sheet.scenes.size()) + " scenes, " +
           std::to_string(sheet.roles.size()) + " roles</p>\n";
    out +=
        "<table>\n<thead>\n<tr><th scope=\"col\">Scene</th><th scope=\"col\">Lane</th>"
        "<th scope=\"col\">Minutes</th>";
    for (const auto& r : sheet.roles) {
        out += "<th scope=\"col\" class=\"role\">";
        if (!r.colour.empty()) out += "<span class=\"swatch\" style=\"background:" + r.colour + "\"></span>";
        out += html_escape(r.name) + "<span class=\"zone\">" + std::string(to_string(r.zone)) + "</span></th>";
    }
    out += "<th scope=\"col\">Cast size</th></tr>\n</thead>\n<tbody>\n";
    const std::string* stage = nullptr;
    for (const auto& s : sheet.scenes) {
        if (!stage || *stage != s.stage) {
            stage = &s.stage;
            out += "<tr class=\"stage\"><th colspan=\"" + std::to_string(columns) + "\" scope=\"rowgroup\">" +
                   html_escape(s.stage) + "</th></tr>\n";
        }
        out += "<tr><th scope=\"row\">" + html_escape(s.name) + "</th><td class=\"lane\">" +
               std::string(to_string(s.lane)) + "</td><td class=\"num\">";
        if (s.minutes) out += minutes_text(*s.minutes);
        out += "</td>";
        for (char cell : s.parts) {
            if (cell == ' ') {
                out += "<td class=\"part\"></td>";
            } else {
                out += "<td class=\"part ";
                out += cell;
                out += "\">";
                out += cell;
                out += "</td>";
            }
        }
        out += s.cast_size == 0 && s.lane != Lane::Customer ? "<td class=\"num empty-cast\">" : "<td class=\"num\">";
        out += std::to_string(s.cast_size) + "</td></tr>\n";
    }
    // The totals close the table once (a <tfoot> would be repeated on every printed page).
    out += "</tbody>\n<tbody class=\"totals\">\n";
    auto totals = [&](const char* label, auto value) {
        out += "<tr><th scope=\"row\" colspan=\"3\">";
        out += label;
        out += "</th>";
        for (const auto& r : sheet.roles) out += "<td>" + value(r) + "</td>";
        out += "<td></td></tr>\n";
    };
    totals("Scenes", [](const CastSheet::RoleTotals& r) { return std::to_string(r.scenes); });
    totals("Lead parts", [](const CastSheet::RoleTotals& r) { return std::to_string(r.leads); });
    totals("Minutes", [](const CastSheet::RoleTotals& r) { return minutes_text(r.minutes); });
    totals("Share of scenes", [](const CastSheet::RoleTotals& r) { return percent_text(r.share); });
    out += "</tbody>\n</table>\n";
    out +=
        "<p class=\"legend\"><span class=\"L\">L</span>lead <span class=\"S\">S</span>support "
        "<span class=\"U\">U</span>understudy</p>\n";
    out += "</body>\n</html>\n";
    return out;
}

}   // namespace stagecraft
