// A journey as an Excel workbook (see xlsx_writer.hpp).
#include "export/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "export/rows_writer.hpp"
#include "model/interchange/ooxml_text.hpp"
#include "model/interchange/rows_reader.hpp"
#include "model/io/atomic_file.hpp"

namespace stagecraft {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* w) const {
        if (w) workbook_close(w);
    }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

// The lists offered as drop-downs; each must stay under Excel's 255 characters.
const char* kLanes[] = {"customer", "frontstage", "backstage", "support", nullptr};
const char* kChannels[] = {"in-person", "phone", "email",        "web",   "app",  "chat",
                           "social",    "mail",  "self-service", "other", nullptr};
const char* kZones[] = {"frontstage", "backstage", "support", "partner", nullptr};
const char* kFlowKinds[] = {"sequence", "handoff", "support", "alternative", "follow-up", nullptr};
const char* kKinds[] = {"customer", "employee", nullptr};
const char* kFlags[] = {"yes", "no", nullptr};

class Book {
public:
    std::string error;   // the first cell that could not be written, and why; empty when none

    explicit Book(lxw_workbook* w) : w_(w) {
        header_ = workbook_add_format(w_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xE8EEF7);
        format_set_text_wrap(header_);
        format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
        text_ = workbook_add_format(w_);
        format_set_text_wrap(text_);
        format_set_align(text_, LXW_ALIGN_VERTICAL_TOP);
    }

    lxw_worksheet* sheet(const char* name, const std::vector<std::pair<std::string, double>>& columns) {
        lxw_worksheet* ws = workbook_add_worksheet(w_, name);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].second, text_);
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), columns[c].first.c_str(), header_);
        }
        worksheet_freeze_panes(ws, 1, 0);
        return ws;
    }

    void text(lxw_worksheet* ws, std::size_t row, std::size_t col, const std::string& value) {
        if (value.empty()) return;
        // Stored as a string whatever it starts with: a spreadsheet never runs it as a formula.
        // libxlsxwriter writes control characters as _xHHHH_; text that reads as such a
        // sequence is escaped, so that it reads back as typed.
        const std::string stored = ooxml::escaped_text(value);
        const lxw_error written =
            worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), stored.c_str(), text_);
        if (written != LXW_NO_ERROR && error.empty()) {
            std::size_t characters = 0;
            for (char c : value) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
            error = "sheet '" + std::string(ws->name) + "', cell " + column_letters(static_cast<int>(col) + 1) +
                    std::to_string(row + 1) +
                    (written == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                         ? " would hold " + std::to_string(characters) +
                               " characters, more than the 32,767 an Excel cell can hold: shorten that text, or "
                               "keep the journey as .journey.xml (CSV and Mermaid have no such limit)"
                         : ": " + std::string(lxw_strerror(written)));
        }
    }

    void number(lxw_worksheet* ws, std::size_t row, std::size_t col, double value) {
        worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), value, text_);
    }

    static void list(lxw_worksheet* ws, std::size_t col, std::size_t rows, const char** values) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = const_cast<char**>(values);
        worksheet_data_validation_range(ws, 1, static_cast<lxw_col_t>(col), static_cast<lxw_row_t>(rows),
                                        static_cast<lxw_col_t>(col), &v);
    }

    static void whole_numbers(lxw_worksheet* ws, std::size_t col, std::size_t rows, double low, double high) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = low;
        v.maximum_number = high;
        worksheet_data_validation_range(ws, 1, static_cast<lxw_col_t>(col), static_cast<lxw_row_t>(rows),
                                        static_cast<lxw_col_t>(col), &v);
    }

private:
    lxw_workbook* w_;
    lxw_format* header_ = nullptr;
    lxw_format* text_ = nullptr;
};

double width_of(Field f) {
    switch (f) {
        case Field::Stage: return 22;
        case Field::Scene: return 36;
        case Field::Lane:
        case Field::Channel: return 13;
        case Field::Emotion: return 11;
        case Field::Minutes:
        case Field::Wait:
        case Field::FailPoint:
        case Field::MomentOfTruth:
        case Field::FollowUp: return 10;
        case Field::Lead:
        case Field::Support:
        case Field::Understudy: return 22;
        case Field::Script:
        case Field::Description: return 48;
        case Field::Id: return 26;
        default: return 32;
    }
}

std::string lines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : "\n") + i;
    return out;
}

// The rows after the header in which a drop-down is offered: the rows written and room to add.
constexpr std::size_t kRoomToAdd = 200;

void scenes_sheet(Book& book, const Journey& j) {
    const auto rows = journey_rows(j, false);
    std::vector<std::pair<std::string, double>> columns;
    for (std::size_t c = 0; c < all_fields().size(); ++c) columns.emplace_back(rows[0][c], width_of(all_fields()[c]));
    lxw_worksheet* ws = book.sheet("Scenes", columns);
    for (std::size_t r = 1; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const Field f = all_fields()[c];
            const bool numeric = f == Field::Emotion || f == Field::Minutes || f == Field::Wait;
            if (numeric && !rows[r][c].empty())
                book.number(ws, r, c, std::stod(rows[r][c]));
            else
                book.text(ws, r, c, rows[r][c]);
        }
    const std::size_t last = rows.size() + kRoomToAdd;
    for (std::size_t c = 0; c < all_fields().size(); ++c) {
        switch (all_fields()[c]) {
            case Field::Lane: Book::list(ws, c, last, kLanes); break;
            case Field::Channel: Book::list(ws, c, last, kChannels); break;
            case Field::FailPoint:
            case Field::MomentOfTruth: Book::list(ws, c, last, kFlags); break;
            case Field::Emotion: Book::whole_numbers(ws, c, last, -2, 2); break;
            default: break;
        }
    }
}

void stages_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws = book.sheet("Stages", {{"Stage", 28}, {"Id", 26}, {"Goal", 60}});
    std::size_t r = 1;
    for (const auto& s : j.stages) {
        book.text(ws, r, 0, name_or_id(s));   // as the Scenes sheet names it
        book.text(ws, r, 1, s.id);
        book.text(ws, r, 2, s.goal);
        ++r;
    }
}

void cast_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws = book.sheet(
        "Cast",
        {{"Role", 28}, {"Id", 26}, {"Zone", 13}, {"Colour", 11}, {"Capacity (minutes)", 12}, {"Description", 60}});
    std::size_t r = 1;
    for (const auto& role : j.cast) {
        book.text(ws, r, 0, name_or_id(role));   // as the Scenes sheet casts it
        book.text(ws, r, 1, role.id);
        book.text(ws, r, 2, std::string(to_string(role.zone)));
        book.text(ws, r, 3, role.colour);
        if (role.capacity) book.number(ws, r, 4, *role.capacity);
        book.text(ws, r, 5, role.description);
        ++r;
    }
    Book::list(ws, 2, r + kRoomToAdd, kZones);
}

void flows_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws = book.sheet(
        "Flows", {{"From (scene id)", 28}, {"To (scene id)", 28}, {"Kind", 13}, {"Label", 36}, {"Condition", 36}});
    std::size_t r = 1;
    for (const auto& f : j.flows) {
        book.text(ws, r, 0, f.from);
        book.text(ws, r, 1, f.to);
        book.text(ws, r, 2, std::string(to_string(f.kind)));
        book.text(ws, r, 3, f.label);
        book.text(ws, r, 4, f.condition);
        ++r;
    }
    Book::list(ws, 2, r + kRoomToAdd, kFlowKinds);
}

void principles_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws = book.sheet("Principles", {{"Principle", 32}, {"Id", 26}, {"Description", 60}});
    std::size_t r = 1;
    for (const auto& p : j.principles) {
        book.text(ws, r, 0, name_or_id(p.name, p.id));   // as the Scenes sheet tags it
        book.text(ws, r, 1, p.id);
        book.text(ws, r, 2, p.description);
        ++r;
    }
}

void kpis_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws =
        book.sheet("KPIs", {{"Scene id", 28}, {"KPI", 32}, {"Unit", 12}, {"Target", 12}, {"Actual", 12}});
    std::size_t r = 1;
    for (const auto& stage : j.stages)
        for (const auto& s : stage.scenes)
            for (const auto& k : s.kpis) {
                book.text(ws, r, 0, s.id);
                book.text(ws, r, 1, k.name);
                book.text(ws, r, 2, k.unit);
                book.text(ws, r, 3, k.target);
                book.text(ws, r, 4, k.actual);
                ++r;
            }
}

void journey_sheet(Book& book, const Journey& j) {
    lxw_worksheet* ws = book.sheet("Journey", {{"Field", 22}, {"Value", 70}});
    std::vector<std::pair<std::string, std::string>> rows = {
        {"Title", j.title},
        {"Id", j.id},
        {"Kind", std::string(to_string(j.kind))},
        {"Description", j.description},
        {"Persona", j.persona ? j.persona->name : ""},
        {"Persona id", j.persona ? j.persona->id : ""},
        {"Persona description", j.persona ? j.persona->description : ""},
        {"Persona goals", j.persona ? lines(j.persona->goals) : ""},
        {"Persona needs", j.persona ? lines(j.persona->needs) : ""},
        {"Author", j.meta.author},
        {"Organisation", j.meta.organisation},
        {"Created", j.meta.created},
        {"Modified", j.meta.modified},
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
        book.text(ws, r + 1, 0, rows[r].first);
        book.text(ws, r + 1, 1, rows[r].second);
    }
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = const_cast<char**>(kKinds);
    worksheet_data_validation_cell(ws, 3, 1, &v);
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}   // namespace

const std::vector<std::string>& workbook_sheet_names() {
    static const std::vector<std::string> names = {"Scenes",     "Stages", "Cast",   "Flows",
                                                   "Principles", "KPIs",   "Journey"};
    return names;
}

XlsxWritten write_journey_xlsx(const Journey& journey, const std::string& path) {
    XlsxWritten out;
    // libxlsxwriter writes a file: a temporary one beside the target, then moved into place whole.
    const std::string partial = path + ".partial-" + std::to_string(::getpid());
    {
        lxw_workbook_options options{};
        options.tmpdir = nullptr;
        WorkbookPtr w(workbook_new_opt(partial.c_str(), &options));
        if (!w) {
            out.error = "cannot write " + path + " (the folder may not exist or not be writable)";
            return out;
        }
        lxw_doc_properties props{};
        props.title = const_cast<char*>(journey.title.c_str());
        props.author = const_cast<char*>(journey.meta.author.c_str());
        props.company = const_cast<char*>(journey.meta.organisation.c_str());
        workbook_set_properties(w.get(), &props);
        Book book(w.get());
        scenes_sheet(book, journey);
        stages_sheet(book, journey);
        cast_sheet(book, journey);
        flows_sheet(book, journey);
        principles_sheet(book, journey);
        kpis_sheet(book, journey);
        journey_sheet(book, journey);
        const lxw_error closed = workbook_close(w.release());
        if (!book.error.empty()) {   // a workbook without that cell would lose what it held
            std::remove(partial.c_str());
            out.error = "cannot write " + path + " as a workbook: " + book.error;
            return out;
        }
        if (closed != LXW_NO_ERROR) {
            std::remove(partial.c_str());
            out.error = "cannot write " + path + ": " + lxw_strerror(closed);
            return out;
        }
    }
    const std::string bytes = read_all(partial);
    std::remove(partial.c_str());
    if (bytes.empty()) {
        out.error = "cannot write " + path;
        return out;
    }
    SaveOptions save;
    save.keep_backup = false;
    out.error = write_file_atomically(path, bytes, save);
    bool extras = !journey.extras.empty();
    for (const auto& stage : journey.stages)
        for (const auto& s : stage.scenes) extras = extras || !s.extras.empty();
    if (extras) out.notes.push_back("elements and attributes Stagecraft does not know are not in a workbook");
    if (std::string unnamed = unnamed_note(journey); !unnamed.empty()) out.notes.push_back(std::move(unnamed));
    return out;
}

}   // namespace stagecraft
