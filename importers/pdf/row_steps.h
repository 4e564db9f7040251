// row_steps.h — rows of a borderless table from the steps between its lines: wrapped text of a cell follows
// at the step of one line, a new row at that step plus the cells' padding.
#pragma once

#include <vector>

#include "importers/pdf/lines.h"

namespace planport::pdf {

/// For lines top to bottom (a table's, across all its columns): whether a wide step above each line
/// starts a row, when the rows are padded apart: the steps from one line's top to the next fall in two
/// groups a quarter em apart or more, the narrower about a line's height (the commonest step: wrapped
/// lines), the wider at least 0.6 em more (a paragraph's spacing inside a cell falls between and starts no row). Steps, not gaps: the
/// boxes of words differ in height, the tops of one font's lines do not. Empty when the lines show no
/// such two groups (rows of one line each, or no padding).
std::vector<char> padded_row_steps(const std::vector<Line>& lines);

}  // namespace planport::pdf
