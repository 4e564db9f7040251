// ruled_tables.cpp — the rule grid (groups of crossing rules), its cells and spans, and data blocks inside it.
//
//   1. crossing rules group into grids; the grid spans where both kinds of rule are
//   2. a grid row holding a block of data lines (figures under a ruled header) becomes one row per line,
//      its unruled sub-columns refining the grid
//   3. each grid position joins its neighbour where the rule between them is missing (colspan, rowspan)
//   4. words go to the cell under their middle; a word is cut at a rule beside it
#include "importers/pdf/ruled_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "importers/pdf/paragraphs.h"
#include "importers/pdf/row_steps.h"
#include "importers/pdf/table_cells.h"

namespace planport::pdf {
namespace {

struct UnionFind {
    std::vector<int> p;
    explicit UnionFind(size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
    int find(int x) { return p[x] == x ? x : p[x] = find(p[x]); }
    void join(int a, int b) { p[find(a)] = find(b); }
};

// The text lines of a ruled row when the row is really a block of unruled data rows (a frame with a ruled
// header over a list of values): at least four lines; a label column (first or last) and one more column
// with an entry on most lines; few lines of prose (words filling the cell, as wrapped text does); no
// bullets; digits on many lines (a header's cells wrap words instead). Empty when the row is one row.
std::vector<Line> data_bands(const std::vector<std::vector<TextBox>>& cols, const std::vector<double>& widths) {
    size_t lines_total = 0, short_lines = 0, digit_lines = 0;
    std::vector<size_t> per_col;
    std::vector<TextBox> all;
    for (size_t i = 0; i < cols.size(); ++i) {
        auto lines = build_lines(cols[i]);
        per_col.push_back(lines.size());
        for (const auto& l : lines) {
            // A bulleted item ("• Train staff"), not a dash standing for a missing figure.
            if (is_bullet(l.words.front().text) && l.words.size() > 1 &&
                std::isalpha(static_cast<unsigned char>(l.words[1].text[0])))
                return {};
            ++lines_total;
            size_t lettered = 0, numbered = 0;
            for (const auto& w : l.words) {
                bool letter = false, digit = false;
                for (unsigned char ch : w.text) letter = letter || std::isalpha(ch) || ch >= 0x80, digit = digit || std::isdigit(ch);
                lettered += letter, numbered += digit;
            }
            // Prose: several words of letters filling the cell (dot leaders and figures are not).
            bool prose = l.x1 - l.x0 >= 0.6 * widths[i] && lettered >= 3 && 2 * numbered < l.words.size();
            if (!prose) ++short_lines;
            if (numbered > 0) ++digit_lines;
        }
        all.insert(all.end(), cols[i].begin(), cols[i].end());
    }
    if (lines_total == 0 || short_lines < 0.75 * double(lines_total) || digit_lines < 0.4 * double(lines_total))
        return {};
    auto bands = build_lines(all);
    if (bands.size() < 4) return {};
    auto full = [&](size_t n) { return n >= 3 && double(n) >= 0.6 * double(bands.size()); };
    size_t full_cols = 0, first = cols.size(), last = 0;
    for (size_t i = 0; i < cols.size(); ++i) {
        if (full(per_col[i])) ++full_cols;
        if (per_col[i] > 0) first = std::min(first, i), last = i;
    }
    if (full_cols < 2 || first >= cols.size() || (!full(per_col[first]) && !full(per_col[last]))) return {};
    return bands;
}

}  // namespace

FoundTable ruled_table(const RuleGrid& grid, std::vector<TextBox>& pool, const PaintMap& paint, int page,
                       std::vector<FoundTable>& nested) {
    std::vector<TextBox> inside, outside;
    for (auto& w : pool) {
        double cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
        bool in = cx > grid.xs.front() && cx < grid.xs.back() && cy > grid.ys.front() && cy < grid.ys.back();
        (in ? inside : outside).push_back(std::move(w));
    }
    pool = std::move(outside);
    // Cut words only at rules that are there beside them (a spanning cell has none inside it).
    std::vector<TextBox> cut;
    for (const auto& w : inside) {
        double cy = (w.y0 + w.y1) / 2;
        std::vector<double> edges;
        for (size_t c = 1; c + 1 < grid.xs.size(); ++c)
            for (const auto& s : grid.vertical)
                if (std::abs(s.x0 - grid.xs[c]) <= kTol && s.y0 <= cy && s.y1 >= cy) {
                    edges.push_back(grid.xs[c]);
                    break;
                }
        for (auto& piece : split_at_edges({w}, edges)) cut.push_back(std::move(piece));
    }
    inside = std::move(cut);

    // Rows that are blocks of data lines; their unruled sub-columns refine the grid (as edges without rules,
    // so other rows span them).
    int nrows = int(grid.ys.size()) - 1;
    std::vector<std::vector<Line>> bands(nrows);
    std::vector<double> extra;
    for (int r = 0; r < nrows; ++r) {
        std::vector<std::vector<TextBox>> cols(grid.xs.size() - 1);
        std::vector<double> widths;
        for (const auto& w : inside) {
            double cy = (w.y0 + w.y1) / 2;
            if (index_of(grid.ys, cy) == r) cols[index_of(grid.xs, (w.x0 + w.x1) / 2)].push_back(w);
        }
        for (size_t c = 0; c + 1 < grid.xs.size(); ++c) widths.push_back(grid.xs[c + 1] - grid.xs[c]);
        bands[r] = data_bands(cols, widths);
        if (bands[r].empty()) continue;
        for (const auto& col : cols) {
            auto edges = stream_columns(build_lines(col));
            if (edges.size() > 2) extra.insert(extra.end(), edges.begin() + 1, edges.end() - 1);
        }
    }
    RuleGrid g = grid;
    for (double x : cluster(extra, kTol)) {
        bool near = false;
        for (double e : grid.xs) near = near || std::abs(e - x) <= 2 * kTol;
        if (!near) g.xs.push_back(x);
    }
    std::sort(g.xs.begin(), g.xs.end());

    int ncols = int(g.xs.size()) - 1;
    auto has_v = [&](int c, int r) {  // rule at xs[c] between ys[r] and ys[r+1]
        if (c == 0 || c == ncols) return true;
        std::vector<std::pair<double, double>> iv;
        for (const auto& s : g.vertical)
            if (std::abs(s.x0 - g.xs[c]) <= kTol) iv.push_back({s.y0, s.y1});
        return covered(iv, g.ys[r], g.ys[r + 1]) >= 0.5 * (g.ys[r + 1] - g.ys[r]);
    };
    auto has_h = [&](int r, int c) {  // rule at ys[r] between xs[c] and xs[c+1]
        if (r == 0 || r == nrows) return true;
        std::vector<std::pair<double, double>> iv;
        for (const auto& s : g.horizontal)
            if (std::abs(s.y0 - g.ys[r]) <= kTol) iv.push_back({s.x0, s.x1});
        return covered(iv, g.xs[c], g.xs[c + 1]) >= 0.5 * (g.xs[c + 1] - g.xs[c]);
    };
    std::vector<std::vector<int>> owner(nrows, std::vector<int>(ncols, -1));
    struct Anchor {
        int r, c, rs, cs;
    };
    std::vector<Anchor> anchors;
    for (int r = 0; r < nrows; ++r)
        for (int c = 0; c < ncols; ++c) {
            if (owner[r][c] >= 0) continue;
            int cs = 1;
            while (c + cs < ncols && !has_v(c + cs, r) && owner[r][c + cs] < 0) ++cs;
            int rs = 1;
            // A block of data rows stays a row of its own: nothing spans into or out of it.
            while (r + rs < nrows && bands[r].empty() && bands[r + rs].empty()) {
                bool open = true;
                for (int k = c; k < c + cs && open; ++k) open = !has_h(r + rs, k) && owner[r + rs][k] < 0;
                if (!open) break;
                ++rs;
            }
            for (int rr = r; rr < r + rs; ++rr)
                for (int cc = c; cc < c + cs; ++cc) owner[rr][cc] = int(anchors.size());
            anchors.push_back({r, c, rs, cs});
        }
    std::vector<std::vector<TextBox>> words(anchors.size());
    for (auto& w : inside) {
        double cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
        words[owner[index_of(g.ys, cy)][index_of(g.xs, cx)]].push_back(std::move(w));
    }

    FoundTable ft;
    ft.ruled = !grid.widened;  // a widened grid's outer edges are where its text ends, as a stream table's
    ft.col_x = g.xs;
    Table& t = ft.table;
    t.page = page;
    t.columns = ncols;
    t.bbox = BBox{g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()};
    for (int r = 0; r < nrows; ++r) {
        if (bands[r].empty()) {  // one row of cells
            Row row;
            row.page = page;
            for (size_t i = 0; i < anchors.size(); ++i) {
                const auto& a = anchors[i];
                if (a.r != r) continue;
                Cell cell = make_cell(words[i], page);
                cell.row = int(t.rows.size()), cell.col = a.c, cell.rowspan = a.rs, cell.colspan = a.cs;
                cell.fill = dominant_fill(paint, g.xs[a.c], g.ys[a.r], g.xs[a.c + a.cs], g.ys[a.r + a.rs]);
                for (size_t k = 0; k < nested.size();) {
                    const BBox& b = *nested[k].table.bbox;
                    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
                    if (cx > g.xs[a.c] && cx < g.xs[a.c + a.cs] && cy > g.ys[a.r] && cy < g.ys[a.r + a.rs]) {
                        cell.tables.push_back(std::move(nested[k].table));
                        nested.erase(nested.begin() + long(k));
                    } else {
                        ++k;
                    }
                }
                row.cells.push_back(std::move(cell));
            }
            t.rows.push_back(std::move(row));
            continue;
        }
        // A block of data rows: one row per text line, one cell per (refined) column.
        for (const auto& band : bands[r]) {
            Row row;
            row.page = page;
            std::vector<std::vector<TextBox>> mine(ncols);
            for (const auto& w : band.words) mine[index_of(g.xs, (w.x0 + w.x1) / 2)].push_back(w);
            for (int c = 0; c < ncols; ++c) {
                Cell cell = make_cell(mine[c], page);
                cell.row = int(t.rows.size()), cell.col = c;
                cell.fill = dominant_fill(paint, g.xs[c], band.y0, g.xs[c + 1], band.y1);
                row.cells.push_back(std::move(cell));
            }
            t.rows.push_back(std::move(row));
        }
    }
    // Rowspans count grid rows; they never cross a data block, so they count output rows as well.
    return ft;
}

// A short "rule" lying mostly over words is a glyph stroke (or strokes of letters on consecutive lines),
// not a table border; long rules stay even where text overflows onto them.
Rules without_glyph_strokes(const Rules& rules, const std::vector<TextBox>& boxes) {
    auto over_text = [&](const Segment& s) {
        bool horizontal = s.y0 == s.y1;
        double a = horizontal ? s.x0 : s.y0, z = horizontal ? s.x1 : s.y1;
        if (z - a >= 25) return false;
        std::vector<std::pair<double, double>> iv;
        for (const auto& b : boxes) {
            bool crosses = horizontal ? (s.y0 >= b.y0 - 1 && s.y0 <= b.y1 + 1) : (s.x0 >= b.x0 - 1 && s.x0 <= b.x1 + 1);
            if (crosses) iv.push_back(horizontal ? std::make_pair(b.x0 - 1, b.x1 + 1) : std::make_pair(b.y0 - 1, b.y1 + 1));
        }
        return covered(iv, a, z) > 0.6 * (z - a);
    };
    Rules out;
    out.fills = rules.fills;
    for (const auto& s : rules.horizontal)
        if (!over_text(s)) out.horizontal.push_back(s);
    for (const auto& s : rules.vertical)
        if (!over_text(s)) out.vertical.push_back(s);
    return out;
}

namespace {

// The words whose middle lies inside the box.
std::vector<TextBox> words_inside(const std::vector<TextBox>& words, double x0, double y0, double x1, double y1) {
    std::vector<TextBox> out;
    for (const auto& w : words) {
        double cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
        if (cx > x0 && cx < x1 && cy > y0 && cy < y1) out.push_back(w);
    }
    return out;
}

std::vector<TextBox> words_inside(const std::vector<TextBox>& words, const RuleGrid& g) {
    return words_inside(words, g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back());
}

// The lines of words that have two chunks or more (text set apart in columns).
std::vector<Line> tabular_lines(std::vector<TextBox> words) {
    std::vector<Line> out;
    for (auto& l : build_lines(std::move(words)))
        if (split_chunks(l).size() >= 2) out.push_back(std::move(l));
    return out;
}

// x positions a and b separate the same columns when no more lines have a word between them than
// stream_columns allows across a gap (one line in seven).
bool apart(const std::vector<Line>& tabular, double a, double b) {
    if (a > b) std::swap(a, b);
    size_t crossing = 0;
    for (const auto& l : tabular)
        for (const auto& w : l.words)
            if (w.x1 > a && w.x0 < b) {
                ++crossing;
                break;
            }
    return crossing <= tabular.size() / 7;
}

// A column edge at x drawn (as a fill edge) down each grid row that no word crosses; a row with a word
// across it (a header cell over two columns) spans the columns there.
void draw_column_edge(RuleGrid& grid, double x, const std::vector<TextBox>& words) {
    for (size_t r = 0; r + 1 < grid.ys.size(); ++r) {
        bool crossed = false;
        for (const auto& w : words) {
            double cy = (w.y0 + w.y1) / 2;
            if (cy > grid.ys[r] && cy < grid.ys[r + 1] && w.x0 < x - 0.5 && w.x1 > x + 0.5) crossed = true;
        }
        if (!crossed) grid.vertical.push_back({x, grid.ys[r], x, grid.ys[r + 1], true});
    }
}

// A grid whose rows the drawing does not separate: no drawn column rule inside it, and drawn rules
// between fewer than half of its rows (a rule under the header, or none; the rest are fill edges).
bool drawn_loosely(const RuleGrid& grid) {
    double x0 = grid.xs.front(), x1 = grid.xs.back(), y0 = grid.ys.front(), y1 = grid.ys.back();
    for (const auto& s : grid.vertical)
        if (!s.fill_edge && s.x0 > x0 + kTol && s.x0 < x1 - kTol) return false;
    std::vector<double> drawn;
    for (const auto& s : grid.horizontal)
        if (!s.fill_edge && s.y0 > y0 + kTol && s.y0 < y1 - kTol) drawn.push_back(s.y0);
    size_t rows = grid.ys.size() - 1;
    return cluster(drawn, kTol).size() * 2 < rows;
}

// True when most rows of the grid go on beside it: words left or right of the grid, their middle inside
// the row, starting at the row's first text line (cells are top-aligned). Shaded cells of a borderless table
// (a RAG column, coloured action cells) make a grid of only the shaded columns; the unshaded ones beside
// them are the same table.
bool rows_go_on_beside(const RuleGrid& grid, const std::vector<TextBox>& words) {
    size_t rows = 0, going_on = 0;
    for (size_t r = 0; r + 1 < grid.ys.size(); ++r) {
        double top = grid.ys[r], bottom = grid.ys[r + 1];
        double first_in = 1e9, first_out = 1e9, height = 0;
        for (const auto& w : words) {
            double cy = (w.y0 + w.y1) / 2, cx = (w.x0 + w.x1) / 2;
            if (cy <= top || cy >= bottom) continue;
            bool in = cx > grid.xs.front() && cx < grid.xs.back();
            (in ? first_in : first_out) = std::min(in ? first_in : first_out, w.y0);
            height = std::max(height, w.y1 - w.y0);
        }
        if (first_in > 1e8) continue;  // an empty shaded row says nothing
        ++rows;
        if (first_out < 1e8 && std::abs(first_out - first_in) < std::max(2.0, height * 0.6)) ++going_on;
    }
    return rows > 0 && going_on * 2 >= rows;
}

}  // namespace

bool drawn_by_fills_only(const RuleGrid& grid) {
    for (const auto* side : {&grid.horizontal, &grid.vertical})
        for (const auto& s : *side)
            if (!s.fill_edge) return false;
    return true;
}

bool fill_grid_misses_columns(const RuleGrid& grid, const std::vector<TextBox>& words) {
    if (!drawn_by_fills_only(grid)) return false;
    auto tabular = tabular_lines(words_inside(words, grid));
    auto edges = stream_columns(tabular);
    if (edges.size() < 3) return false;
    // A grid edge stands for a text gap when no more words lie between them than stream_columns allows.
    for (size_t i = 1; i + 1 < edges.size(); ++i) {
        bool kept_apart = false;
        for (double x : grid.xs) kept_apart = kept_apart || apart(tabular, edges[i], x);
        if (!kept_apart) return true;
    }
    return false;
}

void widen_to_rows_beside(RuleGrid& grid, const std::vector<TextBox>& words) {
    if (!grid.loose || !rows_go_on_beside(grid, words)) return;
    double x0 = grid.xs.front(), x1 = grid.xs.back(), y0 = grid.ys.front(), y1 = grid.ys.back();
    double left = x0, right = x1;
    for (const auto& w : words) {
        double cy = (w.y0 + w.y1) / 2;
        if (cy <= y0 || cy >= y1) continue;
        if (w.x1 <= x0) left = std::min(left, w.x0 - 1);
        if (w.x0 >= x1) right = std::max(right, w.x1 + 1);
    }
    // The grid's row edges run on across the columns beside it; the words there fall into columns by
    // add_text_columns.
    for (double y : grid.ys) {
        if (left < x0) grid.horizontal.push_back({left, y, x0, y, true});
        if (right > x1) grid.horizontal.push_back({x1, y, right, y, true});
    }
    if (left < x0) {
        grid.xs.insert(grid.xs.begin(), left);
        grid.vertical.push_back({left, y0, left, y1, true});
    }
    if (right > x1) {
        grid.xs.push_back(right);
        grid.vertical.push_back({right, y0, right, y1, true});
    }
    grid.widened = true;
}

void add_text_rows(RuleGrid& grid, const std::vector<TextBox>& words) {
    if (!grid.loose) return;
    double x0 = grid.xs.front(), x1 = grid.xs.back();
    auto lines = build_lines(words_inside(words, grid));
    auto wide = padded_row_steps(lines);
    std::vector<double> ys = grid.ys;
    for (size_t k = 1; k < wide.size(); ++k) {
        if (!wide[k]) continue;
        // A row opens in the first column or in more than half the columns (lines of cells that go on
        // across a row boundary, merged or wrapped, share baselines with the next row's; a cell's second
        // paragraph may sit beside another's).
        bool opens_row = (grid.xs.size() > 1 && lines[k].x0 < grid.xs[1]) ||
                         2 * split_chunks(lines[k]).size() > grid.xs.size() - 1;
        if (!opens_row) continue;
        double y = lines[k - 1].y1 < lines[k].y0 ? (lines[k - 1].y1 + lines[k].y0) / 2 : lines[k].y0 - 0.5;
        bool ruled = false;
        for (double e : grid.ys) ruled = ruled || (e >= lines[k - 1].y0 && e <= lines[k].y0 + 1);
        if (ruled) continue;
        ys.push_back(y);
        grid.horizontal.push_back({x0, y, x1, y, true});
    }
    std::sort(ys.begin(), ys.end());
    grid.ys = std::move(ys);
    // Without row rules every row edge, the fills' as well, runs across each grid column that no word
    // crosses (a shaded cell's edge is the edge of the unshaded cells beside it too).
    int ncols = int(grid.xs.size()) - 1;
    for (size_t r = 1; r + 1 < grid.ys.size(); ++r) {
        double y = grid.ys[r];
        for (int c = 0; c < ncols; ++c) {
            double a = grid.xs[size_t(c)], b = grid.xs[size_t(c) + 1];
            bool crossed = false;
            for (const auto& w : words) {
                double cx = (w.x0 + w.x1) / 2;
                if (cx > a && cx < b && w.y0 < y - 0.5 && w.y1 > y + 0.5) crossed = true;
            }
            if (!crossed) grid.horizontal.push_back({a, y, b, y, true});
        }
    }
}

std::vector<RuleGrid> header_bar_grids(const Rules& rules, const std::vector<RuleGrid>& grids,
                                       const std::vector<TextBox>& words) {
    std::vector<RuleGrid> out;
    for (const auto& f : rules.fills) {
        bool in_grid = false;
        for (const auto& g : grids)
            in_grid = in_grid || (f.x0 < g.xs.back() && f.x1 > g.xs.front() && f.y0 < g.ys.back() && f.y1 > g.ys.front());
        if (in_grid) continue;
        auto lines = build_lines(words_inside(words, f.x0, f.y0, f.x1, f.y1));
        if (lines.empty() || lines.size() > 3) continue;
        // Only a header with no rows under it on this page: where rows follow, their own alignment gives
        // the columns (a header centred over right-aligned figures starts elsewhere than they do).
        // Nor a shaded last row: no line in columns right above it either.
        double em = std::max(4.0, lines.front().font_size);
        bool rows_below = false;
        std::vector<TextBox> above;
        for (const auto& w : words) {
            if (w.x1 <= f.x0 || w.x0 >= f.x1) continue;
            rows_below = rows_below || (w.y0 >= f.y1 - 1 && w.y0 < f.y1 + 2 * em);
            if (w.y1 <= f.y0 + 1 && w.y1 > f.y0 - 2 * em) above.push_back(w);
        }
        if (rows_below) continue;
        auto lines_above = build_lines(std::move(above));
        if (!lines_above.empty() && split_chunks(lines_above.back()).size() >= 2) continue;
        // Column starts: every chunk but a line's first; a header names three columns at least.
        // Header labels are short: a bar of longer text (a running footer, a title) is no header.
        std::vector<double> starts;
        bool labels = true;
        for (const auto& l : lines) {
            auto chunks = split_chunks(l);
            for (size_t k = 0; k < chunks.size(); ++k) {
                std::string t = chunks[k].text();
                bool letters = std::any_of(t.begin(), t.end(), [](unsigned char c) { return std::isalpha(c); });
                labels = labels && letters && chunks[k].words.size() <= 5;
                if (k > 0) starts.push_back(chunks[k].x0 - 2);
            }
        }
        starts = cluster(starts, kTol);
        if (!labels || starts.size() < 3) continue;
        RuleGrid g;
        g.xs.push_back(f.x0);
        for (double x : starts)
            if (x > f.x0 + kTol && x < f.x1 - kTol) g.xs.push_back(x);
        g.xs.push_back(f.x1);
        if (g.xs.size() < 5) continue;
        g.ys = {f.y0, f.y1};
        for (double x : g.xs) g.vertical.push_back({x, f.y0, x, f.y1, true});
        g.horizontal.push_back({f.x0, f.y0, f.x1, f.y0, true});
        g.horizontal.push_back({f.x0, f.y1, f.x1, f.y1, true});
        g.loose = g.widened = true;
        out.push_back(std::move(g));
    }
    return out;
}

void extend_down_over_rows(RuleGrid& grid, const std::vector<TextBox>& words, const std::vector<Segment>& rules) {
    if (!grid.loose) return;
    double x0 = grid.xs.front(), x1 = grid.xs.back(), bottom = grid.ys.back();
    std::vector<TextBox> below;
    for (const auto& w : words)
        if ((w.y0 + w.y1) / 2 > bottom) below.push_back(w);
    auto lines = build_lines(std::move(below));
    double reach = bottom, size = 0;
    for (const auto& l : lines) {
        double em = std::max(4.0, l.font_size);
        if (size == 0) {  // the first line below: in columns, inside the grid, right under it
            if (split_chunks(l).size() < 2 || l.y0 - bottom > 1.5 * em) break;
            size = l.font_size;
        }
        bool inside = l.x0 >= x0 - 1 && l.x1 <= x1 + 1;
        if (!inside || l.y0 - reach > 1.5 * em || l.font_size > 1.15 * size) break;
        reach = std::max(reach, l.y1);
    }
    if (reach <= bottom) return;
    double y = reach + 1;
    for (double x : grid.xs) grid.vertical.push_back({x, bottom, x, y, true});
    grid.horizontal.push_back({x0, y, x1, y, true});
    // Rules drawn across the rows there (lines between rows, no column rules) are row edges.
    std::vector<double> ys;
    for (const auto& s : rules)
        if (s.y0 > bottom + kTol && s.y0 < y - kTol && std::min(s.x1, x1) - std::max(s.x0, x0) >= 0.6 * (x1 - x0)) {
            ys.push_back(s.y0);
            grid.horizontal.push_back({x0, s.y0, x1, s.y0, s.fill_edge});
        }
    for (double r : cluster(ys, kTol)) grid.ys.push_back(r);
    grid.ys.push_back(y);
    grid.widened = true;
}

void add_column_edges(RuleGrid& grid, const std::vector<double>& edges, const std::vector<TextBox>& words) {
    double x0 = grid.xs.front(), x1 = grid.xs.back();
    for (double x : edges) {
        if (x <= x0 + kTol || x >= x1 - kTol) continue;
        bool near = false;
        for (double e : grid.xs) near = near || std::abs(e - x) <= kTol;
        if (near) continue;
        draw_column_edge(grid, x, words);
        grid.xs.push_back(x);
    }
    std::sort(grid.xs.begin(), grid.xs.end());
}

void join_stacked_grids(std::vector<RuleGrid>& grids, const std::vector<TextBox>& words) {
    std::sort(grids.begin(), grids.end(), [](const RuleGrid& a, const RuleGrid& b) { return a.ys.front() < b.ys.front(); });
    for (size_t i = 0; i + 1 < grids.size();) {
        RuleGrid& a = grids[i];
        const RuleGrid& b = grids[i + 1];
        bool aligned = std::abs(a.xs.front() - b.xs.front()) <= 3 && std::abs(a.xs.back() - b.xs.back()) <= 3;
        double gap_top = a.ys.back(), gap_bottom = b.ys.front();
        bool join = aligned && gap_bottom >= gap_top - kTol && a.loose && b.loose;
        std::vector<TextBox> between;
        for (const auto& w : words) {
            double cy = (w.y0 + w.y1) / 2;
            if (cy > gap_top && cy < gap_bottom) between.push_back(w);
        }
        double x0 = std::min(a.xs.front(), b.xs.front()), x1 = std::max(a.xs.back(), b.xs.back());
        auto lines = build_lines(std::move(between));
        for (const auto& l : lines) join = join && l.x0 >= x0 - 1 && l.x1 <= x1 + 1;
        // The rows between must be the table's own: the first line in columns (a heading or a paragraph
        // between two tables is one run of text).
        if (!lines.empty()) join = join && split_chunks(lines.front()).size() >= 2;
        if (!join) {
            ++i;
            continue;
        }
        std::vector<double> xs = a.xs;
        xs.insert(xs.end(), b.xs.begin(), b.xs.end());
        xs = cluster(xs, kTol);
        xs.front() = x0, xs.back() = x1;
        a.ys.insert(a.ys.end(), b.ys.begin(), b.ys.end());
        a.ys = cluster(a.ys, kTol);
        a.horizontal.insert(a.horizontal.end(), b.horizontal.begin(), b.horizontal.end());
        a.vertical.insert(a.vertical.end(), b.vertical.begin(), b.vertical.end());
        for (double x : xs) a.vertical.push_back({x, gap_top, x, gap_bottom, true});
        a.xs = std::move(xs);
        a.widened = true;
        grids.erase(grids.begin() + long(i) + 1);
    }
}

void add_text_columns(RuleGrid& grid, const std::vector<TextBox>& words) {
    double x0 = grid.xs.front(), x1 = grid.xs.back();
    for (const auto& s : grid.vertical)
        if (!s.fill_edge && s.x0 > x0 + kTol && s.x0 < x1 - kTol) return;  // drawn column rules: a ruled table
    auto tabular = tabular_lines(words_inside(words, grid));
    if (tabular.size() < 2) return;
    auto edges = stream_columns(tabular);
    if (edges.size() < 3) return;
    // A column edge has text starting at its right on at least two lines that have text left of it too (a
    // chunk of the line ends before it): the starts of a column's cells line up; a ragged gap inside one
    // column's text, or a centred entry, has no such starts.
    auto next_start = [&](double x) {
        double r = 1e18;
        for (const auto& l : tabular)
            for (const auto& w : l.words)
                if (w.x0 >= x) r = std::min(r, w.x0);
        return r;
    };
    auto aligned_starts = [&](double x) {
        double r = next_start(x);
        int n = 0;
        for (const auto& l : tabular) {
            auto chunks = split_chunks(l);
            for (size_t k = 1; k < chunks.size(); ++k)
                if (chunks[k - 1].x1 <= x && chunks[k].x0 >= r - 0.5 && chunks[k].x0 <= r + 1.5) {
                    ++n;
                    break;
                }
        }
        return n >= 2;
    };
    // A grid edge already separates the gap's columns when it and the gap are apart.
    std::vector<double> xs = grid.xs;
    for (size_t i = 1; i + 1 < edges.size(); ++i) {
        double x = edges[i];
        bool near = false;
        for (double e : grid.xs) near = near || std::abs(e - x) <= kTol || apart(tabular, e, x);
        if (near || !aligned_starts(x)) continue;
        // The edge goes just left of the starts it is aligned on, which stay where they are on the next page
        // (the middle of the gap moves with the longest line left of it).
        double at = next_start(x) - 2;
        xs.push_back(at > x && apart(tabular, x, at) ? at : x);
    }
    if (xs.size() == grid.xs.size()) return;
    std::sort(xs.begin(), xs.end());
    // Without column rules every column edge, the fills' as well, runs down each grid row that no word
    // crosses.
    for (size_t i = 1; i + 1 < xs.size(); ++i) draw_column_edge(grid, xs[i], words);
    grid.xs = std::move(xs);
}

namespace {

// Grid a within grid b, and drawn only by fills (shaded cells, not a nested table of drawn rules). A shaded
// cell may reach a little below the last line of text that ended b.
bool shaded_cells_inside(const RuleGrid& a, const RuleGrid& b) {
    return drawn_by_fills_only(a) && a.xs.front() >= b.xs.front() - 1 && a.xs.back() <= b.xs.back() + 1 &&
           a.ys.front() >= b.ys.front() - 1 && a.ys.back() <= b.ys.back() + 6;
}

}  // namespace

void shape_grids(std::vector<RuleGrid>& grids, const Rules& rules, const std::vector<TextBox>& words) {
    for (auto& bar : header_bar_grids(rules, grids, words)) grids.push_back(std::move(bar));
    // A grid of shaded cells in some columns, or a header bar, is drawn on over the rest of its table
    // first; shaded cells inside what it then covers are its cells' fills, no grid of their own.
    for (auto& g : grids) widen_to_rows_beside(g, words);
    join_stacked_grids(grids, words);
    for (auto& g : grids) extend_down_over_rows(g, words, rules.horizontal);
    std::vector<char> covered(grids.size(), 0);
    for (size_t i = 0; i < grids.size(); ++i)
        for (size_t j = 0; j < grids.size(); ++j)
            if (j != i && grids[j].widened && !grids[i].widened && shaded_cells_inside(grids[i], grids[j])) {
                covered[i] = 1;
                grids[j].ys.back() = std::max(grids[j].ys.back(), grids[i].ys.back());
                add_column_edges(grids[j], grids[i].xs, words);
            }
    for (size_t i = grids.size(); i-- > 0;)
        if (covered[i]) grids.erase(grids.begin() + long(i));
    std::erase_if(grids, [&](const RuleGrid& g) { return !g.widened && fill_grid_misses_columns(g, words); });
    for (auto& g : grids) {
        add_text_columns(g, words);
        add_text_rows(g, words);
    }
}

std::vector<RuleGrid> find_grids(const Rules& rules) {
    const auto& H = rules.horizontal;
    const auto& V = rules.vertical;
    UnionFind uf(H.size() + V.size());
    for (size_t i = 0; i < H.size(); ++i)
        for (size_t j = 0; j < V.size(); ++j)
            if (V[j].x0 >= H[i].x0 - kTol && V[j].x0 <= H[i].x1 + kTol && H[i].y0 >= V[j].y0 - kTol &&
                H[i].y0 <= V[j].y1 + kTol)
                uf.join(int(i), int(H.size() + j));
    std::vector<RuleGrid> grids;
    std::vector<int> slot(H.size() + V.size(), -1);
    for (size_t i = 0; i < H.size() + V.size(); ++i) {
        int root = uf.find(int(i));
        if (slot[root] < 0) {
            slot[root] = int(grids.size());
            grids.push_back({});
        }
        auto& g = grids[slot[root]];
        if (i < H.size()) g.horizontal.push_back(H[i]);
        else g.vertical.push_back(V[i - H.size()]);
    }
    std::vector<RuleGrid> out;
    for (auto& g : grids) {
        if (g.horizontal.empty() || g.vertical.empty() || g.horizontal.size() + g.vertical.size() < 4) continue;
        std::vector<double> xs, ys;
        double hx0 = 1e18, hx1 = -1e18, vy0 = 1e18, vy1 = -1e18;
        for (const auto& s : g.vertical) vy0 = std::min(vy0, s.y0), vy1 = std::max(vy1, s.y1);
        for (const auto& s : g.horizontal) hx0 = std::min(hx0, s.x0), hx1 = std::max(hx1, s.x1);
        // The grid spans only where both kinds of rule are: a header ruled on all sides above an unruled
        // body (rules only across it) is a grid of its own, the body a stream table.
        for (const auto& s : g.vertical)
            if (s.x0 >= hx0 - kTol && s.x0 <= hx1 + kTol) xs.push_back(s.x0);
        for (const auto& s : g.horizontal)
            if (s.y0 >= vy0 - kTol && s.y0 <= vy1 + kTol) ys.push_back(s.y0);
        // Tables without an outer frame: the rules' ends are the outer edges.
        xs.push_back(hx0), xs.push_back(hx1), ys.push_back(vy0), ys.push_back(vy1);
        g.xs = cluster(xs, kTol);
        g.ys = cluster(ys, kTol);
        if (g.xs.size() < 2 || g.ys.size() < 2) continue;
        // One column is a frame (or boxes stacked) around text, which may itself hold an unruled table.
        if (g.xs.size() < 3) continue;
        if (g.xs.back() - g.xs.front() < 20 || g.ys.back() - g.ys.front() < 8) continue;
        g.loose = drawn_loosely(g);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace planport::pdf
