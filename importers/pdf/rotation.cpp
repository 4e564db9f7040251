// rotation.cpp — quarter turns of a page's words, paint and raster, for tables printed sideways.
#include "importers/pdf/rotation.h"

#include <algorithm>

namespace planport::pdf {

int turn_upright(PageContent& page) {
    size_t chars[4] = {0, 0, 0, 0};
    for (const auto& b : page.boxes) chars[b.rotation & 3] += b.text.size();
    int turn = 0;
    if (chars[1] > chars[0] && chars[1] >= chars[3]) turn = 1;
    else if (chars[3] > chars[0] && chars[3] > chars[1]) turn = 3;
    if (turn == 0) return 0;
    double W = page.width, H = page.height;
    // turn 1 (text reads downwards): (x, y) → (y, W - x); turn 3 (reads upwards): (x, y) → (H - y, x).
    for (auto& b : page.boxes) {
        double x0 = b.x0, y0 = b.y0, x1 = b.x1, y1 = b.y1;
        if (turn == 1) b.x0 = y0, b.x1 = y1, b.y0 = W - x1, b.y1 = W - x0;
        else b.x0 = H - y1, b.x1 = H - y0, b.y0 = x0, b.y1 = x1;
        b.glyph_x1.clear();
        b.rotation = (b.rotation - turn) & 3;
    }
    for (auto& s : page.shapes) {
        double x0 = s.x0, y0 = s.y0, x1 = s.x1, y1 = s.y1;
        // A line keeps its two ends; a box is made again from its turned corners.
        bool line = s.kind == PaintShape::Kind::Line;
        if (turn == 1) s.x0 = y0, s.x1 = y1, s.y0 = W - (line ? x0 : x1), s.y1 = W - (line ? x1 : x0);
        else s.x0 = H - (line ? y0 : y1), s.x1 = H - (line ? y1 : y0), s.y0 = x0, s.y1 = x1;
    }
    std::swap(page.width, page.height);
    Raster& r = page.raster;
    if (!r.empty()) {
        Raster t;
        t.width = r.height, t.height = r.width, t.scale = r.scale;
        t.pixels.resize(r.pixels.size());
        for (int ny = 0; ny < t.height; ++ny)
            for (int nx = 0; nx < t.width; ++nx) {
                int x = turn == 1 ? r.width - 1 - ny : ny;
                int y = turn == 1 ? nx : r.height - 1 - nx;
                t.pixels[size_t(ny) * t.width + nx] = r.at(x, y);
            }
        r = std::move(t);
    }
    return turn;
}

}  // namespace planport::pdf
