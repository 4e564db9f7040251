// ruled_tables.h — tables from the rule grid: cells between rules, spans where a rule is missing, blocks of
// unruled data lines inside a ruled row.
#pragma once

#include <vector>

#include "importers/pdf/tables.h"

namespace planport::pdf {

/// Rules without glyph strokes: a short "rule" lying mostly over words is part of a letter.
Rules without_glyph_strokes(const Rules& rules, const std::vector<TextBox>& boxes);

/// The ruled table of a grid; its words leave the pool. Tables of nested grids (built before) go into the
/// cell holding their middle and leave `nested`.
FoundTable ruled_table(const RuleGrid& grid, std::vector<TextBox>& pool, const Raster& raster, int page,
                       std::vector<FoundTable>& nested);

}  // namespace planport::pdf
