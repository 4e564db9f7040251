// stream_tables.cpp — unruled tables from text aligned in columns.
//
//   1. runs of lines with two or more chunks (text apart by wide gaps) are regions; wrapped lines inside and
//      right after them belong to them, a heading ends them
//   2. a region's columns are the whitespace rivers its tabular lines share
//   3. each line is a row unless it continues the row above: no rule between them (rows ruled), or a tight
//      step of wrapped text where rows are spaced wider, or a shaded cell holding both (rows unruled); a
//      shaded cell ending between two lines ends the row; a ruled group of short entries is rows of data
//   4. a cell's fill is the dominant colour of the page's paint in it
#include "importers/pdf/stream_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "importers/pdf/paragraphs.h"
#include "importers/pdf/row_steps.h"
#include "importers/pdf/table_cells.h"

namespace planport::pdf {
namespace {

struct Region {
    size_t first, last;  // inclusive line indices
};

// A word of two letters or more (a heading has one; a page number in the margin has none).
bool has_word_of_letters(const Line& line) {
    for (const auto& w : line.words) {
        size_t letters = 0;
        for (unsigned char c : w.text) letters += std::isalpha(c) ? 1 : 0;
        if (letters >= 2) return true;
    }
    return false;
}

std::vector<Region> stream_regions(const std::vector<Line>& lines, const std::vector<std::vector<Chunk>>& chunks) {
    std::vector<Region> out;
    size_t n = lines.size(), i = 0;
    while (i < n) {
        if (chunks[i].size() < 2) {
            ++i;
            continue;
        }
        size_t last_tab = i, last_multi = i, tabular = 1;
        double second_column = chunks[i][1].x0;  // where the region's columns after the first start, at the least
        for (size_t k = i + 1; k < n; ++k) {
            double size = std::max(lines[k].font_size, lines[k - 1].font_size);
            if (lines[k].y0 - lines[k - 1].y1 > 2.0 * size || lines[k].y0 < lines[k - 1].y0) break;
            if (chunks[k].size() >= 2) {
                last_tab = last_multi = k, ++tabular;
                second_column = std::min(second_column, chunks[k][1].x0);
                continue;
            }
            // A heading (one run of text, larger than the table's) ends the region; a line of a later column
            // (starting at or right of where the region's second column starts) at the tight step of wrapped
            // text is a cell's text running on below the others (a long cell in the middle of a row whose
            // last cells ended sooner).
            if (lines[k].font_size > 1.2 * lines[last_multi].font_size && has_word_of_letters(lines[k])) break;
            bool later_column = lines[k].x0 >= second_column - 2;
            if (later_column && lines[k].y0 - lines[k - 1].y1 < 0.6 * lines[k - 1].font_size) last_tab = k;
            else if (k - last_tab > 2) break;
        }
        // Wrapped text of the last row: following lines at a tight step, not left of the region.
        size_t last = last_tab;
        while (last + 1 < n && lines[last + 1].y0 - lines[last].y1 < 0.6 * lines[last].font_size &&
               lines[last + 1].x0 >= lines[i].x0 - 2 && chunks[last + 1].size() == 1)
            ++last;
        if (tabular >= 2) out.push_back({i, last});
        i = last + 1;
    }
    return out;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double em_of(const Line& l) { return std::max(4.0, l.font_size); }

using LineCells = std::vector<std::vector<TextBox>>;  // one line's words per column

// Rows evenly spaced with their wrapped lines (no padding to tell them apart): a line goes on the row above
// when at least half of its cells begin with a small letter under text in the same column (a cell's first
// word is capitalised, a number or a ref; the rest of a sentence is not). Empty when no line does.
std::vector<char> lowercase_runs_on(const std::vector<LineCells>& cells, const std::vector<Line>& lines) {
    size_t n = lines.size(), ncols = cells.empty() ? 0 : cells[0].size();
    std::vector<char> starts(n, 1);
    bool any = false;
    for (size_t k = 1; k < n; ++k) {
        size_t opened = 0, lower = 0;
        for (size_t c = 0; c < ncols; ++c) {
            if (cells[k][c].empty()) continue;
            ++opened;
            if (starts_in_small_letters(cells[k][c].front().text) && !cells[k - 1][c].empty()) ++lower;
        }
        if (opened > 0 && lower > 0 && 2 * lower >= opened) starts[k] = 0, any = true;
    }
    if (!any) return {};
    return starts;
}

// Rows of a table whose cells wrap, unruled: in each column, two of its lines one after the other at the
// tight step of wrapped text, starting where the upper one starts (or under a list item's text) and its
// first word too wide for the room left on it, belong to one cell (short entries stacked tight are rows of
// their own); a line opening two cells or more (the other cells top-aligned with it) or the first column's
// starts a row unless more of its columns go on from the line above (or run across its top) that way than
// open a cell on it; where rows are padded apart (padded_row_steps) a wide step always starts one. The
// lines of neighbouring cells need not share baselines (a cell's paragraphs spaced apart shift its lines).
// Steps (top to top) are tight when they are at most a quarter em above the smallest step of the table's
// columns. A table with no step between consecutive lines wider by 0.6 em is read by its words
// (lowercase_runs_on).
std::vector<char> wrapped_cell_rows(const std::vector<LineCells>& cells, const std::vector<Line>& lines,
                                    const std::vector<double>& col_x) {
    size_t n = lines.size();
    if (n < 3 || cells.size() != n) return {};
    size_t ncols = cells[0].size();
    std::vector<std::vector<char>> has(n, std::vector<char>(ncols, 0));
    std::vector<double> right(ncols, -1e18);  // where each column's text ends at the most
    for (size_t k = 0; k < n; ++k)
        for (size_t c = 0; c < ncols; ++c) {
            has[k][c] = !cells[k][c].empty();
            for (const auto& w : cells[k][c]) right[c] = std::max(right[c], w.x1);
        }
    // The room of a column runs to the next column's start (its text's end, for the last column), unless
    // the column holds wrapped prose: three lines of three words or more ending within an em of its longest
    // line show the room, the cells' padding short of the next column.
    for (size_t c = 0; c + 1 < ncols && c + 1 < col_x.size(); ++c) {
        size_t full_lines = 0;
        for (size_t k = 0; k < n; ++k)
            full_lines += cells[k][c].size() >= 3 && cells[k][c].back().x1 >= right[c] - em_of(lines[k]);
        if (full_lines >= 3) continue;
        double next = 1e18;
        for (size_t k = 0; k < n; ++k)
            if (!cells[k][c + 1].empty()) next = std::min(next, cells[k][c + 1].front().x0);
        if (next < 1e17) right[c] = std::max(right[c], next - 0.5 * em_of(lines[0]));
    }
    std::vector<double> sizes;
    for (const auto& l : lines) sizes.push_back(l.font_size);
    std::sort(sizes.begin(), sizes.end());
    double em = std::max(4.0, sizes[sizes.size() / 2]);
    // per column: its lines' indices, and the steps between consecutive ones (top to top: the boxes of one
    // font's words differ in height, so the gaps between them say less)
    std::vector<std::vector<size_t>> in_col(ncols);
    for (size_t k = 0; k < n; ++k)
        for (size_t c = 0; c < ncols; ++c)
            if (has[k][c]) in_col[c].push_back(k);
    std::vector<double> steps;
    for (const auto& ks : in_col)
        for (size_t i = 1; i < ks.size(); ++i) steps.push_back(lines[ks[i]].y0 - lines[ks[i - 1]].y0);
    if (steps.size() < 2) return {};
    std::sort(steps.begin(), steps.end());
    double smallest = steps[steps.size() / 10];
    double tight = smallest + 0.25 * em;
    // Line b goes on line a's text in column c: its first word would not have fitted after a's last one.
    // Wrapped lines start alike, or under the text after a list item's bullet or number (a hanging indent).
    auto wrapped = [&](size_t a, size_t b, size_t c) {
        const auto& wa = cells[a][c];
        const auto& wb = cells[b][c];
        bool alike = std::abs(wb.front().x0 - wa.front().x0) <= 2;
        bool hanging = false, in_item = false;  // b goes on a list item: under its text, or under its bullet
        // The item's first line is a or one of the three lines above it, each at the tight step of the next.
        for (size_t i = a, up = 0; up < 4 && !hanging && !in_item; --i, ++up) {
            const auto& wi = cells[i][c];
            if (wi.empty()) break;
            bool item = wi.size() >= 2 && list_label_like(wi.front().text);
            hanging = item && std::abs(wb.front().x0 - wi[1].x0) <= 2;
            in_item = item && alike && !list_label_like(wb.front().text);
            if (i == 0 || std::abs(wi.front().x0 - wb.front().x0) > 2 || cells[i - 1][c].empty() ||
                lines[i].y0 - lines[i - 1].y0 > tight)
                break;
        }
        if (!alike && !hanging) return false;
        if (in_item) return true;  // a new item would open with its own bullet
        double first = wb.front().x1 - wb.front().x0;
        return wa.back().x1 + 0.25 * em_of(lines[a]) + first > right[c] + 1;
    };
    // Rows spaced wider than lines: some step from one line of the table to the next is wide (a column's
    // steps over its empty cells say nothing of that).
    bool wide = false;
    for (size_t k = 1; k < n; ++k) wide = wide || lines[k].y0 - lines[k - 1].y0 >= smallest + 0.6 * em;
    if (!wide) return lowercase_runs_on(cells, lines);
    // Any two lines of one cell in a row; there must be wrapped text for this reading to apply.
    bool wraps = false;
    for (double g : steps) wraps = wraps || g <= tight;
    if (!wraps) return {};
    auto wide_step = padded_row_steps(lines);
    bool padded = !wide_step.empty();
    // Every row padded apart opens its first cell (a ref or a label column): a line that does not, at a
    // narrow step, is no row of its own.
    bool first_opens = padded;
    for (size_t k = 1; k < n && padded; ++k)
        if (wide_step[k]) first_opens = first_opens && has[k][0];
    std::vector<char> starts(n, 0);
    starts[0] = 1;
    for (size_t k = 1; k < n; ++k) {
        double y = lines[k].y0;
        size_t opened = 0;
        for (size_t c = 0; c < ncols; ++c) opened += has[k][c];
        if (opened < 2 && !has[k][0]) continue;
        // Columns whose text goes on from the line above (wrapped) against columns opening a cell here.
        size_t going_on = 0, fresh = 0, prose_on = 0;
        for (size_t c = 0; c < ncols; ++c) {
            const auto& ks = in_col[c];
            bool on = false, prose = false;
            for (size_t i = 1; i < ks.size() && !on; ++i)
                if (lines[ks[i - 1]].y0 < y - 0.5 && lines[ks[i]].y0 >= y - 0.5 &&
                    lines[ks[i]].y0 - lines[ks[i - 1]].y0 <= tight && wrapped(ks[i - 1], ks[i], c)) {
                    on = true;
                    prose = cells[ks[i - 1]][c].size() >= 2 || cells[ks[i]][c].size() >= 2;
                }
            going_on += on;
            prose_on += prose;
            fresh += has[k][c] && !on;
        }
        // Rows padded apart: a wide step starts a row, whatever goes on across it; a narrow one is held by
        // more columns of wrapped words (two words or more on either line; the room of the last column is a
        // guess, one word running on there says little) than open a cell on it, or as many when the first
        // column opens nothing; or by the first column, where every padded row opens it.
        // A list item opening nothing but the first cell, at a narrow step, is that cell's next paragraph.
        bool list_item = opened == 1 && has[k][0] && list_label_like(cells[k][0].front().text);
        // Every cell on it going on in small letters from text right above (a label wrapped short of its room):
        // no row opens in small letters.
        bool small_on = opened > 0;
        for (size_t c = 0; c < ncols; ++c)
            if (has[k][c]) small_on = small_on && has[k - 1][c] && starts_in_small_letters(cells[k][c].front().text);
        bool held = padded ? !wide_step[k] && ((first_opens && !has[k][0]) || list_item || small_on ||
                                               (prose_on > 0 && (prose_on > fresh || (prose_on == fresh && !has[k][0]))))
                           : going_on > fresh || small_on;
        starts[k] = !held;
    }
    return starts;
}

struct RowWords {
    std::vector<std::vector<TextBox>> cols;
    double y0, y1;
};

FoundTable empty_table(const std::vector<double>& col_x, int page) {
    FoundTable ft;
    ft.col_x = col_x;
    ft.table.page = page;
    ft.table.columns = int(col_x.size()) - 1;
    return ft;
}

// The table of rows made word by word between row rules (stream_table, below), with the cells merged over
// a rule as one cell spanning the rows.
FoundTable banded_table(std::vector<RowWords>& per_line, const std::vector<double>& bands,
                        const std::vector<std::vector<char>>& merged, const std::vector<double>& col_x,
                        const PaintMap& paint, int page) {
    int ncols = int(col_x.size()) - 1;
    size_t nb = bands.size() + 1;
    std::vector<RowWords> band(nb, RowWords{std::vector<std::vector<TextBox>>(size_t(ncols)), 1e18, -1e18});
    std::vector<std::vector<int>> span(nb, std::vector<int>(size_t(ncols), 1));  // bands a cell covers
    for (size_t b = nb; b-- > 1;)
        for (size_t c = 0; c < size_t(ncols); ++c)
            if (merged[b][c]) span[b - 1][c] = span[b][c] + 1;
    for (auto& pl : per_line)
        for (int c = 0; c < ncols; ++c)
            for (auto& w : pl.cols[size_t(c)]) {
                double mid = (w.y0 + w.y1) / 2;
                size_t b = size_t(std::upper_bound(bands.begin(), bands.end(), mid) - bands.begin()), a = b;
                while (a > 0 && merged[a][size_t(c)]) --a;
                band[b].y0 = std::min(band[b].y0, w.y0), band[b].y1 = std::max(band[b].y1, w.y1);
                band[a].cols[size_t(c)].push_back(std::move(w));
            }
    // Bands with no words (above the header, a rule doubled) are no rows; a span counts the rows it covers.
    std::vector<int> row_of(nb, -1);
    int nrows = 0;
    for (size_t b = 0; b < nb; ++b)
        if (band[b].y0 <= band[b].y1) row_of[b] = nrows++;
    FoundTable ft = empty_table(col_x, page);
    Table& t = ft.table;
    double top = 1e18, bottom = -1e18;
    for (const auto& b : band)
        if (b.y0 <= b.y1) top = std::min(top, b.y0), bottom = std::max(bottom, b.y1);
    t.bbox = BBox{col_x.front(), top, col_x.back(), bottom};
    std::vector<int> covered_until(size_t(ncols), -1);  // last row a span from above covers, per column
    for (size_t b = 0; b < nb; ++b) {
        if (row_of[b] < 0) continue;
        int r = row_of[b];
        Row row;
        row.page = page;
        for (int c = 0; c < ncols; ++c) {
            if (covered_until[size_t(c)] >= r) continue;
            size_t last = b;
            for (size_t k = b + 1; k < nb && k < b + size_t(span[b][size_t(c)]); ++k)
                if (row_of[k] >= 0) last = k;
            Cell cell = make_cell(band[b].cols[size_t(c)], page);
            cell.row = r, cell.col = c, cell.rowspan = row_of[last] - r + 1;
            covered_until[size_t(c)] = row_of[last];
            double y0 = b == 0 ? band[b].y0 : bands[b - 1], y1 = last < bands.size() ? bands[last] : band[last].y1;
            cell.fill = dominant_fill(paint, col_x[size_t(c)], y0, col_x[size_t(c) + 1], y1);
            row.cells.push_back(std::move(cell));
        }
        t.rows.push_back(std::move(row));
    }
    return ft;
}

FoundTable stream_table(const std::vector<Line>& lines, const std::vector<double>& col_x, const Rules& rules,
                        const PaintMap& paint, int page) {
    int ncols = int(col_x.size()) - 1;
    double x0 = col_x.front(), x1 = col_x.back();
    // Horizontal rules across most of the table separate its rows when there are any inside it: a drawn
    // one, or the edges of two fills or more (stripes; a header bar's edges alone say nothing of the rows
    // below it). The upper or lower edge of a fill across a whole column (a shaded cell) is a row
    // boundary too, but a row may go on where there is none.
    // Fill edges count as row rules only where fills run across (nearly) the whole table, as stripes do:
    // the edges of shaded cells in some columns (a RAG column, coloured action cells) say where those cells
    // end, and bound rows below as cell edges, but rows without shading have none.
    std::vector<double> row_rules;
    size_t drawn = 0, fill_edges = 0;
    double header_rule = -1e18;
    auto inside = [&](const Segment& s) { return s.y0 > lines.front().y1 - 1 && s.y0 < lines.back().y0 + 1; };
    std::vector<Segment> edges;  // fill edges inside the table, collinear ones joined
    for (const auto& s : rules.horizontal) {
        if (!(s.x0 < x1 && s.x1 > x0 && inside(s))) continue;
        if (!s.fill_edge) {
            if (s.x1 - s.x0 >= 0.6 * (x1 - x0)) row_rules.push_back(s.y0), ++drawn;
            continue;
        }
        edges.push_back(s);
    }
    std::sort(edges.begin(), edges.end(), [](const Segment& a, const Segment& b) {
        return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
    });
    // A shaded cell merged over the rows (zebra stripes, a shaded merged cell) carries the stripes' edges
    // across its column.
    for (size_t i = 0; i < edges.size();) {
        double y = edges[i].y0, covered = 0, reach = -1e18;
        size_t j = i;
        while (j < edges.size() && edges[j].y0 - y <= 1) ++j;
        std::vector<std::pair<double, double>> spans;
        for (size_t k = i; k < j; ++k) spans.push_back({edges[k].x0, edges[k].x1});
        for (const auto& f : rules.fills)
            if (f.y0 < y - 1 && f.y1 > y + 1) spans.push_back({f.x0, f.x1});
        std::sort(spans.begin(), spans.end());
        for (const auto& [from, to] : spans) {
            double a = std::max({from, reach, x0}), b = std::min(to, x1);
            if (b > a) covered += b - a;
            reach = std::max(reach, to);
        }
        if (covered >= 0.9 * (x1 - x0)) row_rules.push_back(y), ++fill_edges;
        i = j;
    }
    // One drawn rule alone, among the first four lines, is the rule under the header: the rows below it
    // are unruled, the lines above it the header, one row.
    bool header_rule_only = false;
    if (drawn == 1) {
        double y = 1e18;
        for (const auto& s : rules.horizontal)
            if (!s.fill_edge && s.x1 - s.x0 >= 0.6 * (x1 - x0) && s.x0 < x1 && s.x1 > x0 && inside(s)) y = std::min(y, s.y0);
        const Line& fourth = lines[std::min<size_t>(3, lines.size() - 1)];
        header_rule_only = y < (fourth.y0 + fourth.y1) / 2;  // a glyph's box may reach over the rule above it
        if (lines.size() >= 5 && header_rule_only) header_rule = y, drawn = 0;
    }
    bool ruled_rows = drawn >= 1 || fill_edges >= 3;
    // No rule between its rows (a rule under the header aside): a cell merged over rows cannot be seen.
    bool borderless = fill_edges < 3 && (drawn == 0 || header_rule_only);

    std::vector<RowWords> per_line;
    for (const auto& line : lines) {
        std::vector<std::vector<TextBox>> cols(ncols);
        for (const auto& w : line.words) cols[index_of(col_x, (w.x0 + w.x1) / 2)].push_back(w);
        per_line.push_back({std::move(cols), line.y0, line.y1});
    }
    // A fill across a column covers (nearly) all of the column's text from left to right: a shaded cell,
    // not a highlighted word.
    std::vector<std::pair<double, double>> span(ncols, {1e18, -1e18});
    for (const auto& pl : per_line)
        for (int c = 0; c < ncols; ++c)
            for (const auto& w : pl.cols[c]) span[c] = {std::min(span[c].first, w.x0), std::max(span[c].second, w.x1)};
    auto covers = [&](int c, double a, double b) {
        if (span[c].first > span[c].second) return false;
        return std::min(b, span[c].second) - std::max(a, span[c].first) >= 0.9 * (span[c].second - span[c].first);
    };
    std::vector<double> cell_edges;
    for (const auto& s : rules.horizontal) {
        if (!s.fill_edge || !inside(s)) continue;
        for (int c = 0; c < ncols; ++c)
            if (covers(c, s.x0, s.x1)) {
                cell_edges.push_back(s.y0);
                break;
            }
    }
    auto between = [](const std::vector<double>& ys, const Line& a, const Line& b) {
        for (double y : ys)
            if (y >= a.y1 - 1 && y <= b.y0 + 1) return true;
        return false;
    };
    auto rule_between = [&](const Line& a, const Line& b) {
        return between(row_rules, a, b) || between(cell_edges, a, b);
    };
    // Line steps: a wrapped line inside a cell follows at a tighter step than a new row.
    std::vector<double> steps;
    for (size_t k = 1; k < lines.size(); ++k) steps.push_back(lines[k].y0 - lines[k - 1].y0);
    double min_step = steps.empty() ? 0 : *std::min_element(steps.begin(), steps.end());
    double max_step = steps.empty() ? 0 : *std::max_element(steps.begin(), steps.end());
    bool bimodal = min_step > 0 && max_step > 1.3 * min_step;

    // A line continues the row above when no rule separates them (rows ruled), or when its first cell is
    // empty and it follows at the tight step of wrapped text (rows spaced wider than lines).
    std::vector<char> continues(lines.size(), 0);
    std::vector<LineCells> line_cells;
    for (const auto& pl : per_line) line_cells.push_back(pl.cols);
    auto cell_starts = wrapped_cell_rows(line_cells, lines, col_x);
    for (size_t k = 1; k < lines.size(); ++k) {
        if (ruled_rows) continues[k] = !rule_between(lines[k - 1], lines[k]);
        else if (!cell_starts.empty()) continues[k] = !cell_starts[k] && !rule_between(lines[k - 1], lines[k]);
        else if (bimodal && lines[k].y0 - lines[k - 1].y0 <= 1.15 * min_step && !rule_between(lines[k - 1], lines[k])) {
            // Wrapped text in the other cells, or the rest of a wrapped first cell (a line at the tight step of
            // wrapped text is no new row when rows are spaced wider).
            bool label_only = !per_line[k].cols[0].empty();
            for (int c = 1; c < ncols && label_only; ++c) label_only = per_line[k].cols[c].empty();
            continues[k] = per_line[k].cols[0].empty() || label_only;
        }
        // A shaded cell holding this line and the one above keeps them in one row when the line's words all
        // lie in such cells (a wrapped line of a striped row, a second paragraph of a shaded cell) or its
        // first cell is empty (the rest of a row whose progress cell is shaded: a list under a lead-in), or
        // most of its cells go on text of the line above inside shaded cells.
        if (!ruled_rows && !continues[k] && !rule_between(lines[k - 1], lines[k])) {
            auto held = [&](int c) {
                for (const auto& f : rules.fills)
                    if (f.y0 <= lines[k - 1].y0 + 1 && f.y1 >= lines[k].y1 - 1 && covers(c, f.x0, f.x1)) return true;
                return false;
            };
            bool all_held = true, any_held = false;
            size_t cells_here = 0, held_on = 0;  // the line's cells, and those a shaded cell holds with the line above's
            for (int c = 0; c < ncols; ++c) {
                bool h = held(c);
                any_held = any_held || h;
                if (per_line[k].cols[c].empty()) continue;
                all_held = all_held && h;
                ++cells_here;
                held_on += h && !per_line[k - 1].cols[c].empty();
            }
            // Or most of its cells go on inside shaded cells (a row shaded in its action columns only).
            continues[k] = any_held && (all_held || per_line[k].cols[0].empty() || 2 * held_on > cells_here);
        }
    }
    if (!ruled_rows)
        for (size_t k = 1; k < lines.size(); ++k)
            if (lines[k].y1 <= header_rule + 1) continues[k] = 1;
    // A ruled group of four lines or more made of short entries is a block of unruled data rows.
    if (ruled_rows) {
        for (size_t a = 0; a < lines.size();) {
            size_t b = a + 1;
            while (b < lines.size() && continues[b]) ++b;
            size_t cells_total = 0, short_cells = 0;
            for (size_t k = a; k < b; ++k)
                for (int c = 0; c < ncols; ++c) {
                    const auto& ws = per_line[k].cols[c];
                    if (ws.empty()) continue;
                    ++cells_total;
                    if (ws.size() == 1 || ws.back().x1 - ws.front().x0 < 0.6 * (col_x[c + 1] - col_x[c])) ++short_cells;
                }
            if (b - a >= 4 && short_cells >= 0.8 * double(cells_total))
                for (size_t k = a + 1; k < b; ++k)
                    continues[k] = bimodal && per_line[k].cols[0].empty() &&
                                   lines[k].y0 - lines[k - 1].y0 <= 1.15 * min_step;
            a = b;
        }
    }
    // Rows ruled by stripes, with a shaded cell merged down over a row rule (a rowspan printed once, shaded as
    // its first row): its lines straddle the rule, so rows are made word by word. Each word goes to the band
    // between row rules its middle lies in; in a column whose shaded cell runs across the rule above the band,
    // to the cell that opened above it.
    std::vector<double> bands;  // the row rules inside the table, top to bottom
    if (ruled_rows) {
        for (double y : row_rules)
            if (y > lines.front().y0 && y < lines.back().y1) bands.push_back(y);
        std::sort(bands.begin(), bands.end());
        bands.erase(std::unique(bands.begin(), bands.end(), [](double a, double b) { return b - a < 1; }), bands.end());
    }
    // merged[b][c]: column c's cell runs across the rule above band b
    std::vector<std::vector<char>> merged(bands.size() + 1, std::vector<char>(size_t(ncols), 0));
    bool any_merged = false;
    for (size_t b = 1; b <= bands.size(); ++b)
        for (int c = 0; c < ncols; ++c)
            for (const auto& f : rules.fills)
                if (f.y0 < bands[b - 1] - 1 && f.y1 > bands[b - 1] + 1 && covers(c, f.x0, f.x1))
                    merged[b][size_t(c)] = 1, any_merged = true;
    if (any_merged) return banded_table(per_line, bands, merged, col_x, paint, page);

    std::vector<RowWords> rows;
    for (size_t k = 0; k < lines.size(); ++k) {
        if (continues[k] && !rows.empty()) {
            auto& r = rows.back();
            for (int c = 0; c < ncols; ++c)
                for (auto& w : per_line[k].cols[c]) r.cols[c].push_back(std::move(w));
            r.y1 = std::max(r.y1, per_line[k].y1);
        } else {
            rows.push_back(std::move(per_line[k]));
        }
    }

    FoundTable ft = empty_table(col_x, page);
    Table& t = ft.table;
    t.borderless = borderless;
    double top = 1e18, bottom = -1e18;
    for (const auto& l : lines) top = std::min(top, l.y0), bottom = std::max(bottom, l.y1);
    t.bbox = BBox{x0, top, x1, bottom};
    for (size_t r = 0; r < rows.size(); ++r) {
        Row row;
        row.page = page;
        double ry0 = r == 0 ? rows[r].y0 : (rows[r - 1].y1 + rows[r].y0) / 2;
        double ry1 = r + 1 == rows.size() ? rows[r].y1 : (rows[r].y1 + rows[r + 1].y0) / 2;
        for (int c = 0; c < ncols; ++c) {
            Cell cell = make_cell(rows[r].cols[c], page);
            cell.row = int(r), cell.col = c;
            cell.fill = dominant_fill(paint, col_x[c], ry0, col_x[c + 1], ry1);
            row.cells.push_back(std::move(cell));
        }
        t.rows.push_back(std::move(row));
    }
    return ft;
}

}  // namespace

bool list_label_like(const std::string& w) {
    if (is_bullet(w)) return true;
    if (w.size() < 2 || w.size() > 5) return false;
    size_t start = w[0] == '(' ? 1 : 0;
    char last = w.back();
    if (last != '.' && last != ')') return false;
    for (size_t i = start; i + 1 < w.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(w[i]))) return false;
    return w.size() - 1 > start;
}

std::vector<double> stream_columns(const std::vector<Line>& lines) {
    if (lines.empty()) return {};
    double x0 = 1e18, x1 = -1e18;
    std::vector<double> sizes;
    for (const auto& l : lines) {
        x0 = std::min(x0, l.x0), x1 = std::max(x1, l.x1);
        sizes.push_back(l.font_size);
    }
    double em = std::max(4.0, median(sizes));
    const double bin = 0.25;
    size_t nbins = size_t((x1 - x0) / bin) + 2;
    if (nbins > 100000) return {};
    std::vector<int> count(nbins, 0);
    for (const auto& l : lines) {
        std::vector<char> hit(nbins, 0);
        for (const auto& w : l.words)
            for (size_t b = size_t((w.x0 - x0) / bin); b < nbins && x0 + b * bin < w.x1; ++b) hit[b] = 1;
        for (size_t b = 0; b < nbins; ++b) count[b] += hit[b];
    }
    int allowance = int(lines.size()) / 7;
    std::vector<double> edges{x0};
    size_t b = 0;
    while (b < nbins) {
        if (count[b] > allowance) {
            ++b;
            continue;
        }
        size_t e = b;
        while (e < nbins && count[e] <= allowance) ++e;
        double a = x0 + b * bin, z = x0 + e * bin;
        // Narrow gaps count when many lines share them; with few lines a chance alignment of spaces is likely.
        double min_width = lines.size() >= 4 ? 0.3 * em : 0.6 * em;
        if (b > 0 && e < nbins && z - a >= min_width) edges.push_back((a + z) / 2);
        b = e;
    }
    edges.push_back(x1);
    if (edges.size() < 3) return {};
    return edges;
}

namespace {

// The words of lines fit column edges when the lines lie within the outer edges and no more than one line
// in seven has a word across an inner edge (as stream_columns allows across a gap).
bool fits_columns(const std::vector<Line>& lines, const std::vector<double>& col_x) {
    if (col_x.size() < 3 || lines.empty()) return false;
    size_t crossing = 0;
    for (const auto& l : lines) {
        if (l.x0 < col_x.front() - 6 || l.x1 > col_x.back() + 6) return false;
        bool across = false;
        for (const auto& w : l.words)
            for (size_t i = 1; i + 1 < col_x.size(); ++i) across = across || (w.x0 < col_x[i] - 1 && w.x1 > col_x[i] + 1);
        crossing += across;
    }
    return crossing <= lines.size() / 7;
}

}  // namespace

std::vector<FoundTable> stream_tables(const std::vector<Line>& lines, const Rules& rules, const PaintMap& paint,
                                      int page, std::vector<char>& used, const std::vector<double>& carried_columns) {
    std::vector<FoundTable> out;
    used.assign(lines.size(), 0);
    std::vector<std::vector<Chunk>> chunks;
    for (const auto& l : lines) {
        chunks.push_back(split_chunks(l));
        // A bullet or a list number set apart by a tab is a list item, not a first column.
        auto& cs = chunks.back();
        if (cs.size() >= 2 && cs[0].words.size() == 1 && list_label_like(cs[0].words[0].text)) {
            cs[1].words.insert(cs[1].words.begin(), cs[0].words[0]);
            cs[1].x0 = cs[0].x0;
            cs.erase(cs.begin());
        }
    }
    for (const auto& region : stream_regions(lines, chunks)) {
        std::vector<Line> block(lines.begin() + long(region.first), lines.begin() + long(region.last) + 1);
        std::vector<Line> tabular;
        for (size_t k = region.first; k <= region.last; ++k)
            if (chunks[k].size() >= 2) tabular.push_back(lines[k]);
        auto col_x = stream_columns(tabular);
        // The page's first lines, a table's continuation: the columns of the table on the page before.
        bool first_lines = true;
        for (size_t k = 0; k < region.first; ++k) first_lines = first_lines && used[k];
        if (first_lines && fits_columns(block, carried_columns)) col_x = carried_columns;
        if (col_x.empty()) continue;
        for (const auto& l : block) col_x.front() = std::min(col_x.front(), l.x0), col_x.back() = std::max(col_x.back(), l.x1);
        out.push_back(stream_table(block, col_x, rules, paint, page));
        for (size_t k = region.first; k <= region.last; ++k) used[k] = 1;
    }
    return out;
}

}  // namespace planport::pdf
