// stream_tables.h — unruled tables: runs of lines whose text lines up in columns.
#pragma once

#include <string>
#include <vector>

#include "importers/pdf/tables.h"

namespace planport::pdf {

/// "•", "1.", "2)", "(a)", "iv." — what a list puts before its items.
bool list_label_like(const std::string& word);

/// The stream tables among lines (top to bottom); the lines they take are marked in used. The first table,
/// when no line above it is outside a table, takes carried_columns (find_tables) if its words fit them.
std::vector<FoundTable> stream_tables(const std::vector<Line>& lines, const Rules& rules, const PaintMap& paint,
                                      int page, std::vector<char>& used,
                                      const std::vector<double>& carried_columns = {});

}  // namespace planport::pdf
