// table_style_fill.h — the fill a table style's conditional formatting gives a cell, as w:tblLook allows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "importers/docx/styles.h"
#include "importers/docx/xml_part.h"

namespace planport::docx {

/// w:tblLook: which conditional formats of the style apply.
struct TableLook {
    bool first_row = false, last_row = false, first_col = false, last_col = false;
    bool no_hband = false, no_vband = false;
};

/// Reads w:tblLook in either spelling: attributes (w:firstRow="1" …) or the w:val bit mask ("04A0").
/// Absent → every flag off (banding on), as the schema defaults say.
TableLook read_tbl_look(const XmlElement* look);

/// Where a cell sits in its table.
struct CellPlace {
    int row = 0, rows = 1;       ///< anchor row, row count
    int col = 0, colspan = 1, cols = 1;
};

/// The conditions that apply to a cell, lowest priority first: wholeTable, band1Vert/band2Vert,
/// band1Horz/band2Horz, firstCol, lastCol, firstRow, lastRow, nwCell, neCell, swCell, seCell.
std::vector<const char*> cell_conditions(const TableStyle& style, const TableLook& look, const CellPlace& at);

/// The run properties the style gives a cell's text (higher-priority conditions first, unset fields from
/// lower ones); they rank below the paragraph style and above w:docDefaults.
RunProps style_run_props(const TableStyle& style, const TableLook& look, const CellPlace& at);

/// The style's fill for a cell: wholeTable, then vertical and horizontal bands, first/last column,
/// first/last row and the corner cells, each later one replacing the earlier. nullopt when nothing applies.
std::optional<std::string> style_fill(const TableStyle& style, const TableLook& look, const CellPlace& at);

}  // namespace planport::docx
