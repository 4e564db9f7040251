// vector_rules.cpp — rules and fills from visible paint pieces (vector_rules.h).
#include "importers/pdf/vector_rules.h"

#include <algorithm>
#include <numeric>

#include "importers/pdf/pixel_colour.h"

namespace planport::pdf {
namespace {

constexpr double kTouch = 0.1;  // pieces this close are one area (producers leave rounding gaps)
constexpr double kThick = 3;    // a piece this thick across is an area, not a rule

// Areas: pieces of one colour joined by a shared edge, by union-find over a sweep in x.
std::vector<size_t> areas(const std::vector<PaintPiece>& p) {
    std::vector<size_t> parent(p.size());
    std::iota(parent.begin(), parent.end(), size_t(0));
    auto root = [&](size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    std::vector<size_t> order(p.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a].x0 < p[b].x0; });
    for (size_t oi = 0; oi < order.size(); ++oi) {
        const PaintPiece& a = p[order[oi]];
        for (size_t oj = oi + 1; oj < order.size() && p[order[oj]].x0 <= a.x1 + kTouch; ++oj) {
            const PaintPiece& b = p[order[oj]];
            if (a.rgb != b.rgb || b.y0 > a.y1 + kTouch || a.y0 > b.y1 + kTouch) continue;
            // Along an edge: overlapping with some length on one axis at least.
            bool along = std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > kTouch ||
                         std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > kTouch;
            if (!along) continue;
            size_t ra = root(order[oi]), rb = root(order[oj]);
            if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
        }
    }
    for (size_t i = 0; i < p.size(); ++i) parent[i] = root(i);
    return parent;
}

// Segments on one line (to within a point) that meet or overlap become one; a line's segments are taken in
// order along it.
std::vector<Segment> join(std::vector<Segment> segs, bool horizontal, double min_length) {
    auto across = [&](const Segment& s) { return horizontal ? s.y0 : s.x0; };
    auto from = [&](const Segment& s) { return horizontal ? s.x0 : s.y0; };
    auto to = [&](const Segment& s) { return horizontal ? s.x1 : s.y1; };
    std::sort(segs.begin(), segs.end(), [&](const Segment& a, const Segment& b) { return across(a) < across(b); });
    std::vector<Segment> out;
    for (size_t i = 0; i < segs.size();) {
        size_t e = i + 1;
        while (e < segs.size() && across(segs[e]) <= across(segs[i]) + 1) ++e;
        std::sort(segs.begin() + long(i), segs.begin() + long(e),
                  [&](const Segment& a, const Segment& b) { return from(a) < from(b); });
        for (size_t k = i; k < e;) {
            double lo = from(segs[k]), hi = to(segs[k]), line = across(segs[k]);
            size_t m = k + 1;
            for (; m < e && from(segs[m]) <= hi + 1; ++m) hi = std::max(hi, to(segs[m]));
            if (hi - lo >= min_length) out.push_back(horizontal ? Segment{lo, line, hi, line} : Segment{line, lo, line, hi});
            k = m;
        }
        i = e;
    }
    return out;
}

}  // namespace

Rules vector_rules(const std::vector<PaintPiece>& pieces, double min_length) {
    Rules rules;
    auto area_of = areas(pieces);
    struct Area {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300, painted = 0;
    };
    std::vector<Area> a(pieces.size());
    for (size_t i = 0; i < pieces.size(); ++i) {
        const auto& p = pieces[i];
        Area& r = a[area_of[i]];
        r.x0 = std::min(r.x0, p.x0), r.y0 = std::min(r.y0, p.y0), r.x1 = std::max(r.x1, p.x1), r.y1 = std::max(r.y1, p.y1);
        r.painted += (p.x1 - p.x0) * (p.y1 - p.y0) * (p.area ? 0.785 : 1);  // an area's shape: about a disc of its box
    }
    auto big = [](double w, double h) { return w >= 4 && h >= kThick; };
    // An area its pieces paint (nearly) all of is one fill. Zebra stripes joined through a shaded merged cell
    // paint a comb: its fills are its strips, the pieces of one height side by side.
    auto solid = [&](const Area& r) {
        double w = r.x1 - r.x0, h = r.y1 - r.y0;
        return big(w, h) && r.painted >= 0.9 * w * h;
    };
    std::vector<std::vector<size_t>> comb(pieces.size());
    for (size_t i = 0; i < pieces.size(); ++i)
        if (!solid(a[area_of[i]]) && !pieces[i].area && big(pieces[i].x1 - pieces[i].x0, pieces[i].y1 - pieces[i].y0))
            comb[area_of[i]].push_back(i);
    std::vector<char> in_strip(pieces.size(), 0);
    for (auto& members : comb) {
        if (members.size() < 2) continue;
        std::sort(members.begin(), members.end(), [&](size_t x, size_t y) {
            const auto &p = pieces[x], &q = pieces[y];
            return p.y0 != q.y0 ? p.y0 < q.y0 : p.y1 != q.y1 ? p.y1 < q.y1 : p.x0 < q.x0;
        });
        std::vector<FillRegion> strips;
        for (size_t k = 0; k < members.size(); ++k) {
            const auto& p = pieces[members[k]];
            in_strip[members[k]] = 1;
            if (!strips.empty()) {
                FillRegion& f = strips.back();
                if (std::abs(f.y0 - p.y0) <= kTouch && std::abs(f.y1 - p.y1) <= kTouch && p.x0 <= f.x1 + kTouch) {
                    f.x1 = std::max(f.x1, p.x1);
                    continue;
                }
            }
            strips.push_back({p.x0, p.y0, p.x1, p.y1, hex_colour(p.rgb), true});
        }
        for (auto& f : strips) rules.fills.push_back(std::move(f));
    }
    std::vector<Segment> horizontal, vertical;
    for (size_t i = 0; i < pieces.size(); ++i) {
        const auto& p = pieces[i];
        const Area& r = a[area_of[i]];
        if (solid(r)) {
            if (area_of[i] == i) rules.fills.push_back({r.x0, r.y0, r.x1, r.y1, hex_colour(p.rgb)});
            continue;
        }
        if (in_strip[i]) continue;
        // A line as pale as paper is not seen, though an area of that tint (a zebra stripe) is.
        if (p.area || (p.dash > 0 && p.dash < min_length) || is_white(p.rgb)) continue;
        double w = p.x1 - p.x0, h = p.y1 - p.y0;
        if (w >= h && h < kThick) horizontal.push_back({p.x0, (p.y0 + p.y1) / 2, p.x1, (p.y0 + p.y1) / 2});
        else if (h > w && w < kThick) vertical.push_back({(p.x0 + p.x1) / 2, p.y0, (p.x0 + p.x1) / 2, p.y1});
    }
    // In the order a rendering meets them: by their top-left corner.
    std::sort(rules.fills.begin(), rules.fills.end(), [](const FillRegion& f, const FillRegion& g) {
        return f.y0 != g.y0 ? f.y0 < g.y0 : f.x0 < g.x0;
    });
    rules.horizontal = join(std::move(horizontal), true, min_length);
    rules.vertical = join(std::move(vertical), false, min_length);
    keep_longest_and_add_fill_edges(rules, min_length);
    return rules;
}

}  // namespace planport::pdf
