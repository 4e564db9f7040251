// raster_rules.cpp — finds thin ruling lines and uniform fills in a page raster.
//
// The raster is rendered without antialiasing, so a rule is a run of solid pixels one to a few pixels thick
// and a fill keeps its exact colour. A pixel belongs to a horizontal rule when its colour runs along the row
// but not far along the column (and the other way round for vertical rules); crossings and small gaps where
// another rule cuts through are bridged.
#include "importers/pdf/raster_rules.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "importers/pdf/pixel_colour.h"

namespace planport::pdf {
namespace {

// How many pixels of a colour like (x, y)'s lie on the line through it, down its column or along its row,
// counted up to cap + 1: enough to tell thin from thick.
int thickness(const Raster& r, int x, int y, bool down, int cap) {
    const uint32_t* p = &r.pixels[size_t(y) * size_t(r.width) + size_t(x)];
    std::ptrdiff_t step = down ? r.width : 1;
    int before = down ? y : x, after = down ? r.height - 1 - y : r.width - 1 - x;  // pixels on either side
    int n = 1;
    for (int k = 1; k <= before && n <= cap && similar(p[-k * step], *p); ++k) ++n;
    for (int k = 1; k <= after && n <= cap && similar(p[k * step], *p); ++k) ++n;
    return n;
}

struct PixelRun {
    int line, a, b;  // row (or column) and the inclusive pixel span along it
};

// Ink is paint that is not part of a fill. A rule lies inside a stretch of ink pixels (a segment) along its row
// or column, so only segments at least min_len long are walked, pixel by pixel; on a page of text they are few
// (rules, and the odd run of touching letters).
struct Segment1D {
    int line, a, b;  // row (or column) and the pixels [a, b) along it
};

std::vector<Segment1D> row_segments(const std::vector<PaintRun>& runs, const std::vector<char>& fill, int min_len) {
    std::vector<Segment1D> out;
    for (size_t i = 0; i < runs.size();) {
        if (fill[i]) {
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < runs.size() && !fill[j] && runs[j].y == runs[i].y && runs[j].x0 == runs[j - 1].x1) ++j;
        if (runs[j - 1].x1 - runs[i].x0 >= min_len) out.push_back({runs[i].y, runs[i].x0, runs[j - 1].x1});
        i = j;
    }
    return out;
}

// The same down the columns: each column's current stretch (its first row and the last row with ink) is
// carried from row to row; only ink pixels are visited.
std::vector<Segment1D> column_segments(const Raster& r, const std::vector<PaintRun>& runs,
                                       const std::vector<char>& fill, int min_len) {
    std::vector<Segment1D> out;
    std::vector<int> top(size_t(r.width), 0), last(size_t(r.width), -2);
    auto close = [&](int x) {
        if (last[x] - top[x] + 1 >= min_len) out.push_back({x, top[x], last[x] + 1});
    };
    for (size_t i = 0; i < runs.size(); ++i) {
        if (fill[i]) continue;
        int y = runs[i].y;
        for (int x = runs[i].x0; x < runs[i].x1; ++x) {
            if (last[x] != y - 1) {
                if (last[x] >= 0) close(x);
                top[x] = y;
            }
            last[x] = y;
        }
    }
    for (int x = 0; x < r.width; ++x)
        if (last[x] >= 0) close(x);
    return out;
}

// Runs of thin pixels along each segment (thin: at most max_thick across it), bridged over stretches of
// thick ink no longer than max_thick (where another rule crosses); a run at least min_len long is kept.
template <class IsThin>
std::vector<PixelRun> thin_runs(const std::vector<Segment1D>& segments, IsThin is_thin, int max_thick, int min_len) {
    std::vector<PixelRun> runs;
    for (const auto& s : segments) {
        int start = -1, last = -1;
        auto close = [&] {
            if (start >= 0 && last - start + 1 >= min_len) runs.push_back({s.line, start, last});
            start = -1;
        };
        for (int i = s.a; i < s.b; ++i) {
            if (is_thin(s.line, i)) {
                if (start < 0) start = i;
                last = i;
            } else if (start >= 0 && i - last > max_thick) {
                close();
            }
        }
        close();
    }
    return runs;
}

// Runs on neighbouring rows (a rule two or three pixels thick) become one segment along their middle.
std::vector<Segment> merge_runs(std::vector<PixelRun> runs, bool horizontal, double scale) {
    std::sort(runs.begin(), runs.end(), [](const PixelRun& p, const PixelRun& q) {
        return p.line != q.line ? p.line < q.line : p.a < q.a;
    });
    struct Group {
        int first_line, last_line, a, b;
    };
    std::vector<Group> groups;
    for (const auto& run : runs) {
        bool merged = false;
        for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
            if (run.line - it->last_line > 1) continue;
            int overlap = std::min(run.b, it->b) - std::max(run.a, it->a);
            if (overlap >= 0.5 * std::min(run.b - run.a, it->b - it->a)) {
                it->last_line = run.line;
                it->a = std::min(it->a, run.a);
                it->b = std::max(it->b, run.b);
                merged = true;
                break;
            }
        }
        if (!merged) groups.push_back({run.line, run.line, run.a, run.b});
    }
    std::vector<Segment> out;
    for (const auto& g : groups) {
        double mid = (g.first_line + g.last_line + 1) / 2.0 / scale;
        double a = g.a / scale, b = (g.b + 1) / scale;
        out.push_back(horizontal ? Segment{a, mid, b, mid} : Segment{mid, a, mid, b});
    }
    return out;
}

// Areas of one colour big and solid enough to be fills; fill[i] says whether run i is part of one (the colour
// around white text in a filled band would otherwise look like thin rules between the glyphs).
// An area is a 4-connected set of pixels of exactly one colour, found run by run: a run joins the runs of its
// colour that touch it on the row above (union-find), and the areas come out in the order of their first pixel.
std::vector<FillRegion> find_fills(const Raster& r, const std::vector<PaintRun>& runs, std::vector<char>& fill) {
    std::vector<size_t> parent(runs.size());
    for (size_t i = 0; i < runs.size(); ++i) parent[i] = i;
    auto root = [&](size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    size_t above = 0, above_end = 0;  // the runs of the row before
    for (size_t row = 0; row < runs.size();) {
        size_t row_end = row + 1;
        while (row_end < runs.size() && runs[row_end].y == runs[row].y) ++row_end;
        if (above_end > above && runs[above].y != runs[row].y - 1) above = above_end;  // a white row between
        // Both rows' runs are in x order: one sweep finds the pairs that share a column.
        size_t k = above;
        for (size_t i = row; i < row_end && k < above_end; ++i) {
            while (k < above_end && runs[k].x1 <= runs[i].x0) ++k;
            for (size_t j = k; j < above_end && runs[j].x0 < runs[i].x1; ++j)
                if (runs[j].colour == runs[i].colour) {
                    size_t a = root(i), b = root(j);
                    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earlier run stays the root
                }
        }
        above = row, above_end = row_end;
        row = row_end;
    }
    struct Area {
        int x0, y0, x1, y1;  // pixels, inclusive
        long count;
    };
    std::vector<Area> areas(runs.size(), Area{0, 0, -1, -1, 0});
    for (size_t i = 0; i < runs.size(); ++i) {
        Area& a = areas[root(i)];
        const PaintRun& run = runs[i];
        if (a.count == 0) a = {run.x0, run.y, run.x1 - 1, run.y, 0};
        a.x0 = std::min(a.x0, run.x0), a.x1 = std::max(a.x1, run.x1 - 1);
        a.y0 = std::min(a.y0, run.y), a.y1 = std::max(a.y1, run.y);
        a.count += run.x1 - run.x0;
    }
    // Text inside a fill leaves holes; a glyph or a rule is too small or too sparse to count.
    int min_w = std::max(3, int(4 * r.scale)), min_h = std::max(3, int(3 * r.scale));
    auto is_fill = [&](const Area& a) {
        int w = a.x1 - a.x0 + 1, h = a.y1 - a.y0 + 1;
        return a.count > 0 && w >= min_w && h >= min_h && a.count >= 0.6 * double(w) * h;
    };
    fill.assign(runs.size(), 0);
    std::vector<FillRegion> out;
    for (size_t i = 0; i < runs.size(); ++i) {
        size_t top = root(i);
        fill[i] = is_fill(areas[top]);
        if (fill[i] && top == i) {  // the root is the area's first run in raster order
            const Area& a = areas[i];
            out.push_back({a.x0 / r.scale, a.y0 / r.scale, (a.x1 + 1) / r.scale, (a.y1 + 1) / r.scale,
                           hex_colour(runs[i].colour)});
        }
    }
    return out;
}

// True when ruling lines enclose the fill on all four sides and it does not reach across from the left one to
// the right one (a cell's shading or a stripe does; a shaded paragraph keeps the cell's margins).
bool inset(const FillRegion& f, const Rules& r) {
    const double touch = 2;  // a cell's shading reaches its borders (to within a line's width)
    double gaps[4] = {1e18, 1e18, 1e18, 1e18};  // left, right, top, bottom
    for (const auto& v : r.vertical) {
        if (v.y0 > f.y0 + 1 || v.y1 < f.y1 - 1) continue;
        if (v.x0 <= f.x0 + 1) gaps[0] = std::min(gaps[0], f.x0 - v.x0);
        if (v.x0 >= f.x1 - 1) gaps[1] = std::min(gaps[1], v.x0 - f.x1);
    }
    for (const auto& h : r.horizontal) {
        if (h.x0 > f.x0 + 1 || h.x1 < f.x1 - 1) continue;
        if (h.y0 <= f.y0 + 1) gaps[2] = std::min(gaps[2], f.y0 - h.y0);
        if (h.y0 >= f.y1 - 1) gaps[3] = std::min(gaps[3], h.y0 - f.y1);
    }
    bool enclosed = true;
    for (double g : gaps) enclosed = enclosed && g < 1e17;
    return enclosed && (gaps[0] > touch || gaps[1] > touch);
}

}  // namespace

void keep_longest_and_add_fill_edges(Rules& rules, double min_length) {
    // A page of hatching or a chart yields thousands of strokes; the longest few thousand hold any table.
    for (auto* v : {&rules.horizontal, &rules.vertical}) {
        const size_t cap = 4000;
        if (v->size() <= cap) continue;
        std::sort(v->begin(), v->end(), [](const Segment& a, const Segment& b) {
            return (a.x1 - a.x0) + (a.y1 - a.y0) > (b.x1 - b.x0) + (b.y1 - b.y0);
        });
        v->resize(cap);
    }
    // The edges of a fill bound a cell or a row as a rule would (shaded tables often have no borders), unless
    // the fill sits inside a ruled cell with room around it: a shaded paragraph, not a cell.
    std::vector<FillRegion> cell_fills;
    for (const auto& f : rules.fills)
        if (!inset(f, rules)) cell_fills.push_back(f);
    for (const auto& f : cell_fills) {
        if (f.x1 - f.x0 >= min_length) {
            rules.horizontal.push_back({f.x0, f.y0, f.x1, f.y0, true});
            rules.horizontal.push_back({f.x0, f.y1, f.x1, f.y1, true});
        }
        if (f.y1 - f.y0 >= min_length && !f.stripe) {
            rules.vertical.push_back({f.x0, f.y0, f.x0, f.y1, true});
            rules.vertical.push_back({f.x1, f.y0, f.x1, f.y1, true});
        }
    }
}

Rules find_rules(const Raster& raster, double min_length) { return find_rules(raster, paint_runs(raster), min_length); }

Rules find_rules(const Raster& raster, const std::vector<PaintRun>& runs, double min_length) {
    Rules rules;
    if (raster.empty() || raster.scale <= 0) return rules;
    int max_thick = std::max(2, int(std::lround(2.5 * raster.scale)));
    int min_len = std::max(3, int(std::lround(min_length * raster.scale)));
    std::vector<char> fill;
    rules.fills = find_fills(raster, runs, fill);
    // A pixel of a horizontal rule is thin down its column; one of a vertical rule, along its row.
    auto thin_down = [&](int y, int x) { return thickness(raster, x, y, true, max_thick) <= max_thick; };
    auto thin_along = [&](int x, int y) { return thickness(raster, x, y, false, max_thick) <= max_thick; };
    rules.horizontal = merge_runs(thin_runs(row_segments(runs, fill, min_len), thin_down, max_thick, min_len), true,
                                  raster.scale);
    rules.vertical = merge_runs(thin_runs(column_segments(raster, runs, fill, min_len), thin_along, max_thick, min_len),
                                false, raster.scale);
    keep_longest_and_add_fill_edges(rules, min_length);
    return rules;
}

}  // namespace planport::pdf
