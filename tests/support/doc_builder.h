// doc_builder.h — builds neutral Documents by hand for recogniser tests: tables as rows of cells, a cell as
// paragraphs ("• x" makes a bullet item, "#RRGGBB|" a fill prefix on the first paragraph).
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "model/document.h"

namespace planport::testing {

inline Paragraph para(const std::string& text, const std::string& label = "") {
    Paragraph p;
    p.text = text;
    p.list_label = label;
    p.list_level = label.empty() ? -1 : 0;
    return p;
}

/// A cell from paragraph strings; a string starting with "• " becomes a bullet item.
inline Cell cell(std::initializer_list<std::string> paragraphs, const std::string& fill = "", int colspan = 1) {
    Cell c;
    c.colspan = colspan;
    c.fill = fill;
    for (const auto& s : paragraphs) {
        if (s.rfind("\xE2\x80\xA2 ", 0) == 0) c.paragraphs.push_back(para(s.substr(4), "\xE2\x80\xA2"));
        else c.paragraphs.push_back(para(s));
    }
    return c;
}

inline Cell text_cell(const std::string& s) { return cell({s}); }

/// A table from rows of cells; positions are filled in (colspans respected).
inline Table table(std::vector<std::vector<Cell>> rows, int index = 1) {
    Table t;
    t.index = index;
    for (size_t r = 0; r < rows.size(); ++r) {
        Row row;
        int col = 0;
        for (auto& c : rows[r]) {
            c.row = static_cast<int>(r);
            c.col = col;
            col += c.colspan;
            row.cells.push_back(c);
        }
        t.columns = std::max(t.columns, col);
        t.rows.push_back(row);
    }
    return t;
}

/// A table from rows of plain strings (one paragraph per cell).
inline Table simple_table(std::vector<std::vector<std::string>> rows, int index = 1) {
    std::vector<std::vector<Cell>> cells;
    for (auto& r : rows) {
        cells.emplace_back();
        for (auto& s : r) cells.back().push_back(s.empty() ? Cell{} : text_cell(s));
    }
    return table(cells, index);
}

inline Block block(const Paragraph& p) {
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.paragraph = p;
    return b;
}

inline Block block(const Table& t) {
    Block b;
    b.kind = Block::Kind::Table;
    b.table = t;
    return b;
}

inline Document document(std::vector<Block> blocks, const std::string& source = "plan.docx") {
    Document d;
    d.source = source;
    d.format = "docx";
    d.blocks = std::move(blocks);
    int n = 0;
    for (auto& b : d.blocks)
        if (b.kind == Block::Kind::Table) b.table.index = ++n;
    return d;
}

}  // namespace planport::testing
