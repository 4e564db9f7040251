// struck_text.h — words struck through (tracked deletions printed by a word processor), in the vector paint or
// in a page's raster, leave the text layer: deleted text is no part of the document.
#pragma once

#include <vector>

#include "importers/pdf/page_content.h"
#include "importers/pdf/paint_map.h"
#include "importers/pdf/visible_paint.h"

namespace planport::pdf {

/// The boxes without struck text. A strike is a thin run of coloured ink (a tracked deletion is printed in
/// its author's colour; black runs are left alone, as the bars of small letters touch at 72 dpi) along one
/// raster row at 37–58% of a word's height (clear of the baseline, where an underline runs), bridging a gap
/// no glyph fills, that starts and ends inside words give or take a space (a rule running on past the text
/// strikes nothing). A word it covers by 80% goes; with glyph edges, the characters it covers go when they
/// are two or more ("in progresscompleted": "progress" goes, "completed" stays; the rest of a word split in
/// the middle becomes two boxes). Over just two characters the run must also go on past them (the bars of
/// "ta" end inside). Words of one character, words without a letter or digit, sideways words and an empty
/// raster are left alone.
std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const Raster& raster);

/// The same with the raster's paint runs already made (paint_runs(raster)): words on rows without any
/// coloured paint are passed over without looking at their pixels.
std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const Raster& raster,
                                      const std::vector<PaintRun>& runs);

/// The same from vector paint: a strike is a line or a thin filled rectangle (under 2.5 pt across, 4 pt long
/// at least), black or in colour, through the middle band of the words it crosses, starting and ending inside
/// words give or take a space; what it covers goes as in the raster version, two characters struck being
/// enough.
std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const std::vector<PaintPiece>& paint);

/// A strike across a word, in points.
struct Strike {
    double x0 = 0, x1 = 0;
};

/// The boxes without what the strikes of each box cover (struck[i] for boxes[i]): a word covered by 80% goes;
/// with glyph edges, the characters covered go when they are two or more, a word split in the middle becoming
/// two boxes. Over exactly two characters (or a word of two) the strike must run overshoot points past them.
std::vector<TextBox> remove_struck(std::vector<TextBox> boxes, const std::vector<std::vector<Strike>>& struck,
                                   double overshoot);

}  // namespace planport::pdf
