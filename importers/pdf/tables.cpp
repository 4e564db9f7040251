// tables.cpp — ruled tables from rule grids (with spans where a rule is missing) and stream tables from
// text aligned in columns.
//
// Recipe per page:
//   1. group crossing rules into grids; each grid of two or more cells is a ruled table; its words leave the pool
//   2. the remaining words become lines; runs of lines with wide gaps become stream regions
//   3. a region's columns are the whitespace rivers shared by its lines; each line is a row unless it clearly
//      continues the row above (first column empty and a tighter line step than between rows, or no rule between)
//   4. every cell's words become paragraphs; its fill is the dominant raster colour inside it
#include "importers/pdf/tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "importers/pdf/paragraphs.h"

namespace planport::pdf {
namespace {

constexpr double kTol = 3;  // points: rules this close are the same rule

std::vector<double> cluster(std::vector<double> v, double tol) {
    std::sort(v.begin(), v.end());
    std::vector<double> out;
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        if (n > 0 && v[i] - v[i - 1] > tol) {
            out.push_back(sum / n);
            sum = 0, n = 0;
        }
        sum += v[i], ++n;
    }
    if (n > 0) out.push_back(sum / n);
    return out;
}

struct UnionFind {
    std::vector<int> p;
    explicit UnionFind(size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
    int find(int x) { return p[x] == x ? x : p[x] = find(p[x]); }
    void join(int a, int b) { p[find(a)] = find(b); }
};

// Length of [a, b] covered by the given intervals.
double covered(std::vector<std::pair<double, double>> iv, double a, double b) {
    std::sort(iv.begin(), iv.end());
    double total = 0, reach = a;
    for (auto [s, e] : iv) {
        s = std::max(s, reach), e = std::min(e, b);
        if (e > s) total += e - s, reach = e;
    }
    return total;
}

Cell make_cell(const std::vector<TextBox>& words, int page) {
    Cell c;
    c.page = page;
    c.paragraphs = build_paragraphs(build_lines(words), {0, page});
    return c;
}

size_t utf8_offset(const std::string& s, size_t code_points) {
    size_t i = 0, n = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == code_points) return i;
            ++n;
        }
    }
    return s.size();
}

// Words straddling one of the column edges are cut there (text drawn tight against a border).
std::vector<TextBox> split_at_edges(const std::vector<TextBox>& words, const std::vector<double>& edges) {
    std::vector<TextBox> out;
    for (const auto& w : words) {
        TextBox rest = w;
        for (double x : edges) {
            TextBox l, r;
            if (x - rest.x0 > 1 && rest.x1 - x > 1 && split_word(rest, x, l, r)) {
                out.push_back(l);
                rest = r;
            }
        }
        out.push_back(rest);
    }
    return out;
}

int index_of(const std::vector<double>& edges, double v) {
    auto it = std::upper_bound(edges.begin(), edges.end(), v);
    int i = int(it - edges.begin()) - 1;
    return std::clamp(i, 0, int(edges.size()) - 2);
}

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

// --- 1. ruled tables -------------------------------------------------------------------------------------

FoundTable ruled_table(const RuleGrid& grid, std::vector<TextBox>& pool, const Raster& raster, int page) {
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
    ft.ruled = true;
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
                cell.fill = dominant_fill(raster, g.xs[a.c], g.ys[a.r], g.xs[a.c + a.cs], g.ys[a.r + a.rs]);
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
                cell.fill = dominant_fill(raster, g.xs[c], band.y0, g.xs[c + 1], band.y1);
                row.cells.push_back(std::move(cell));
            }
            t.rows.push_back(std::move(row));
        }
    }
    // Rowspans count grid rows; they never cross a data block, so they count output rows as well.
    return ft;
}

// "•", "1.", "2)", "(a)", "iv." — what a list puts before its items.
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

// --- 2./3. stream tables ----------------------------------------------------------------------------------

struct Region {
    size_t first, last;  // inclusive line indices
};

std::vector<Region> stream_regions(const std::vector<Line>& lines, const std::vector<std::vector<Chunk>>& chunks) {
    std::vector<Region> out;
    size_t n = lines.size(), i = 0;
    while (i < n) {
        if (chunks[i].size() < 2) {
            ++i;
            continue;
        }
        size_t last_tab = i, tabular = 1;
        for (size_t k = i + 1; k < n; ++k) {
            double size = std::max(lines[k].font_size, lines[k - 1].font_size);
            if (lines[k].y0 - lines[k - 1].y1 > 2.0 * size || lines[k].y0 < lines[k - 1].y0) break;
            if (chunks[k].size() >= 2) last_tab = k, ++tabular;
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

FoundTable stream_table(const std::vector<Line>& lines, const std::vector<double>& col_x, const Rules& rules,
                        const Raster& raster, int page) {
    int ncols = int(col_x.size()) - 1;
    double x0 = col_x.front(), x1 = col_x.back();
    // Horizontal rules across most of the table separate its rows when there are any inside it.
    std::vector<double> row_rules;
    for (const auto& s : rules.horizontal)
        if (s.x1 - s.x0 >= 0.6 * (x1 - x0) && s.x0 < x1 && s.x1 > x0 && s.y0 > lines.front().y1 - 1 &&
            s.y0 < lines.back().y0 + 1)
            row_rules.push_back(s.y0);
    bool ruled_rows = row_rules.size() >= 1;
    auto rule_between = [&](const Line& a, const Line& b) {
        for (double y : row_rules)
            if (y >= a.y1 - 1 && y <= b.y0 + 1) return true;
        return false;
    };
    // Line steps: a wrapped line inside a cell follows at a tighter step than a new row.
    std::vector<double> steps;
    for (size_t k = 1; k < lines.size(); ++k) steps.push_back(lines[k].y0 - lines[k - 1].y0);
    double min_step = steps.empty() ? 0 : *std::min_element(steps.begin(), steps.end());
    double max_step = steps.empty() ? 0 : *std::max_element(steps.begin(), steps.end());
    bool bimodal = min_step > 0 && max_step > 1.3 * min_step;

    struct RowWords {
        std::vector<std::vector<TextBox>> cols;
        double y0, y1;
    };
    std::vector<double> inner(col_x.begin() + 1, col_x.end() - 1);
    std::vector<RowWords> per_line;
    for (const auto& line : lines) {
        std::vector<std::vector<TextBox>> cols(ncols);
        for (const auto& w : line.words) cols[index_of(col_x, (w.x0 + w.x1) / 2)].push_back(w);
        per_line.push_back({std::move(cols), line.y0, line.y1});
    }
    // A line continues the row above when no rule separates them (rows ruled), or when its first cell is
    // empty and it follows at the tight step of wrapped text (rows spaced wider than lines).
    std::vector<char> continues(lines.size(), 0);
    for (size_t k = 1; k < lines.size(); ++k) {
        if (ruled_rows) continues[k] = !rule_between(lines[k - 1], lines[k]);
        else if (bimodal && lines[k].y0 - lines[k - 1].y0 <= 1.15 * min_step) {
            // Wrapped text in the other cells, or the rest of a wrapped first cell (a line at the tight step of
            // wrapped text is no new row when rows are spaced wider).
            bool label_only = !per_line[k].cols[0].empty();
            for (int c = 1; c < ncols && label_only; ++c) label_only = per_line[k].cols[c].empty();
            continues[k] = per_line[k].cols[0].empty() || label_only;
        }
    }
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

    FoundTable ft;
    ft.col_x = col_x;
    Table& t = ft.table;
    t.page = page;
    t.columns = ncols;
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
            cell.fill = dominant_fill(raster, col_x[c], ry0, col_x[c + 1], ry1);
            row.cells.push_back(std::move(cell));
        }
        t.rows.push_back(std::move(row));
    }
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

}  // namespace

bool split_word(const TextBox& w, double x, TextBox& left, TextBox& right) {
    if (w.glyph_x1.empty() || x <= w.x0 || x >= w.x1) return false;
    size_t k = 0;  // glyphs [0, k) go left
    while (k < w.glyph_x1.size() && w.glyph_x1[k] <= x + 0.5) ++k;
    if (k == 0 || k >= w.glyph_x1.size()) return false;
    size_t cut = utf8_offset(w.text, k);
    left = right = w;
    left.text = w.text.substr(0, cut);
    right.text = w.text.substr(cut);
    left.x1 = w.glyph_x1[k - 1];
    right.x0 = w.glyph_x1[k - 1];
    left.space_after = true;
    left.glyph_x1.assign(w.glyph_x1.begin(), w.glyph_x1.begin() + long(k));
    right.glyph_x1.assign(w.glyph_x1.begin() + long(k), w.glyph_x1.end());
    return true;
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
        out.push_back(std::move(g));
    }
    return out;
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

PageTables find_tables(const std::vector<TextBox>& boxes, const Rules& found_rules, const Raster& raster,
                       int page) {
    PageTables out;
    std::vector<TextBox> pool = boxes;
    Rules rules = without_glyph_strokes(found_rules, boxes);
    // 1. ruled tables
    for (const auto& g : find_grids(rules)) {
        FoundTable ft = ruled_table(g, pool, raster, page);
        if (count_nonempty_cells(ft.table) > 0) out.tables.push_back(std::move(ft));
    }
    // 2. stream regions among the remaining lines
    auto lines = build_lines(std::move(pool));
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
    std::vector<char> used(lines.size(), 0);
    for (const auto& region : stream_regions(lines, chunks)) {
        std::vector<Line> block(lines.begin() + long(region.first), lines.begin() + long(region.last) + 1);
        std::vector<Line> tabular;
        for (size_t k = region.first; k <= region.last; ++k)
            if (chunks[k].size() >= 2) tabular.push_back(lines[k]);
        auto col_x = stream_columns(tabular);
        if (col_x.empty()) continue;
        // 3. rows and cells
        col_x.front() = std::min(col_x.front(), block.front().x0);
        for (const auto& l : block) col_x.front() = std::min(col_x.front(), l.x0), col_x.back() = std::max(col_x.back(), l.x1);
        out.tables.push_back(stream_table(block, col_x, rules, raster, page));
        for (size_t k = region.first; k <= region.last; ++k) used[k] = 1;
    }
    for (size_t k = 0; k < lines.size(); ++k)
        if (!used[k]) out.other_lines.push_back(std::move(lines[k]));
    std::stable_sort(out.tables.begin(), out.tables.end(),
                     [](const FoundTable& a, const FoundTable& b) { return a.table.bbox->y0 < b.table.bbox->y0; });
    return out;
}

}  // namespace planport::pdf
