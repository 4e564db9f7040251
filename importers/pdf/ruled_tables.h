// ruled_tables.h — tables from the rule grid: cells between rules, spans where a rule is missing, blocks of
// unruled data lines inside a ruled row.
#pragma once

#include <vector>

#include "importers/pdf/tables.h"

namespace planport::pdf {

/// Rules without glyph strokes: a short "rule" lying mostly over words is part of a letter.
Rules without_glyph_strokes(const Rules& rules, const std::vector<TextBox>& boxes);

/// True when every rule of the grid is the edge of a fill (no drawn line).
bool drawn_by_fills_only(const RuleGrid& grid);

/// True when every rule of the grid is the edge of a fill (no drawn line) and the grid leaves columns of
/// the words inside it together: a gap the text lines up on (stream_columns) with no grid edge beside it, as
/// when a header bar and a few shaded cells are all that is drawn of a borderless table. Such a grid is no
/// table of its own; its words are left to stream detection, where its edges bound rows.
bool fill_grid_misses_columns(const RuleGrid& grid, const std::vector<TextBox>& words);

/// A grid drawn loosely (no column rule, rules between fewer than half its rows: the rest fill edges) whose
/// rows go on beside it (most rows have text left or right of the grid
/// starting on the row's first line: only some columns are shaded, as a card's label column or a RAG
/// column) is widened over that text, its row edges drawn on across it; add_text_columns then splits it.
void widen_to_rows_beside(RuleGrid& grid, const std::vector<TextBox>& words);

/// Columns of a grid drawn without column rules (rules across the rows, a shaded first column or header bar):
/// where the text inside lines up on a gap (stream_columns) with no grid edge near it, the gap becomes an
/// edge of the grid, with a rule (marked fill_edge) down each grid row that no word crosses. A grid with a
/// drawn rule between its columns is left as it is.
void add_text_columns(RuleGrid& grid, const std::vector<TextBox>& words);

/// A header bar on its own: one filled area, in no grid, holding one to three lines of short labels (five
/// words at most, each with a letter) starting four columns at least, with no text right under it and no line
/// in columns right above it (a shaded last row) (a table's header left at the foot of a page, its rows on
/// the next). Its grid has a column edge just left of each column's start, where the text of the cells on
/// the next page starts too (their columns are carried there).
std::vector<RuleGrid> header_bar_grids(const Rules& rules, const std::vector<RuleGrid>& grids,
                                       const std::vector<TextBox>& words);

/// A grid drawn loosely (a header bar, a rule under it, shaded cells) goes on down over the unruled rows
/// right under it: lines in columns, inside its outer edges, each within 1.5 em of the one above and no
/// larger than the first (a heading or a paragraph after the table ends it). Its rows and columns there
/// come from the text (add_text_columns, add_text_rows) and from the rules drawn across most of it there
/// (rules between rows, none between columns).
void extend_down_over_rows(RuleGrid& grid, const std::vector<TextBox>& words, const std::vector<Segment>& rules);

/// Column edges at the given x (a shaded cell's sides inside the grid) added to a grid, each drawn down every
/// grid row that no word crosses; edges at or near one the grid has are skipped.
void add_column_edges(RuleGrid& grid, const std::vector<double>& edges, const std::vector<TextBox>& words);

/// Grids drawn loosely one above the other with the same outer edges are one table when all the text
/// between them lies inside those edges and opens in columns (an unshaded row between shaded ones): they
/// are joined, the rows between still to be split by add_text_rows. Grids come out top to bottom.
void join_stacked_grids(std::vector<RuleGrid>& grids, const std::vector<TextBox>& words);

/// Rows of a grid drawn loosely (as above) where its text says so (padded_row_steps): a wide step to a line that
/// opens the first column or more than half the columns, with no grid edge between, becomes a row edge across the grid.
/// Adjacent cells of one colour make one fill, so the fills alone would join their rows.
void add_text_rows(RuleGrid& grid, const std::vector<TextBox>& words);

/// The grids of a page made ready for their tables, in order: header bars alone added, loosely drawn grids
/// widened over the rows beside them, stacked ones joined, grown down over their rows, the shaded cells they
/// cover taken in as column edges, grids of fills that lump text columns together dropped (their words go
/// to stream detection), then columns and rows where the text says so.
void shape_grids(std::vector<RuleGrid>& grids, const Rules& rules, const std::vector<TextBox>& words);

/// The ruled table of a grid; its words leave the pool. Tables of nested grids (built before) go into the
/// cell holding their middle and leave `nested`.
FoundTable ruled_table(const RuleGrid& grid, std::vector<TextBox>& pool, const PaintMap& paint, int page,
                       std::vector<FoundTable>& nested);

}  // namespace planport::pdf
