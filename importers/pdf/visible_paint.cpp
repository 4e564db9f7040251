// visible_paint.cpp — the pieces of vector paint left visible in paint order, and their paint map.
#include "importers/pdf/visible_paint.h"

#include <algorithm>
#include <cmath>

#include "importers/pdf/paint_map.h"
#include "importers/pdf/pixel_colour.h"

namespace planport::pdf {
namespace {

constexpr size_t kMaxHiding = 20000;  // shapes that hide earlier pieces (see visible_paint.h)
constexpr double kThinnest = 0.5;     // a hairline's width across, in points (a renderer draws one pixel)
constexpr double kSliver = 0.05;      // what is left of a piece thinner than this is rounding

bool overlap(const Box& a, const Box& b) {
    return a.x0 < b.x1 - kSliver && b.x0 < a.x1 - kSliver && a.y0 < b.y1 - kSliver && b.y0 < a.y1 - kSliver;
}

// Opacity over white paper.
uint32_t on_white(uint32_t rgb, double opacity) {
    if (opacity >= 1) return rgb;
    double a = std::clamp(opacity, 0.0, 1.0);
    auto mix = [&](int c) { return uint32_t(std::lround(255 - a * (255 - c))); };
    return mix(red(rgb)) << 16 | mix(green(rgb)) << 8 | mix(blue(rgb));
}

}  // namespace

std::vector<Box> subtract(const Box& a, const Box& b) {
    if (!overlap(a, b)) return {a};
    // Slivers thinner than kSliver (edges that meet but for rounding) are nothing left.
    std::vector<Box> out;
    if (b.y0 > a.y0 + kSliver) out.push_back({a.x0, a.y0, a.x1, b.y0});
    if (b.y1 < a.y1 - kSliver) out.push_back({a.x0, b.y1, a.x1, a.y1});
    double y0 = std::max(a.y0, b.y0), y1 = std::min(a.y1, b.y1);
    if (b.x0 > a.x0 + kSliver) out.push_back({a.x0, y0, b.x0, y1});
    if (b.x1 < a.x1 - kSliver) out.push_back({b.x1, y0, a.x1, y1});
    return out;
}

std::vector<PaintPiece> visible_paint(const std::vector<PaintShape>& shapes) {
    std::vector<PaintPiece> pieces;
    size_t hiding = 0;
    for (const auto& s : shapes) {
        using K = PaintShape::Kind;
        PaintPiece p{std::min(s.x0, s.x1), std::min(s.y0, s.y1), std::max(s.x0, s.x1), std::max(s.y0, s.y1),
                     on_white(s.rgb, s.opacity)};
        bool opaque = s.opacity >= 0.999;
        if (s.kind == K::Line) {
            // Along an axis (its ends no further apart across it than a point or its width): a rectangle as wide
            // as the line.
            double dx = p.x1 - p.x0, dy = p.y1 - p.y0, half = std::max(s.width, kThinnest) / 2;
            double slack = std::max(1.0, s.width);
            if (dy <= slack && dx > dy) p.y0 = (p.y0 + p.y1) / 2 - half, p.y1 = p.y0 + 2 * half;
            else if (dx <= slack && dy > dx) p.x0 = (p.x0 + p.x1) / 2 - half, p.x1 = p.x0 + 2 * half;
            else continue;
            p.stroke = true;
            p.dash = s.dash;
            opaque = opaque && s.dash == 0;
        } else if (s.kind == K::Curve || s.kind == K::Mask) {
            continue;
        } else if (s.kind == K::Area) {
            p.area = true;
            opaque = false;
        }
        if (opaque && hiding < kMaxHiding) {
            ++hiding;
            Box cover{p.x0, p.y0, p.x1, p.y1};
            std::vector<PaintPiece> kept;
            kept.reserve(pieces.size());
            for (const auto& q : pieces) {
                if (!overlap({q.x0, q.y0, q.x1, q.y1}, cover)) {
                    kept.push_back(q);
                    continue;
                }
                if (q.area) continue;  // a dot or rounded box under an opaque one: no part of its box is sure
                for (const auto& rest : subtract({q.x0, q.y0, q.x1, q.y1}, cover)) {
                    PaintPiece r = q;
                    r.x0 = rest.x0, r.y0 = rest.y0, r.x1 = rest.x1, r.y1 = rest.y1;
                    kept.push_back(r);
                }
            }
            pieces = std::move(kept);
        }
        if (s.kind != K::Image && !is_paper(p.rgb)) pieces.push_back(p);
    }
    return pieces;
}

PaintMap paint_map(const std::vector<PaintPiece>& pieces, double width, double height) {
    double area = width * height;
    if (pieces.empty() || !(area > 0) || !std::isfinite(area)) return {};  // no paint: every cell is unshaded
    double scale = area > 8e6 ? std::sqrt(8e6 / area) : 1.0;
    int w = std::max(1, int(std::ceil(width * scale))), h = std::max(1, int(std::ceil(height * scale)));
    // A pixel is painted when its middle is; a piece thinner than a pixel still paints one.
    auto span = [&](double a, double b, int limit) {
        int lo = int(std::lround(a * scale)), hi = int(std::lround(b * scale));
        if (hi <= lo) hi = lo + 1;
        return std::pair{std::clamp(lo, 0, limit), std::clamp(hi, 0, limit)};
    };
    // Each row's runs, painted in order: a later piece cuts away what it covers of earlier runs. A page holds
    // a few dozen pieces, so a row's few runs are cut by hand rather than painted pixel by pixel.
    std::vector<std::vector<PaintRun>> rows(static_cast<size_t>(h));
    std::vector<PaintRun> cut;
    for (const auto& p : pieces) {
        auto [x0, x1] = span(p.x0, p.x1, w);
        auto [y0, y1] = span(p.y0, p.y1, h);
        if (x1 <= x0) continue;
        PaintRun run{0, x0, x1, 0xFF000000u | p.rgb};
        for (int y = y0; y < y1; ++y) {
            auto& row = rows[size_t(y)];
            run.y = y;
            if (row.empty() || row.back().x1 <= x0) {  // the common case: nothing under it
                row.push_back(run);
                continue;
            }
            cut.clear();
            for (const auto& r : row) {
                if (r.x1 <= x0 || r.x0 >= x1) {
                    cut.push_back(r);
                    continue;
                }
                if (r.x0 < x0) cut.push_back({y, r.x0, x0, r.colour});
                if (r.x1 > x1) cut.push_back({y, x1, r.x1, r.colour});
            }
            cut.push_back(run);
            std::sort(cut.begin(), cut.end(), [](const PaintRun& a, const PaintRun& b) { return a.x0 < b.x0; });
            row.swap(cut);
        }
    }
    std::vector<PaintRun> runs;
    for (const auto& row : rows) runs.insert(runs.end(), row.begin(), row.end());
    return pack_runs(w, h, scale, runs);
}

}  // namespace planport::pdf
