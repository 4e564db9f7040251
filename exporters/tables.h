// tables.h — raw table dumps of a Document (before any recognising): JSON with spans, fills and nested tables,
// and one CSV grid per top-level table. For inspecting what a reader saw.
#pragma once

#include <ostream>
#include <string>

#include "exporters/csv.h"
#include "model/document.h"

namespace planport {

/// {"file": …, "tables": [{"index", "page" (null when 0), "bbox" (null or [x0,y0,x1,y1]), "rows" (grid_text),
/// "cells": [{"row", "col", "rowspan", "colspan", "text", "fill" ("#RRGGBB" or null), "header",
/// "nested": [same shape] only when the cell holds tables}]}]}. Top-level tables in document order; a nested
/// table's "index" is its 1-based position inside its cell. indent 0 writes one line.
void write_tables_json(std::ostream& out, const Document& doc, int indent = 2);

/// Writes <dir>/<stem>-table-<n>.csv for each top-level table (n = Table::index, or its position when the
/// index is unset): the grid as text, RFC 4180, written atomically. Throws std::runtime_error on IO failure.
void write_tables_csv(const std::string& dir, const Document& doc, const std::string& stem,
                      const CsvOptions& options = {});

}  // namespace planport
