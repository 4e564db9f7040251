// document.cpp — small helpers of the neutral document representation.
#include "model/document.h"

namespace planport {

std::string Cell::text() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (p.text.empty()) continue;
        if (!out.empty()) out += '\n';
        out += p.text;
    }
    return out;
}

bool Cell::empty() const {
    for (const auto& p : paragraphs)
        if (!p.text.empty()) return false;
    for (const auto& t : tables)
        if (count_nonempty_cells(t) > 0) return false;
    return true;
}

const Cell* Table::at(int r, int c) const {
    // Rows are few; scan upwards from r for an anchor that covers (r, c).
    for (int rr = r; rr >= 0; --rr) {
        if (rr >= static_cast<int>(rows.size())) continue;
        for (const auto& cell : rows[rr].cells) {
            if (cell.col <= c && c < cell.col + cell.colspan && cell.row <= r && r < cell.row + cell.rowspan)
                return &cell;
        }
    }
    return nullptr;
}

std::vector<std::vector<std::string>> Table::grid_text() const {
    std::vector<std::vector<std::string>> g(rows.size(), std::vector<std::string>(columns));
    for (const auto& row : rows)
        for (const auto& cell : row.cells)
            if (cell.row < static_cast<int>(g.size()) && cell.col < columns) g[cell.row][cell.col] = cell.text();
    return g;
}

int count_nonempty_cells(const Table& t) {
    int n = 0;
    for (const auto& row : t.rows)
        for (const auto& cell : row.cells) {
            bool has_text = false;
            for (const auto& p : cell.paragraphs)
                if (!p.text.empty()) { has_text = true; break; }
            if (has_text) ++n;
            for (const auto& nested : cell.tables) n += count_nonempty_cells(nested);
        }
    return n;
}

}  // namespace planport
