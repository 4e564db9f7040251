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
// cell before the break, by their words: it goes on in small letters or after an open phrase, a year goes on
// a date, and a capital goes on only a sentence (six words or more), not a label (the next item's lead). A
// status column's entries are short and each its own (`–` then `C`).
bool goes_on(const std::string& above, const Paragraph& next, bool status_column) {
    std::string a = text::squash(above);
    if (a.empty() || next.is_list_item() || numbered(next.text)) return false;
    if (text::starts_lower(next.text) || open_ended(a)) return true;
    if (status_column || std::string(".:;!?").find(a.back()) != std::string::npos) return false;
    if (std::isdigit(static_cast<unsigned char>(text::squash(next.text)[0]))) return true;
    return text::word_count(a) >= 6;
}

// "End of March" above "2016 …": a date cut between its month and its year (a PDF may have run the year into
// the next milestone's date, so counting paragraphs cannot tell).
bool month_awaits_year(const std::string& above, const std::string& next) {
    static const char* months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                   "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    std::string a = text::lower(text::squash(above)), n = text::squash(next);
    size_t sp = a.find_last_of(' ');
    std::string last = sp == std::string::npos ? a : a.substr(sp + 1);
    bool month = std::any_of(std::begin(months), std::end(months), [&](const char* m) { return last == m; });
    bool year = n.size() >= 4 && (n.compare(0, 2, "20") == 0 || n.compare(0, 2, "19") == 0) &&
                std::all_of(n.begin(), n.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                (n.size() == 4 || !std::isdigit(static_cast<unsigned char>(n[4])));
    return month && year;
}

size_t filled_paragraphs(const Cell& c) {
    return static_cast<size_t>(std::count_if(c.paragraphs.begin(), c.paragraphs.end(),
                                             [](const Paragraph& p) { return !text::squash(p.text).empty(); }));
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
    if (!a.empty() && !numbered(a)) {
        // the action goes on: in small letters, or as the rest of a numbered milestone with the next
        // milestones below it (a capital after a phrase left open is as likely the next row's action)
        if (text::starts_lower(a)) return true;
        const Cell* head = t.at(above, ac);
        bool head_numbered = head && std::all_of(head->paragraphs.begin(), head->paragraphs.end(), [](const Paragraph& p) {
            return text::squash(p.text).empty() || numbered(p.text);
        });
        bool more_numbered = std::any_of(action->paragraphs.begin(), action->paragraphs.end(),
                                         [](const Paragraph& p) { return numbered(p.text); });
        if (head_numbered && more_numbered) return true;
    }
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

// Moves the paragraphs of the row's cells into the cells above (in `out`, the copy being built). In a row of
// numbered milestones the other cells hold one paragraph per milestone (or one for all): a cell whose
// paragraphs come to one more than the milestones was cut inside one, one that comes to as many was not.
void join_into_above(Table& out, int r, int above, const ColumnMap& cols) {
    auto status = cols.cols(Role::Rag);
    int ac = cols.col(Role::Action);
    auto& cells = out.rows[static_cast<size_t>(r)].cells;
    // the action cell first: its milestones decide the others
    std::stable_sort(cells.begin(), cells.end(), [&](const Cell& a, const Cell& b) { return (a.col == ac) > (b.col == ac); });
    size_t milestones = 0;
    for (auto& c : cells) {
        if (c.empty()) continue;
        Cell* into = covering(out, above, c.col);
        if (!into || into == &c || (into->row <= r && r < into->row + into->rowspan)) continue;
        bool status_column = std::find(status.begin(), status.end(), c.col) != status.end();
        auto& ps = into->paragraphs;
        while (!ps.empty() && text::squash(ps.back().text).empty()) ps.pop_back();
        size_t i = 0;
        while (i < c.paragraphs.size() && text::squash(c.paragraphs[i].text).empty()) ++i;
        if (i < c.paragraphs.size() && !ps.empty() && !numbered(c.paragraphs[i].text)) {
            size_t total = filled_paragraphs(*into) + filled_paragraphs(c);
            bool join = month_awaits_year(ps.back().text, c.paragraphs[i].text) ||
                        (milestones >= 2 && c.col != ac && (total == milestones + 1 || total == milestones)
                             ? total == milestones + 1
                             : goes_on(ps.back().text, c.paragraphs[i], status_column));
            if (join) ps.back().text += " " + c.paragraphs[i++].text;
        }
        for (; i < c.paragraphs.size(); ++i) ps.push_back(c.paragraphs[i]);
        if (into->fill.empty()) into->fill = c.fill;  // the status fill may be on either part
        c.paragraphs.clear();
        c.tables.clear();
        if (c.col == ac && std::all_of(ps.begin(), ps.end(), [](const Paragraph& p) { return numbered(p.text); }))
            milestones = ps.size();
    }
    std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.col < b.col; });
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
