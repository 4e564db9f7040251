// blocks.h — block-level content (body, cell, content control): paragraphs and tables in document order.
#pragma once

#include <vector>

#include "importers/docx/read_context.h"
#include "importers/docx/xml_part.h"
#include "model/document.h"

namespace planport::docx {

/// Reads the block children of `parent` (w:body, w:tc, w:sdtContent …) into `out`. w:sdt, w:customXml,
/// w:ins and w:moveTo are looked through; w:del and w:moveFrom are dropped; mc:AlternateContent gives its
/// fallback (or first choice). A paragraph whose mark was deleted (tracked) is joined to the next one. `table_depth` is the nesting depth of the tables read here (0 = top level:
/// those get Table::index).
void read_blocks(const XmlElement& parent, ReadContext& ctx, int table_depth, std::vector<Block>& out);

}  // namespace planport::docx
