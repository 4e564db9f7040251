// pandoc_native.h — a small reader of pandoc's .native files (Haskell Show syntax of pandoc-types), enough
// to get each table's rows of cells with their text and row/column spans for the peer comparison.
#pragma once

#include <string>
#include <vector>

namespace planport::test {

/// One node of Show syntax: a constructor applied to arguments, a list, a tuple, a string or a number.
struct NativeNode {
    enum class Kind { Con, List, Tuple, Str, Num };
    Kind kind = Kind::Con;
    std::string text;                 ///< constructor name, string contents or number as written
    std::vector<NativeNode> items;    ///< arguments, list items or tuple items
};

/// Parses a whole .native file (a list of blocks). Throws std::runtime_error on syntax it does not know.
NativeNode parse_native(const std::string& src);

struct NativeCell {
    std::string text;   ///< paragraphs' text (Str, Space, breaks; list items without labels) joined by '\n'
    int rowspan = 1, colspan = 1;
};

struct NativeTable {
    std::vector<std::vector<NativeCell>> rows;  ///< head rows, then each body's rows, then foot rows
};

/// The paragraph texts of the blocks outside tables, in order (list items without labels, empty ones kept).
std::vector<std::string> native_paragraphs(const NativeNode& doc);

/// The tables of a document in order; tables nested in cells are not listed (nor their text counted).
std::vector<NativeTable> native_tables(const NativeNode& doc);

}  // namespace planport::test
