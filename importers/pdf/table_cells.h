// table_cells.h — small pieces shared by ruled and stream tables: edges, coverage, cells from words.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "importers/pdf/lines.h"
#include "model/document.h"

namespace planport::pdf {

constexpr double kTol = 3;  ///< points: rules this close are the same rule

/// Sorted values with those closer than tol merged into their mean.
std::vector<double> cluster(std::vector<double> v, double tol);

/// Length of [a, b] covered by the given intervals.
double covered(std::vector<std::pair<double, double>> iv, double a, double b);

/// A cell whose paragraphs are built from its words; row and column left 0.
Cell make_cell(const std::vector<TextBox>& words, int page);

/// Words straddling one of the edges are cut there at their glyphs (text drawn tight against a border).
std::vector<TextBox> split_at_edges(const std::vector<TextBox>& words, const std::vector<double>& edges);

/// The slot of v among edges (edges.size() >= 2), clamped to the first and last.
int index_of(const std::vector<double>& edges, double v);

}  // namespace planport::pdf
