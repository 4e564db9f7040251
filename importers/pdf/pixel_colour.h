// pixel_colour.h — the colour tests every raster pass shares (rules and fills, paint runs, struck text):
// pixels are 0xAARRGGBB, alpha ignored.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace planport::pdf {

inline int red(uint32_t p) { return (p >> 16) & 0xFF; }
inline int green(uint32_t p) { return (p >> 8) & 0xFF; }
inline int blue(uint32_t p) { return p & 0xFF; }

/// Paper: pure white, or so near it (every channel at least 235) that no fill or rule is that pale. The common
/// case, pure white, is tested first.
inline bool is_white(uint32_t p) {
    return (p & 0xFFFFFFu) == 0xFFFFFFu || (red(p) >= 235 && green(p) >= 235 && blue(p) >= 235);
}

/// Paper for vector paint, whose colours are exact: white, or so near it (every channel at least 250) that it
/// shows as white. Pale zebra stripes (#F2F2F2, #EEF3F7) are paint; only a rendering blurs them into paper.
inline bool is_paper(uint32_t rgb) { return red(rgb) >= 250 && green(rgb) >= 250 && blue(rgb) >= 250; }

/// Within 60 of each other, summed over the channels (one colour, or two shades a renderer may mix up). The
/// common case, the same colour, is tested first.
inline bool similar(uint32_t a, uint32_t b) {
    return ((a ^ b) & 0xFFFFFFu) == 0 ||
           std::abs(red(a) - red(b)) + std::abs(green(a) - green(b)) + std::abs(blue(a) - blue(b)) <= 60;
}

/// "#RRGGBB" of a pixel.
inline std::string hex_colour(uint32_t p) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", red(p), green(p), blue(p));
    return buf;
}

}  // namespace planport::pdf
