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

// The block's rows: the priority ("SP2 | Safeguarding babies", "Priority | 2 Neglect"), its lead group and
// the outcome of the cards after it.
void open_block_priority(Context& ctx, const std::vector<Field>& rows) {
    std::string ref, title, v = text::one_line(rows.front().value->text());
    if (rows.front().role == Role::Priority) {
        if (!(parse_priority_heading(v, ref, title) && !title.empty())) ref.clear(), title = v;
    } else {
        parse_priority_heading(text::squash(rows.front().label->text()), ref, title);
        if (title.empty()) title = v;
    }
    // each card naming its priority: the cards of one priority stay in it
    bool same = ctx.has_priority() && ctx.priority_at(size_t(ctx.current)).ref == ref &&
                ctx.priority_at(size_t(ctx.current)).title == title;
    Priority& p = same ? ctx.priority() : ctx.start_priority(ref, title);
    ctx.pending_outcome.clear();
    for (const auto& f : rows) {
        ctx.take(f.label);
        ctx.take(f.value);
        std::string value = f.value ? text::one_line(f.value->text()) : "";
        if (f.role == Role::Lead) p.lead_group = value;
        else if (f.role == Role::Measure) p.success_measures = value;
        else if (f.role == Role::Outcome && text::lower(f.label->text()).find("outcome") != std::string::npos)
            ctx.pending_outcome = value;
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
    // A label/value block stacked with them (a PDF joins the block that opens the next priority to the card
    // before it) starts at a row labelled with a numbered priority ("SP2 | …", "Priority 2 | …") or
    // "Priority": it opens that priority for the cards after it, its rows up to the next action its own.
    struct Part { bool block = false; std::vector<Field> fields; };  // a card, or a block opening a priority
    std::vector<Part> parts(1);
    Role first = fields.front().role;
    for (const Field& f : fields) {
        std::string pr, pt;
        // (after a whole card or at the top: a priority row inside a card, before its action, is the card's)
        bool has_ref = false, has_action = false;
        for (const auto& g : parts.back().fields) {
            has_ref = has_ref || g.role == Role::Ref || g.role == Role::Number;
            has_action = has_action || g.role == Role::Action;
        }
        bool card_done = parts.back().block || has_action || !has_ref;
        bool opens = card_done && f.value && !f.value->empty() &&
                     (f.role == Role::Priority ||
                      (f.role == Role::None && parse_priority_heading(text::squash(f.label->text()), pr, pt)));
        if (opens) {
            parts.push_back({true, {f}});
            continue;
        }
        if (parts.back().block) {
            if (f.role != Role::Action && f.role != Role::Ref && f.role != Role::Number) {
                parts.back().fields.push_back(f);
                continue;
            }
            parts.emplace_back();
        }
        std::vector<Field>& card = parts.back().fields;
        bool has = false;
        for (const auto& g : card) has = has || g.role == f.role;
        bool starts = !card.empty() && (((f.role == Role::Ref || f.role == Role::Number) && has) ||
                                        (f.role == first && has) || (f.role == Role::Action && has));
        // a ref row just before an action row belongs with it
        if (f.role == Role::Action && has && !card.empty() &&
            (card.back().role == Role::Ref || card.back().role == Role::Number)) {
            Field ref = card.back();
            card.pop_back();
            parts.push_back({false, {ref, f}});
            continue;
        }
        if (starts) parts.emplace_back();
        parts.back().fields.push_back(f);
    }
    int before = ctx.action_count(), cards = 0;
    for (const auto& part : parts) {
        if (part.block) open_block_priority(ctx, part.fields);
        else read_card(ctx, t, part.fields), ++cards;
    }
    if (ctx.action_count() == before) return false;
    ctx.score = 0.55 + 0.4 * static_cast<double>(labelled) / static_cast<double>(fields.size());
    ctx.layout_name = "card";
    ctx.claim_note = "card: " + std::to_string(cards) + " card(s), labels in the first column (" +
                     std::to_string(labelled) + " of " + std::to_string(fields.size()) + " labels known)";
    ctx.last_layout = Context::Layout::Cards;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
