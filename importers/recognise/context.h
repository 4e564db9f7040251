// context.h — what the recognition steps share while they walk one Document: the plan being built, the
// current priority, the plan's RAG key, and which table cells have reached the model.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "importers/recognise/columns.h"
#include "importers/recognise/recognise.h"
#include "model/rag.h"

namespace planport {

struct Context {
    const Document& doc;
    Diagnostics& diag;
    const RecogniseOptions& options;
    Plan plan;
    RagKey key;
    std::map<std::string, std::string> listed_priorities;  ///< "2" → "The child's voice and journey"
    int current = -1;              ///< index of the current priority in plan.priorities, -1 = none

    // The layout of the last recognised table, so that a headerless table continuing it (next page)
    // is read the same way.
    enum class Layout { None, Rows, ProgressReport, Matrix };
    Layout last_layout = Layout::None;
    ColumnMap last_columns;
    int last_table_columns = 0;
    std::vector<int> matrix_priorities;  ///< priority index per matrix column (the first matrix defines them)

    std::string claim_note;  ///< why the last table was claimed (for `planport inspect`)

    // Cells of the table being recognised that reached the model (row, col).
    std::set<std::pair<int, int>> taken;

    Context(const Document& d, Diagnostics& g, const RecogniseOptions& o) : doc(d), diag(g), options(o) {}

    Priority& priority() { return plan.priorities[static_cast<size_t>(current)]; }
    bool has_priority() const { return current >= 0; }
    /// Starts a new priority and makes it current.
    Priority& start_priority(const std::string& ref, const std::string& title);
    /// Finds a priority by ref (the last one with that ref), or -1.
    int find_priority(const std::string& ref) const;
    /// Marks a cell as having reached the model.
    void take(const Cell* cell) {
        if (cell) taken.insert({cell->row, cell->col});
    }
    /// The status of a progress cell or paragraph: its fill through the key, else its words.
    Rag status(const std::string& fill, const std::string& progress_text) const;
    /// "Ref=ref | Desired outcome=outcome | …" for a header row.
    std::string describe(const Table& t, const ColumnMap& cols) const;
    /// Provenance of grid row r of table t.
    Provenance where(const Table& t, int r) const;
};

// The steps, in the order recognise() runs them (one file each).
void read_plan_header(Context& ctx);                       // 1. title, board, period, version
void read_rag_key(Context& ctx);                           // 2. the plan's own status key
void read_listed_priorities(Context& ctx);                 // 3. "1. Early help …" lists of priorities
bool read_priority_heading(Context& ctx, const Paragraph& p);  // 4. PRIORITY n: / Theme n headings
bool recognise_matrix(Context& ctx, const Table& t);       // 5a. priorities × workstreams
bool recognise_progress_report(Context& ctx, const Table& t);  // 5b. numbered milestones per cell
bool recognise_row_table(Context& ctx, const Table& t);    // 5c. one action per row (with label blocks)

/// The cell anchored at grid position (r, c): nullptr when none, or when a cell merged down from an earlier
/// row covers it (its text belongs to that first row only).
const Cell* anchored(const Table& t, int r, int c);

/// True when grid row r of t starts on a later page than row r-1 (a row a PDF page break may have split).
bool starts_new_page(const Table& t, int r);
/// True when a cell's text stops mid-phrase: ends with ',', '-', '/', a lower-case word, or leaves a quote or
/// bracket open ('… with the "One Herefordshire').
bool open_ended(const std::string& text);

/// Parses "PRIORITY 2: Title", "Theme 3 - Title", "Priority 4 – Title", "Improvement priority: 1"; true when
/// the text is such a heading.
bool parse_priority_heading(const std::string& text, std::string& ref, std::string& title);

}  // namespace planport
