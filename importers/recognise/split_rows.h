// split_rows.h — a table row that a page break cut in two is put back together before the rows are read.
#pragma once

#include <functional>
#include <optional>

#include "importers/recognise/columns.h"
#include "model/document.h"

namespace planport {

/// A copy of t in which every data row that goes on with the data row above it over a page break has its
/// cells' paragraphs joined to the cells above (a paragraph cut mid-sentence is joined into one, the
/// others follow it) and is left empty; nothing when no row was split. A row goes on with the one above
/// when the ref column is blank in it (and not above), or, without refs, when its action text starts in
/// small letters, or when every cell in it carries on a phrase of the cell above. `skip` says which rows
/// are not data rows (headers repeated on the new page, band rows).
std::optional<Table> join_split_rows(const Table& t, const ColumnMap& cols, int first_data,
                                     const std::function<bool(int)>& skip);

}  // namespace planport
