// recognise.cpp — the driver: runs the recognition steps over one Document, as a recipe.
//
//   1. plan header (title, board, period, version)       plan_header.cpp
//   2. the plan's own RAG key                             headings.cpp
//   3. its numbered list of priorities                    headings.cpp
//   then, walking the blocks in order:
//   4. headings and "Outcome: …" paragraphs are kept pending for the next table      headings.cpp
//   5. every reading that could apply to a table proposes its result on its own copy of the state, with a
//      score from its evidence (scoring: each reading's file); the best one wins, a close second is a warning:
//      a. priorities × workstreams matrix, either way round   matrix.cpp
//      b. progress report with numbered milestones           progress_report.cpp
//      c. one action per row                                  reading_rows.cpp
//      d. card: one action per 2-column table                 reading_card.cpp
//      e. label/value block opening a priority                reading_label_block.cpp
//      f. not an action table (key, contents, membership …)   reading_other.cpp
//      otherwise the table is reported as unmapped, never dropped.
//   6. cell accounting: every non-empty cell reached the model or the unmapped report.
#include "importers/recognise/recognise.h"

#include <cstdio>
#include <optional>

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

// Step 6 for one table: compares what the reading took with the table's non-empty cells.
void account(const Context& ctx, Diagnostics& diag, const Table& t, bool claimed, bool actions) {
    int total = count_nonempty_cells(t);
    diag.cells.cells_total += total;
    if (!claimed) {
        diag.cells.cells_unmapped += total;
        diag.unmapped.push_back({t.index, t.page, first_row_text(t), total});
        diag.warn(ctx.doc->source + ": table " + std::to_string(t.index) +
                  ": no layout recognised, reported as unmapped (first row: " + first_row_text(t) + ")");
        return;
    }
    if (!actions) {  // a key, contents, membership …: read, reported, not in the model
        diag.cells.cells_unmapped += total;
        diag.cells.cells_other += total;
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
                diag.warn(ctx.doc->source + ": table " + std::to_string(t.index) + " row " + std::to_string(c.row) +
                          " column " + std::to_string(c.col + 1) + ": cell not mapped: " +
                          text::squash(c.text()).substr(0, 60));
            }
        }
    int nested = total - paragraph_cells(t);
    if (nested > 0)
        diag.warn(ctx.doc->source + ": table " + std::to_string(t.index) + ": " + std::to_string(nested) +
                  " cells of nested tables not read");
    diag.cells.cells_mapped += mapped;
    diag.cells.cells_unmapped += total - mapped;
}

// Each reading with what it needs, said when it does not apply (for `planport inspect` on an unmapped table).
struct Reading { const char* name; bool (*read)(Context&, const Table&); const char* needs; };
const Reading kReadings[] = {
    {"matrix", recognise_matrix, "row and column labels (priorities or workstreams) over cells of sentences"},
    {"progress report", recognise_progress_report, "an objective column and an action column of numbered milestones"},
    {"rows", recognise_row_table, "a header row whose words or contents give an action column (or the previous table's columns)"},
    {"card", recognise_card, "a 2-column table whose first column labels an action and other fields"},
    {"label/value block", recognise_label_block, "a 2-column block with a priority label"},
    {"not an action table", recognise_other_table, "the words of a key, contents, membership, budget, glossary, sign-off or version table"},
};

std::string score_text(double s) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", s);
    return buf;
}

}  // namespace

Plan recognise(const Document& doc, Diagnostics& diag, const RecogniseOptions& options) {
    Context ctx(doc, options);
    read_plan_header(ctx);
    read_rag_key(ctx);
    read_listed_priorities(ctx);

    int tables = 0;
    for (const auto& block : doc.blocks) {
        if (block.kind == Block::Kind::Paragraph) {
            const Paragraph& p = block.paragraph;
            if (!p.text.empty()) read_priority_heading(ctx, p);
            continue;
        }
        const Table& t = block.table;
        ++tables;
        // Every reading on its own copy; the best score wins.
        std::optional<Context> best;
        std::string tried;
        double second = 0;
        size_t warnings_before = ctx.diag.warnings.size();
        for (const auto& reading : kReadings) {
            Context trial = ctx;
            trial.taken.clear();
            trial.score = 0;
            bool ok = reading.read(trial, t);
            tried += std::string(tried.empty() ? "" : ", ") + reading.name + " " + (ok ? score_text(trial.score) : "-");
            if (!ok) continue;
            if (!best || trial.score > best->score) {
                if (best) second = std::max(second, best->score);
                best = std::move(trial);
            } else {
                second = std::max(second, trial.score);
            }
        }
        bool claimed = best.has_value();
        bool actions = claimed && best->layout_name != "not an action table" && best->layout_name != "label/value block";
        if (claimed) {
            int before = ctx.action_count();
            ctx = std::move(*best);
            if (ctx.layout_name == "label/value block") actions = true;  // its cells reached the model
            if (ctx.action_count() == before && ctx.layout_name != "not an action table" &&
                ctx.layout_name != "label/value block")
                ctx.diag.warn(doc.source + ": table " + std::to_string(t.index) + ": read as " + ctx.layout_name +
                              " but gave no actions");
            if (actions && ctx.score < 0.4)
                ctx.diag.warn(doc.source + ": table " + std::to_string(t.index) + ": weak reading, " + ctx.layout_name +
                              " scored only " + score_text(ctx.score) + "; check it with planport inspect");
            if (second > 0 && ctx.score - second < 0.05)
                ctx.diag.warn(doc.source + ": table " + std::to_string(t.index) + ": close call, " + ctx.layout_name +
                              " " + score_text(ctx.score) + " over " + score_text(second));
        } else {
            ctx.last_layout = Context::Layout::None;
            ctx.pending_headings.clear();
        }
        for (size_t i = warnings_before; i < ctx.diag.warnings.size(); ++i) diag.warn(ctx.diag.warnings[i]);
        ctx.diag.warnings.clear();
        std::string missing;
        if (!claimed)
            for (const auto& reading : kReadings) missing += std::string("\n    ") + reading.name + " needs " + reading.needs;
        diag.claims.push_back({t.index, claimed ? ctx.layout_name : "unmapped",
                               (claimed ? ctx.claim_note : std::string("no reading applies")) + "\n    readings tried: " + tried +
                                   missing});
        account(ctx, diag, t, claimed, actions);
    }
    for (auto& w : ctx.diag.warnings) diag.warn(w);
    if (tables == 0) throw ImportError("no tables found: nothing to import");
    // priorities that no action reached (a heading over a key table) are not part of the plan
    std::vector<Priority> kept;
    Plan plan = ctx.take_plan();
    for (auto& p : plan.priorities)
        if (!p.actions.empty()) kept.push_back(std::move(p));
    plan.priorities = std::move(kept);
    if (plan.action_count() == 0) diag.warn(doc.source + ": no actions recognised in " + std::to_string(tables) + " tables");
    return plan;
}

}  // namespace planport
