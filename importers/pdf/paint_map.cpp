// paint_map.cpp — the runs of a page's paint (paint_map.h) and their packed form: for each row, each run is
// three varints (the gap from the previous run's end, its length, its colour's index in the palette), so a
// page of text keeps some 20 KB instead of the 2 MB of its pixels.
#include "importers/pdf/paint_map.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "importers/pdf/colour_count.h"

namespace planport::pdf {
namespace {

void put_varint(std::vector<uint8_t>& out, size_t v) {
    while (v >= 0x80) {
        out.push_back(uint8_t(v | 0x80));
        v >>= 7;
    }
    out.push_back(uint8_t(v));
}

size_t get_varint(const std::vector<uint8_t>& in, size_t& pos, size_t end) {
    size_t v = 0;
    for (int shift = 0; pos < end && shift < 64; shift += 7) {
        uint8_t b = in[pos++];
        v |= size_t(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
    }
    return v;
}

// Calls f(x0, x1, colour) for each run of row y, left to right, until f returns false.
template <class F>
void each_run(const PaintMap& m, int y, F f) {
    size_t pos = m.row_start[size_t(y)], end = m.row_start[size_t(y) + 1];
    size_t x = 0;
    while (pos < end) {
        x += get_varint(m.bytes, pos, end);
        size_t len = get_varint(m.bytes, pos, end), colour = get_varint(m.bytes, pos, end);
        if (!f(x, x + len, colour < m.palette.size() ? m.palette[colour] : 0u)) return;
        x += len;
    }
}

}  // namespace

std::vector<PaintRun> paint_runs(const Raster& r) {
    std::vector<PaintRun> runs;
    if (r.empty()) return runs;
    for (int y = 0; y < r.height; ++y) {
        const uint32_t* px = &r.pixels[size_t(y) * size_t(r.width)];
        uint32_t all = 0xFFFFFFu;  // a row of pure white (most rows of a page of text), in a loop that vectorises
        for (int x = 0; x < r.width; ++x) all &= px[x];
        if ((all & 0xFFFFFFu) == 0xFFFFFFu) continue;
        for (int x = 0; x < r.width;) {
            while (x + 8 <= r.width && ((px[x] & px[x + 1] & px[x + 2] & px[x + 3] & px[x + 4] & px[x + 5] &
                                          px[x + 6] & px[x + 7]) & 0xFFFFFFu) == 0xFFFFFFu)
                x += 8;  // paper, eight pixels at a time
            if (x >= r.width) break;
            uint32_t p = px[x];
            if (is_white(p)) {
                ++x;
                continue;
            }
            int end = x + 1;
            while (end < r.width && px[end] == p) ++end;
            runs.push_back({y, x, end, p});
            x = end;
        }
    }
    return runs;
}

PaintMap pack_paint(const Raster& raster, const std::vector<PaintRun>& runs) {
    if (raster.empty()) return {};
    return pack_runs(raster.width, raster.height, raster.scale, runs);
}

PaintMap pack_runs(int width, int height, double scale, const std::vector<PaintRun>& runs) {
    PaintMap m;
    if (width <= 0 || height <= 0) return m;
    m.width = width;
    m.height = height;
    m.scale = scale;
    m.row_start.assign(size_t(m.height) + 1, 0);
    std::unordered_map<uint32_t, size_t> index;
    size_t last[2] = {0, 0};  // the last two colours (text on a fill alternates), looked up without hashing
    size_t i = 0;
    for (int y = 0; y < m.height; ++y) {
        m.row_start[size_t(y)] = uint32_t(m.bytes.size());
        int x = 0;
        for (; i < runs.size() && runs[i].y == y; ++i) {
            const PaintRun& run = runs[i];
            size_t colour;
            if (!m.palette.empty() && m.palette[last[0]] == run.colour) {
                colour = last[0];
            } else if (!m.palette.empty() && m.palette[last[1]] == run.colour) {
                colour = last[1];
            } else {
                auto [it, added] = index.try_emplace(run.colour, m.palette.size());
                if (added) m.palette.push_back(run.colour);
                colour = it->second;
            }
            last[1] = last[0], last[0] = colour;
            put_varint(m.bytes, size_t(run.x0 - x));
            put_varint(m.bytes, size_t(run.x1 - run.x0));
            put_varint(m.bytes, colour);
            x = run.x1;
        }
    }
    m.row_start[size_t(m.height)] = uint32_t(m.bytes.size());
    m.bytes.shrink_to_fit();
    m.palette.shrink_to_fit();
    return m;
}

PaintMap pack_paint(const Raster& raster) { return pack_paint(raster, paint_runs(raster)); }

std::vector<PaintRun> unpack_paint(const PaintMap& m) {
    std::vector<PaintRun> runs;
    if (m.width <= 0 || m.height <= 0 || m.row_start.size() != size_t(m.height) + 1) return runs;
    for (int y = 0; y < m.height; ++y)
        each_run(m, y, [&](size_t x0, size_t x1, uint32_t colour) {
            runs.push_back({y, int(x0), int(x1), colour});
            return true;
        });
    return runs;
}

std::string dominant_fill(const PaintMap& m, double x0, double y0, double x1, double y1) {
    if (m.width <= 0 || m.height <= 0 || m.row_start.size() != size_t(m.height) + 1) return "";
    // Stay clear of the cell's own borders.
    int px0 = std::max(0, int(std::ceil(x0 * m.scale)) + 2), py0 = std::max(0, int(std::ceil(y0 * m.scale)) + 2);
    int px1 = std::min(m.width, int(std::floor(x1 * m.scale)) - 2);
    int py1 = std::min(m.height, int(std::floor(y1 * m.scale)) - 2);
    if (px1 <= px0 || py1 <= py0) return "";
    ColourCount counts;
    for (int y = py0; y < py1; ++y)
        each_run(m, y, [&](size_t a, size_t b, uint32_t colour) {
            long n = long(std::min(b, size_t(px1))) - long(std::max(a, size_t(px0)));
            if (n > 0) counts.add(colour | 0xFF000000u, n);
            return b < size_t(px1);
        });
    auto [best, best_count] = counts.most();
    long area = long(px1 - px0) * (py1 - py0);
    if (best_count * 3 < area) return "";
    return hex_colour(best);
}

}  // namespace planport::pdf
