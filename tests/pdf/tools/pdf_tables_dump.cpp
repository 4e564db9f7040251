// pdf_tables_dump.cpp — test-only program: prints the tables read_pdf finds, as the JSON that
// `planport tables FILE --format json` is to print: {"file":…, "tables":[{"page":n,"bbox":[…],"rows":[[…]]}]}.
// Nested tables follow the table holding them. Used by scripts/peer-accuracy until the CLI command exists.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>

#include "importers/pdf/pdf_reader.h"

namespace {

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += char(c);
                }
        }
    }
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) {
        std::cerr << "usage: pdf_tables_dump FILE.pdf [FIRST_PAGE [LAST_PAGE]]\n";
        return 2;
    }
    planport::Diagnostics diag;
    planport::Document doc;
    planport::PdfOptions options;
    if (argc > 2) options.first_page = std::atoi(argv[2]);
    if (argc > 3) options.last_page = std::atoi(argv[3]);
    try {
        doc = planport::read_pdf(argv[1], diag, options);
    } catch (const planport::ImportError& e) {
        std::cerr << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    std::cout << "{\"file\":" << quote(argv[1]) << ",\"tables\":[";
    bool first = true;
    // Every table, a nested one right after the table holding it.
    std::function<void(const planport::Table&)> print = [&](const planport::Table& t) {
        std::cout << (first ? "" : ",") << "\n{\"page\":" << t.page << ",\"bbox\":[";
        if (t.bbox) std::cout << t.bbox->x0 << "," << t.bbox->y0 << "," << t.bbox->x1 << "," << t.bbox->y1;
        std::cout << "],\"rows\":[";
        auto grid = t.grid_text();
        for (size_t r = 0; r < grid.size(); ++r) {
            std::cout << (r ? "," : "") << "[";
            for (size_t c = 0; c < grid[r].size(); ++c) std::cout << (c ? "," : "") << quote(grid[r][c]);
            std::cout << "]";
        }
        std::cout << "]}";
        first = false;
        for (const auto& row : t.rows)
            for (const auto& cell : row.cells)
                for (const auto& inner : cell.tables) print(inner);
    };
    for (const auto& b : doc.blocks)
        if (b.kind == planport::Block::Kind::Table) print(b.table);
    std::cout << "]}\n";
    for (const auto& w : diag.warnings) std::cerr << w << "\n";
    return 0;
}
