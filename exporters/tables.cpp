// tables.cpp — JSON and CSV dumps of a Document's tables (see tables.h).
#include "exporters/tables.h"

#include "exporters/atomic_file.h"
#include "exporters/json_writer.h"

namespace planport {
namespace {

void write_table(JsonWriter& w, const Table& t, int index);

void write_cell(JsonWriter& w, const Cell& c, bool header) {
    if (c.tables.empty()) w.inline_next();  // one line per cell, unless it holds tables
    w.begin_object();
    w.key("row").value(c.row);
    w.key("col").value(c.col);
    w.key("rowspan").value(c.rowspan);
    w.key("colspan").value(c.colspan);
    w.key("text").value(c.text());
    w.key("fill");
    if (c.fill.empty()) w.null();
    else w.value(c.fill);
    w.key("header").value(header);
    if (!c.tables.empty()) {
        w.key("nested").begin_array();
        for (size_t i = 0; i < c.tables.size(); ++i) write_table(w, c.tables[i], static_cast<int>(i) + 1);
        w.end_array();
    }
    w.end_object();
}

void write_table(JsonWriter& w, const Table& t, int index) {
    w.begin_object();
    w.key("index").value(index);
    w.key("page");
    if (t.page > 0) w.value(t.page);
    else w.null();
    w.key("bbox");
    if (t.bbox) {
        const BBox& b = *t.bbox;
        w.inline_next().begin_array().value(b.x0).value(b.y0).value(b.x1).value(b.y1).end_array();
    } else {
        w.null();
    }
    w.key("rows").begin_array();
    for (const auto& row : t.grid_text()) {
        w.inline_next().begin_array();  // one line per grid row
        for (const auto& text : row) w.value(text);
        w.end_array();
    }
    w.end_array();
    w.key("cells").begin_array();
    for (const auto& row : t.rows)
        for (const auto& cell : row.cells) write_cell(w, cell, row.is_header);
    w.end_array();
    w.end_object();
}

}  // namespace

void write_tables_json(std::ostream& out, const Document& doc, int indent) {
    JsonWriter w(out, indent);
    w.begin_object();
    w.key("file").value(doc.source);
    w.key("tables").begin_array();
    int position = 0;
    for (const auto& b : doc.blocks) {
        if (b.kind != Block::Kind::Table) continue;
        ++position;
        write_table(w, b.table, b.table.index > 0 ? b.table.index : position);
    }
    w.end_array();
    w.end_object();
    out << '\n';
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
