// context.h — what the recognition steps share while they walk one Document: the plan being built, the
// current priority, the plan's RAG key, and which table cells have reached the model.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "importers/recognise/columns.h"
#include "importers/recognise/recognise.h"
#include "model/rag.h"

namespace planport {

// Readings work on a copy of the Context and return whether they read the table; the driver keeps the copy
// of the best-scored reading, so a losing reading leaves no trace (its warnings and priorities included).
// The priorities are shared between the copies until one is changed (edit_priority copies it then): a copy
// per reading of every table costs the number of priorities, not the whole plan read so far.
struct Context {
    const Document* doc;
    const RecogniseOptions* options;
    Diagnostics diag;        ///< warnings of this reading (the driver passes the winner's on)
    Plan plan;  ///< the plan's own fields; its priorities are in `priorities` until take_plan()
    std::vector<std::shared_ptr<Priority>> priorities;
    RagKey key;
    std::map<std::string, std::string> listed_priorities;  ///< "2" → "The child's voice and journey"
    std::vector<std::string> listed_titles;  ///< unnumbered lines under an "Our priorities" heading
    int current = -1;              ///< index of the current priority in priorities, -1 = none

    // The layout of the last recognised table, so that a headerless table continuing it (next page)
    // is read the same way.
    enum class Layout { None, Rows, ProgressReport, Matrix, Cards };
    Layout last_layout = Layout::None;
    ColumnMap last_columns;
    int last_table_columns = 0;
    std::vector<int> matrix_priorities;  ///< priority index per matrix column (the first matrix defines them)

    std::string claim_note;  ///< why the last table was claimed (for `planport inspect`)
    std::string layout_name; ///< the reading that read the last table ("rows", "matrix", "card" …)
    double score = 0;        ///< how well the reading fits the table (0..1), set by the reading

    // What the paragraphs said: the headings since the last action table (the next table's priority), and
    // the last "Outcome: …" paragraph, which applies to the tables after it until the next heading.
    struct PendingHeading { std::string ref, title; bool numbered = false; int prose_after = 0; };
    std::vector<PendingHeading> pending_headings;
    std::string pending_outcome;
    bool block_opened_priority = false;   ///< a label/value block opened the priority of the next table
    bool matrix_rows = false;             ///< the matrix of matrix_priorities has its priorities as rows
    std::vector<std::string> matrix_workstreams;  ///< per matrix column: its header (priorities as rows)

    // Cells of the table being recognised that reached the model (row, col).
    std::set<std::pair<int, int>> taken;

    Context(const Document& d, const RecogniseOptions& o) : doc(&d), options(&o) {}

    Priority& priority() { return edit_priority(static_cast<size_t>(current)); }
    size_t priority_count() const { return priorities.size(); }
    const Priority& priority_at(size_t i) const { return *priorities[i]; }
    /// Priority i for changing: this copy's own (copied first when another copy shares it).
    Priority& edit_priority(size_t i);
    int action_count() const;
    /// The plan with its priorities, at the end.
    Plan take_plan();
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
bool recognise_row_table(Context& ctx, const Table& t);    // 5c. one action per row (reading_rows.cpp)
bool recognise_card(Context& ctx, const Table& t);         // 5d. one action per 2-column table
bool recognise_label_block(Context& ctx, const Table& t);  // 5e. "Priority 1 | Neglect", "Lead group | …"
bool recognise_other_table(Context& ctx, const Table& t);  // 5f. key, contents, membership …: no actions

/// The kind of non-action table t is by its words ("version control", "membership", "status key" …), or "".
std::string other_table_kind(const Table& t, int* hits = nullptr);

/// Starts the priority the pending headings name (the last numbered one, else the last one), if any; clears them.
/// Returns true when one was started.
bool open_pending_priority(Context& ctx);

/// Splits a ref printed at the start of an action ("1.1 Launch", "1.1. ", "a) ", "(i) ", "A2 – ") off the
/// text; true when there was one. `strict` (no other evidence of prefix refs) accepts only dotted, bracketed
/// or dashed forms, not a bare "3 ".
bool split_ref_prefix(const std::string& text, std::string& ref, std::string& rest, bool strict);

/// The cell anchored at grid position (r, c): nullptr when none, or when a cell merged down from an earlier
/// row covers it (its text belongs to that first row only).
const Cell* anchored(const Table& t, int r, int c);

/// The ref a ref cell shows: its text, or the label Word's list numbering shows when it stores no text,
/// without brackets and final dots ("(iv)" → "iv", "2.3." → "2.3").
std::string cell_ref(const Cell* cell);

/// True when grid row r of t starts on a later page than row r-1 (a row a PDF page break may have split).
bool starts_new_page(const Table& t, int r);
/// True when a cell's text stops mid-phrase: ends with ',', '-', '/', a lower-case word, or leaves a quote or
/// bracket open ('… with the "One Herefordshire').
bool open_ended(const std::string& text);

/// Parses a numbered priority heading: "PRIORITY 2: Title", "Theme 3 - Title", "Strategic Priority One –
/// Title", "Objective A: Title", "SP1 Early help", "P1 Workforce", "1a Title", "1. Title", "IV. Title",
/// "Improvement priority: 1" (empty title). ref is the number as printed ("2", "One", "A", "SP1", "1a").
bool parse_priority_heading(const std::string& text, std::string& ref, std::string& title);

}  // namespace planport
