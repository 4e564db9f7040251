// struck_text.h — words struck through in the raster (tracked deletions printed by a word processor) leave
// the text layer: deleted text is no part of the document.
#pragma once

#include <vector>

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// The boxes without struck text. A word is struck when one raster row at 35–65% of its height (not the
/// baseline, where an underline runs) holds a thin run of ink (any colour but the background's) across at
/// least 80% of its width that starts and ends within the word (± 2 points: a table rule running on past the
/// word strikes nothing). With glyph edges, a run over two characters or more that starts and ends at
/// character edges drops just those characters ("in progresscompleted": "progress" goes, "completed" stays;
/// the rest of a word split in the middle becomes two boxes). Words of one character, words without a
/// letter or digit, sideways words and an empty raster are left alone.
std::vector<TextBox> drop_struck_text(std::vector<TextBox> boxes, const Raster& raster);

}  // namespace planport::pdf
