// row_table.cpp — step 5c: tables with one action per row under a header (Outcome | Milestone | Lead |
// Timescale | Progress; Ref | Desired outcome | Action | …; Key action | Lead officer/group | …), including
// what may sit above the header in the same table: a merged heading row ("Theme 1 Early Help") and an
// Essex-style label/value block ("Improvement priority: 1", "Lead group", "What difference …").
#include <regex>

#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"
#include "model/dates.h"

namespace planport {

namespace {

// A row with one non-empty cell spanning (nearly) the whole table: a heading or a banner.
const Cell* banner_cell(const Table& t, const Row& row) {
    const Cell* only = nullptr;
    for (const auto& c : row.cells) {
        if (c.empty()) continue;
        if (only) return nullptr;
        only = &c;
    }
    if (!only) return nullptr;
    return (only->colspan >= t.columns - 1 || t.columns <= 2 || row.cells.size() == 1) ? only : nullptr;
}

// Label/value rows of a priority block. Returns true when the row was one.
bool read_label_row(Context& ctx, const Row& row) {
    const Cell* label = nullptr;
    const Cell* value = nullptr;
    for (const auto& c : row.cells) {
        if (c.empty()) continue;
        if (!label) label = &c;
        else if (!value) value = &c;
        else return false;  // three filled cells: not a label/value pair
    }
    if (!label) return false;
    std::string l = text::lower(label->text());
    std::string v = value ? value->text() : "";
    std::string ref, title;
    if (parse_priority_heading(label->text(), ref, title) && title.empty() && !v.empty()) {
        ctx.start_priority(ref, v);
    } else if (l.rfind("lead group", 0) == 0 || l.rfind("lead:", 0) == 0 || l.rfind("lead officer", 0) == 0) {
        if (!ctx.has_priority()) return false;
        ctx.priority().lead_group = v;
    } else if (l.find("what difference") != std::string::npos || l.rfind("description", 0) == 0 ||
               l.rfind("aim", 0) == 0) {
        if (!ctx.has_priority()) return false;
        ctx.priority().description = v;
    } else if (l.find("measure") != std::string::npos && l.find("success") != std::string::npos) {
        if (!ctx.has_priority()) return false;
        ctx.priority().success_measures = v;
    } else if (!value && l.find("actions we will") != std::string::npos) {
        // "The actions we will undertake in order to realise this priority are..." — a banner
    } else {
        return false;
    }
    ctx.take(label);
    ctx.take(value);
    return true;
}

std::string cell_text(const Table& t, int r, int c) {
    const Cell* cell = anchored(t, r, c);
    return cell ? text::squash(cell->text()) : "";
}

// A row ref "2.1" while the current priority is "1": switch to priority 2 (inferring it when no heading
// opened it). Refs without a dot say nothing.
void follow_ref(Context& ctx, const Table& t, const std::string& ref) {
    static const std::regex re(R"(^([0-9]{1,2})\.[0-9]+)");
    std::smatch m;
    if (!std::regex_search(ref, m, re)) return;
    std::string p = m[1].str();
    if (ctx.has_priority() && ctx.priority().ref == p) return;
    int found = ctx.find_priority(p);
    if (found >= 0) {
        ctx.current = found;
        return;
    }
    std::string title = ctx.listed_priorities.count(p) ? ctx.listed_priorities[p] : "";
    ctx.start_priority(p, title);
    ctx.diag.warn(ctx.doc.source + ": table " + std::to_string(t.index) + ": no heading; priority " + p +
                  " inferred from the refs");
}

// When the refs of a headerless continuation say another priority ("2.1" under Theme 1), switch to it.
void follow_refs(Context& ctx, const Table& t, const ColumnMap& cols, int first_row) {
    int rc = cols.col(Role::Ref);
    if (rc < 0) return;
    for (int r = first_row; r < static_cast<int>(t.rows.size()); ++r) {
        std::string ref = cell_text(t, r, rc);
        if (ref.empty()) continue;
        follow_ref(ctx, t, ref);
        return;
    }
}

void read_action_row(Context& ctx, const Table& t, int r, const ColumnMap& cols, std::string& outcome) {
    const Cell* action_cell = anchored(t, r, cols.col(Role::Action));
    const Cell* progress_cell = anchored(t, r, cols.col(Role::Progress));
    const Cell* rag_cell = anchored(t, r, cols.col(Role::Rag));
    std::string ref = cell_text(t, r, cols.col(Role::Ref));
    if (ref.empty()) ref = cell_text(t, r, cols.col(Role::Number));
    std::string row_outcome = cell_text(t, r, cols.col(Role::Outcome));
    if (!row_outcome.empty()) outcome = row_outcome;  // a blank outcome: the one above still applies

    std::vector<CellAction> actions;
    if (action_cell) actions = split_cell_actions(action_cell->paragraphs);
    auto leads = paragraph_texts(anchored(t, r, cols.col(Role::Lead)));
    auto times = paragraph_texts(anchored(t, r, cols.col(Role::Timescale)));
    times = split_timescales(times, std::max<size_t>(actions.size(), 1));
    auto progress = paragraph_texts(progress_cell);
    auto resources = paragraph_texts(anchored(t, r, cols.col(Role::Resources)));
    auto rag_words = paragraph_texts(rag_cell);
    bool any = !ref.empty() || !actions.empty() || !leads.empty() || !times.empty() || !progress.empty();
    for (int c = 0; c < t.columns; ++c) ctx.take(anchored(t, r, c));
    if (!any) return;  // an outcome-only row just sets the outcome for the rows below
    if (actions.empty()) actions.push_back({"", {}, 0});

    if (!ctx.has_priority()) ctx.start_priority("", "");
    Priority& pr = ctx.priority();
    size_t n = actions.size();
    for (size_t i = 0; i < n; ++i) {
        Action a;
        a.ref = ref;
        a.outcome = outcome;
        a.text = actions[i].text;
        a.items = actions[i].items;
        a.lead = share_out(leads, i, n);
        a.timescale = share_out(times, i, n);
        a.due = due_from_timescale(a.timescale);
        a.progress = share_out(progress, i, n);
        a.resources = share_out(resources, i, n);
        // Status: the progress paragraph's own shading, the progress cell's, a RAG column, then words.
        std::string fill;
        if (progress_cell && n > 1 && progress.size() == n) {
            int k = 0;
            for (const auto& p : progress_cell->paragraphs)
                if (!p.text.empty() && k++ == static_cast<int>(i)) fill = p.fill;
        }
        if (fill.empty() && progress_cell) fill = progress_cell->fill;
        if (fill.empty() && rag_cell) fill = rag_cell->fill;
        a.rag = ctx.status(fill, a.progress);
        if (a.rag == Rag::Unknown && !rag_words.empty()) a.rag = ctx.status("", share_out(rag_words, i, n));
        a.where = ctx.where(t, r);
        // The page where the action's own text starts (a row may run over a page break).
        if (action_cell && actions[i].first_paragraph < static_cast<int>(action_cell->paragraphs.size())) {
            int page = action_cell->paragraphs[static_cast<size_t>(actions[i].first_paragraph)].page;
            if (page > 0) a.where.page = page;
        }
        pr.actions.push_back(std::move(a));
    }
}

// A row a PDF page break split off the row above: it starts the new page, has no ref of its own, and each of
// its texts either finishes an open-ended text above it or starts in lower case. Its texts are appended to
// the last action read (with a space).
bool continue_split_row(Context& ctx, const Table& t, int r, const ColumnMap& cols) {
    if (!starts_new_page(t, r) || !ctx.has_priority() || ctx.priority().actions.empty()) return false;
    // With a ref column, a row without a ref at the top of a page under a row with one is the rest of that
    // row; without one, each text must finish an open-ended text above it or start in lower case.
    bool by_ref = cols.has(Role::Ref);
    if (by_ref && (!cell_text(t, r, cols.col(Role::Ref)).empty() || ctx.priority().actions.back().ref.empty()))
        return false;
    Action& last = ctx.priority().actions.back();
    struct Field { Role role; std::string* into; };
    Field fields[] = {{Role::Outcome, &last.outcome}, {Role::Action, &last.text},   {Role::Lead, &last.lead},
                      {Role::Resources, &last.resources}, {Role::Timescale, &last.timescale},
                      {Role::Progress, &last.progress}};
    bool any = false;
    for (const auto& f : fields) {
        std::string more = cell_text(t, r, cols.col(f.role));
        if (more.empty()) continue;
        if (!by_ref && !open_ended(*f.into) && !text::starts_lower(more) && !f.into->empty()) return false;
        any = true;
    }
    if (!any) return false;
    for (const auto& f : fields) {
        std::string more = cell_text(t, r, cols.col(f.role));
        if (!more.empty()) *f.into += (f.into->empty() ? "" : " ") + more;
    }
    last.due = due_from_timescale(last.timescale);
    for (int c = 0; c < t.columns; ++c) ctx.take(anchored(t, r, c));
    return true;
}

bool same_as_header(const Table& t, int r, const Table& header_table, int header_row) {
    if (header_row < 0 || t.columns != header_table.columns) return false;
    int same = 0, filled = 0;
    for (int c = 0; c < t.columns; ++c) {
        std::string a = cell_text(t, r, c), b = cell_text(header_table, header_row, c);
        if (b.empty()) continue;
        ++filled;
        if (text::lower(a) == text::lower(b)) ++same;
    }
    return filled > 0 && same == filled;
}

}  // namespace

bool recognise_row_table(Context& ctx, const Table& t) {
    // Find the header row among the first rows; what comes before it is headings and label/value rows.
    ColumnMap cols;
    int header = -1;
    int limit = std::min<int>(static_cast<int>(t.rows.size()), 8);
    for (int r = 0; r < limit; ++r)
        if (read_header_row(t, r, ctx.options.column_map, cols)) { header = r; break; }

    bool continuation = false;
    if (header < 0) {
        // No header: a table continuing the previous row table on the next page (same grid).
        if (ctx.last_layout != Context::Layout::Rows || t.columns != ctx.last_table_columns) return false;
        cols = ctx.last_columns;
        cols.header_row = -1;
        continuation = true;
    }

    int first_data = header + 1;
    if (!continuation) {
        // Rows above the header: a heading row or a label/value block.
        for (int r = 0; r < header; ++r) {
            const Row& row = t.rows[static_cast<size_t>(r)];
            const Cell* banner = banner_cell(t, row);
            std::string ref, title;
            if (banner && parse_priority_heading(banner->text(), ref, title) && !title.empty()) {
                if (title.empty() && ctx.listed_priorities.count(ref)) title = ctx.listed_priorities[ref];
                ctx.start_priority(ref, title);
                ctx.take(banner);
            } else if (read_label_row(ctx, row)) {
            } else if (banner) {
                ctx.take(banner);  // a caption-like banner over the header
                ctx.diag.warn(ctx.doc.source + ": table " + std::to_string(t.index) + " row " + std::to_string(r) +
                              ": text above the header kept as a caption only: " + text::squash(banner->text()).substr(0, 60));
            }
        }
        for (const auto& c : t.rows[static_cast<size_t>(header)].cells) ctx.take(&c);
    } else {
        first_data = 0;
    }
    // A heading-less table whose refs name another priority (West Berkshire's missing "Theme 2").
    bool own_heading = false;
    for (int r = 0; r < std::max(header, 0); ++r)
        if (banner_cell(t, t.rows[static_cast<size_t>(r)])) own_heading = true;
    if (!own_heading) follow_refs(ctx, t, cols, first_data);

    std::string outcome;
    // Outcomes carry down within one priority, across page-split tables too.
    if (continuation && ctx.has_priority() && !ctx.priority().actions.empty())
        outcome = ctx.priority().actions.back().outcome;
    int priority_at_start = ctx.current;
    for (int r = first_data; r < static_cast<int>(t.rows.size()); ++r) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        ColumnMap repeated;
        if (row.is_header || (header >= 0 && same_as_header(t, r, t, header)) ||
            (read_header_row(t, r, ctx.options.column_map, repeated) && repeated.known() >= 3)) {
            for (const auto& c : row.cells) ctx.take(&c);  // a repeated header row
            continue;
        }
        const Cell* banner = banner_cell(t, row);
        std::string ref, title;
        if (banner && parse_priority_heading(banner->text(), ref, title)) {
            ctx.start_priority(ref, title.empty() && ctx.listed_priorities.count(ref) ? ctx.listed_priorities[ref] : title);
            ctx.take(banner);
            outcome.clear();
            continue;
        }
        // Refs that name another priority ("2.1" after "1.5", tables joined across a page) switch to it.
        if (ctx.has_priority() && !ctx.priority().ref.empty()) follow_ref(ctx, t, cell_text(t, r, cols.col(Role::Ref)));
        if (ctx.current != priority_at_start) outcome.clear(), priority_at_start = ctx.current;
        if (continue_split_row(ctx, t, r, cols)) {
            outcome = ctx.priority().actions.back().outcome;
            continue;
        }
        read_action_row(ctx, t, r, cols, outcome);
    }
    ctx.claim_note = std::string(continuation ? "rows, continuing the previous table's columns: " : "rows: ") +
                     ctx.describe(t, cols);
    ctx.last_layout = Context::Layout::Rows;
    if (!continuation) ctx.last_columns = cols;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
