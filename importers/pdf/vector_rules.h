// vector_rules.h — ruling lines and filled areas from a page's visible vector paint, by the conventions of
// raster_rules.h, so that the table finders take either.
#pragma once

#include <vector>

#include "importers/pdf/raster_rules.h"
#include "importers/pdf/visible_paint.h"

namespace planport::pdf {

/// Pieces of one colour that touch (along an edge, not only at a corner) form an area. An area at least
/// 4 × 3 points whose pieces cover 60% of its box is a fill of that colour; the pieces of other areas less
/// than 3 points thick are rules along their middle (most producers draw rules as thin filled rectangles,
/// LibreOffice as strokes), joined where they meet end to end, kept when at least min_length long. A dashed
/// line whose dashes are shorter than min_length is no rule (as in a rendering: dots, a leader). Then, as
/// find_rules does, the longest 4000 each way and the fills' edges.
Rules vector_rules(const std::vector<PaintPiece>& pieces, double min_length = 8);

}  // namespace planport::pdf
