// stagecraft-cli deck: the client deck of a journey, as one PDF or one PNG per slide.
#include <filesystem>
#include <iostream>

#include "cli_util.hpp"
#include "export/deck.hpp"
#include "model/io/atomic_file.hpp"

namespace stagecraft::cli {

namespace {

namespace fs = std::filesystem;

const char* kHelp =
    "usage: stagecraft-cli deck FILE -o DECK.pdf\n"
    "       stagecraft-cli deck FILE --format png -d DIR\n\n"
    "Makes the deck a consultant presents: a title slide (title, kind, persona with goals and\n"
    "needs, principles, author, organisation, date), the journey map, the emotion curve and the\n"
    "service blueprint on as many 16:9 slides as each needs (no text under 14 px on a slide shown\n"
    "1920 px wide), the cast and each role's load, the staging checks' findings with their fixes,\n"
    "and the cast sheet. Every slide carries the title and its number.\n\n"
    "  -o OUT        the PDF to write (text stays text, fonts embedded, title and author set)\n"
    "  --format FMT  pdf (the default) or png: one 1920 x 1080 PNG per slide, for any slide tool\n"
    "  -d DIR        with png: the folder for <journey>-01.png, <journey>-02.png ... (made if missing)\n"
    "  --page SHAPE  slide (16:9, the default) or a4-landscape (print)\n"
    "  --scale S     png: multiply the pixels (2: 3840 x 2160)\n"
    "  -q, --quiet   no progress\n\n"
    "Outputs are written atomically. Exit status: 0 written, 1 the journey has errors, 2 usage or file error.\n";

std::string stem_of(const std::string& path) {
    std::string name = fs::path(path).filename().string();
    for (const std::string suffix : {".journey.xml", ".xml"})
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return name.substr(0, name.size() - suffix.size());
    return fs::path(path).stem().string();
}

}   // namespace

int run_deck(const Args& args) {
    if (print_help_if_asked(args, kHelp)) return 0;
    std::string in, out, dir, format = "pdf", page = "slide", scale_text;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> inline_value;
        const std::string name = option_name(args[i], inline_value);
        if (name == "-o" || name == "--output") {
            if (!take_value("deck", args, i, out)) return 2;
        } else if (name == "-d" || name == "--dir") {
            if (!take_value("deck", args, i, dir)) return 2;
        } else if (name == "--format" || name == "-f") {
            if (!take_value("deck", args, i, format)) return 2;
        } else if (name == "--page") {
            if (!take_value("deck", args, i, page)) return 2;
        } else if (name == "--scale") {
            if (!take_value("deck", args, i, scale_text)) return 2;
        } else if ((name == "-q" || name == "--quiet") && !inline_value) {
            quiet = true;
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usage_error("deck", "unknown option '" + args[i] + "'");
        } else if (in.empty()) {
            in = args[i];
        } else {
            return usage_error("deck", "one journey at a time ('" + args[i] + "' is a second)");
        }
    }
    if (in.empty()) return usage_error("deck", "no journey file given");
    if (format != "pdf" && format != "png") return usage_error("deck", "--format is pdf or png, not '" + format + "'");
    const auto shape = diagram::parse_page_shape(page);
    if (!shape) return usage_error("deck", "--page is slide or a4-landscape, not '" + page + "'");
    double scale = 1;
    if (!scale_text.empty()) {
        char* end = nullptr;
        scale = std::strtod(scale_text.c_str(), &end);
        if (format != "png") return usage_error("deck", "--scale applies to PNG slides only");
        if (end == scale_text.c_str() || *end || !(scale >= 0.5 && scale <= 4))
            return usage_error("deck", "--scale needs a number from 0.5 to 4, not '" + scale_text + "'");
    }
    if (format == "pdf" && out.empty()) return usage_error("deck", "say where with -o DECK.pdf");
    if (format == "pdf" && !dir.empty()) return usage_error("deck", "a PDF deck is one file: use -o, not -d");
    if (format == "png" && dir.empty()) return usage_error("deck", "PNG slides go into a folder: use -d DIR");
    if (format == "png" && !out.empty()) return usage_error("deck", "PNG slides are many files: use -d DIR, not -o");
    if (format == "pdf") {
        std::string ext = fs::path(out).extension().string();
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext != ".pdf")
            return usage_error("deck", "the deck is a PDF: name it NAME.pdf (for PNG slides: --format png -d DIR)");
        // Said before the slides are made, not after.
        const fs::path folder = fs::path(out).parent_path();
        std::error_code ec;
        if (!folder.empty() && !fs::is_directory(folder, ec)) {
            std::cerr << "stagecraft-cli deck: cannot write '" << out << "': there is no folder '" << folder.string()
                      << "'\n";
            return 2;
        }
    } else {
        std::error_code ec;
        if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
            std::cerr << "stagecraft-cli deck: '" << dir << "' is a file, not a folder: give a folder for the slides\n";
            return 2;
        }
    }

    int status = 0;
    const std::optional<Journey> journey = load_or_report(in, status);
    if (!journey) return status;
    diagram::DeckOptions options;
    options.format = format == "pdf" ? diagram::PageFormat::Pdf : diagram::PageFormat::Png;
    options.shape = *shape;
    options.png_scale = scale;
    if (!quiet)
        options.progress = [](std::size_t done, std::size_t total, const std::string& step) {
            std::cerr << "[" << done << "/" << total << "] " << step << '\n';
            return true;
        };
    diagram::Renderer renderer;
    const diagram::DeckResult deck = diagram::build_deck(renderer, *journey, options);
    if (!deck.ok) {
        std::cerr << "stagecraft-cli deck: " << in << ": cannot make the deck: " << deck.error << '\n';
        return 1;
    }
    SaveOptions save;
    save.keep_backup = false;
    if (format == "pdf") {
        if (auto error = write_file_atomically(out, deck.files.front(), save)) {
            std::cerr << "stagecraft-cli deck: cannot write '" << out << "': " << *error << '\n';
            return 2;
        }
        if (!quiet) std::cerr << out << ": " << deck.slide_titles.size() << " slides\n";
        return 0;
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        std::cerr << "stagecraft-cli deck: cannot create directory '" << dir << "'\n";
        return 2;
    }
    const int digits = deck.files.size() >= 100 ? 3 : 2;
    for (std::size_t i = 0; i < deck.files.size(); ++i) {
        std::string number = std::to_string(i + 1);
        number.insert(0, static_cast<std::size_t>(std::max(0, digits - static_cast<int>(number.size()))), '0');
        const std::string name = (fs::path(dir) / (stem_of(in) + "-" + number + ".png")).string();
        if (auto error = write_file_atomically(name, deck.files[i], save)) {
            std::cerr << "stagecraft-cli deck: cannot write '" << name << "': " << *error << '\n';
            return 2;
        }
    }
    // Slides of an earlier, longer deck of the same journey would read as part of this one.
    remove_numbered_files(dir, stem_of(in) + "-", ".png", deck.files.size());
    if (!quiet) std::cerr << dir << ": " << deck.files.size() << " slides\n";
    return 0;
}

}   // namespace stagecraft::cli
