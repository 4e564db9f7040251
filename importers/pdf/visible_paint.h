// visible_paint.h — what of a page's vector paint shows once later paint has covered earlier paint: rectangles
// of one colour each, from which rules, fills, bullets and strikes are read; and the page's paint map made from
// them, where a cell's shading is looked up (paint_map.h).
#pragma once

#include <cstdint>
#include <vector>

#include "importers/pdf/page_content.h"

namespace planport::pdf {

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The parts of a not covered by b: up to four boxes (above, below, left, right); a itself when they do not
/// overlap.
std::vector<Box> subtract(const Box& a, const Box& b);

/// A visible rectangle of paint.
struct PaintPiece {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    uint32_t rgb = 0;       ///< 0xRRGGBB as shown on white paper (opacity applied)
    bool area = false;      ///< the box of a shape that is no rectangle (a dot, a rounded box): not all painted
    bool stroke = false;    ///< a stroked line (a rule as LibreOffice draws it)
    double dash = 0;        ///< a stroke's longest dash; 0 = solid
};

/// The pieces of the shapes still visible, in paint order. Filled rectangles, straight lines that run along
/// an axis (their ends at most a point or their width apart across it; as rectangles their width across, at
/// least 0.5 pt) and boxes of other filled shapes become pieces; an opaque rectangle, line or image hides the
/// parts of earlier pieces under it (a white one too: it leaves paper). Paper-white pieces, images, diagonal
/// lines and curves are no pieces. Past 20000 shapes the rest hide nothing (a chart or a hostile page must
/// not cost the square of its shapes).
std::vector<PaintPiece> visible_paint(const std::vector<PaintShape>& shapes);

/// The pieces painted in order onto a page of width × height points, one pixel a point (fewer for a page of
/// over 8 million square points), packed as the page's paint map.
PaintMap paint_map(const std::vector<PaintPiece>& pieces, double width, double height);

}  // namespace planport::pdf
