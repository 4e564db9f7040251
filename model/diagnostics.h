// diagnostics.h — results that carry warnings, and the one error type for files that yield no Document.
//
// Messages follow "where: what", lower case, no final full stop:
//   "plan.docx: table 3 row 2: 5 cells under a 4-column header".
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace planport {

/// A file that cannot be read at all (not a zip, encrypted, hostile, no text layer …). what() is the
/// reason without the file name; the caller prefixes the file.
class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A table that no recogniser claimed: reported, never silently dropped.
struct UnmappedTable {
    int table = 0;          ///< 1-based index among top-level tables
    int page = 0;           ///< 0 when unknown
    std::string first_row;  ///< cell texts of the first row joined by " | " (shortened)
    int cells = 0;          ///< its non-empty cells
};

/// How many non-empty input cells reached the model (as an action field, priority field or a recognised
/// header/label) and how many went to the unmapped report. cells_total == cells_mapped + cells_unmapped
/// when nothing is lost.
struct CellCount {
    int cells_total = 0;
    int cells_mapped = 0;
    int cells_unmapped = 0;
    int cells_other = 0;  ///< of cells_unmapped: in tables read as no action table (key, contents, membership …)
};

/// Which layout recogniser claimed a table, and why (for `planport inspect`).
struct TableClaim {
    int table = 0;
    std::string layout;  ///< "matrix", "progress report", "rows", "rows (continued)", "unmapped"
    std::string reason;  ///< e.g. the header roles it read: "Ref=ref | Desired outcome=outcome | …"
};

struct Diagnostics {
    std::vector<std::string> warnings;
    std::vector<UnmappedTable> unmapped;
    std::vector<TableClaim> claims;
    CellCount cells;

    void warn(std::string message) { warnings.push_back(std::move(message)); }
};

}  // namespace planport
