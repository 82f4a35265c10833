// Views laid out on pages (see view_pages.hpp).
#include "export/view_pages.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "export/scene_order.hpp"

namespace stagecraft::diagram {

namespace {

constexpr double kMostScale = 2.5;
// The narrowest page's content at least this share of the widest's (map and emotion curve).
constexpr double kEven = 0.7;   // page px per point: a page of little content is not blown up past this

// A stretch of the journey laid out together: a stage's scenes [first, last) by index.
struct Unit {
    std::size_t stage = 0;
    std::size_t first = 0, last = 0;
};

// The part of the journey the units hold: their stages, with only their scenes, and the flows
// between them. A stage split between units keeps its name, with "(continued)" after the first.
Journey part_of(const Journey& journey, const std::vector<Unit>& units, const std::vector<std::string>& roles) {
    Journey part = journey;
    if (!roles.empty()) {
        part.cast.clear();
        for (const auto& id : roles)
            if (const Role* r = find_role(journey, id)) part.cast.push_back(*r);
    }
    part.stages.clear();
    std::set<std::string> ids;
    for (const Unit& u : units) {
        const Stage& whole = journey.stages[u.stage];
        if (part.stages.empty() || part.stages.back().id != whole.id) {
            Stage s = whole;
            s.scenes.clear();
            if (u.first > 0) {
                s.name = (s.name.empty() ? s.id : s.name) + " (continued)";
                s.goal.clear();
            }
            part.stages.push_back(std::move(s));
        }
        for (std::size_t i = u.first; i < u.last; ++i) {
            part.stages.back().scenes.push_back(whole.scenes[i]);
            ids.insert(whole.scenes[i].id);
        }
    }
    part.flows.clear();
    for (const Flow& f : journey.flows)
        if (ids.count(f.from) && ids.count(f.to)) part.flows.push_back(f);
    return part;
}

// Splits units into `count` runs of consecutive units whose largest weight is the least it can
// be; returns the first unit of each run.
std::vector<std::size_t> balanced_runs(const std::vector<double>& weight, std::size_t count) {
    const std::size_t n = weight.size();
    count = std::clamp<std::size_t>(count, 1, std::max<std::size_t>(1, n));
    std::vector<double> prefix(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + weight[i];
    // cost[k][i]: the least largest run when the first i units make k runs; from[k][i]: where the last starts.
    const double kNone = 1e300;
    std::vector<std::vector<double>> cost(count + 1, std::vector<double>(n + 1, kNone));
    std::vector<std::vector<std::size_t>> from(count + 1, std::vector<std::size_t>(n + 1, 0));
    cost[0][0] = 0;
    for (std::size_t k = 1; k <= count; ++k)
        for (std::size_t i = k; i <= n; ++i)
            for (std::size_t j = k - 1; j < i; ++j) {
                const double c = std::max(cost[k - 1][j], prefix[i] - prefix[j]);
                if (c < cost[k][i]) {
                    cost[k][i] = c;
                    from[k][i] = j;
                }
            }
    std::vector<std::size_t> starts(count);
    for (std::size_t k = count, i = n; k > 0; --k) {
        starts[k - 1] = from[k][i];
        i = from[k][i];
    }
    return starts;
}

class Pager {
public:
    // `roles`: the roles the cast view's rows are drawn for (empty: every one).
    Pager(Renderer& renderer, const Journey& journey, View view, PageShape shape, const ViewOptions& options,
          std::vector<std::string> roles = {})
        : renderer_(renderer),
          journey_(journey),
          view_(view),
          shape_(shape),
          options_(options),
          roles_(std::move(roles)),
          area_(content_area(shape, view)) {
        options_.page = true;
        options_.whole = &journey;
        options_.page_aspect = area_.width / area_.height;
        // The views' smallest text is 10 points: at 14 px, a page's picture is this wide at most.
        options_.page_width = area_.width / (kMinTextPx / 10.0);
        shown_.clear();
        if (view == View::Map || view == View::Emotion)
            for (const auto& s : customer_scenes(journey)) shown_.insert(s.scene);
        for (std::size_t s = 0; s < journey.stages.size(); ++s)
            units_.push_back({s, 0, journey.stages[s].scenes.size()});
    }

    PagedViewResult run() {
        PagedViewResult result;
        result.paged.view = view_;
        result.paged.shape = shape_;
        std::optional<std::vector<ViewPage>> best = attempt(1);
        if (!error_.empty()) return fail(result);
        if (!best) {
            // The most pages: every unit on its own, halving the ones too big alone.
            for (;;) {
                best = attempt(units_.size());
                if (!error_.empty()) return fail(result);
                if (best || !split_too_big()) break;
            }
            if (!best) {
                result.paged.readable = false;
                best = std::move(last_);
            } else {
                std::size_t low = 1, high = units_.size();   // low does not fit, high does
                while (high - low > 1) {
                    const std::size_t mid = (low + high) / 2;
                    auto pages = attempt(mid);
                    if (!error_.empty()) return fail(result);
                    if (pages) {
                        high = mid;
                        best = std::move(pages);
                    } else {
                        low = mid;
                    }
                }
            }
        }
        // The map and the emotion curve are read page after page as one picture: when the
        // fewest pages cannot be made even, one or two more pages may be.
        if ((view_ == View::Map || view_ == View::Emotion) && result.paged.readable && evenness(*best) < kEven) {
            const std::size_t fewest = best->size();
            for (std::size_t n = fewest + 1; n <= std::min(units_.size(), fewest + 2); ++n) {
                auto more = attempt(n);
                if (!error_.empty()) return fail(result);
                if (more && evenness(*more) >= kEven) {
                    best = std::move(more);
                    break;
                }
            }
        }
        result.paged.pages = std::move(*best);
        double scale = kMostScale;
        for (const auto& p : result.paged.pages) scale = std::min(scale, fit(p));
        result.paged.scale = scale;
        mark_flows(result.paged);
        result.ok = true;
        return result;
    }

private:
    PagedViewResult& fail(PagedViewResult& result) {
        result.error = error_;
        return result;
    }

    double weight(const Unit& u) const {
        double w = 1;   // the stage's title and gaps
        for (std::size_t i = u.first; i < u.last; ++i)
            if (shown_.empty() || shown_.count(&journey_.stages[u.stage].scenes[i])) w += 1;
        return w;
    }

    // The scale that fits the page's picture in the content area.
    double fit(const ViewPage& p) const {
        const double w = std::max(1.0, p.layout.bounds.width), h = std::max(1.0, p.layout.bounds.height);
        return std::min(area_.width / w, area_.height / h);
    }
    bool readable(const ViewPage& p) const {
        return p.smallest_text <= 0 || fit(p) * p.smallest_text >= kMinTextPx - 1e-9;
    }

    // The pages for `count` runs of units; nullopt when a page's text would be too small (the
    // pages are kept in last_) or Graphviz failed (error_).
    std::optional<std::vector<ViewPage>> attempt(std::size_t count) {
        std::vector<double> weights;
        for (const Unit& u : units_) weights.push_back(weight(u));
        std::vector<std::size_t> starts = balanced_runs(weights, count);
        std::vector<ViewPage> pages;
        if (!pages_for(starts, pages)) return std::nullopt;
        balance(starts, pages);
        if (!error_.empty()) return std::nullopt;
        return pages;
    }

    // The page of units [first, end), laid out once and kept.
    const ViewPage* page_of(std::size_t first, std::size_t end) {
        const auto key = std::make_pair(first, end);
        if (auto found = laid_.find(key); found != laid_.end()) return &found->second;
        const std::vector<Unit> run(units_.begin() + static_cast<std::ptrdiff_t>(first),
                                    units_.begin() + static_cast<std::ptrdiff_t>(end));
        ViewPage page;
        for (const Unit& u : run)
            if (page.stages.empty() || page.stages.back() != u.stage) page.stages.push_back(u.stage);
        RenderResult r =
            renderer_.render_graph(build_view(part_of(journey_, run, roles_), view_, options_), Format::Svg);
        if (!r.ok) {
            error_ = r.error;
            return nullptr;
        }
        page.svg = std::move(r.bytes);
        page.layout = std::move(r.layout);
        page.smallest_text = smallest_font_size(page.svg);
        return &laid_.emplace(key, std::move(page)).first->second;
    }

    // The pages that start at `starts`; false when one is not readable (they are kept in last_,
    // and the units alone on a page that were too big in too_big_) or Graphviz failed.
    bool pages_for(const std::vector<std::size_t>& starts, std::vector<ViewPage>& pages) {
        bool all = true;
        too_big_.clear();
        pages.clear();
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : units_.size();
            const ViewPage* page = page_of(starts[k], end);
            if (!page) return false;
            if (!readable(*page)) {
                all = false;
                if (end - starts[k] == 1) too_big_.push_back(starts[k]);
            }
            pages.push_back(*page);
        }
        if (!all) last_ = pages;
        return all;
    }

    // How even the pages are: the narrowest page's content over the widest's, at their shared scale.
    double evenness(const std::vector<ViewPage>& pages) const {
        double narrowest = 1e300, widest = 0;
        for (const auto& p : pages) {
            narrowest = std::min(narrowest, p.layout.bounds.width);
            widest = std::max(widest, p.layout.bounds.width);
        }
        return widest > 0 ? narrowest / widest : 1;
    }

    // Moves the breaks between pages a unit at a time while that makes the pages more even and
    // keeps them readable (no page's content narrower than 70% of the widest is the aim).
    void balance(std::vector<std::size_t>& starts, std::vector<ViewPage>& pages) {
        for (int round = 0; round < 32 && starts.size() > 1 && evenness(pages) < 0.85; ++round) {
            double best = evenness(pages);
            std::vector<std::size_t> best_starts;
            std::vector<ViewPage> best_pages;
            for (std::size_t k = 1; k < starts.size(); ++k)
                for (int step : {-1, 1}) {
                    std::vector<std::size_t> moved = starts;
                    moved[k] = static_cast<std::size_t>(static_cast<long>(moved[k]) + step);
                    const std::size_t end = k + 1 < moved.size() ? moved[k + 1] : units_.size();
                    if (moved[k] <= moved[k - 1] || moved[k] >= end) continue;
                    std::vector<ViewPage> trial;
                    if (!pages_for(moved, trial)) {
                        if (!error_.empty()) return;
                        continue;
                    }
                    if (const double e = evenness(trial); e > best + 1e-6) {
                        best = e;
                        best_starts = std::move(moved);
                        best_pages = std::move(trial);
                    }
                }
            if (best_starts.empty()) break;
            starts = std::move(best_starts);
            pages = std::move(best_pages);
        }
    }

    // Halves each unit that was too big for a page alone; false when none can be halved.
    bool split_too_big() {
        laid_.clear();   // the units' numbers change
        bool any = false;
        for (auto it = too_big_.rbegin(); it != too_big_.rend(); ++it) {
            Unit& u = units_[*it];
            if (u.last - u.first < 2) continue;
            const Unit second{u.stage, u.first + (u.last - u.first) / 2, u.last};
            u.last = second.first;
            units_.insert(units_.begin() + static_cast<std::ptrdiff_t>(*it) + 1, second);
            any = true;
        }
        return any;
    }

    // Flows with their ends on different pages, marked at both ends (the blueprint draws flows).
    void mark_flows(PagedView& paged) const {
        if (view_ != View::Blueprint || paged.pages.size() < 2) return;
        std::map<std::string, std::size_t> page_of;
        for (std::size_t p = 0; p < paged.pages.size(); ++p)
            for (const auto& e : paged.pages[p].layout.elements)
                if (e.kind == ElementKind::Scene) page_of.emplace(e.id, p);
        std::map<std::string, std::string> stage_of;
        for (const auto& stage : journey_.stages)
            for (const auto& scene : stage.scenes) stage_of[scene.id] = name_or_id(stage);
        for (const Flow& f : journey_.flows) {
            const auto a = page_of.find(f.from), b = page_of.find(f.to);
            if (a == page_of.end() || b == page_of.end() || a->second == b->second) continue;
            paged.pages[a->second].markers.push_back({f.from, true, b->second, stage_of[f.to]});
            paged.pages[b->second].markers.push_back({f.to, false, a->second, stage_of[f.from]});
        }
    }

    Renderer& renderer_;
    const Journey& journey_;
    View view_;
    PageShape shape_;
    ViewOptions options_;
    std::vector<std::string> roles_;
    ContentArea area_;
    std::set<const Scene*> shown_;   // the scenes the view draws; empty: every one
    std::vector<Unit> units_;
    std::vector<std::size_t> too_big_;   // units alone on a page whose text was too small
    std::optional<std::vector<ViewPage>> last_;
    std::map<std::pair<std::size_t, std::size_t>, ViewPage> laid_;   // pages laid out, by their units
    std::string error_;
};

}   // namespace

int legend_rows(View view) { return view == View::Blueprint ? 2 : 1; }

ContentArea content_area(PageShape shape, View view) {
    const PageSize size = page_size(shape);
    const double legend = legend_rows(view) * kLegendRowPx + 12;
    return {kMarginPx, kHeaderPx, size.width - 2 * kMarginPx, size.height - kHeaderPx - legend - kMarginPx / 2};
}

double smallest_font_size(const std::string& svg) {
    double smallest = 0;
    const std::string key = "font-size=\"";
    for (std::size_t at = svg.find(key); at != std::string::npos; at = svg.find(key, at + key.size())) {
        const double size = std::strtod(svg.c_str() + at + key.size(), nullptr);
        if (size > 0 && (smallest == 0 || size < smallest)) smallest = size;
    }
    return smallest;
}

PagedViewResult lay_out_pages(Renderer& renderer, const Journey& journey, View view, PageShape shape,
                              const ViewOptions& options) {
    PagedViewResult all = Pager(renderer, journey, view, shape, options).run();
    if (view != View::Cast || !all.ok || all.paged.readable || journey.cast.size() < 2) return all;
    // The cast's rows do not fit a page's height: the roles go on as many pages as need be, in
    // their order on the page (by zone), each group of rows paged by stages as usual.
    std::vector<std::string> rows;
    for (Zone zone : {Zone::Frontstage, Zone::Backstage, Zone::Support, Zone::Partner})
        for (const auto& role : journey.cast)
            if (role.zone == zone) rows.push_back(role.id);
    for (std::size_t groups = 2; groups <= rows.size(); ++groups) {
        PagedViewResult joined;
        joined.ok = true;
        joined.paged.view = view;
        joined.paged.shape = shape;
        joined.paged.scale = 1e300;
        for (std::size_t g = 0; g < groups; ++g) {
            const std::size_t first = rows.size() * g / groups, last = rows.size() * (g + 1) / groups;
            PagedViewResult part = Pager(renderer, journey, view, shape, options,
                                         std::vector<std::string>(rows.begin() + static_cast<std::ptrdiff_t>(first),
                                                                  rows.begin() + static_cast<std::ptrdiff_t>(last)))
                                       .run();
            if (!part.ok) return part;
            joined.paged.readable = joined.paged.readable && part.paged.readable;
            joined.paged.scale = std::min(joined.paged.scale, part.paged.scale);
            for (auto& p : part.paged.pages) joined.paged.pages.push_back(std::move(p));
        }
        if (joined.paged.readable || groups == rows.size()) return joined;
    }
    return all;
}

}   // namespace stagecraft::diagram
