// progress_report.cpp — step 5b: a progress report `No. | Strategic objective | Milestones | Lead | Timescale
// | Progress` where one cell holds several numbered milestones (3.1, 3.2 …) with matching paragraphs in the
// lead, timescale and progress cells. Page breaks shift rows: the milestone's own number decides its
// objective, and an unnumbered progress paragraph at the top of a cell continues the previous milestone.
#include <algorithm>
#include <cctype>

#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"
#include "model/dates.h"

namespace planport {

namespace {

// "3.1 The Board …" → ref "3.1", rest "The Board …". A numbering label "3.1" counts the same.
// "3.1" / "3.1." / "12.3.4": one or two digits, then one or more ".digit(s)" groups, an optional final '.'.
// Returns the length of that number at the start of s (0 when none) and the ref without the final '.'.
size_t dotted_number(const std::string& s, std::string& ref) {
    size_t i = 0;
    auto digits = [&] { size_t n = 0; while (i < s.size() && n < 2 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++n; return n; };
    if (!digits()) return 0;
    int groups = 0;
    while (i + 1 < s.size() && s[i] == '.' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        ++i;
        digits();
        ++groups;
    }
    if (!groups) return 0;
    ref = s.substr(0, i);
    if (i < s.size() && s[i] == '.') ++i;
    return i;
}

// "3.1 The Board …" → ref "3.1", rest "The Board …". A numbering label "3.1" counts the same.
bool milestone_ref(const Paragraph& p, std::string& ref, std::string& rest) {
    if (!p.list_label.empty()) {
        size_t n = dotted_number(p.list_label, ref);
        if (n && n == p.list_label.size()) {
            rest = p.text;
            return true;
        }
    }
    size_t n = dotted_number(p.text, ref);
    if (!n || n >= p.text.size() || !std::isspace(static_cast<unsigned char>(p.text[n]))) return false;
    rest = text::trim(p.text.substr(n));
    return true;
}

std::string objective_of(const std::string& ref) { return ref.substr(0, ref.find('.')); }

struct Located { int priority; size_t action; };

// Where the milestones of this layout live: the priority index for an objective number, created on demand.
int objective_priority(Context& ctx, const std::string& number) {
    int i = ctx.find_priority(number);
    if (i >= 0) return i;
    ctx.start_priority(number, "");
    return ctx.current;
}

}  // namespace

bool recognise_progress_report(Context& ctx, const Table& t) {
    // (scored at the end by how many milestone cells are numbered)
    ColumnMap cols;
    int header = -1;
    int limit = std::min<int>(static_cast<int>(t.rows.size()), 4);
    for (int r = 0; r < limit; ++r)
        if (read_header_row(t, r, ctx.options->column_map, cols)) { header = r; break; }
    if (header < 0) {
        if (ctx.last_layout != Context::Layout::ProgressReport || t.columns != ctx.last_table_columns) return false;
        cols = ctx.last_columns;
    } else if (!(cols.has(Role::Objective) && cols.has(Role::Action))) {
        return false;  // not this layout
    }
    int mc = cols.col(Role::Action), nc = cols.has(Role::Number) ? cols.col(Role::Number) : cols.col(Role::Ref), oc = cols.col(Role::Objective);
    int lc = cols.col(Role::Lead), tc = cols.col(Role::Timescale), pc = cols.col(Role::Progress);

    static Located none{-1, 0};
    // The last milestone read (persisting across the page-split tables of one report).
    Located last = none;
    if (ctx.last_layout == Context::Layout::ProgressReport && ctx.has_priority() && !ctx.priority().actions.empty())
        last = {ctx.current, ctx.priority().actions.size() - 1};

    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        if (r == header || row.is_header) {
            for (const auto& c : row.cells) ctx.take(&c);
            continue;
        }
        for (const auto& c : row.cells) ctx.take(&c);
        const Cell* mcell = anchored(t, r, mc);
        std::string number = text::trim(anchored(t, r, nc) ? anchored(t, r, nc)->text() : "");
        std::string objective = text::squash(anchored(t, r, oc) ? anchored(t, r, oc)->text() : "");

        // Milestones of this row.
        struct M { std::string ref, text; int page = 0; };
        std::vector<M> ms;
        if (mcell)
            for (const auto& p : mcell->paragraphs) {
                if (p.text.empty()) continue;
                std::string ref, rest;
                if (milestone_ref(p, ref, rest)) ms.push_back({ref, rest, p.page});
                else if (!ms.empty()) ms.back().text += "\n" + p.text;
                else if (last.priority >= 0)  // a milestone broken by the page: continues the last one
                    ctx.edit_priority(static_cast<size_t>(last.priority)).actions[last.action].text += " " + p.text;
                else ms.push_back({"", p.text, p.page});
            }

        // The objective's number and title.
        if (!number.empty() && !objective.empty()) {
            int i = objective_priority(ctx, number);
            if (ctx.priority_at(static_cast<size_t>(i)).title.empty())
                ctx.edit_priority(static_cast<size_t>(i)).title = objective;
        } else if (!number.empty()) {
            objective_priority(ctx, number);
        } else if (!objective.empty() && !ms.empty() && !ms.front().ref.empty()) {
            int i = objective_priority(ctx, objective_of(ms.front().ref));
            if (ctx.priority_at(static_cast<size_t>(i)).title.empty())
                ctx.edit_priority(static_cast<size_t>(i)).title = objective;
        }

        // Progress paragraphs: by their own number; unnumbered ones at the top continue the last milestone.
        const Cell* pcell = anchored(t, r, pc);
        std::vector<std::string> progress(ms.size());
        std::vector<std::string> fills(ms.size());
        int cur = -1;
        std::vector<const Paragraph*> unnumbered;
        if (pcell)
            for (const auto& p : pcell->paragraphs) {
                if (p.text.empty()) continue;
                std::string ref, rest;
                if (milestone_ref(p, ref, rest)) {
                    auto it = std::find_if(ms.begin(), ms.end(), [&](const M& m) { return m.ref == ref; });
                    if (it != ms.end()) {
                        cur = static_cast<int>(it - ms.begin());
                        progress[static_cast<size_t>(cur)] = rest;
                        fills[static_cast<size_t>(cur)] = p.fill;
                        continue;
                    }
                }
                if (cur >= 0) {
                    // a sentence broken over two lines of a PDF cell continues with a space
                    std::string& into = progress[static_cast<size_t>(cur)];
                    bool broken = !text::ends_sentence(into) &&
                                  (text::starts_lower(p.text) || std::isdigit(static_cast<unsigned char>(p.text[0])));
                    into += (broken ? " " : "\n") + p.text;
                } else if (last.priority >= 0 && !ms.empty() && !ms.front().ref.empty() &&
                           std::any_of(pcell->paragraphs.begin(), pcell->paragraphs.end(), [&](const Paragraph& q) {
                               std::string a, b;
                               return milestone_ref(q, a, b);
                           })) {
                    Action& prev = ctx.edit_priority(static_cast<size_t>(last.priority)).actions[last.action];
                    prev.progress += (prev.progress.empty() ? "" : " ") + p.text;
                } else {
                    unnumbered.push_back(&p);
                }
            }
        // Unnumbered progress: shared out like any other column.
        if (!unnumbered.empty()) {
            std::vector<std::string> texts;
            for (auto* p : unnumbered) texts.push_back(p->text);
            for (size_t i = 0; i < ms.size(); ++i)
                if (progress[i].empty()) {
                    progress[i] = share_out(texts, i, ms.size());
                    if (ms.size() > 1 && texts.size() == ms.size()) fills[i] = unnumbered[i]->fill;
                }
        }
        auto leads = paragraph_texts(anchored(t, r, lc));
        auto times = split_timescales(paragraph_texts(anchored(t, r, tc)), ms.size());
        for (size_t i = 0; i < ms.size(); ++i) {
            Action a;
            a.ref = ms[i].ref;
            a.text = ms[i].text;
            a.lead = share_out(leads, i, ms.size());
            a.timescale = share_out(times, i, ms.size());
            a.due = due_from_timescale(a.timescale, ctx.plan.start_year);
            a.progress = progress[i];
            std::string fill = fills[i].empty() && pcell ? pcell->fill : fills[i];
            a.rag = ctx.status(fill, a.progress);
            a.where = ctx.where(t, r);
            if (ms[i].page > 0) a.where.page = ms[i].page;  // where the milestone's own text starts
            std::string number_of = a.ref.empty() ? number : objective_of(a.ref);
            int pi = number_of.empty() ? (ctx.has_priority() ? ctx.current : objective_priority(ctx, ""))
                                       : objective_priority(ctx, number_of);
            auto& actions = ctx.edit_priority(static_cast<size_t>(pi)).actions;
            actions.push_back(std::move(a));
            last = {pi, actions.size() - 1};
            ctx.current = pi;
        }
    }
    ctx.claim_note = std::string(header >= 0 ? "progress report: " : "progress report, continued: ") +
                     (header >= 0 ? ctx.describe(t, cols) : "");
    // Evidence: the milestone cells hold several numbered milestones ("3.1 …", "3.2 …"); without them this
    // is a plain row table with an objective column.
    int cells = 0, numbered = 0;
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* c = anchored(t, r, mc);
        if (!c || c->empty() || r == header) continue;
        ++cells;
        int n = 0;
        for (const auto& p : c->paragraphs) {
            std::string ref, rest;
            if (!p.text.empty() && milestone_ref(p, ref, rest)) ++n;
        }
        if (n >= 1) ++numbered;
    }
    double share = cells ? static_cast<double>(numbered) / cells : 0;
    ctx.score = (header >= 0 ? 0.99 : 0.6) * share;
    ctx.layout_name = header >= 0 ? "progress report" : "progress report (continued)";
    ctx.last_layout = Context::Layout::ProgressReport;
    if (header >= 0) ctx.last_columns = cols;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace planport
