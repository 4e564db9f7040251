// tables.cpp — JSON and CSV dumps of a Document's tables (see tables.h).
#include "exporters/tables.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "exporters/atomic_file.h"
#include "exporters/json_text.h"

namespace planport {
namespace {

using nlohmann::ordered_json;

/// A whole number of points as an integer (10, not nlohmann's 10.0), as the dump always wrote it.
ordered_json number(double d) {
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)  // 2^53: exact in a double
        return static_cast<std::int64_t>(d);
    return d;  // nlohmann writes a non-finite number as null
}

ordered_json table_json(const Table& t, int index);

ordered_json cell_json(const Cell& c, bool header) {
    ordered_json j = {
        {"row", c.row},
        {"col", c.col},
        {"rowspan", c.rowspan},
        {"colspan", c.colspan},
        {"text", c.text()},
        {"fill", c.fill.empty() ? ordered_json() : ordered_json(c.fill)},
        {"header", header},
    };
    if (!c.tables.empty()) {
        ordered_json& nested = j["nested"] = ordered_json::array();
        for (size_t i = 0; i < c.tables.size(); ++i) nested.push_back(table_json(c.tables[i], static_cast<int>(i) + 1));
    }
    return j;
}

ordered_json table_json(const Table& t, int index) {
    ordered_json bbox;  // null unless known
    if (t.bbox) bbox = {number(t.bbox->x0), number(t.bbox->y0), number(t.bbox->x1), number(t.bbox->y1)};
    ordered_json cells = ordered_json::array();
    for (const auto& row : t.rows)
        for (const auto& cell : row.cells) cells.push_back(cell_json(cell, row.is_header));
    return {
        {"index", index},
        {"page", t.page > 0 ? ordered_json(t.page) : ordered_json()},
        {"bbox", std::move(bbox)},
        {"rows", t.grid_text()},
        {"cells", std::move(cells)},
    };
}

}  // namespace

void write_tables_json(std::ostream& out, const Document& doc, int indent) {
    ordered_json tables = ordered_json::array();
    int position = 0;
    for (const auto& b : doc.blocks) {
        if (b.kind != Block::Kind::Table) continue;
        ++position;
        tables.push_back(table_json(b.table, b.table.index > 0 ? b.table.index : position));
    }
    // One line per grid row, per cell without nested tables and per bbox.
    out << json_text({{"file", doc.source}, {"tables", std::move(tables)}}, indent, JsonLayout::kOneLineRecords) << '\n';
}

void write_tables_csv(const std::string& dir, const Document& doc, const std::string& stem,
                      const CsvOptions& options) {
    int position = 0;
    for (const auto& b : doc.blocks) {
        if (b.kind != Block::Kind::Table) continue;
        ++position;
        int n = b.table.index > 0 ? b.table.index : position;
        std::string path = (dir.empty() ? std::string(".") : dir) + "/" + stem + "-table-" + std::to_string(n) + ".csv";
        write_file_atomically(path, [&](std::ostream& out) {
            csv_begin(out, options);
            for (const auto& row : b.table.grid_text()) write_csv_row(out, row, options);
        });
    }
}

}  // namespace planport
