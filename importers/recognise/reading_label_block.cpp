// reading_label_block.cpp — reading 5e: a label/value block that introduces a priority before its action
// table: `Priority 1 | Neglect` (or `Priority | 1 Neglect`), `Lead group | …`, `Outcome we want | …`,
// `How will we measure success? | …`. It opens the priority; the outcome applies to the next table's actions.
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

bool recognise_label_block(Context& ctx, const Table& t) {
    if (t.columns < 2 || t.columns > 3 || t.rows.empty() || t.rows.size() > 10) return false;
    std::string ref, title, outcome, lead, measures, description;
    bool priority = false;
    int known = 0, rows = 0;
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* label = anchored(t, r, 0);
        if (!label || label->empty()) continue;
        const Cell* value = nullptr;
        for (int c = label->colspan; c < t.columns && !value; ++c) value = anchored(t, r, c);
        ++rows;
        int filled = 0;
        for (const auto& c : t.rows[static_cast<size_t>(r)].cells) filled += !c.empty();
        if (filled > 2) return false;  // a label and one value per row
        std::string l = text::squash(label->text()), v = value ? text::squash(value->text()) : "";
        for (auto& ch : v)
            if (ch == '\n') ch = ' ';
        std::string pr, pt;
        if (!priority && parse_priority_heading(l, pr, pt)) {
            ref = pr;
            title = pt.empty() ? v : pt;
            priority = true, ++known;
            continue;
        }
        Role role = role_of_header(l, ctx.options->column_map);
        if (role == Role::Priority && !priority) {
            std::string vr, vt;
            if (parse_priority_heading(v, vr, vt) && !vt.empty()) ref = vr, title = vt;
            else title = v;
            priority = true, ++known;
        } else if (role == Role::Outcome || role == Role::Objective) {
            // named an outcome, it is the actions' outcome; otherwise it describes the priority
            if (text::lower(l).find("outcome") != std::string::npos) outcome = v;
            else description = v;
            ++known;
        } else if (role == Role::Lead) {
            lead = v, ++known;
        } else if (role == Role::Measure) {
            measures = v, ++known;
        } else if (role == Role::Action) {
            return false;  // a card, not a block
        } else if (text::lower(l).find("descri") != std::string::npos) {
            description = v, ++known;
        }
    }
    if (!priority || known * 2 < rows) return false;
    ctx.pending_headings.clear();
    Priority& p = ctx.start_priority(ref, title);
    p.lead_group = lead;
    p.success_measures = measures;
    p.description = description;
    ctx.pending_outcome = outcome;
    ctx.block_opened_priority = true;
    for (const auto& row : t.rows)
        for (const auto& c : row.cells) ctx.take(&c);
    ctx.score = 0.6 + 0.3 * known / rows;
    ctx.layout_name = "label/value block";
    ctx.claim_note = "label/value block: opens priority " + (ref.empty() ? std::string("-") : ref) + " " + title;
    ctx.last_layout = Context::Layout::None;
    return true;
}

}  // namespace planport
