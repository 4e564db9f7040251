// raster_rules.cpp — finds thin ruling lines and uniform fills in a page raster.
//
// The raster is rendered without antialiasing, so a rule is a run of solid pixels one to a few pixels thick
// and a fill keeps its exact colour. A pixel belongs to a horizontal rule when its colour runs along the row
// but not far along the column (and the other way round for vertical rules); crossings and small gaps where
// another rule cuts through are bridged.
#include "importers/pdf/raster_rules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "importers/pdf/colour_count.h"

namespace planport::pdf {
namespace {

int red(uint32_t p) { return (p >> 16) & 0xFF; }
int green(uint32_t p) { return (p >> 8) & 0xFF; }
int blue(uint32_t p) { return p & 0xFF; }

// Both tests start with the common case (a white page, long runs of one colour) to stay cheap per pixel.
bool is_white(uint32_t p) {
    return (p & 0xFFFFFFu) == 0xFFFFFFu || (red(p) >= 235 && green(p) >= 235 && blue(p) >= 235);
}

bool similar(uint32_t a, uint32_t b) {
    return ((a ^ b) & 0xFFFFFFu) == 0 ||
           std::abs(red(a) - red(b)) + std::abs(green(a) - green(b)) + std::abs(blue(a) - blue(b)) <= 60;
}

// Rows of pure white (most of a page of text): a loop the compiler vectorises, so the per-pixel passes
// below can skip them.
std::vector<char> blank_rows(const Raster& r) {
    std::vector<char> blank(size_t(r.height), 0);
    for (int y = 0; y < r.height; ++y) {
        const uint32_t* px = &r.pixels[size_t(y) * r.width];
        uint32_t all = 0xFFFFFFu;
        for (int x = 0; x < r.width; ++x) all &= px[x];
        blank[y] = (all & 0xFFFFFFu) == 0xFFFFFFu;
    }
    return blank;
}

// What find_fills leaves in each pixel's mark.
enum : char { kUnseen = 0, kSeen = 1, kFill = 2 };

// Where the rule finder has work: ink is a pixel neither white nor part of a fill (find_fills marks those
// kSeen, and notes here the rows and columns they are in), and only rows and columns holding ink can hold a
// rule. A page of text is mostly white, so most rows and columns are skipped.
struct Ink {
    const std::vector<char>& mark;  // per pixel, from find_fills
    std::vector<char> row;          // per row: any ink in it
    int x0 = 0, x1 = -1;            // the columns holding ink, inclusive (x1 < x0: none)
    bool at(size_t i) const { return mark[i] == kSeen; }
};

// Length of the run of similar colours through each pixel along its row, into len; rows without ink are left
// as they were (nobody reads them).
void row_run_lengths(const Raster& r, const Ink& ink, std::vector<int>& len) {
    len.resize(r.pixels.size());
    for (int y = 0; y < r.height; ++y) {
        if (!ink.row[y]) continue;
        const uint32_t* px = &r.pixels[size_t(y) * r.width];
        int* out = &len[size_t(y) * r.width];
        int start = 0;
        uint32_t start_colour = px[0];
        for (int x = 1; x <= r.width; ++x) {
            if (x < r.width && (px[x] == start_colour || similar(px[x], start_colour))) continue;
            std::fill(out + start, out + x, x - start);
            start = x;
            if (x < r.width) start_colour = px[x];
        }
    }
}

// The same down each column holding ink (other columns left as they were), walked row by row (a column walk
// misses the cache at every pixel): first each pixel's run start, then, from the bottom up, its length.
void column_run_lengths(const Raster& r, const Ink& ink, const std::vector<char>& blank, std::vector<int>& len) {
    len.resize(r.pixels.size());
    if (ink.x1 < ink.x0) return;
    int x0 = ink.x0, x1 = ink.x1 + 1;
    auto white = [](uint32_t p) { return (p & 0xFFFFFFu) == 0xFFFFFFu; };
    std::vector<int> start(size_t(r.width), 0);
    std::vector<uint32_t> colour(r.pixels.begin(), r.pixels.begin() + r.width);
    int coloured = 0;  // columns whose current run is not pure white
    for (int x = x0; x < x1; ++x) coloured += !white(colour[x]);
    std::fill(len.begin() + x0, len.begin() + x1, 0);
    for (int y = 1; y < r.height; ++y) {
        const uint32_t* px = &r.pixels[size_t(y) * r.width];
        int* out = &len[size_t(y) * r.width];
        if (blank[y] && coloured == 0) {  // white under white: every run goes on
            std::copy(start.begin() + x0, start.begin() + x1, out + x0);
            continue;
        }
        for (int x = x0; x < x1; ++x) {
            if (px[x] != colour[x] && !similar(px[x], colour[x])) {
                coloured += int(!white(px[x])) - int(!white(colour[x]));
                start[x] = y, colour[x] = px[x];
            }
            out[x] = start[x];
        }
    }
    std::vector<int> end(size_t(r.width), r.height - 1), below(size_t(r.width), -1);
    for (int y = r.height - 1; y >= 0; --y) {
        int* out = &len[size_t(y) * r.width];
        for (int x = x0; x < x1; ++x) {
            int s = out[x];
            end[x] = s != below[x] ? y : end[x];  // the run below started elsewhere: this pixel ends its own run
            below[x] = s;
            out[x] = end[x] - s + 1;
        }
    }
}

struct PixelRun {
    int line, a, b;  // row (or column) and the inclusive pixel span along it
};

// Follows one row (or column) of candidate pixels: a run of thin ink pixels, bridged over short stretches of
// thick ink (where another rule crosses), ends at a non-ink pixel or a long thick stretch.
struct RunTracker {
    int start = -1, last = -1;
    void step(int i, bool ink, bool cand, int line, int max_thick, int min_len, std::vector<PixelRun>& runs) {
        if (cand) {
            if (start < 0) start = i;
            last = i;
        } else if (start >= 0 && (!ink || i - last > max_thick)) {
            if (last - start + 1 >= min_len) runs.push_back({line, start, last});
            start = -1;
        }
    }
};

// Runs of thin pixels along each row: `across` is the column run length, thin when at most max_thick.
std::vector<PixelRun> horizontal_thin_runs(const Raster& r, const std::vector<int>& across, const Ink& ink,
                                           int max_thick, int min_len) {
    std::vector<PixelRun> runs;
    for (int y = 0; y < r.height; ++y) {
        if (!ink.row[y]) continue;
        size_t base = size_t(y) * r.width;
        RunTracker t;
        for (int x = 0; x < r.width; ++x) {
            bool is_ink = ink.at(base + x);
            t.step(x, is_ink, is_ink && across[base + x] <= max_thick, y, max_thick, min_len, runs);
        }
        t.step(r.width, false, false, y, max_thick, min_len, runs);
    }
    return runs;
}

// Runs of thin pixels down each column, walked row by row with one tracker per column.
std::vector<PixelRun> vertical_thin_runs(const Raster& r, const std::vector<int>& across, const Ink& ink,
                                         int max_thick, int min_len) {
    std::vector<PixelRun> runs;
    if (ink.x1 < ink.x0) return runs;
    std::vector<RunTracker> t(size_t(r.width));
    bool open = false;  // some tracker may hold a run: a row without ink must close it
    for (int y = 0; y < r.height; ++y) {
        if (!ink.row[y] && !open) continue;
        open = ink.row[y];
        size_t base = size_t(y) * r.width;
        for (int x = ink.x0; x <= ink.x1; ++x) {
            bool is_ink = ink.at(base + x);
            t[x].step(y, is_ink, is_ink && across[base + x] <= max_thick, x, max_thick, min_len, runs);
        }
    }
    for (int x = ink.x0; x <= ink.x1; ++x) t[x].step(r.height, false, false, x, max_thick, min_len, runs);
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

// Areas of one colour; their pixels are marked kFill (the colour around white text in a filled band would
// otherwise look like thin rules between the glyphs), other non-white pixels kSeen (ink).
// An area is a 4-connected set of pixels of exactly one colour. It is found run by run, not pixel by pixel:
// each row is cut into runs of one colour, a run joins the runs of its colour that touch it on the row above
// (union-find), and the areas come out in the order of their first pixel.
std::vector<FillRegion> find_fills(const Raster& r, std::vector<char>& mark, const std::vector<char>& blank,
                                   Ink& ink) {
    struct ColourRun {
        int y, x0, x1;  // x1 exclusive
        uint32_t colour;
    };
    std::vector<ColourRun> runs;
    std::vector<size_t> parent;
    auto root = [&](size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    size_t above = 0, above_end = 0;  // the runs of row y - 1
    for (int y = 0; y < r.height; ++y) {
        size_t row_begin = runs.size();
        if (!blank[y]) {
            const uint32_t* px = &r.pixels[size_t(y) * r.width];
            for (int x = 0; x < r.width;) {
                uint32_t p = px[x];
                if (is_white(p)) {
                    ++x;
                    continue;
                }
                int end = x + 1;
                while (end < r.width && px[end] == p) ++end;
                runs.push_back({y, x, end, p});
                parent.push_back(runs.size() - 1);
                x = end;
            }
        }
        // Both rows' runs are in x order: one sweep finds the pairs that share a column.
        size_t k = above;
        for (size_t i = row_begin; i < runs.size() && k < above_end; ++i) {
            while (k < above_end && runs[k].x1 <= runs[i].x0) ++k;
            for (size_t j = k; j < above_end && runs[j].x0 < runs[i].x1; ++j)
                if (runs[j].colour == runs[i].colour) {
                    size_t a = root(i), b = root(j);
                    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earlier run stays the root
                }
        }
        above = row_begin, above_end = runs.size();
    }
    struct Area {
        int x0, y0, x1, y1;  // pixels, inclusive
        long count;
    };
    std::vector<Area> areas(runs.size(), Area{0, 0, -1, -1, 0});
    for (size_t i = 0; i < runs.size(); ++i) {
        Area& a = areas[root(i)];
        const ColourRun& run = runs[i];
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
    mark.assign(r.pixels.size(), kUnseen);
    std::vector<FillRegion> out;
    for (size_t i = 0; i < runs.size(); ++i) {
        size_t top = root(i);
        bool fill = is_fill(areas[top]);
        std::fill_n(mark.begin() + size_t(runs[i].y) * r.width + runs[i].x0, runs[i].x1 - runs[i].x0,
                    fill ? kFill : kSeen);
        if (!fill) {
            ink.row[runs[i].y] = 1;
            ink.x0 = std::min(ink.x0, runs[i].x0);
            ink.x1 = std::max(ink.x1, runs[i].x1 - 1);
        }
        if (fill && top == i) {  // the root is the area's first run in raster order
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

std::string hex_colour(uint32_t p) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", red(p), green(p), blue(p));
    return buf;
}

Rules find_rules(const Raster& raster, double min_length) {
    Rules rules;
    if (raster.empty() || raster.scale <= 0) return rules;
    int max_thick = std::max(2, int(std::lround(2.5 * raster.scale)));
    int min_len = std::max(3, int(std::lround(min_length * raster.scale)));
    std::vector<char> mark;
    auto blank = blank_rows(raster);
    Ink ink{mark, std::vector<char>(size_t(raster.height), 0), raster.width, -1};
    rules.fills = find_fills(raster, mark, blank, ink);
    std::vector<int> across;  // one buffer for both directions: a page's worth of ints is 2 MB
    column_run_lengths(raster, ink, blank, across);
    rules.horizontal = merge_runs(horizontal_thin_runs(raster, across, ink, max_thick, min_len), true, raster.scale);
    row_run_lengths(raster, ink, across);
    rules.vertical = merge_runs(vertical_thin_runs(raster, across, ink, max_thick, min_len), false, raster.scale);
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
        if (f.y1 - f.y0 >= min_length) {
            rules.vertical.push_back({f.x0, f.y0, f.x0, f.y1, true});
            rules.vertical.push_back({f.x1, f.y0, f.x1, f.y1, true});
        }
    }
    return rules;
}

std::string dominant_fill(const Raster& r, double x0, double y0, double x1, double y1) {
    if (r.empty()) return "";
    // Stay clear of the cell's own borders.
    int px0 = std::max(0, int(std::ceil(x0 * r.scale)) + 2), py0 = std::max(0, int(std::ceil(y0 * r.scale)) + 2);
    int px1 = std::min(r.width, int(std::floor(x1 * r.scale)) - 2);
    int py1 = std::min(r.height, int(std::floor(y1 * r.scale)) - 2);
    if (px1 <= px0 || py1 <= py0) return "";
    ColourCount counts;
    for (int y = py0; y < py1; ++y)
        for (int x = px0; x < px1; ++x) {
            uint32_t p = r.at(x, y) | 0xFF000000u;
            if (!is_white(p)) counts.add(p);
        }
    auto [best, best_count] = counts.most();
    long area = long(px1 - px0) * (py1 - py0);
    if (best_count * 3 < area) return "";
    return hex_colour(best);
}

}  // namespace planport::pdf
