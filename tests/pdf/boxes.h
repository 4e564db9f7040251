// boxes.h — hand-built words and rasters for the PDF layout tests (no PDF needed).
#pragma once

#include <cstdint>
#include <string>

#include "importers/pdf/page_content.h"

namespace planport::testing {

/// A word at (x, y) top-left, 5 points per character wide and 12 high, in a 10-point font.
inline pdf::TextBox word(const std::string& text, double x, double y, double size = 10, bool bold = false) {
    pdf::TextBox b;
    b.text = text;
    b.x0 = x;
    b.y0 = y;
    b.x1 = x + 5.0 * double(text.size()) * size / 10;
    b.y1 = y + 1.2 * size;
    b.font_size = size;
    b.bold = bold;
    return b;
}

/// A white raster of w × h pixels at one pixel per point.
inline pdf::Raster white_raster(int w, int h) {
    pdf::Raster r;
    r.width = w;
    r.height = h;
    r.scale = 1;
    r.pixels.assign(size_t(w) * size_t(h), 0xFFFFFFFFu);
    return r;
}

/// Paints pixels [x0, x1) × [y0, y1) in colour (0xAARRGGBB).
inline void paint(pdf::Raster& r, int x0, int y0, int x1, int y1, uint32_t colour) {
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) r.pixels[size_t(y) * r.width + x] = colour;
}

}  // namespace planport::testing
