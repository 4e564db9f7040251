// matrix.cpp — reading 5a: a priorities × workstreams matrix, either way round. The header row and the first
// column are labels; every other cell holds actions, one per paragraph. Which labels are the priorities is
// decided by evidence: labels that read as numbered priorities ("Priority One Private fostering", "P1 …"),
// or that match the plan's own list of priorities, or a corner cell that says "Priorities". A "Key outcomes"
// row or column describes the priorities instead of holding actions.
#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

namespace {

// "NEGLECT: Identification and response …" → title "NEGLECT", description "Identification and response …";
// "Priority One Private fostering" → ref "One", title "Private fostering".
void split_title(const std::string& header, std::string& ref, std::string& title, std::string& description) {
    std::string s = text::one_line(header);
    ref.clear();
    description.clear();
    std::string r, rest;
    if (parse_priority_heading(s, r, rest) && !rest.empty()) ref = r, s = rest;
    size_t cut = s.find_first_of(":;");
    if (cut == std::string::npos || cut > 80) {
        title = s;
        return;
    }
    title = text::trim(s.substr(0, cut));
    description = text::trim(s.substr(cut + 1));
}

// The label a workstream row or column shows: its first paragraph that does not end in ':'.
std::string label_of(const Cell* label) {
    if (!label) return "";
    std::string first;
    for (const auto& p : label->paragraphs) {
        if (p.text.empty()) continue;
        if (first.empty()) first = p.text;
        if (!text::ends_with(p.text, ":")) return p.text;
    }
    return first;
}

// How much a label reads like a priority: numbered, or one of the plan's listed priorities.
int priority_evidence(const Context& ctx, const std::string& label) {
    std::string s = text::one_line(label), ref, title;
    if (s.empty()) return 0;
    if (parse_priority_heading(s, ref, title) && !title.empty()) return 2;
    std::string l = text::lower(s);
    for (const auto& [num, t] : ctx.listed_priorities) {
        std::string lt = text::lower(t);
        if (!lt.empty() && (l == lt || l.find(lt) != std::string::npos || lt.find(l) != std::string::npos)) return 2;
    }
    for (const auto& t : ctx.listed_titles)
        if (text::lower(t) == l) return 2;
    return 0;
}

bool is_outcome_label(const std::string& s) {
    std::string l = text::lower(s);
    return l.find("outcome") != std::string::npos || l.find("what difference") != std::string::npos;
}

}  // namespace

bool recognise_matrix(Context& ctx, const Table& t) {
    int rows = static_cast<int>(t.rows.size());
    bool continuation = false;
    bool header = rows >= 2 && t.columns >= 3;
    int col_labels = 0, row_labels = 0, col_evidence = 0, row_evidence = 0, role_words = 0, col_hits = 0, row_hits = 0;
    if (header) {
        for (int c = 1; c < t.columns; ++c) {
            const Cell* cell = anchored(t, 0, c);
            if (!cell || cell->col != c || cell->empty()) continue;
            ++col_labels;
            int ev = priority_evidence(ctx, cell->text());
            col_evidence += ev;
            col_hits += ev > 0;
            Role role = role_of_header(cell->text(), ctx.options->column_map);
            if (role != Role::None && role != Role::Priority && role != Role::Other && role != Role::Objective &&
                priority_evidence(ctx, cell->text()) == 0)
                ++role_words;
        }
        for (int r = 1; r < rows; ++r) {
            const Cell* cell = anchored(t, r, 0);
            if (!cell || cell->empty()) continue;
            ++row_labels;
            int ev = priority_evidence(ctx, cell->text());
            row_evidence += ev;
            row_hits += ev > 0;
        }
        // a row-per-action table names roles in its header; a matrix names priorities or workstreams
        if (col_labels < 2 || row_labels < 1 || role_words * 2 > col_labels) header = false;
        // the priorities' side must read as priorities: at least half its labels (one numbered label among
        // column headers is a row table's action column named after its priority); with no evidence at all,
        // the labels decide as before
        // One priority among headers that name roles ("Responsibility | Domestic abuse | Progress to date") is
        // a row table's action column named after its priority.
        bool cols_side = col_hits >= 1 && col_hits * 2 >= col_labels && (col_hits >= 2 || role_words == 0);
        bool rows_side = row_hits >= 1 && row_hits * 2 >= row_labels;
        if (header && !cols_side && !rows_side && col_hits + row_hits > 0) header = false;
        // the data cells hold sentences
        int sentences = 0, data = 0;
        for (int r = 1; r < rows && header; ++r)
            for (int c = 1; c < t.columns; ++c) {
                const Cell* cell = anchored(t, r, c);
                if (!cell || cell->col != c || cell->empty()) continue;
                ++data;
                if (text::word_count(cell->text()) >= 3) ++sentences;
            }
        if (header && (data == 0 || sentences * 2 < data)) header = false;
    }
    if (!header) {
        continuation = ctx.last_layout == Context::Layout::Matrix && t.columns == ctx.last_table_columns;
        if (!continuation) return false;
        // a membership or version table of as many columns is no continuation
        int hits = 0;
        std::string kind = other_table_kind(t, &hits);
        bool short_first_row = true;  // a header row: every cell a few words
        for (const auto& c : t.rows[0].cells) short_first_row = short_first_row && text::word_count(c.text()) <= 4;
        if (!kind.empty() && kind != "status key" && short_first_row && hits >= 1) return false;
    }
    std::string corner = header && t.at(0, 0) ? text::lower(t.at(0, 0)->text()) : "";
    bool priorities_as_rows = continuation ? ctx.matrix_rows
                                           : row_evidence > col_evidence ||
                                                 (row_evidence == col_evidence && corner.find("workstream") == std::string::npos &&
                                                  corner.find("priorit") == std::string::npos && row_evidence > 0);
    if (header && (col_evidence + row_evidence == 0) && corner.find("priorit") == std::string::npos &&
        corner.find("objective") == std::string::npos && corner.find("workstream") == std::string::npos && !corner.empty())
        return false;  // labels that say nothing: not evidently a matrix

    std::vector<int>& column_priority = ctx.matrix_priorities;
    // A second matrix with the same columns keeps the first one's priorities, by column (its headers may
    // be spelt differently); its header row is taken.
    bool reuse = header && !priorities_as_rows && !ctx.matrix_rows &&
                 column_priority.size() == static_cast<size_t>(t.columns) && ctx.last_layout == Context::Layout::Matrix;
    if (reuse) {
        for (const auto& c : t.rows[0].cells) ctx.take(&c);
    } else if (header) {
        ctx.matrix_rows = priorities_as_rows;
        column_priority.assign(static_cast<size_t>(t.columns), -1);
        ctx.matrix_workstreams.assign(static_cast<size_t>(t.columns), "");
        for (int c = 1; c < t.columns; ++c) {
            const Cell* cell = anchored(t, 0, c);
            if (!cell || cell->col != c) continue;
            ctx.take(cell);
            if (priorities_as_rows) {
                ctx.matrix_workstreams[static_cast<size_t>(c)] = label_of(cell);
                continue;
            }
            std::string ref, title, description;
            split_title(cell->text(), ref, title, description);
            int found = -1;
            for (size_t i = 0; i < ctx.priority_count(); ++i)
                if (ctx.priority_at(i).title == title && ctx.priority_at(i).ref == ref) found = static_cast<int>(i);
            if (found < 0) {
                Priority& p = ctx.start_priority(ref, title);
                p.description = description;
                found = ctx.current;
            }
            column_priority[static_cast<size_t>(c)] = found;
        }
        ctx.take(t.at(0, 0));
    }
    if (column_priority.size() != static_cast<size_t>(t.columns)) return false;
    ctx.pending_headings.clear();

    int first = header ? 1 : 0;
    const Cell* previous_label = nullptr;
    int row_priority = -1;
    std::string row_workstream;
    int sentences = 0, cells = 0;
    for (int r = first; r < rows; ++r) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        if (row.is_header && r > 0) {
            for (const auto& c : row.cells) ctx.take(&c);
            continue;
        }
        const Cell* label = anchored(t, r, 0);
        ctx.take(label);
        // A row broken by a page: no label, or a label that only finishes the label above it.
        if (label && r > first && previous_label && starts_new_page(t, r) &&
            (open_ended(previous_label->text()) || text::starts_lower(label->text())))
            label = nullptr;
        if (label && label->empty()) label = nullptr;
        if (label) previous_label = label;
        bool outcomes = label && is_outcome_label(label->text());
        if (label && !outcomes) {
            if (priorities_as_rows) {
                std::string ref, title, description;
                split_title(label->text(), ref, title, description);
                Priority& p = ctx.start_priority(ref, title);
                p.description = description;
                row_priority = ctx.current;
            } else {
                row_workstream = label_of(label);
            }
        }
        for (int c = 1; c < t.columns; ++c) {
            const Cell* cell = anchored(t, r, c);
            if (!cell || cell->col != c || cell->empty()) continue;
            int pi = priorities_as_rows ? row_priority : column_priority[static_cast<size_t>(c)];
            if (pi < 0) continue;
            ctx.take(cell);
            Priority& p = ctx.edit_priority(static_cast<size_t>(pi));
            if (outcomes) {
                p.description += (p.description.empty() ? "" : "\n") + cell->text();
                continue;
            }
            std::string workstream = priorities_as_rows ? ctx.matrix_workstreams[static_cast<size_t>(c)] : row_workstream;
            auto actions = split_cell_actions(cell->paragraphs);
            size_t start = 0;
            // A row without a label continues the row above (broken by a page): its first paragraph may
            // finish the last action's sentence.
            if (!label && !actions.empty() && !p.actions.empty() && !text::ends_sentence(p.actions.back().text) &&
                p.actions.back().workstream == workstream) {
                p.actions.back().text += " " + actions[0].text;
                start = 1;
            }
            for (size_t i = start; i < actions.size(); ++i) {
                std::string s = text::lower(text::trim(actions[i].text));
                if (s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94" || s == "n/a" || s == "none" || s.empty()) continue;
                ++cells;
                if (text::word_count(actions[i].text) >= 4) ++sentences;
                Action a;
                a.text = actions[i].text;
                a.items = actions[i].items;
                a.workstream = workstream;
                a.where = ctx.where(t, r);
                int page = cell->paragraphs[static_cast<size_t>(actions[i].first_paragraph)].page;
                a.where.page = page > 0 ? page : (cell->page > 0 ? cell->page : a.where.page);
                p.actions.push_back(std::move(a));
            }
        }
    }
    double fit = cells ? static_cast<double>(sentences) / cells : 0;
    ctx.score = continuation ? 0.45 + 0.3 * fit : 0.5 + 0.3 * fit + 0.2 * std::min(1.0, (col_evidence + row_evidence) / 4.0);
    ctx.layout_name = continuation ? "matrix (continued)" : "matrix";
    ctx.claim_note = continuation ? "matrix, continuing the previous matrix's columns"
                                  : std::string("matrix: priorities as ") + (priorities_as_rows ? "rows" : "columns") +
                                        " (evidence columns " + std::to_string(col_evidence) + ", rows " +
                                        std::to_string(row_evidence) + "), workstreams as the other labels";
    ctx.last_layout = Context::Layout::Matrix;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
