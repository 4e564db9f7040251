// tables.h — finds the tables on one page: ruled tables from the page's rule grid (ruled_tables.cpp),
// unruled ones from text aligned in columns (stream_tables.cpp). Works on plain words, rules and the page's paint (cell shading).
#pragma once

#include <vector>

#include "importers/pdf/lines.h"
#include "importers/pdf/raster_rules.h"
#include "model/document.h"

namespace planport::pdf {

/// A table found on a page, with the column edges that let pages.cpp join it to its continuation.
struct FoundTable {
    Table table;                 ///< page, bbox, rows, cells (with page and fill) set
    std::vector<double> col_x;   ///< columns + 1 edges, points, left to right
    bool ruled = false;          ///< from a rule grid (else from text alignment)
};

struct PageTables {
    std::vector<FoundTable> tables;  ///< top to bottom
    std::vector<Line> other_lines;   ///< lines outside every table, top to bottom
};

/// Finds tables on page `page` (1-based). A rule grid of at least two cells makes a ruled table, a rule
/// missing inside it makes a spanning cell; words outside grids go to stream detection, where two or more
/// consecutive lines with wide gaps aligned into the same columns make a table. carried_columns are the
/// column edges of a table ending the page before: an unruled table opening this page whose words fit them
/// takes them (its continuation; a few lines alone seldom show every column).
PageTables find_tables(const std::vector<TextBox>& boxes, const Rules& rules, const PaintMap& paint, int page,
                       const std::vector<double>& carried_columns = {});

/// The grid edges of a ruled table from horizontal and vertical rules: groups of crossing rules; exposed
/// for tests. Each result is {xs, ys}.
struct RuleGrid {
    std::vector<double> xs, ys;
    std::vector<Segment> horizontal, vertical;
    bool loose = false;    ///< as found, no column rule and drawn rules between fewer than half its rows
    bool widened = false;  ///< drawn on over text beside or below it, or joined to a grid below (ruled_tables.h)
};
std::vector<RuleGrid> find_grids(const Rules& rules);

/// Column edges for a block of lines: the x ranges no word covers (allowing one word in 7 lines) that are
/// at least 0.3 em wide (0.6 em with fewer than four lines) separate columns. Fewer than two columns gives an empty vector.
std::vector<double> stream_columns(const std::vector<Line>& lines);

/// Splits a word at x using its glyph edges; false when it has none or x is not inside it.
bool split_word(const TextBox& word, double x, TextBox& left, TextBox& right);

}  // namespace planport::pdf
