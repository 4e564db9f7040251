// split_rows.cpp — joins a row split by a page break back into the row above it.
#include "importers/recognise/split_rows.h"

#include <algorithm>
#include <cctype>

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {
namespace {

int page_of(const Row& row) {
    int p = row.page;
    for (const auto& c : row.cells)
        if (c.page > 0 && !c.empty()) p = std::max(p, c.page);
    return p;
}

std::string first_text(const Cell* c) {
    if (!c) return "";
    for (const auto& p : c->paragraphs)
        if (!text::squash(p.text).empty()) return p.text;
    return "";
}

std::string last_text(const Cell* c) {
    if (!c) return "";
    for (auto it = c->paragraphs.rbegin(); it != c->paragraphs.rend(); ++it)
        if (!text::squash(it->text).empty()) return it->text;
    return "";
}

// "2.2 Seek assurance", "3) …": a milestone of its own, never the rest of the paragraph above.
bool numbered(const std::string& s) {
    std::string ref, rest;
    return split_ref_prefix(text::squash(s), ref, rest, true);
}

// Whether paragraph `next`, the first of a cell on the new page, is the rest of `above`, the last of the
// cell before the break. A status column's entries are short and each its own (`–` then `C`); elsewhere a
// paragraph that stopped without ending a sentence goes on (`End of March` + `2016`).
bool goes_on(const std::string& above, const Paragraph& next, bool status_column) {
    std::string a = text::squash(above);
    if (a.empty()) return false;
    if (next.is_list_item() || numbered(next.text)) return false;
    if (text::starts_lower(next.text) || open_ended(a)) return true;
    if (status_column) return false;
    return std::string(".:;!?").find(a.back()) == std::string::npos && text::word_count(a) >= 2;
}

// Whether row r (the first data row on its page) goes on with row `above`.
bool continues(const Table& t, int r, int above, const ColumnMap& cols) {
    int rc = cols.has(Role::Ref) ? cols.col(Role::Ref) : cols.col(Role::Number);
    int ac = cols.col(Role::Action);
    if (ac < 0 || text::squash(first_text(t.at(above, ac))).empty()) return false;
    if (rc >= 0) {
        bool ref_here = !text::squash(first_text(anchored(t, r, rc))).empty();
        bool ref_above = !text::squash(first_text(t.at(above, rc))).empty();
        if (ref_here) return false;
        if (ref_above) return true;
    }
    const Cell* action = anchored(t, r, ac);
    std::string a = first_text(action);
    if (!a.empty() && text::starts_lower(a) && !numbered(a)) return true;
    bool any = false;
    for (const auto& c : t.rows[static_cast<size_t>(r)].cells) {
        std::string more = first_text(&c);
        if (text::squash(more).empty()) continue;
        std::string before = last_text(t.at(above, c.col));
        if (!before.empty() && !open_ended(before) && !text::starts_lower(more)) return false;
        any = true;
    }
    return any;
}

Cell* covering(Table& t, int r, int c) {
    for (int rr = r; rr >= 0; --rr)
        for (auto& cell : t.rows[static_cast<size_t>(rr)].cells)
            if (cell.col <= c && c < cell.col + cell.colspan && cell.row <= r && r < cell.row + cell.rowspan)
                return &cell;
    return nullptr;
}

// Moves the paragraphs of the row's cells into the cells above (in `out`, the copy being built).
void join_into_above(Table& out, int r, int above, const ColumnMap& cols) {
    auto status = cols.cols(Role::Rag);
    for (auto& c : out.rows[static_cast<size_t>(r)].cells) {
        if (c.empty()) continue;
        Cell* into = covering(out, above, c.col);
        if (!into || into == &c || (into->row <= r && r < into->row + into->rowspan)) continue;
        bool status_column = std::find(status.begin(), status.end(), c.col) != status.end();
        auto& ps = into->paragraphs;
        while (!ps.empty() && text::squash(ps.back().text).empty()) ps.pop_back();
        size_t i = 0;
        while (i < c.paragraphs.size() && text::squash(c.paragraphs[i].text).empty()) ++i;
        if (i < c.paragraphs.size() && !ps.empty() && goes_on(ps.back().text, c.paragraphs[i], status_column)) {
            ps.back().text += " " + c.paragraphs[i].text;
            ++i;
        }
        for (; i < c.paragraphs.size(); ++i) ps.push_back(c.paragraphs[i]);
        if (into->fill.empty()) into->fill = c.fill;  // the status fill may be on either part
        c.paragraphs.clear();
        c.tables.clear();
    }
}

}  // namespace

std::optional<Table> join_split_rows(const Table& t, const ColumnMap& cols, int first_data,
                                     const std::function<bool(int)>& skip) {
    std::optional<Table> out;
    int above = -1, page = 0;  // the last data row, and the page of the last data row read
    for (int r = first_data; r < static_cast<int>(t.rows.size()); ++r) {
        if (skip(r)) continue;
        const Row& row = t.rows[static_cast<size_t>(r)];
        bool new_page = page_of(row) > page || row.page_break_before;
        page = std::max(page, page_of(row));
        if (above >= 0 && new_page && continues(out ? *out : t, r, above, cols)) {
            if (!out) out = t;
            join_into_above(*out, r, above, cols);
            continue;  // the row above may go on over one more page
        }
        above = r;
    }
    return out;
}

}  // namespace planport
