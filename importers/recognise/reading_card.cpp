// reading_card.cpp — reading 5d: a card, one action per 2-column table: `Action | …`, `Lead | …`,
// `By when | …`, `Progress | …` (labels in the first column, the values beside them). A first row such as
// `# | 1.1` or `Ref | 1.1` gives the ref; an `Outcome` row the outcome, else an "Outcome: …" paragraph above.
#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"
#include "model/dates.h"

namespace planport {

namespace {

struct Field { Role role; const Cell* label; const Cell* value; };

// One card's fields → one action (or one per bullet of its action cell) in the current priority.
void read_card(Context& ctx, const Table& t, const std::vector<Field>& fields) {
    Action a;
    a.outcome = ctx.pending_outcome;
    const Cell* action_cell = nullptr;
    const Cell* progress_cell = nullptr;
    const Cell* rag_cell = nullptr;
    for (const auto& f : fields) {
        ctx.take(f.label);
        ctx.take(f.value);
        std::string v = f.value ? text::one_line(f.value->text()) : "";
        switch (f.role) {
            case Role::Ref: case Role::Number: a.ref = cell_ref(f.value); break;
            case Role::Action: action_cell = f.value; break;
            case Role::Outcome: case Role::Objective: if (!v.empty()) a.outcome = v; break;
            case Role::Lead: a.lead = v; break;
            case Role::Resources: a.resources = v; break;
            case Role::Timescale: a.timescale = v; break;
            // several progress rows ("Position at June", "… September"): the latest written one counts
            case Role::Progress: if (!v.empty() || !progress_cell) progress_cell = f.value, a.progress = v; break;
            case Role::Rag: rag_cell = f.value; break;
            default: break;
        }
    }
    if (!action_cell) return;
    auto acts = split_cell_actions(action_cell->paragraphs);
    const RagKey* key = ctx.key.empty() ? nullptr : &ctx.key;
    Rag rag = Rag::Unknown;
    if (rag_cell) {
        rag = rag_from_text(rag_cell->text(), key);
        if (rag == Rag::Unknown) rag = rag_from_fill(rag_cell->fill, key);
    }
    if (rag == Rag::Unknown && progress_cell) {
        rag = rag_from_fill(progress_cell->fill, key);
        if (rag == Rag::Unknown) rag = rag_from_text(a.progress, key);
    }
    if (rag == Rag::Unknown) rag = rag_from_fill(action_cell->fill, key);
    a.due = due_from_timescale(a.timescale, ctx.plan.start_year);
    a.rag = rag;
    a.where = ctx.where(t, action_cell->row);
    if (!action_cell->paragraphs.empty() && action_cell->paragraphs.front().page > 0)
        a.where.page = action_cell->paragraphs.front().page;
    Priority& pr = ctx.priority();
    for (const auto& ca : acts) {
        Action b = a;
        b.text = ca.text;
        b.items = ca.items;
        std::string ref, rest;  // "1.1. Pilot …": a ref printed in the action text
        if (b.ref.empty() && acts.size() == 1 && split_ref_prefix(b.text, ref, rest, false)) b.ref = ref, b.text = rest;
        pr.actions.push_back(std::move(b));
    }
}

}  // namespace

bool recognise_card(Context& ctx, const Table& t) {
    if (t.columns < 2 || t.columns > 3 || t.rows.size() < 2) return false;
    std::vector<Field> fields;
    int labelled = 0;
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* label = anchored(t, r, 0);
        if (!label) continue;
        const Cell* value = nullptr;
        for (int c = label->colspan; c < t.columns && !value; ++c) value = anchored(t, r, c);
        Role role = role_of_header(label->text(), ctx.options->column_map);
        if (role == Role::None && text::squash(label->text()) == "#") role = Role::Ref;
        if (role != Role::None) ++labelled;
        fields.push_back({role, label, value});
    }
    bool has_action = false;
    for (const auto& f : fields) has_action = has_action || f.role == Role::Action;
    if (!has_action || labelled < 2 || labelled * 10 < static_cast<int>(fields.size()) * 6) return false;

    if (!ctx.block_opened_priority && !open_pending_priority(ctx) && !ctx.has_priority()) ctx.start_priority("", "");
    ctx.block_opened_priority = false;
    // Cards stacked in one table (a PDF joins cards that touch; a card may run over a page): a new card
    // starts at a ref row, or at an action row when the card read so far already has one.
    std::vector<std::vector<Field>> cards(1);
    Role first = fields.front().role;
    for (const auto& f : fields) {
        bool has = false;
        for (const auto& g : cards.back()) has = has || g.role == f.role;
        bool starts = !cards.back().empty() &&
                      (((f.role == Role::Ref || f.role == Role::Number) && has) ||
                       (f.role == first && has) || (f.role == Role::Action && has));
        // a ref row just before an action row belongs with it
        if (f.role == Role::Action && has && cards.back().size() >= 1 &&
            (cards.back().back().role == Role::Ref || cards.back().back().role == Role::Number)) {
            Field ref = cards.back().back();
            cards.back().pop_back();
            cards.push_back({ref});
            cards.back().push_back(f);
            continue;
        }
        if (starts) cards.emplace_back();
        cards.back().push_back(f);
    }
    int before = ctx.action_count();
    for (const auto& card : cards) read_card(ctx, t, card);
    if (ctx.action_count() == before) return false;
    ctx.score = 0.55 + 0.4 * static_cast<double>(labelled) / static_cast<double>(fields.size());
    ctx.layout_name = "card";
    ctx.claim_note = "card: " + std::to_string(cards.size()) + " card(s), labels in the first column (" +
                     std::to_string(labelled) + " of " + std::to_string(fields.size()) + " labels known)";
    ctx.last_layout = Context::Layout::Cards;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
