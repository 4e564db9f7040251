// paint_map.h — a page's non-white paint as runs of one colour along each row. The rule and fill finder works
// on these runs, not on pixels (a page of text is mostly white), and the page keeps them, packed, as its
// PaintMap while the other pages are read: a cell's shading is looked up there when its table is found.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "importers/pdf/page_content.h"
#include "importers/pdf/pixel_colour.h"

namespace planport::pdf {

/// Pixels [x0, x1) of row y, all of exactly one colour that is not white.
struct PaintRun {
    int y = 0, x0 = 0, x1 = 0;
    uint32_t colour = 0;
    bool operator==(const PaintRun&) const = default;
};

/// Every run of a raster, row by row and left to right; white pixels belong to none.
std::vector<PaintRun> paint_runs(const Raster& raster);

/// The runs packed into a PaintMap of the raster's size and scale (runs as paint_runs gives them).
PaintMap pack_paint(const Raster& raster, const std::vector<PaintRun>& runs);

/// The same for a map of width × height pixels at scale pixels per point, made without a raster (runs in the
/// order paint_runs gives them, each row's runs apart).
PaintMap pack_runs(int width, int height, double scale, const std::vector<PaintRun>& runs);

/// The raster's own runs packed: pack_paint(raster, paint_runs(raster)).
PaintMap pack_paint(const Raster& raster);

/// The runs back out of a map, as they went in.
std::vector<PaintRun> unpack_paint(const PaintMap& map);

/// The non-white colour covering at least a third of the rectangle (points), as "#RRGGBB"; "" when none.
std::string dominant_fill(const PaintMap& map, double x0, double y0, double x1, double y1);

}  // namespace planport::pdf
