// tables.h — w:tbl → Table: the grid (tblGrid, gridSpan, hMerge, vMerge, gridBefore/After), header rows,
// nested tables, cell fills and page breaks.
#pragma once

#include "importers/docx/read_context.h"
#include "importers/docx/xml_part.h"
#include "model/document.h"

namespace planport::docx {

/// Reads one w:tbl at nesting depth `depth` (0 = top level). Table::index is left 0 for the caller.
Table read_table(const XmlElement& tbl, ReadContext& ctx, int depth);

}  // namespace planport::docx
