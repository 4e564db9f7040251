// csv_reader.cpp — RFC 4180 parsing for the tests.
#include "tests/support/csv_reader.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace planport::testing {

CsvRows parse_csv(const std::string& text) {
    CsvRows rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
                else quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') { quoted = true; any = true; }
        else if (c == ',') { row.push_back(field); field.clear(); any = true; }
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else { field += c; any = true; }
    }
    if (any || !field.empty() || !row.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace planport::testing
