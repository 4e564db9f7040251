// matrix.cpp — step 5a: a matrix with the priorities as columns and workstreams as rows (Herefordshire):
// the header row names the priorities ("Strategic Priorities | NEGLECT: … | CHILD SEXUAL EXPLOITATION: …"),
// a "Key Outcomes" row describes them, and every other row is a workstream whose cells hold actions.
#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

namespace {

bool is_matrix_header(const Table& t) {
    if (t.rows.empty() || t.columns < 3) return false;
    const Cell* corner = t.at(0, 0);
    if (!corner) return false;
    std::string c = text::lower(corner->text());
    if (c.find("priorit") == std::string::npos && c.find("objective") == std::string::npos) return false;
    int filled = 0;
    for (int col = 1; col < t.columns; ++col) {
        const Cell* cell = t.at(0, col);
        if (cell && cell->col == col && !cell->empty()) ++filled;
    }
    return filled >= 2;
}

// "NEGLECT: Identification and response …" → title "NEGLECT", description "Identification and response …".
void split_title(const std::string& header, std::string& title, std::string& description) {
    std::string s = text::squash(header);
    for (auto& ch : s)
        if (ch == '\n') ch = ' ';
    size_t cut = s.find_first_of(":;");
    if (cut == std::string::npos || cut > 80) {
        title = s;
        description.clear();
        return;
    }
    title = text::trim(s.substr(0, cut));
    description = text::trim(s.substr(cut + 1));
}

// The workstream a row label names: its first paragraph that does not end in ':'.
std::string workstream_of(const Cell* label) {
    if (!label) return "";
    std::string first;
    for (const auto& p : label->paragraphs) {
        if (p.text.empty()) continue;
        if (first.empty()) first = p.text;
        if (!text::ends_with(p.text, ":")) return p.text;
    }
    return first;
}

}  // namespace

bool recognise_matrix(Context& ctx, const Table& t) {
    bool header = is_matrix_header(t);
    bool continuation = !header && ctx.last_layout == Context::Layout::Matrix && t.columns == ctx.last_table_columns;
    if (!header && !continuation) return false;

    // Priorities: one per column; the first matrix defines them, later ones reuse them by column.
    std::vector<int>& column_priority = ctx.matrix_priorities;
    if (header && column_priority.empty()) {
        column_priority.assign(static_cast<size_t>(t.columns), -1);
        for (int col = 1; col < t.columns; ++col) {
            const Cell* cell = t.at(0, col);
            if (!cell || cell->col != col || cell->empty()) continue;
            std::string title, description;
            split_title(cell->text(), title, description);
            Priority& p = ctx.start_priority(std::to_string(col), title);
            p.description = description;
            column_priority[static_cast<size_t>(col)] = ctx.current;
        }
    }
    if (column_priority.size() != static_cast<size_t>(t.columns)) return false;

    int first = 0;
    if (header) {
        for (const auto& c : t.rows[0].cells) ctx.take(&c);
        first = 1;
    }
    const Cell* previous_label = nullptr;
    for (int r = first; r < static_cast<int>(t.rows.size()); ++r) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        if (row.is_header && r > 0) {
            for (const auto& c : row.cells) ctx.take(&c);
            continue;
        }
        const Cell* label = t.at(r, 0);
        if (label && label->row != r) label = nullptr;
        ctx.take(label);
        // A row broken by a page: no label, or a label that only finishes the label above it (a PDF row
        // that starts on a new page while the previous label's last line ends mid-sentence).
        if (label && r > first && previous_label && starts_new_page(t, r) &&
            (open_ended(previous_label->text()) || text::starts_lower(label->text())))
            label = nullptr;
        if (label) previous_label = label;
        std::string l = label ? text::lower(label->text()) : "";
        bool outcomes = l.find("outcome") != std::string::npos;
        std::string workstream = workstream_of(label);
        for (int col = 1; col < t.columns; ++col) {
            const Cell* cell = t.at(r, col);
            if (!cell || cell->col != col || cell->row != r || cell->empty()) continue;
            int pi = column_priority[static_cast<size_t>(col)];
            if (pi < 0) continue;
            ctx.take(cell);
            Priority& p = ctx.plan.priorities[static_cast<size_t>(pi)];
            if (outcomes) {
                std::string o = cell->text();
                p.description += (p.description.empty() ? "" : "\n") + o;
                continue;
            }
            auto actions = split_cell_actions(cell->paragraphs);
            // A row without a label continues the row above (broken by a page): its first paragraph may
            // finish the last action's sentence.
            size_t start = 0;
            if (!label && !actions.empty() && !p.actions.empty() && !text::ends_sentence(p.actions.back().text)) {
                p.actions.back().text += " " + actions[0].text;
                start = 1;
            }
            for (size_t i = start; i < actions.size(); ++i) {
                Action a;
                a.text = actions[i].text;
                a.items = actions[i].items;
                a.workstream = label ? workstream : (p.actions.empty() ? "" : p.actions.back().workstream);
                a.where = ctx.where(t, r);
                int page = cell->paragraphs[static_cast<size_t>(actions[i].first_paragraph)].page;
                a.where.page = page > 0 ? page : (cell->page > 0 ? cell->page : a.where.page);
                p.actions.push_back(std::move(a));
            }
        }
    }
    ctx.claim_note = header ? "matrix: priorities as columns under '" + text::squash(t.at(0, 0)->text()) +
                                  "', workstreams as rows"
                            : "matrix, continuing the previous matrix's columns";
    ctx.last_layout = Context::Layout::Matrix;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
