// drawn_bullets.h — list bullets drawn as shapes (Chromium prints a <ul> disc as a filled circle, not a
// glyph) become "•" words, so that the layout reads the lines after them as list items.
#pragma once

#include <vector>

#include "importers/pdf/page_content.h"
#include "importers/pdf/visible_paint.h"

namespace planport::pdf {

/// The boxes with a "•" word added for each drawn bullet: a small solid dark dot (0.2–0.6 em across, about
/// as wide as high, most of its box filled) that no word covers, 0.2–1.5 em left of a word and level with
/// the middle of its text. Coloured dots (a RAG status drawn beside text) and dots beside nothing are no
/// bullets. Sideways words and an empty raster add nothing.
std::vector<TextBox> add_drawn_bullets(std::vector<TextBox> boxes, const Raster& raster);

/// The same from vector paint: the dot is a filled shape (a disc's box, or a small square) by the same tests,
/// each dot a bullet once.
std::vector<TextBox> add_drawn_bullets(std::vector<TextBox> boxes, const std::vector<PaintPiece>& paint);

}  // namespace planport::pdf
