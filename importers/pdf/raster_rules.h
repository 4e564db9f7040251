// raster_rules.h — ruling lines and filled areas found in a page raster: a page whose lines may be images
// (raster_fallback.h); the other pages take them from their vector paint (vector_rules.h).
#pragma once

#include <string>
#include <vector>

#include "importers/pdf/page_content.h"
#include "importers/pdf/paint_map.h"

namespace planport::pdf {

/// A horizontal (y0 == y1) or vertical (x0 == x1) ruling line, in points.
struct Segment {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool fill_edge = false;  ///< the edge of a filled area, not a drawn line
};

/// A uniformly coloured non-white area (cell shading, zebra stripe), in points.
struct FillRegion {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string colour;  ///< "#RRGGBB"
    bool stripe = false; ///< part of a row stripe joined to others through a merged cell: its sides are no column edges
};

struct Rules {
    std::vector<Segment> horizontal, vertical;
    std::vector<FillRegion> fills;
};

/// Thin straight runs of non-white pixels at least min_length points long become rules; areas of one
/// exact non-white colour (holes such as text allowed) at least 4 × 3 points become fills, and their edges
/// rules too (marked fill_edge) unless the fill sits inside a ruled cell with room around it. An empty
/// raster gives no rules.
Rules find_rules(const Raster& raster, double min_length = 8);

/// The same with the raster's paint runs already made (paint_runs(raster)).
Rules find_rules(const Raster& raster, const std::vector<PaintRun>& runs, double min_length = 8);

/// The last steps of finding rules, shared with vector_rules.h: of thousands of rules each way (hatching, a
/// chart) the 4000 longest are kept, then each fill's edges at least min_length long become rules (fill_edge)
/// unless the fill sits inside a ruled cell with room around it (a shaded paragraph, not a cell).
void keep_longest_and_add_fill_edges(Rules& rules, double min_length);

}  // namespace planport::pdf
