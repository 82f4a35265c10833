// Views on slides and print pages: every page the page's shape, no text under 14 px when it is
// shown 1920 px wide, every scene on exactly one page, no card over another and no text out of its
// card, pages of the map and emotion curve about as wide as each other, flows across pages marked.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include <cairo.h>
#include <pugixml.hpp>

#include "export/page_writer.hpp"
#include "export/paged_export.hpp"
#include "export/scene_order.hpp"
#include "export/text_metrics.hpp"
#include "export/view_pages.hpp"
#include "export/view_style.hpp"
#include "model/io/xml_reader.hpp"
#include "test_support.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

const View kPagedViews[] = {View::Map, View::Emotion, View::Blueprint, View::Cast};

struct Laid {
    std::string sample;
    View view;
    PagedView paged;
};

// Every sample's views on slides, laid out once for all the tests.
const std::vector<Laid>& laid_out() {
    static const std::vector<Laid> all = [] {
        std::vector<Laid> out;
        Renderer renderer;
        ViewOptions summary;
        summary.summary = true;
        for (const auto& file : test::sample_files()) {
            const Journey j = test::load_sample(file.filename().string());
            for (View v : kPagedViews) {
                PagedViewResult r = lay_out_pages(renderer, j, v, PageShape::Slide, summary);
                REQUIRE(r.ok);
                out.push_back({file.filename().string(), v, std::move(r.paged)});
            }
        }
        return out;
    }();
    return all;
}

// The points of a path's "d" or a polygon's "points": x,y pairs anywhere in the text.
void extend(const std::string& text, double& x0, double& y0, double& x1, double& y1) {
    std::vector<double> numbers;
    const char* p = text.c_str();
    while (*p) {
        char* end = nullptr;
        if ((*p >= '0' && *p <= '9') || *p == '-' || *p == '.') {
            numbers.push_back(std::strtod(p, &end));
            p = end;
        } else {
            ++p;
        }
    }
    for (std::size_t i = 0; i + 1 < numbers.size(); i += 2) {
        x0 = std::min(x0, numbers[i]);
        x1 = std::max(x1, numbers[i]);
        y0 = std::min(y0, numbers[i + 1]);
        y1 = std::max(y1, numbers[i + 1]);
    }
}

}   // namespace

TEST_CASE("Every page of every view of every sample keeps its text at 14 px or more on a 1920 px slide") {
    for (const auto& l : laid_out()) {
        INFO(l.sample << " " << to_string(l.view));
        CHECK(l.paged.readable);
        const ContentArea area = content_area(PageShape::Slide, l.view);
        for (const auto& page : l.paged.pages) {
            REQUIRE(page.smallest_text > 0);
            CHECK(page.smallest_text * l.paged.scale >= kMinTextPx - 1e-6);
            // The picture fits the page's content area at that scale, so the page is the slide's shape.
            CHECK(page.layout.bounds.width * l.paged.scale <= area.width + 0.5);
            CHECK(page.layout.bounds.height * l.paged.scale <= area.height + 0.5);
        }
    }
}

TEST_CASE("Every scene is on exactly one map page and one blueprint page, in the journey's order of stages") {
    for (const auto& l : laid_out()) {
        if (l.view == View::Emotion || l.view == View::Cast) continue;
        INFO(l.sample << " " << to_string(l.view));
        const Journey j = test::load_sample(l.sample);
        std::multiset<std::string> placed;
        std::size_t last_stage = 0;
        for (const auto& page : l.paged.pages) {
            for (const auto& e : page.layout.elements)
                if (e.kind == ElementKind::Scene) placed.insert(e.id);
            REQUIRE_FALSE(page.stages.empty());
            CHECK(page.stages.front() >= last_stage);
            last_stage = page.stages.back();
        }
        std::multiset<std::string> expected;
        if (l.view == View::Map)
            for (const auto& s : customer_scenes(j)) expected.insert(s.scene->id);
        else
            for (const auto& stage : j.stages)
                for (const auto& s : stage.scenes) expected.insert(s.id);
        CHECK(placed == expected);
    }
}

TEST_CASE("On a page no card overlaps another and no card's text runs out of it") {
    for (const auto& l : laid_out()) {
        if (l.view == View::Emotion || l.view == View::Cast) continue;
        INFO(l.sample << " " << to_string(l.view));
        for (const auto& page : l.paged.pages) {
            std::vector<Box> cards;
            for (const auto& e : page.layout.elements)
                if (e.kind == ElementKind::Scene) cards.push_back(e.box);
            for (std::size_t a = 0; a < cards.size(); ++a)
                for (std::size_t b = a + 1; b < cards.size(); ++b) {
                    const Box &p = cards[a], &q = cards[b];
                    const bool apart = p.x + p.width <= q.x + 0.5 || q.x + q.width <= p.x + 0.5 ||
                                       p.y + p.height <= q.y + 0.5 || q.y + q.height <= p.y + 0.5;
                    CHECK(apart);
                }
            // Each card's text, measured as it is drawn, stays inside the card's outline.
            pugi::xml_document svg;
            REQUIRE(svg.load_string(page.svg.c_str()));
            for (const auto& g : svg.select_nodes("//*[local-name()='g'][starts-with(@id,'scene-')]")) {
                double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
                for (const auto& shape : g.node().select_nodes(".//*[local-name()='path' or local-name()='polygon']")) {
                    const pugi::xml_node n = shape.node();
                    extend(n.attribute(n.attribute("d") ? "d" : "points").value(), x0, y0, x1, y1);
                }
                for (const auto& t : g.node().select_nodes(".//*[local-name()='text']")) {
                    const pugi::xml_node n = t.node();
                    const double x = n.attribute("x").as_double(), y = n.attribute("y").as_double();
                    const double size = n.attribute("font-size").as_double(10);
                    const bool bold = std::string(n.attribute("font-weight").value()) == "bold";
                    const double w = text_width(n.child_value(), size, bold);
                    const std::string anchor = n.attribute("text-anchor").value();
                    const double left = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x;
                    INFO("'" << n.child_value() << "' in " << g.node().attribute("id").value());
                    CHECK(left >= x0 - 1);
                    CHECK(left + w <= x1 + 1);
                    CHECK(y >= y0);
                    CHECK(y <= y1 + 1);
                }
            }
        }
    }
}

TEST_CASE("The map's and the emotion curve's pages are about as wide as each other: none under 70% of the widest") {
    for (const auto& l : laid_out()) {
        if ((l.view != View::Emotion && l.view != View::Map) || l.paged.pages.size() < 2) continue;
        INFO(l.sample << " " << to_string(l.view));
        double narrowest = 1e300, widest = 0;
        for (const auto& p : l.paged.pages) {
            narrowest = std::min(narrowest, p.layout.bounds.width);
            widest = std::max(widest, p.layout.bounds.width);
        }
        CHECK(narrowest >= 0.7 * widest);
    }
}

TEST_CASE("A blueprint flow whose scenes are on different pages is marked on both pages") {
    for (const auto& l : laid_out()) {
        if (l.view != View::Blueprint) continue;
        INFO(l.sample);
        const Journey j = test::load_sample(l.sample);
        std::map<std::string, std::size_t> page_of;
        for (std::size_t p = 0; p < l.paged.pages.size(); ++p)
            for (const auto& e : l.paged.pages[p].layout.elements)
                if (e.kind == ElementKind::Scene) page_of[e.id] = p;
        for (const auto& f : j.flows) {
            const std::size_t a = page_of.at(f.from), b = page_of.at(f.to);
            if (a == b) continue;
            bool out = false, in = false;
            for (const auto& m : l.paged.pages[a].markers)
                out = out || (m.scene_id == f.from && m.outgoing && m.other_page == b);
            for (const auto& m : l.paged.pages[b].markers)
                in = in || (m.scene_id == f.to && !m.outgoing && m.other_page == a);
            CHECK(out);
            CHECK(in);
        }
    }
}

TEST_CASE("Pages come out as one PDF of slide-shaped pages, or a PNG per page of 1920 x 1080") {
    Renderer renderer;
    const Journey j = test::load_sample("hotel-stay.journey.xml");
    ViewOptions summary;
    summary.summary = true;
    const PagedExport pdf = export_view_pages(renderer, j, View::Map, PageShape::Slide, PageFormat::Pdf, summary);
    REQUIRE(pdf.ok);
    REQUIRE(pdf.files.size() == 1);
    test::TempDir dir;
    test::write_file(dir / "map.pdf", pdf.files[0]);
    const auto info = test::run_program("pdfinfo", {(dir / "map.pdf").string()});
    REQUIRE(info.exit_code == 0);
    CHECK(info.out.find("Pages:           " + std::to_string(pdf.pages) + "\n") != std::string::npos);
    CHECK(info.out.find("Page size:       960 x 540 pts") != std::string::npos);
    const PagedExport png = export_view_pages(renderer, j, View::Map, PageShape::Slide, PageFormat::Png, summary);
    REQUIRE(png.ok);
    CHECK(png.files.size() == png.pages);
    for (const auto& file : png.files) {
        REQUIRE(file.size() > 24);
        const auto be32 = [&](std::size_t at) {
            return (static_cast<unsigned>(static_cast<unsigned char>(file[at])) << 24) |
                   (static_cast<unsigned>(static_cast<unsigned char>(file[at + 1])) << 16) |
                   (static_cast<unsigned>(static_cast<unsigned char>(file[at + 2])) << 8) |
                   static_cast<unsigned>(static_cast<unsigned char>(file[at + 3]));
        };
        CHECK(be32(16) == 1920u);   // the IHDR's width and height
        CHECK(be32(20) == 1080u);
    }
    const PagedExport a4 = export_view_pages(renderer, j, View::Map, PageShape::A4Landscape, PageFormat::Pdf, summary);
    REQUIRE(a4.ok);
    test::write_file(dir / "a4.pdf", a4.files[0]);
    CHECK(test::run_program("pdfinfo", {(dir / "a4.pdf").string()}).out.find("Page size:       841.89 x 595.28 pts") !=
          std::string::npos);
}

TEST_CASE("A title typed with markup and quotes appears on the page exactly as typed") {
    Renderer renderer;
    Journey j = test::load_sample("coffee-shop.journey.xml");
    j.title = "Coffee <b>bold</b> & \"quotes\" </svg>";
    ViewOptions summary;
    const PagedExport pdf = export_view_pages(renderer, j, View::Emotion, PageShape::Slide, PageFormat::Pdf, summary);
    REQUIRE(pdf.ok);
    test::TempDir dir;
    test::write_file(dir / "e.pdf", pdf.files[0]);
    const auto text = test::run_program("pdftotext", {(dir / "e.pdf").string(), "-"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Coffee <b>bold</b> & \"quotes\" </svg>") != std::string::npos);
}

TEST_CASE("A page draws its picture at the scale its layout was measured at: each card where the layout puts it") {
    Renderer renderer;
    const Journey j = test::load_sample("coffee-shop.journey.xml");
    ViewOptions summary;
    summary.summary = true;
    const PagedViewResult laid = lay_out_pages(renderer, j, View::Map, PageShape::Slide, summary);
    REQUIRE(laid.ok);
    const PagedExport png = export_view_pages(renderer, j, View::Map, PageShape::Slide, PageFormat::Png, summary);
    REQUIRE(png.ok);
    REQUIRE(png.files.size() == laid.paged.pages.size());
    const ViewPage& page = laid.paged.pages[0];
    const ContentArea area = content_area(PageShape::Slide, View::Map);
    const double s = laid.paged.scale;
    const double x0 = area.x + std::max(0.0, (area.width - page.layout.bounds.width * s) / 2), y0 = area.y;
    struct Reader {
        const std::string* bytes;
        std::size_t at = 0;
    } reader{&png.files[0]};
    cairo_surface_t* image = cairo_image_surface_create_from_png_stream(
        [](void* closure, unsigned char* data, unsigned int length) {
            auto* r = static_cast<Reader*>(closure);
            if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
            std::copy(r->bytes->begin() + static_cast<std::ptrdiff_t>(r->at),
                      r->bytes->begin() + static_cast<std::ptrdiff_t>(r->at + length), data);
            r->at += length;
            return CAIRO_STATUS_SUCCESS;
        },
        &reader);
    REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
    const unsigned char* pixels = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    std::size_t checked = 0;
    for (const auto& e : page.layout.elements) {
        if (e.kind != ElementKind::Scene) continue;
        const Scene* scene = nullptr;
        for (const auto& stage : j.stages)
            for (const auto& sc : stage.scenes)
                if (sc.id == e.id) scene = &sc;
        REQUIRE(scene);
        if (!scene->emotion) continue;
        // Just inside the card's bottom-left corner, below its text: the card's fill.
        const int px = static_cast<int>(x0 + (e.box.x + 8) * s),
                  py = static_cast<int>(y0 + (e.box.y + e.box.height - 5) * s);
        const unsigned char* p = pixels + py * stride + px * 4;   // BGRA
        const std::string fill = style::emotion_fill(*scene->emotion);
        const int r = std::stoi(fill.substr(1, 2), nullptr, 16), g = std::stoi(fill.substr(3, 2), nullptr, 16),
                  b = std::stoi(fill.substr(5, 2), nullptr, 16);
        INFO(e.id << " at " << px << "," << py);
        CHECK(std::abs(p[2] - r) <= 3);
        CHECK(std::abs(p[1] - g) <= 3);
        CHECK(std::abs(p[0] - b) <= 3);
        ++checked;
    }
    CHECK(checked >= 2);
    cairo_surface_destroy(image);
}
