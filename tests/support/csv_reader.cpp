// RFC 4180 reader used by the tests.
#include "csv_reader.hpp"

namespace stagecraft::test {

std::optional<CsvRows> parse_csv(std::string_view text) {
    CsvRows rows;
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    bool pending = false;   // a row has started
    while (i < text.size()) {
        pending = true;
        if (text[i] == '"' && field.empty()) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += text[i++];
            }
            if (!closed) return std::nullopt;
            if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') return std::nullopt;
            continue;
        }
        char c = text[i];
        if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (c == '\r' || c == '\n') {
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            pending = false;
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else if (c == '"') {
            return std::nullopt;
        } else {
            field += c;
            ++i;
        }
    }
    if (pending) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

}   // namespace stagecraft::test
