// recognise.cpp — the driver: runs the recognition steps over one Document, as a recipe.
//
//   1. plan header (title, board, period, version)       plan_header.cpp
//   2. the plan's own RAG key                             headings.cpp
//   3. its numbered list of priorities                    headings.cpp
//   then, walking the blocks in order:
//   4. priority headings open priorities                  headings.cpp
//   5. each table goes to the first layout that claims it:
//      a. priorities × workstreams matrix                 matrix.cpp
//      b. progress report with numbered milestones       progress_report.cpp
//      c. one action per row (with label/value blocks)   row_table.cpp
//      otherwise it is reported as unmapped, never dropped.
//   6. cell accounting: every non-empty cell reached the model or the unmapped report.
#include "importers/recognise/recognise.h"

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

namespace {

std::string first_row_text(const Table& t) {
    if (t.rows.empty()) return "";
    std::vector<std::string> parts;
    for (const auto& c : t.rows[0].cells) parts.push_back(text::squash(c.text()));
    std::string s = text::join(parts, " | ");
    for (auto& ch : s)
        if (ch == '\n') ch = ' ';
    if (s.size() > 100) {
        size_t cut = 100;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
        s = s.substr(0, cut) + "…";
    }
    return s;
}

int paragraph_cells(const Table& t) {
    int n = 0;
    for (const auto& row : t.rows)
        for (const auto& c : row.cells)
            for (const auto& p : c.paragraphs)
                if (!p.text.empty()) { ++n; break; }
    return n;
}

// Step 6 for one table: compares what the layout took with the table's non-empty cells.
void account(Context& ctx, const Table& t, bool claimed) {
    int total = count_nonempty_cells(t);
    ctx.diag.cells.cells_total += total;
    if (!claimed) {
        ctx.diag.cells.cells_unmapped += total;
        ctx.diag.unmapped.push_back({t.index, t.page, first_row_text(t), total});
        ctx.diag.warn(ctx.doc.source + ": table " + std::to_string(t.index) +
                      ": no layout recognised, reported as unmapped (first row: " + first_row_text(t) + ")");
        return;
    }
    int mapped = 0;
    for (const auto& row : t.rows)
        for (const auto& c : row.cells) {
            bool has_text = false;
            for (const auto& p : c.paragraphs)
                if (!p.text.empty()) has_text = true;
            if (!has_text) continue;
            if (ctx.taken.count({c.row, c.col})) {
                ++mapped;
            } else {
                ctx.diag.warn(ctx.doc.source + ": table " + std::to_string(t.index) + " row " +
                              std::to_string(c.row) + " column " + std::to_string(c.col + 1) +
                              ": cell not mapped: " + text::squash(c.text()).substr(0, 60));
            }
        }
    int nested = total - paragraph_cells(t);
    if (nested > 0)
        ctx.diag.warn(ctx.doc.source + ": table " + std::to_string(t.index) + ": " + std::to_string(nested) +
                      " cells of nested tables not read");
    ctx.diag.cells.cells_mapped += mapped;
    ctx.diag.cells.cells_unmapped += total - mapped;
}

}  // namespace

Plan recognise(const Document& doc, Diagnostics& diag, const RecogniseOptions& options) {
    Context ctx(doc, diag, options);
    read_plan_header(ctx);
    read_rag_key(ctx);
    read_listed_priorities(ctx);

    int tables = 0;
    for (const auto& block : doc.blocks) {
        if (block.kind == Block::Kind::Paragraph) {
            const Paragraph& p = block.paragraph;
            if (!p.text.empty() && p.text.size() <= 150 && read_priority_heading(ctx, p)) ctx.last_layout = Context::Layout::None;
            continue;
        }
        const Table& t = block.table;
        ++tables;
        ctx.taken.clear();
        bool claimed = recognise_matrix(ctx, t) || recognise_progress_report(ctx, t) || recognise_row_table(ctx, t);
        if (!claimed) ctx.last_layout = Context::Layout::None;
        diag.claims.push_back({t.index, claimed ? ctx.claim_note.substr(0, ctx.claim_note.find(':')) : "unmapped",
                               claimed ? ctx.claim_note : "no header row with an action-like column, no matrix, no continuation"});
        account(ctx, t, claimed);
    }
    if (tables == 0) throw ImportError("no tables found: nothing to import");
    if (ctx.plan.action_count() == 0) diag.warn(doc.source + ": no actions recognised in " + std::to_string(tables) + " tables");
    return std::move(ctx.plan);
}

}  // namespace planport
