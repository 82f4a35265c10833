// stagecraft-cli export: render views of journeys to SVG, PNG, PDF or DOT files, one at a time
// (-o OUT) or in batch (-d DIR), each output written atomically.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <thread>

#include "cli_util.hpp"
#include "export/cast_sheet.hpp"
#include "export/paged_export.hpp"
#include "export/render.hpp"
#include "export/text_metrics.hpp"
#include "model/io/atomic_file.hpp"

namespace stagecraft::cli {

namespace {

namespace fs = std::filesystem;

// Journey files from this size up take long enough to load that Graphviz starts beside them.
constexpr std::uintmax_t kWarmUpBytes = 256 * 1024;
using diagram::Format;
using diagram::View;

const char* kHelp =
    "usage: stagecraft-cli export FILE --view VIEW [--format FORMAT] -o OUT\n"
    "       stagecraft-cli export FILE... (--view VIEW | --all-views) [--format FORMAT] -d DIR\n\n"
    "Renders a view of a journey through Graphviz.\n\n"
    "Views:    map        journey map: stages left to right, scenes coloured by emotion\n"
    "          blueprint  service blueprint: lanes and lines of visibility, cast, flows\n"
    "          cast       roles, the scenes they play, and each role's load\n"
    "          emotion    the customer's emotion curve across the scenes\n"
    "          castsheet  who plays which scene (L/S/U) with each role's totals: csv or html\n"
    "Formats:  svg, png, pdf, dot (default: from OUT's extension; svg with -d)\n\n"
    "Options:\n"
    "  -o, --output OUT   the file to write (one journey, one view)\n"
    "  -d, --dir DIR      write <journey>.<view>.<ext> files into DIR (created if missing)\n"
    "  --all-views        every view (with -d)\n"
    "  --page SHAPE       lay the view out on pages: slide (16:9) or a4-landscape; whole stages per\n"
    "                     page, no text under 14 px on a page shown 1920 px wide; PDF: one document,\n"
    "                     PNG and SVG: OUT-1.png, OUT-2.png ... (or .svg; one per page)\n"
    "  --detail LEVEL     summary (names, emotion, who leads, markers, counts of pains; the default\n"
    "                     with --page) or full (scripts and notes too; the default without)\n"
    "  --scale S          PNG only: multiply the resolution (e.g. 2 for slides)\n"
    "  --dpi D            PNG only: resolution in dots per inch (default 96)\n"
    "  -q, --quiet        no progress messages\n\n"
    "Outputs are written atomically: a failed export never leaves a partial file.\n"
    "Exit status: 0 success, 1 a journey has errors or could not be rendered, 2 usage or I/O error.\n";

// Views that are tables rather than diagrams, rendered without Graphviz: name, the formats
// each supports, and the function that produces the bytes. Diagram views come from
// diagram::all_views().
struct DocumentView {
    const char* name;
    std::vector<std::string> formats;
    std::string (*render)(const Journey& journey, const std::string& format);
};

std::string render_cast_sheet(const Journey& journey, const std::string& format) {
    return format == "csv" ? cast_sheet_csv(journey) : cast_sheet_html(journey);
}

const std::vector<DocumentView>& document_views() {
    static const std::vector<DocumentView> views{
        {"castsheet", {"csv", "html"}, render_cast_sheet},
    };
    return views;
}

const DocumentView* find_document_view(const std::string& name) {
    for (const auto& v : document_views())
        if (name == v.name) return &v;
    return nullptr;
}

std::string view_names() {
    std::string out;
    for (View v : diagram::all_views()) out += (out.empty() ? "" : ", ") + std::string(diagram::to_string(v));
    for (const auto& v : document_views()) out += ", " + std::string(v.name);
    return out;
}

struct Options {
    std::vector<std::string> files;
    std::vector<std::string> views;
    std::string format;   // as given, lower case; empty = default
    std::string output;
    std::string dir;
    bool all_views = false;
    bool quiet = false;
    diagram::RenderOptions render;
    bool png_option = false;
    std::optional<diagram::PageShape> page;
    std::string detail;   // "summary", "full" or empty (the default for the output)
};

bool parse_number(const std::string& text, double low, double high, double& out) {
    // Plain decimals only: strtod would also take " 2", "0x2" and "inf".
    if (text.empty() || text.find_first_not_of("0123456789.") != std::string::npos) return false;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !(v >= low && v <= high)) return false;
    out = v;
    return true;
}

// Returns 0 when the options are usable, else the exit status after printing the error.
int parse(const Args& args, Options& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> inline_value;
        const std::string name = option_name(args[i], inline_value);
        std::string value;
        if (name == "--view" || name == "-v") {
            if (!take_value("export", args, i, value)) return 2;
            o.views.push_back(value);
        } else if (name == "--format" || name == "-f") {
            if (!take_value("export", args, i, value)) return 2;
            o.format = value;
        } else if (name == "-o" || name == "--output") {
            if (!take_value("export", args, i, value)) return 2;
            o.output = value;
        } else if (name == "-d" || name == "--dir") {
            if (!take_value("export", args, i, value)) return 2;
            o.dir = value;
        } else if (name == "--all-views") {
            o.all_views = true;
        } else if (name == "-q" || name == "--quiet") {
            o.quiet = true;
        } else if (name == "--page") {
            if (!take_value("export", args, i, value)) return 2;
            o.page = diagram::parse_page_shape(value);
            if (!o.page) return usage_error("export", "--page is slide or a4-landscape, not '" + value + "'");
        } else if (name == "--detail") {
            if (!take_value("export", args, i, value)) return 2;
            if (value != "summary" && value != "full")
                return usage_error("export", "--detail is summary or full, not '" + value + "'");
            o.detail = value;
        } else if (name == "--scale") {
            if (!take_value("export", args, i, value)) return 2;
            if (!parse_number(value, 0.1, 10, o.render.scale))
                return usage_error("export", "--scale needs a number from 0.1 to 10, not '" + value + "'");
            o.png_option = true;
        } else if (name == "--dpi") {
            if (!take_value("export", args, i, value)) return 2;
            if (!parse_number(value, 10, 1200, o.render.dpi))
                return usage_error("export", "--dpi needs a number from 10 to 1200, not '" + value + "'");
            o.png_option = true;
        } else if (name.size() > 1 && name[0] == '-') {
            return usage_error("export", "unknown option '" + args[i] + "'");
        } else {
            o.files.push_back(args[i]);
        }
    }
    if (o.files.empty()) return usage_error("export", "no journey file given");
    if (o.all_views && !o.views.empty()) return usage_error("export", "give either --view or --all-views, not both");
    if (o.all_views)
        for (View v : diagram::all_views()) o.views.emplace_back(diagram::to_string(v));
    if (o.views.empty()) return usage_error("export", "no view given (--view " + view_names() + ")");
    if (o.views.size() > 1 && !o.all_views) return usage_error("export", "give --view once");
    for (const auto& v : o.views)
        if (!diagram::parse_view(v) && !find_document_view(v))
            return usage_error("export", "unknown view '" + v + "' (use " + view_names() + ")");
    if (!o.output.empty() && !o.dir.empty()) return usage_error("export", "give either -o OUT or -d DIR, not both");
    if (is_an_input(o.output, o.files))
        return usage_error("export", "'" + o.output + "' is also an input: exporting would write over what it reads");
    if (o.output.empty() && o.dir.empty()) return usage_error("export", "no destination given (-o OUT or -d DIR)");
    if (!o.output.empty() && (o.files.size() > 1 || o.views.size() > 1))
        return usage_error("export", "-o writes one view of one journey; use -d DIR for several");
    if (o.format.empty()) {
        if (!o.output.empty()) {
            const auto ext = fs::path(o.output).extension().string();
            if (ext.empty())
                return usage_error("export", "cannot tell the format from '" + o.output + "'; give --format");
            o.format = ext.substr(1);
        } else {
            o.format = "svg";
        }
    }
    for (char& c : o.format) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& v : o.views) {
        if (const DocumentView* doc = find_document_view(v)) {
            bool known = false;
            for (const auto& f : doc->formats) known = known || f == o.format;
            if (!known) return usage_error("export", "the " + v + " view cannot be written as '" + o.format + "'");
        } else if (!diagram::parse_format(o.format)) {
            return usage_error("export", "unknown format '" + o.format + "' (use svg, png, pdf or dot)");
        }
    }
    if (o.png_option && o.format != "png") return usage_error("export", "--scale and --dpi apply to PNG output only");
    if (o.page) {
        if (o.format != "pdf" && o.format != "png" && o.format != "svg")
            return usage_error("export", "pages are written as pdf, png or svg, not '" + o.format + "'");
        for (const auto& v : o.views)
            if (find_document_view(v)) return usage_error("export", "the " + v + " view is a table: it has no pages");
        if (o.render.dpi > 0) return usage_error("export", "--dpi does not apply to pages: use --scale");
    }
    return 0;
}

// "coffee-shop.journey.xml" -> "coffee-shop".
std::string journey_stem(const std::string& path) {
    std::string name = fs::path(path).filename().string();
    for (const char* suffix : {".journey.xml", ".xml"}) {
        const std::string s = suffix;
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0)
            return name.substr(0, name.size() - s.size());
    }
    return fs::path(path).stem().string();
}

struct Output {
    bool ok = false;
    std::string bytes;
    std::string error;
};

Output render(diagram::Renderer& renderer, const Journey& journey, const std::string& view, const std::string& format,
              const diagram::RenderOptions& options) {
    Output out;
    if (const DocumentView* doc = find_document_view(view)) {
        out.bytes = doc->render(journey, format);
        out.ok = true;
        return out;
    }
    diagram::RenderResult r =
        renderer.render(journey, *diagram::parse_view(view), *diagram::parse_format(format), options);
    for (const auto& w : r.warnings) std::cerr << "stagecraft-cli export: warning: " << w << '\n';
    out.ok = r.ok;
    out.bytes = std::move(r.bytes);
    out.error = std::move(r.error);
    return out;
}

// "out.png" and page 2 -> "out-2.png".
std::string page_file(const std::string& target, std::size_t page) {
    const fs::path p(target);
    return (p.parent_path() / (p.stem().string() + "-" + std::to_string(page) + p.extension().string())).string();
}

// One view on pages: one PDF, or a PNG or SVG file per page. Returns the exit status.
int export_pages(diagram::Renderer& renderer, const Journey& journey, const std::string& file, const std::string& view,
                 const std::string& target, const Options& o) {
    diagram::ViewOptions options;
    options.summary = o.detail != "full";
    const auto format = o.format == "pdf"   ? diagram::PageFormat::Pdf
                        : o.format == "png" ? diagram::PageFormat::Png
                                            : diagram::PageFormat::Svg;
    const diagram::PagedExport out = diagram::export_view_pages(renderer, journey, *diagram::parse_view(view), *o.page,
                                                                format, options, o.render.scale);
    if (!out.ok) {
        std::cerr << "stagecraft-cli export: " << file << ": cannot lay out the " << view
                  << " view on pages: " << out.error << '\n';
        return 1;
    }
    if (!out.readable)
        std::cerr << "stagecraft-cli export: warning: " << file << ": a scene of the " << view
                  << " view is too large for one page at 14 px; its text is smaller\n";
    SaveOptions save;
    save.keep_backup = false;
    for (std::size_t i = 0; i < out.files.size(); ++i) {
        const std::string name =
            out.files.size() == 1 && format == diagram::PageFormat::Pdf ? target : page_file(target, i + 1);
        if (auto error = write_file_atomically(name, out.files[i], save)) {
            std::cerr << "stagecraft-cli export: cannot write '" << name << "': " << *error << '\n';
            return 2;
        }
    }
    // Pages of an earlier, longer export to the same name would read as part of this one.
    if (format != diagram::PageFormat::Pdf) {
        const fs::path t(target);
        remove_numbered_files(t.parent_path(), t.stem().string() + "-", t.extension().string(), out.files.size());
    }
    if (!o.quiet)
        std::cerr << "stagecraft-cli export: " << target << ": " << out.pages << (out.pages == 1 ? " page" : " pages")
                  << '\n';
    return 0;
}

}   // namespace

int run_export(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    Options o;
    if (int status = parse(args, o)) return status;

    if (!o.dir.empty()) {
        std::error_code ec;
        fs::create_directories(o.dir, ec);
        if (ec || !fs::is_directory(o.dir)) {
            std::cerr << "stagecraft-cli export: cannot create directory '" << o.dir
                      << "': " << (ec ? ec.message() : "not a directory") << '\n';
            return 2;
        }
        std::set<std::string> stems;
        for (const auto& f : o.files)
            if (!stems.insert(journey_stem(f)).second)
                return usage_error(
                    "export", "two journeys named '" + journey_stem(f) + "' would write the same files in " + o.dir);
    }

    // On large journeys, Graphviz starts up (plugins, fonts) while the first journey loads and
    // its graph is built. A small journey loads in about a millisecond, so there the warm-up's
    // own render would only add to the time.
    bool any_diagram = false;
    for (const auto& v : o.views) any_diagram = any_diagram || diagram::parse_view(v).has_value();
    std::error_code size_error;
    const auto first_size = o.files.empty() ? 0 : fs::file_size(o.files.front(), size_error);
    const bool large = !size_error && first_size >= kWarmUpBytes;
    // A large journey takes long enough to load that Graphviz starts beside it, after the
    // diagram face is loaded for measuring.
    std::thread warm_up;
    if (any_diagram && large)
        warm_up = std::thread([] {
            diagram::warm_up_text_metrics();
            diagram::warm_up_graphviz();
        });
    struct Joiner {
        std::thread& t;
        ~Joiner() {
            if (t.joinable()) t.join();
        }
    } joiner{warm_up};

    const std::size_t total = o.files.size() * o.views.size();
    const bool progress = !o.quiet && total > 4;
    std::size_t done = 0;
    int status = 0;
    diagram::Renderer renderer;
    for (const auto& file : o.files) {
        int load_status = 0;
        std::optional<Journey> journey = load_or_report(file, load_status);
        if (!journey) {
            status = std::max(status, load_status);
            done += o.views.size();
            continue;
        }
        for (const auto& view : o.views) {
            ++done;
            const std::string target =
                !o.output.empty() ? o.output
                                  : (fs::path(o.dir) / (journey_stem(file) + "." + view + "." + o.format)).string();
            if (o.page) {
                status = std::max(status, export_pages(renderer, *journey, file, view, target, o));
                if (progress) std::cerr << "[" << done << "/" << total << "] " << target << '\n';
                continue;
            }
            Output out = render(renderer, *journey, view, o.format, o.render);
            if (!out.ok) {
                std::cerr << "stagecraft-cli export: " << file << ": cannot render the " << view
                          << " view: " << out.error << '\n';
                status = std::max(status, 1);
                continue;
            }
            SaveOptions save;
            save.keep_backup = false;
            if (auto error = write_file_atomically(target, out.bytes, save)) {
                std::cerr << "stagecraft-cli export: cannot write '" << target << "': " << *error << '\n';
                status = 2;
                continue;
            }
            if (progress) std::cerr << "[" << done << "/" << total << "] " << target << '\n';
        }
    }
    return status;
}

}   // namespace stagecraft::cli
