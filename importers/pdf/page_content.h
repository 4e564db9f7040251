// page_content.h — what the PDF source hands to the layout code: plain text boxes and vector paint per page
// (a raster only for a page whose lines may be images: raster_fallback.h).
//
// No poppler type appears here, so the layout steps (lines, rules, tables, pages) can be tested and fuzzed
// with hand-built values. Coordinates are PDF points with the origin at the top-left of the page as shown
// (its /Rotate applied, as poppler gives words and renders); text that then runs sideways, on a turned page
// or in a table printed sideways, is turned upright by rotation.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace planport::pdf {

/// One word as the PDF's text layer gives it.
struct TextBox {
    std::string text;  ///< UTF-8
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double font_size = 0;      ///< points; 0 when unknown
    bool bold = false;
    bool space_after = false;  ///< the text layer puts a space after this word
    int rotation = 0;          ///< quarter turns clockwise of the text's direction (0 = left to right)
    std::vector<double> glyph_x1;  ///< right edge of each code point of text; empty when unknown
    uint32_t rgb = 0;              ///< fill colour of the text, 0xRRGGBB
};

/// One painting operation of the page's content, in the order painted (a later one covers what is under it).
/// Coordinates as the words': points, origin top-left of the page as shown, trimmed to the clip.
struct PaintShape {
    enum class Kind : uint8_t {
        Rect,   ///< a filled rectangle, axis-aligned
        Area,   ///< any other filled path or a shading: its box
        Line,   ///< a stroked straight segment from (x0, y0) to (x1, y1)
        Curve,  ///< a stroked path that is not straight: its box
        Image,  ///< an opaque image or a mesh shading: its box (colour unknown)
        Mask,   ///< an image mask (a stencil painted in rgb), a masked image or a tiling pattern: its box, not
                ///< all of it painted
    };
    Kind kind = Kind::Rect;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    uint32_t rgb = 0;      ///< 0xRRGGBB
    double opacity = 1;    ///< fill or stroke alpha
    double width = 0;      ///< stroke width in points (0: the thinnest line the device can draw)
    double dash = 0;       ///< stroke: the longest dash of its pattern in points; 0 = solid
};

/// A low-resolution rendering of a page: pixels are 0xAARRGGBB, row-major; scale = pixels per point.
struct Raster {
    int width = 0, height = 0;
    double scale = 1;
    std::vector<uint32_t> pixels;

    bool empty() const { return width <= 0 || height <= 0 || pixels.size() < size_t(width) * size_t(height); }
    uint32_t at(int x, int y) const { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
};

/// A page's non-white paint, kept while the other pages are read (paint_map.h): for each row, runs of one
/// palette colour, packed as varints; row y's runs are bytes[row_start[y], row_start[y + 1]).
struct PaintMap {
    int width = 0, height = 0;
    double scale = 1;
    std::vector<uint32_t> palette;
    std::vector<uint32_t> row_start;  ///< height + 1 offsets into bytes (a map holds at most 8 million pixels)
    std::vector<uint8_t> bytes;
};

/// One page: its size as shown, its words, its paint and, on a fallback page only, its raster.
struct PageContent {
    int number = 0;  ///< 1-based
    double width = 0, height = 0;
    int rotation = 0;  ///< degrees the page is turned when shown (0, 90, 180, 270); width/height are as shown
    std::vector<TextBox> boxes;
    std::vector<PaintShape> shapes;  ///< in paint order
    Raster raster;                   ///< empty unless the page's rules and fills come from a rendering
    PaintMap paint;  ///< the raster's paint, kept after the raster is dropped (read_pdf's first look makes it)
};

}  // namespace planport::pdf
