// The staging checks' registry, the shared context and sink, and the run that ties them together.
#include "model/checks/checks.hpp"

#include <algorithm>

#include "model/checks/detail.hpp"

namespace stagecraft {

namespace cd = checks_detail;

namespace {

struct Entry {
    CheckInfo info;
    void (*run)(const cd::Context&, cd::Sink&);
};

const std::vector<Entry>& registry() {
    static const std::vector<Entry> entries = {
        {{"no-lead", Severity::Error, ElementKind::Scene,
          "a scene in a frontstage, backstage or support lane with no lead part"},
         cd::check_no_lead},
        {{"followup-unowned", Severity::Error, ElementKind::Scene,
          "a follow-up scene (played after the visit) with no lead part"},
         cd::check_followup_unowned},
        {{"over-capacity", Severity::Error, ElementKind::Role,
          "a role whose scene minutes exceed its declared capacity"},
         cd::check_over_capacity},
        {{"single-point-of-failure", Severity::Warning, ElementKind::Scene,
          "a fail point or moment of truth with no understudy"},
         cd::check_single_point_of_failure},
        {{"unowned-pain", Severity::Warning, ElementKind::Scene, "a pain point on a scene with no cast"},
         cd::check_unowned_pain},
        {{"load-imbalance", Severity::Warning, ElementKind::Role,
          "a role carrying far more lead parts or minutes than its peers in the same zone"},
         cd::check_load_imbalance},
        {{"unlabelled-handoff", Severity::Warning, ElementKind::Flow,
          "a handoff between different roles with no label saying what is handed over"},
         cd::check_unlabelled_handoff},
        {{"dip-without-opportunity", Severity::Warning, ElementKind::Scene,
          "an emotional low (emotion -1 or -2) with no opportunity noted"},
         cd::check_dip_without_opportunity},
        {{"unreachable-scene", Severity::Warning, ElementKind::Scene,
          "a scene no flow connects to the customer path, when the journey has sequence flows"},
         cd::check_unreachable_scene},
        {{"principle-unused", Severity::Note, ElementKind::Principle,
          "a declared service principle that no scene embodies"},
         cd::check_principle_unused},
    };
    return entries;
}

int rank(Severity s) {
    switch (s) {
        case Severity::Error: return 0;
        case Severity::Warning: return 1;
        case Severity::Note: return 2;
    }
    return 0;
}

}   // namespace

std::string_view to_string(ElementKind kind) {
    switch (kind) {
        case ElementKind::Journey: return "journey";
        case ElementKind::Scene: return "scene";
        case ElementKind::Role: return "role";
        case ElementKind::Stage: return "stage";
        case ElementKind::Principle: return "principle";
        case ElementKind::Flow: return "flow";
    }
    return "journey";
}

const std::vector<CheckInfo>& all_checks() {
    static const std::vector<CheckInfo> infos = [] {
        std::vector<CheckInfo> v;
        for (const auto& e : registry()) v.push_back(e.info);
        return v;
    }();
    return infos;
}

const CheckInfo* find_check(std::string_view id) {
    for (const auto& info : all_checks())
        if (info.id == id) return &info;
    return nullptr;
}

std::vector<Finding> run_checks(const Journey& journey, const CheckOptions& options) {
    std::vector<Finding> out;
    const cd::Context context(journey);
    for (const auto& e : registry()) {
        if (std::find(options.disabled.begin(), options.disabled.end(), e.info.id) != options.disabled.end()) continue;
        cd::Sink sink(e.info, out);
        e.run(context, sink);
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (rank(a.severity) != rank(b.severity)) return rank(a.severity) < rank(b.severity);
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        return a.pos.column < b.pos.column;
    });
    return out;
}

Problem to_problem(const Finding& finding, const std::string& file) {
    return Problem{file, finding.pos.line, finding.pos.column, finding.severity,
                   finding.message + " [" + finding.check + "]"};
}

namespace checks_detail {

Context::Context(const Journey& j) : journey(j), scenes(all_scenes(j)), loads(role_loads(j)) {
    scene_at.reserve(scenes.size());
    for (std::size_t i = 0; i < scenes.size(); ++i) scene_at.emplace(scenes[i]->id, i);
    role_at.reserve(j.cast.size());
    for (std::size_t i = 0; i < j.cast.size(); ++i) role_at.emplace(j.cast[i].id, i);
    followed_up.assign(scenes.size(), false);
    for (const auto& f : j.flows) {
        if (f.kind != FlowKind::FollowUp) continue;
        std::size_t to = scene_index(f.to);
        if (to < scenes.size()) followed_up[to] = true;
    }
}

std::size_t Context::scene_index(std::string_view id) const {
    auto it = scene_at.find(id);
    return it == scene_at.end() ? scenes.size() : it->second;
}

const Role* Context::role(std::string_view id) const {
    auto it = role_at.find(id);
    return it == role_at.end() ? nullptr : &journey.cast[it->second];
}

bool Context::is_follow_up(std::size_t index) const { return !scenes[index]->follow_up.empty() || followed_up[index]; }

void Sink::add(ElementKind kind, std::string id, int flow_index, SourcePos pos, std::string message, std::string hint) {
    Finding f;
    f.check = std::string(info_.id);
    f.severity = info_.severity;
    f.element = kind;
    f.element_id = std::move(id);
    f.flow_index = flow_index;
    f.pos = pos;
    f.message = std::move(message);
    f.hint = std::move(hint);
    out_.push_back(std::move(f));
}

void Sink::scene(const Scene& t, std::string message, std::string hint) {
    add(ElementKind::Scene, t.id, -1, t.pos, std::move(message), std::move(hint));
}

void Sink::role(const Role& r, std::string message, std::string hint) {
    add(ElementKind::Role, r.id, -1, r.pos, std::move(message), std::move(hint));
}

void Sink::principle(const Principle& p, std::string message, std::string hint) {
    add(ElementKind::Principle, p.id, -1, p.pos, std::move(message), std::move(hint));
}

void Sink::flow(const Flow& f, int index, std::string message, std::string hint) {
    add(ElementKind::Flow, f.from + "->" + f.to, index, f.pos, std::move(message), std::move(hint));
}

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char ch : text) {
        auto u = static_cast<unsigned char>(ch);
        if (u < 0x20 || u == 0x7f) {
            space = !out.empty();
            continue;
        }
        if (ch == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string excerpt(std::string_view text, std::size_t max) {
    std::string s = one_line(text);
    if (s.size() <= max) return s;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s + "...";
}

std::string count_of(std::size_t n, std::string_view singular, std::string_view plural) {
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

namespace {
std::string named(const std::string& name, const std::string& id) {
    std::string n = one_line(name);
    if (n.empty() || n == id) return "'" + id + "'";
    return "'" + n + "' (" + id + ")";
}
}   // namespace

std::string name_of(const Scene& t) { return named(t.name, t.id); }
std::string name_of(const Role& r) { return named(r.name, r.id); }
std::string name_of(const Principle& p) { return named(p.name, p.id); }

}   // namespace checks_detail

}   // namespace stagecraft
