// struck_text.cpp — drops words and characters struck through in the page raster.
//
// Word processors print tracked deletions struck through (LibreOffice: "Audit in progresscompleted", the
// deletion struck and the insertion underlined, no space between). A strike is a thin run of ink through
// the middle band of the words it crosses; it starts and ends inside words (a table rule runs on to a
// border). Characters it covers by 80% or more go: whole words, or, with glyph edges, part of one.
#include "importers/pdf/struck_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "importers/pdf/colour_count.h"
#include "importers/pdf/visible_paint.h"
#include "importers/pdf/pixel_colour.h"

namespace planport::pdf {
namespace {


// Byte offset where each code point of s starts, and s.size() at the end.
std::vector<size_t> code_points(const std::string& s) {
    std::vector<size_t> out;
    for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(s.size());
    return out;
}

// In colour: far from grey (a tracked change's colour, not black text or a grey rule).
bool in_colour(uint32_t p) {
    int hi = std::max({red(p), green(p), blue(p)}), lo = std::min({red(p), green(p), blue(p)});
    return hi - lo >= 80;
}

bool has_letter_or_digit(const std::string& s) {
    for (unsigned char c : s)
        if (std::isalnum(c) || c >= 0xC0) return true;
    return false;
}

struct Candidate {
    size_t box;
    int px0, px1, band0, band1;  // pixels: the word's extent and its middle band (inclusive)
    uint32_t background;
};

}  // namespace

std::vector<TextBox> remove_struck(std::vector<TextBox> boxes, const std::vector<std::vector<Strike>>& struck,
                                   double overshoot) {
    std::vector<TextBox> out;
    out.reserve(boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        auto& w = boxes[i];
        if (struck[i].empty()) {
            out.push_back(std::move(w));
            continue;
        }
        auto cps = code_points(w.text);
        size_t n = cps.size() - 1;
        auto covered = [&](const Strike& run, double x0, double x1) {  // 80% or more
            double lo = std::max(x0, run.x0), hi = std::min(x1, run.x1);
            return hi - lo >= 0.8 * (x1 - x0);
        };
        // Over two characters, the line must also run on past them (a strike spans the deleted text's advance
        // and beyond; the bars of two letters, "ta" "fi" "th", end inside them).
        auto overshoots = [&](const Strike& run, double x0, double x1) {
            return run.x1 - x1 >= overshoot || x0 - run.x0 >= overshoot;
        };
        bool whole = false;
        for (const auto& run : struck[i])
            whole = whole || (covered(run, w.x0, w.x1) && (n > 2 || overshoots(run, w.x0, w.x1)));
        if (whole) continue;
        if (w.glyph_x1.size() != n) {
            out.push_back(std::move(w));
            continue;
        }
        // One run over two characters or more: a letter's bar (an "e", an "H") covers one.
        std::vector<char> gone(n, 0);
        bool any = false;
        for (const auto& run : struck[i]) {
            std::vector<size_t> hit;
            for (size_t k = 0; k < n; ++k) {
                double left = k == 0 ? w.x0 : w.glyph_x1[k - 1];
                if (w.glyph_x1[k] > left && covered(run, left, w.glyph_x1[k])) hit.push_back(k);
            }
            if (hit.size() < 2) continue;
            double left = hit.front() == 0 ? w.x0 : w.glyph_x1[hit.front() - 1];
            if (hit.size() == 2 && !overshoots(run, left, w.glyph_x1[hit.back()])) continue;
            for (size_t k : hit) gone[k] = 1;
            any = true;
        }
        if (!any) {
            out.push_back(std::move(w));
            continue;
        }
        // The characters left, in pieces where struck ones part them.
        for (size_t k = 0; k < n;) {
            if (gone[k]) {
                ++k;
                continue;
            }
            size_t e = k;
            while (e < n && !gone[e]) ++e;
            TextBox piece = w;
            piece.text = w.text.substr(cps[k], cps[e] - cps[k]);
            piece.x0 = k == 0 ? w.x0 : w.glyph_x1[k - 1];
            piece.x1 = w.glyph_x1[e - 1];
            piece.glyph_x1.assign(w.glyph_x1.begin() + long(k), w.glyph_x1.begin() + long(e));
            piece.space_after = e == n ? w.space_after : false;
            out.push_back(std::move(piece));
            k = e;
        }
    }
    return out;
}

std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const Raster& r) {
    return drop_struck_text(std::move(boxes), r, paint_runs(r));
}

std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const Raster& r, const std::vector<PaintRun>& runs) {
    if (r.empty() || r.scale <= 0) return boxes;
    // Rows holding any coloured paint, counted up so that a band of rows is asked in one step. A strike must be
    // mostly in colour, so a word whose middle band crosses none of them cannot be struck (most words).
    std::vector<int> coloured_up_to(size_t(r.height) + 1, 0);  // rows < y with colour
    {
        std::vector<char> row(size_t(r.height), 0);
        for (const auto& run : runs)
            if (run.y >= 0 && run.y < r.height && in_colour(run.colour)) row[size_t(run.y)] = 1;
        for (int y = 0; y < r.height; ++y) coloured_up_to[size_t(y) + 1] = coloured_up_to[size_t(y)] + row[size_t(y)];
    }
    const double s = r.scale;
    std::vector<Candidate> cands;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const auto& w = boxes[i];
        if (w.rotation != 0 || code_points(w.text).size() - 1 < 2 || !has_letter_or_digit(w.text)) continue;
        Candidate c{i, std::max(0, int(std::floor(w.x0 * s))), std::min(r.width - 1, int(std::ceil(w.x1 * s)) - 1), 0, 0, 0};
        double h = w.y1 - w.y0;
        c.band0 = std::max(0, int(std::ceil((w.y0 + 0.37 * h) * s - 0.5)));
        c.band1 = std::min(r.height - 1, int(std::floor((w.y0 + 0.58 * h) * s - 0.5)));
        int py0 = std::max(0, int(std::floor(w.y0 * s))), py1 = std::min(r.height - 1, int(std::ceil(w.y1 * s)) - 1);
        if (c.px1 - c.px0 < 2 || c.band1 < c.band0 || py1 < py0) continue;
        if (coloured_up_to[size_t(c.band1) + 1] == coloured_up_to[size_t(c.band0)]) continue;
        ColourCount counts;
        long paper = 0;  // pure white, most of a word's box, counted in a loop of its own
        for (int y = py0; y <= py1; ++y) {
            const uint32_t* px = &r.pixels[size_t(y) * size_t(r.width)];
            for (int x = c.px0; x <= c.px1; ++x) {
                uint32_t p = px[x] | 0xFF000000u;
                if (p == 0xFFFFFFFFu) ++paper;
                else counts.add(p);
            }
        }
        if (paper > 0) counts.add(0xFFFFFFFFu, paper);
        c.background = counts.most().first;
        cands.push_back(c);
    }
    // Struck spans per box (only runs in colour: a black one may be the bars of letters that touch at the
    // raster's resolution, "ff", "ct", "ee", "ora" in a small font, or a rule drawn through a cell's text).
    std::vector<std::vector<Strike>> struck(boxes.size());
    int max_thick = std::max(2, int(std::lround(2.5 * s)));
    for (const auto& c : cands) {
        const auto& w = boxes[c.box];
        int slack = std::max(1, int(std::lround(0.35 * std::max(w.font_size, w.y1 - w.y0) * s)));
        auto ink = [&](int x, int y) {
            uint32_t p = r.at(x, y);
            return !is_white(p) && !similar(p | 0xFF000000u, c.background);
        };
        // Inside a word (give or take a space): where a strike may start or end.
        auto in_a_word = [&](int x, int y) {
            for (const auto& o : cands)
                if (y >= o.band0 && y <= o.band1 && x >= o.px0 - slack && x <= o.px1 + slack) return true;
            return false;
        };
        for (int y = c.band0; y <= c.band1; ++y) {
            for (int x = c.px0; x <= c.px1;) {
                if (!ink(x, y)) {
                    ++x;
                    continue;
                }
                int a = x, b = x;
                while (a > 0 && ink(a - 1, y)) --a;
                while (b + 1 < r.width && ink(b + 1, y)) ++b;
                x = b + 1;
                if (b - a + 1 < std::max(3, int(std::lround(4 * s)))) continue;
                // In colour (see struck above; checked first, as it rules out nearly every run of black text).
                int coloured = 0;
                for (int xx = a; xx <= b; ++xx) coloured += in_colour(r.at(xx, y));
                if (2 * coloured <= b - a + 1) continue;
                if (!in_a_word(a, y) || !in_a_word(b, y)) continue;
                // Thin: the rows where ink covers most of the run are few.
                auto full = [&](int yy) {
                    if (yy < 0 || yy >= r.height) return false;
                    int n = 0;
                    for (int xx = a; xx <= b; ++xx) n += ink(xx, yy);
                    return n >= 0.8 * (b - a + 1);
                };
                int top = y, bottom = y;
                while (full(top - 1) && bottom - top < max_thick) --top;
                while (full(bottom + 1) && bottom - top < max_thick) ++bottom;
                if (bottom - top + 1 > max_thick) continue;
                // The line bridges a gap no glyph fills: a column with nothing above or below it, between two
                // characters or past the word's end (glyph bars that touch, as in "at" or "He", bridge none).
                auto bare = [&](int xx) {
                    return (top == 0 || !ink(xx, top - 1)) && (bottom + 1 >= r.height || !ink(xx, bottom + 1));
                };
                bool bridges = false;
                for (int xx = a; xx <= b && !bridges; ++xx) {
                    bool between = xx < c.px0 || xx > c.px1;
                    for (size_t k = 0; k + 1 < w.glyph_x1.size() && !between; ++k)
                        between = std::abs(xx - w.glyph_x1[k] * s) <= 1;
                    bridges = between && bare(xx);
                }
                if (!bridges) continue;
                struck[c.box].push_back({a / s, (b + 1) / s});
            }
        }
    }
    return remove_struck(std::move(boxes), struck, 1.5 / s);
}

std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const std::vector<PaintPiece>& paint) {
    struct Word {
        size_t box;
        double band0, band1, slack;
    };
    std::vector<Word> words;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const auto& w = boxes[i];
        if (w.rotation != 0 || code_points(w.text).size() - 1 < 2 || !has_letter_or_digit(w.text)) continue;
        double h = w.y1 - w.y0;
        words.push_back({i, w.y0 + 0.37 * h, w.y0 + 0.58 * h, 0.35 * std::max(w.font_size, h)});
    }
    std::vector<std::vector<Strike>> struck(boxes.size());
    for (const auto& p : paint) {
        // A line drawn, not a glyph's bar: black strikes count as well as coloured ones.
        double y = (p.y0 + p.y1) / 2;
        if (p.area || p.y1 - p.y0 >= 2.5 || p.x1 - p.x0 < 4) continue;
        for (const auto& c : words) {
            const auto& w = boxes[c.box];
            if (y < c.band0 || y > c.band1 || p.x1 <= w.x0 || p.x0 >= w.x1) continue;
            // It starts and ends inside words (give or take a space): a rule runs on to a border.
            auto in_a_word = [&](double x) {
                for (const auto& o : words)
                    if (y >= o.band0 && y <= o.band1 && x >= boxes[o.box].x0 - c.slack && x <= boxes[o.box].x1 + c.slack)
                        return true;
                return false;
            };
            if (in_a_word(p.x0) && in_a_word(p.x1)) struck[c.box].push_back({p.x0, p.x1});
        }
    }
    // Exact geometry: over two characters the line need not run on past them (no glyph bars to tell apart).
    return remove_struck(std::move(boxes), struck, -1e9);
}

}  // namespace planport::pdf
