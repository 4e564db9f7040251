// reading_rows.cpp — reading 5c: one action per row under a header (or several per row: bullets, numbered
// milestones), whatever the columns are called and in whichever order. Around the header, the table itself
// may say the priority: a title row above it, band rows between groups of rows, or a first column merged
// down / repeated / written once. Outcomes carry down within a priority; refs come from a column, a prefix of
// the action text or Word's list numbering.
#include <algorithm>
#include <cctype>

#include "importers/recognise/cell_actions.h"
#include "importers/recognise/context.h"
#include "importers/recognise/split_rows.h"
#include "importers/recognise/text.h"
#include "model/dates.h"

namespace planport {

namespace {

// A row with one non-empty cell spanning (nearly) the whole table: a title or a band.
const Cell* banner_cell(const Table& t, const Row& row) {
    const Cell* only = nullptr;
    for (const auto& c : row.cells) {
        if (c.empty()) continue;
        if (only) return nullptr;
        only = &c;
    }
    if (!only || t.columns < 2) return nullptr;
    return (only->colspan >= t.columns - 1 || row.cells.size() == 1) ? only : nullptr;
}

// The text of the cell covering (r, c) — a merged cell applies to every row it covers.
std::string covering_text(const Table& t, int r, int c) {
    if (c < 0) return "";
    const Cell* cell = t.at(r, c);
    return cell ? text::squash(cell->text()) : "";
}

bool no_action(const std::string& s) {
    std::string l = text::lower(text::trim(s));
    return l.empty() || l == "-" || l == "\xE2\x80\x93" || l == "\xE2\x80\x94" || l == "n/a" || l == "none" ||
           l == "na" || l == "tbc" || l == "nil";
}

// Numbered milestone at the start of a paragraph: "3.1 The Board …", a list label "3.1", "1.2a".
bool milestone(const Paragraph& p, std::string& ref, std::string& rest) {
    auto dotted = [](const std::string& s) {
        size_t i = 0, dots = 0;
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) dots += s[i] == '.', ++i;
        if (i < s.size() && std::islower(static_cast<unsigned char>(s[i])) && (i + 1 == s.size() || s[i + 1] == ' ')) ++i;
        return std::make_pair(i, dots);
    };
    if (!p.list_label.empty()) {
        std::string l = p.list_label;
        auto [n, dots] = dotted(l);
        if (n == l.size() && dots >= 1 && std::isdigit(static_cast<unsigned char>(l[0]))) {
            while (!l.empty() && l.back() == '.') l.pop_back();
            ref = l, rest = p.text;
            return true;
        }
        return false;
    }
    const std::string& s = p.text;
    auto [n, dots] = dotted(s);
    if (n == 0 || n >= s.size() || s[n] != ' ' || !std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    std::string r = s.substr(0, n);
    while (!r.empty() && r.back() == '.') r.pop_back();
    if (r.find('.') == std::string::npos) return false;
    ref = r, rest = text::trim(s.substr(n));
    return !rest.empty();
}

// Removes a leading "2.4 " (the milestone's own number) from a lead/timescale/progress paragraph.
std::string without_number(const std::string& s, const std::string& ref) {
    if (ref.empty() || s.rfind(ref, 0) != 0) return s;
    std::string rest = s.substr(ref.size());
    if (!rest.empty() && rest[0] == '.') rest = rest.substr(1);
    if (!rest.empty() && rest[0] != ' ') return s;
    return text::trim(rest);
}

struct Piece { std::string ref, text; std::vector<std::string> items; int paragraph = 0; };

// The actions of one action cell: numbered milestones each on their own (with the paragraphs that follow
// them), else the cell's bullets / paragraphs (cell_actions.cpp).
std::vector<Piece> cell_pieces(const Cell* cell) {
    std::vector<Piece> out;
    if (!cell) return out;
    const auto& ps = cell->paragraphs;
    int numbered = 0;
    for (const auto& p : ps) {
        std::string r, rest;
        if (!p.text.empty() && milestone(p, r, rest)) ++numbered;
    }
    if (numbered >= 1) {
        // split into groups at each numbered paragraph; text before the first one is a lead-in of its own
        std::vector<Paragraph> group;
        std::string ref;
        int first = 0;
        auto flush = [&] {
            if (group.empty()) return;
            auto acts = split_cell_actions(group);
            // a milestone with bullets under it: one action, lead-in joined with its items, unless the
            // bullets stand alone
            if (!ref.empty() && acts.size() > 1) {
                Piece pc{ref, "", {}, first};
                for (const auto& a : acts) {
                    pc.text += (pc.text.empty() ? "" : " ") + a.text;
                    for (const auto& i : a.items) pc.items.push_back(i);
                }
                out.push_back(pc);
            } else {
                for (const auto& a : acts) out.push_back({ref, a.text, a.items, first + a.first_paragraph});
            }
            group.clear();
        };
        for (size_t i = 0; i < ps.size(); ++i) {
            std::string r, rest;
            if (!ps[i].text.empty() && milestone(ps[i], r, rest)) {
                flush();
                ref = r;
                first = static_cast<int>(i);
                Paragraph q = ps[i];
                q.text = rest;
                q.list_label.clear();
                q.list_level = -1;
                group.push_back(q);
            } else {
                if (group.empty()) first = static_cast<int>(i);
                group.push_back(ps[i]);
            }
        }
        flush();
        return out;
    }
    for (const auto& a : split_cell_actions(ps)) {
        Piece pc{"", a.text, a.items, a.first_paragraph};
        const Paragraph& p = ps[static_cast<size_t>(a.first_paragraph)];
        // Word list numbering that shows a ref ("1a", "2.3", "iv") but stores no text
        if (p.is_list_item() && a.items.empty()) {
            std::string l = p.list_label;
            if (!is_bullet_label(l)) {
                while (!l.empty() && (l.back() == '.' || l.back() == ')')) l.pop_back();
                if (!l.empty() && l[0] == '(') l = l.substr(1);
                pc.ref = l;
            }
        }
        out.push_back(pc);
    }
    return out;
}

// Paragraph texts of a cell, one per milestone when it has one per milestone (their numbers removed).
std::vector<std::string> shared_texts(const Cell* cell) { return paragraph_texts(cell); }

std::string share(const std::vector<std::string>& texts, size_t i, size_t n, const std::string& ref) {
    return without_number(share_out(texts, i, n), ref);
}

// Status of one action from the row's cells, in order of evidence: status columns (the latest quarter's),
// tick columns, the progress text's leading status word, fills on the status/progress/action cell or row.
Rag row_status(Context& ctx, const Table& t, int r, const ColumnMap& cols, const Cell* action_cell,
               const Cell* progress_cell, const std::string& progress, size_t i, size_t n) {
    const RagKey* key = ctx.key.empty() ? nullptr : &ctx.key;
    // status columns, right-most non-empty first (one per quarter: the latest decides)
    auto rags = cols.cols(Role::Rag);
    for (auto it = rags.rbegin(); it != rags.rend(); ++it) {
        const Cell* c = t.at(r, *it);
        if (!c) continue;
        std::string w = share_out(paragraph_texts(c), i, n);
        Rag v = rag_from_text(w, key);
        if (v == Rag::Unknown && !w.empty() && text::word_count(w) <= 3) {
            // "1" … "4" without a key, "Not started": not rated
        }
        if (v == Rag::Unknown) v = rag_from_fill(c->fill, key);
        if (v != Rag::Unknown) return v;
        if (!w.empty()) return Rag::Unknown;  // the latest status says "not started" or similar
    }
    for (int c : cols.cols(Role::Tick)) {
        const Cell* cell = t.at(r, c);
        if (!cell) continue;
        std::string w = text::lower(text::trim(cell->text()));
        if (w.empty() || w == "no" || w == "n") continue;
        return tick_column_status(cols.headers[static_cast<size_t>(c)]);
    }
    std::string fill;
    if (progress_cell && n > 1) {
        size_t k = 0;
        for (const auto& p : progress_cell->paragraphs)
            if (!p.text.empty() && k++ == i) fill = p.fill;
    }
    for (const Cell* c : {progress_cell, action_cell})
        if (fill.empty() && c) fill = c->fill;
    if (fill.empty()) {
        // the whole row shaded
        std::string common;
        bool same = true;
        int cells = 0;
        for (const auto& c : t.rows[static_cast<size_t>(r)].cells) {
            ++cells;
            if (common.empty() && cells == 1) common = c.fill;
            else if (c.fill != common) same = false;
        }
        if (same && cells > 1) fill = common;
    }
    Rag v = rag_from_fill(fill, key);
    if (v == Rag::Unknown && !progress.empty()) v = rag_from_text(progress, key);  // "Amber – agreed …"
    return v;
}

// The refs printed at the start of the action texts: taken off when most actions in the table have one,
// or when they have an unambiguous form (dotted, bracketed).
void strip_prefix_refs(std::vector<Action*>& actions) {
    int loose = 0, with = 0;
    for (auto* a : actions) {
        if (!a->ref.empty()) continue;
        std::string r, rest;
        if (split_ref_prefix(a->text, r, rest, false)) ++loose;
        ++with;
    }
    bool accept_loose = with > 0 && loose * 10 >= with * 6;
    for (auto* a : actions) {
        if (!a->ref.empty()) continue;
        std::string r, rest;
        if (split_ref_prefix(a->text, r, rest, !accept_loose)) a->ref = r, a->text = rest;
    }
}

bool same_as_header(const Table& t, int r, const ColumnMap& cols) {
    int same = 0, filled = 0;
    for (int c = 0; c < t.columns; ++c) {
        const std::string& h = cols.headers[static_cast<size_t>(c)];
        if (h.empty()) continue;
        ++filled;
        if (text::lower(text::one_line(covering_text(t, r, c))) == text::lower(h)) ++same;
    }
    return filled > 0 && same * 2 > filled;
}

// A header repeated inside the table (a page's own header row): three or more short cells naming roles.
bool looks_like_header_row(const Context& ctx, const Table& t, int r) {
    for (const auto& c : t.rows[static_cast<size_t>(r)].cells)
        if (text::word_count(c.text()) > 5) return false;
    return header_words_in_row(t, r, ctx.options->column_map) >= 3;
}

// Finds the header rows among the first rows: [first, last]. Returns false when there is none.
bool find_header(const Context& ctx, const Table& t, int& first, int& last, ColumnMap& cols) {
    int limit = std::min<int>(static_cast<int>(t.rows.size()), 6);
    for (int r = 0; r < limit; ++r) {
        int words = header_words_in_row(t, r, ctx.options->column_map);
        int filled = 0;
        for (const auto& c : t.rows[static_cast<size_t>(r)].cells) filled += !c.empty();
        if (words < 2 && !(words == 1 && t.columns == 1)) continue;
        if (words * 2 < filled && !t.rows[static_cast<size_t>(r)].is_header) continue;
        // A table that may continue the last one (same columns) needs a header made of short cells: data rows
        // whose sentences happen to hold role words are not a header.
        if (ctx.last_layout == Context::Layout::Rows && t.columns == ctx.last_table_columns &&
            !t.rows[static_cast<size_t>(r)].is_header) {
            bool short_cells = true;
            for (const auto& c : t.rows[static_cast<size_t>(r)].cells) short_cells = short_cells && text::word_count(c.text()) <= 5;
            if (!short_cells) continue;
        }
        first = last = r;
        // a grouped header: the next row names sub-columns under a spanning cell of this one
        bool spans = false;
        for (const auto& c : t.rows[static_cast<size_t>(r)].cells) spans = spans || c.colspan > 1;
        if (r + 1 < static_cast<int>(t.rows.size()) && spans && header_words_in_row(t, r + 1, ctx.options->column_map) >= 1) {
            bool long_text = false;
            for (const auto& c : t.rows[static_cast<size_t>(r + 1)].cells) long_text = long_text || text::word_count(c.text()) > 6;
            if (!long_text) last = r + 1;
        }
        if (assign_columns(t, first, last, ctx.options->column_map, cols)) return true;
    }
    return false;
}

// A column holding the priority: named so, or an "Objective" column next to an outcome column whose cells
// read as numbered priorities or are merged down over several rows.
int priority_column(const Table& t, const ColumnMap& cols, int first_data) {
    int pc = cols.col(Role::Priority);
    if (pc >= 0) return pc;
    int oc = cols.col(Role::Objective);
    if (oc < 0 || !cols.has(Role::Outcome)) return -1;
    int numbered = 0, filled = 0, merged = 0;
    for (int r = first_data; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* c = t.at(r, oc);
        if (!c || c->row != r || c->empty()) continue;
        ++filled;
        std::string ref, title;
        if (parse_priority_heading(text::one_line(c->text()), ref, title)) ++numbered;
        if (c->rowspan > 1) ++merged;
    }
    return filled > 0 && (numbered * 2 >= filled || merged * 2 >= filled) ? oc : -1;
}

// Label/value rows of a priority block above the header in the same table ("Improvement priority: 1" |
// value, "Lead group" | …, "What difference …" | …). Returns true when the row was one.
bool read_label_row(Context& ctx, const Row& row) {
    const Cell* label = nullptr;
    const Cell* value = nullptr;
    for (const auto& c : row.cells) {
        if (c.empty()) continue;
        if (!label) label = &c;
        else if (!value) value = &c;
        else return false;  // three filled cells: not a label/value pair
    }
    if (!label || !value) return false;
    std::string l = text::lower(label->text());
    std::string v = value->text();
    std::string ref, title;
    Role role = role_of_header(label->text(), ctx.options->column_map);
    if (parse_priority_heading(label->text(), ref, title) && title.empty()) {
        ctx.start_priority(ref, v);
    } else if (role == Role::Lead && ctx.has_priority()) {
        ctx.priority().lead_group = v;
    } else if ((role == Role::Outcome || l.rfind("description", 0) == 0) && ctx.has_priority()) {
        ctx.priority().description = v;
        // named an outcome ("Outcome we want"), it is the actions' outcome; "What difference do we want to
        // make?" describes the priority only
        if (l.find("outcome") != std::string::npos) ctx.pending_outcome = text::squash(v);
    } else if (role == Role::Measure && ctx.has_priority()) {
        ctx.priority().success_measures = v;
    } else {
        return false;
    }
    ctx.take(label);
    ctx.take(value);
    return true;
}

// A row ref "2.1" while the current priority is "1": switch to priority 2 (inferring it when no heading
// opened it). Refs without a dot say nothing.
void follow_ref(Context& ctx, const Table& t, const std::string& ref) {
    size_t i = 0;
    while (i < ref.size() && i < 2 && std::isdigit(static_cast<unsigned char>(ref[i]))) ++i;
    if (i == 0 || i >= ref.size() || ref[i] != '.' || i + 1 >= ref.size() || !std::isdigit(static_cast<unsigned char>(ref[i + 1])))
        return;
    std::string p = ref.substr(0, i);
    if (!ctx.has_priority() || ctx.priority().ref == p) return;
    // only plans whose priorities are numbered plainly switch by refs
    const std::string& cur = ctx.priority().ref;
    if (cur.empty() || !std::isdigit(static_cast<unsigned char>(cur[0]))) return;
    int found = ctx.find_priority(p);
    if (found >= 0) {
        ctx.current = found;
        return;
    }
    std::string title = ctx.listed_priorities.count(p) ? ctx.listed_priorities[p] : "";
    ctx.start_priority(p, title);
    ctx.diag.warn(ctx.doc->source + ": table " + std::to_string(t.index) + ": no heading; priority " + p +
                  " inferred from the refs");
}

}  // namespace

bool split_ref_prefix(const std::string& s, std::string& ref, std::string& rest, bool strict) {
    // "1.1 ", "1.1. ", "1.1a ", "a) ", "(i) ", "A2 – ", "3 " (loose), "1) "
    size_t i = 0;
    bool bracket_open = false;
    if (i < s.size() && s[i] == '(') bracket_open = true, ++i;
    size_t start = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
    std::string tok = s.substr(start, i - start);
    if (tok.empty() || tok.size() > 7 || i >= s.size()) return false;
    std::string sep;
    size_t j = i;
    if (s[j] == ')') sep = ")", ++j;
    else if (bracket_open) return false;
    while (j < s.size() && s[j] == ' ') ++j;
    if (sep.empty() && (s.compare(j, 3, "\xE2\x80\x93") == 0 || s.compare(j, 3, "\xE2\x80\x94") == 0)) sep = "-", j += 3;
    else if (sep.empty() && j < s.size() && s[j] == '-' && j > i) sep = "-", ++j;
    else if (sep.empty() && j < s.size() && s[j] == ':') sep = ":", ++j;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j == i || j >= s.size()) return false;  // no space after the token
    std::string t = tok;
    bool trailing_dot = !t.empty() && t.back() == '.';
    while (!t.empty() && t.back() == '.') t.pop_back();
    if (t.empty()) return false;
    int digits = 0, letters = 0, dots = 0;
    for (unsigned char c : t) digits += std::isdigit(c) != 0, letters += std::isalpha(c) != 0, dots += c == '.';
    bool roman = letters > 0 && digits == 0 && t.find_first_not_of("ivxIVX") == std::string::npos && t.size() <= 4;
    bool ok = false;
    if (digits > 0 && dots > 0 && std::isdigit(static_cast<unsigned char>(t[0]))) ok = letters <= 1;  // 1.1, 1.1a
    else if (digits > 0 && letters > 0 && letters <= 2 && std::isalpha(static_cast<unsigned char>(t[0])) &&
             std::isupper(static_cast<unsigned char>(t[0])) && dots == 0)
        ok = !sep.empty() || !strict;  // A2 –, SP1
    else if (digits > 0 && letters <= 1 && dots == 0) ok = !sep.empty() || trailing_dot || !strict;  // 3) 3. 3 1a
    else if ((letters == 1 || roman) && digits == 0) ok = sep == ")";  // a) (iv)
    if (!ok) return false;
    // a number that is the text's own quantity ("12 schools") is no ref: the next word starts upper case
    if (sep.empty() && !trailing_dot && dots == 0 && !std::isupper(static_cast<unsigned char>(s[j]))) return false;
    ref = t;
    rest = s.substr(j);
    return true;
}

namespace {

// A data row the rows reading does not read as actions: a header repeated on a new page, or a band row.
bool header_row(const Context& ctx, const Table& t, int r, const ColumnMap& cols, int first_data, bool continuation) {
    return t.rows[static_cast<size_t>(r)].is_header ||
           (cols.header_row >= 0 || continuation ? same_as_header(t, r, cols) : false) ||
           (r > first_data && looks_like_header_row(ctx, t, r));
}

bool read_row_table(Context& ctx, const Table& t, const ColumnMap& cols, int first, int last, bool continuation);

}  // namespace

bool recognise_row_table(Context& ctx, const Table& t) {
    ColumnMap cols;
    int first = -1, last = -1;
    bool continuation = false;
    if (!find_header(ctx, t, first, last, cols)) {
        if (ctx.last_layout != Context::Layout::Rows || t.columns != ctx.last_table_columns) return false;
        cols = ctx.last_columns;
        cols.header_row = cols.first_header_row = -1;
        continuation = true;
    }
    // A row a page break cut in two is read as one: the rows are read from a copy with it joined.
    int first_data = continuation ? 0 : last + 1;
    auto joined = join_split_rows(t, cols, first_data, [&](int r) {
        const Cell* band = banner_cell(t, t.rows[static_cast<size_t>(r)]);
        return header_row(ctx, t, r, cols, first_data, continuation) || (band && t.columns > 2);
    });
    return read_row_table(ctx, joined ? *joined : t, cols, first, last, continuation);
}

namespace {

bool read_row_table(Context& ctx, const Table& t, const ColumnMap& cols, int first, int last, bool continuation) {
    int first_data = continuation ? 0 : last + 1;
    bool own_priority = false;
    // The same header as the last row table's, with no heading between: the table goes on over a page
    // (header repeated), in the same priority, and its outcome carries on.
    bool repeated_header = !continuation && ctx.last_layout == Context::Layout::Rows &&
                           ctx.last_columns.headers == cols.headers && ctx.pending_headings.empty() && ctx.has_priority();
    if (!continuation) {
        // Rows above the header: a title row naming the priority, or a label/value block.
        for (int r = 0; r < first; ++r) {
            const Row& row = t.rows[static_cast<size_t>(r)];
            for (const auto& c : row.cells) ctx.take(&c);
            if (read_label_row(ctx, row)) { own_priority = own_priority || ctx.has_priority(); continue; }
            const Cell* banner = banner_cell(t, row);
            if (!banner) continue;
            std::string ref, title, s = text::one_line(banner->text());
            if (text::lower(s).find("actions we will") != std::string::npos) continue;  // a caption over the header
            if (parse_priority_heading(s, ref, title) && !title.empty()) ctx.start_priority(ref, title);
            else ctx.start_priority("", s);
            own_priority = true;
        }
        for (int r = first; r <= last; ++r)
            for (const auto& c : t.rows[static_cast<size_t>(r)].cells) ctx.take(&c);
    }
    int pcol = priority_column(t, cols, first_data);
    // The priority printed in the header cell of the action column ("Domestic violence and abuse" over the
    // actions): a header that is no role word over a column typed by its contents, when no heading just
    // above the table names the priority (one followed by prose heads a section, not the table).
    if (!continuation && !repeated_header && !own_priority && pcol < 0 && !ctx.block_opened_priority &&
        (ctx.pending_headings.empty() || ctx.pending_headings.back().prose_after > 0)) {
        int ac0 = cols.col(Role::Action);
        const std::string& h = ac0 >= 0 ? cols.headers[static_cast<size_t>(ac0)] : std::string();
        std::string ref, title;
        bool numbered = !h.empty() && parse_priority_heading(h, ref, title) && text::word_count(title) >= 2;
        if (!h.empty() && (numbered || role_of_header(h, ctx.options->column_map) == Role::None) && text::word_count(h) <= 12) {
            if (!numbered) ref.clear(), title = h;
            ctx.pending_headings.clear();
            ctx.start_priority(ref, title);
            own_priority = true;
        }
    }
    // Band rows that name priorities (numbered) make the table its own source of priorities.
    bool bands_are_priorities = false;
    for (int r = first_data; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* b = banner_cell(t, t.rows[static_cast<size_t>(r)]);
        std::string ref, title;
        if (b && parse_priority_heading(text::one_line(b->text()), ref, title) && !title.empty()) bands_are_priorities = true;
    }
    if (!own_priority && !bands_are_priorities && !(pcol >= 0) && !ctx.block_opened_priority) {
        if (!open_pending_priority(ctx) && !continuation && !ctx.has_priority()) ctx.start_priority("", "");
    }
    ctx.block_opened_priority = false;
    ctx.pending_headings.clear();
    // an "Outcome: …" paragraph applies to every table after it until the next heading or outcome paragraph
    std::string above_outcome = ctx.pending_outcome;

    int oc = cols.has(Role::Outcome) ? cols.col(Role::Outcome) : (pcol == cols.col(Role::Objective) ? -1 : cols.col(Role::Objective));
    int ac = cols.col(Role::Action);
    int rc = cols.has(Role::Ref) ? cols.col(Role::Ref) : cols.col(Role::Number);
    auto progress_cols = cols.cols(Role::Progress);
    std::string outcome = above_outcome;
    if ((continuation || repeated_header) && ctx.has_priority() && !ctx.priority().actions.empty() &&
        above_outcome.empty())
        outcome = ctx.priority().actions.back().outcome;
    // In a borderless table a lead merged over its group's rows is printed once, at the top of the group, and
    // a board that prints leads so leaves a cell blank for "the same": a blank lead cell under a written one,
    // in the same priority and outcome, takes it (as a blank outcome cell takes the outcome above).
    int lc = cols.col(Role::Lead);
    bool carry_leads = t.borderless && lc >= 0 && ac >= 0;
    std::string lead_above, outcome_above;
    int priority_above = -1;
    std::vector<Action*> read;  // for refs printed in the text
    std::vector<std::pair<int, size_t>> read_at;
    int rows_with_action = 0, data_rows = 0, plausible = 0;
    std::string last_priority_text;
    int last_band = -2;
    for (int r = first_data; r < static_cast<int>(t.rows.size()); ++r) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        if (header_row(ctx, t, r, cols, first_data, continuation)) {
            for (const auto& c : row.cells) ctx.take(&c);  // a repeated header row
            continue;
        }
        if (std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.empty(); })) {
            for (const auto& c : row.cells) ctx.take(&c);  // joined into the row above (split_rows.h)
            continue;
        }
        if (const Cell* band = banner_cell(t, row); band && t.columns > 2) {
            std::string s = text::one_line(band->text()), ref, title;
            ctx.take(band);
            last_band = r;
            bool numbered = parse_priority_heading(s, ref, title) && !title.empty();
            std::string l = text::lower(s);
            // "Outcome: …", "Desired outcome: …", "Objective: …"
            size_t colon_at = s.find(':');
            Role label_role = colon_at != std::string::npos && colon_at < 40
                                  ? role_of_header(s.substr(0, colon_at), ctx.options->column_map) : Role::None;
            bool outcome_label = l.rfind("outcome", 0) == 0 || l.rfind("objective", 0) == 0 ||
                                 label_role == Role::Outcome || label_role == Role::Objective;
            if (numbered && !outcome_label) {
                ctx.start_priority(ref, title);
                outcome = above_outcome;
            } else if (outcome_label || own_priority || oc >= 0 || bands_are_priorities == false) {
                // a band under a priority named elsewhere is the outcome of the rows below it
                if (outcome_label && (oc < 0 || own_priority)) {
                    size_t colon = s.find(':');
                    outcome = colon != std::string::npos && colon < 30 ? text::trim(s.substr(colon + 1)) : s;
                } else if (own_priority || !bands_are_priorities) {
                    if (oc >= 0 && !own_priority) ctx.start_priority("", s), outcome.clear();
                    else outcome = s;
                } else {
                    ctx.start_priority("", s);
                }
            } else {
                ctx.start_priority("", s);
            }
            continue;
        }
        ++data_rows;
        bool band_outcome = last_band == r - 1;
        // the priority column: a new value opens (or returns to) that priority
        if (pcol >= 0) {
            std::string pv = text::one_line(covering_text(t, r, pcol));
            if (!pv.empty() && pv != last_priority_text) {
                std::string ref, title;
                if (!(parse_priority_heading(pv, ref, title) && !title.empty())) ref.clear(), title = pv;
                bool same = ctx.has_priority() && ctx.priority().ref == ref && ctx.priority().title == title;
                if (!same) ctx.start_priority(ref, title);  // the same one goes on from the table before
                last_priority_text = pv;
                if (!band_outcome) outcome = above_outcome;  // a band row just above still applies
            }
        }
        if (!ctx.has_priority()) ctx.start_priority("", "");
        std::string row_ref = rc >= 0 ? cell_ref(t.at(r, rc)) : "";
        if (pcol < 0 && !row_ref.empty()) {
            int before = ctx.current;
            follow_ref(ctx, t, row_ref);
            if (ctx.current != before) outcome.clear();
        }
        if (oc >= 0) {
            const Cell* oc_cell = anchored(t, r, oc);  // merged: its first row; blank: the one above applies
            std::string o = oc_cell ? text::squash(oc_cell->text()) : "";
            if (!o.empty()) outcome = o;
        }
        const Cell* action_cell = anchored(t, r, ac);
        const Cell* progress_cell = nullptr;
        for (auto it = progress_cols.rbegin(); it != progress_cols.rend() && !progress_cell; ++it) {
            const Cell* c = anchored(t, r, *it);
            if (c && !c->empty()) progress_cell = c;
        }
        // none written: the right-most one with a fill (its shading is the status), else the last one
        for (auto it = progress_cols.rbegin(); it != progress_cols.rend() && !progress_cell; ++it) {
            const Cell* c = anchored(t, r, *it);
            if (c && !c->fill.empty()) progress_cell = c;
        }
        if (!progress_cell && !progress_cols.empty()) progress_cell = anchored(t, r, progress_cols.back());

        auto pieces = cell_pieces(action_cell);
        pieces.erase(std::remove_if(pieces.begin(), pieces.end(), [](const Piece& p) { return no_action(p.text); }),
                     pieces.end());
        for (int c = 0; c < t.columns; ++c) ctx.take(anchored(t, r, c));
        if (pieces.empty() && !row_ref.empty() && action_cell && action_cell->empty() &&
            (anchored(t, r, cols.col(Role::Lead)) || progress_cell))
            pieces.push_back({});  // a numbered row whose action text is missing: kept, so nothing is lost
        if (pieces.empty()) continue;  // an outcome-only or strategy-only row
        ++rows_with_action;
        auto leads = shared_texts(t.at(r, lc));
        if (carry_leads && leads.empty() && !lead_above.empty() && ctx.current == priority_above && outcome == outcome_above)
            leads = {lead_above};
        lead_above = leads.size() == 1 ? leads[0] : "";
        priority_above = ctx.current, outcome_above = outcome;
        auto times = shared_texts(t.at(r, cols.col(Role::Timescale)));
        size_t n = pieces.size();
        times = split_timescales(times, n);
        auto progress = paragraph_texts(progress_cell);
        auto resources = shared_texts(t.at(r, cols.col(Role::Resources)));
        Priority& pr = ctx.priority();
        for (size_t i = 0; i < n; ++i) {
            Action a;
            const Piece& pc = pieces[i];
            a.ref = !row_ref.empty() && (n == 1 || pc.ref.empty()) ? row_ref : pc.ref;
            a.text = pc.text;
            a.items = pc.items;
            a.outcome = outcome;
            a.lead = (share(leads, i, n, pc.ref));
            a.timescale = (share(times, i, n, pc.ref));
            a.due = due_from_timescale(a.timescale, ctx.plan.start_year);
            a.progress = (share(progress, i, n, pc.ref));
            a.resources = (share(resources, i, n, pc.ref));
            a.rag = row_status(ctx, t, r, cols, action_cell, progress_cell, a.progress, i, n);
            a.where = ctx.where(t, r);
            if (action_cell && pc.paragraph < static_cast<int>(action_cell->paragraphs.size())) {
                int page = action_cell->paragraphs[static_cast<size_t>(pc.paragraph)].page;
                if (page > 0) a.where.page = page;
            }
            if (text::word_count(a.text) >= 3) ++plausible;
            pr.actions.push_back(std::move(a));
            read_at.push_back({ctx.current, pr.actions.size() - 1});
        }
    }
    for (auto [p, i] : read_at) read.push_back(&ctx.edit_priority(static_cast<size_t>(p)).actions[i]);
    strip_prefix_refs(read);
    if (read.empty() && data_rows > 0) return false;
    double fit = read.empty() ? 0.3 : static_cast<double>(plausible) / static_cast<double>(read.size());
    double coverage = data_rows ? static_cast<double>(rows_with_action) / data_rows : 0;
    ctx.score = continuation ? 0.55 * fit : 0.95 * cols.score * (0.5 + 0.3 * fit + 0.2 * coverage);
    ctx.layout_name = continuation ? "rows (continued)" : "rows";
    ctx.claim_note = std::string(continuation ? "rows, continuing the previous table's columns: " : "rows: ") +
                     ctx.describe(t, cols);
    ctx.last_layout = Context::Layout::Rows;
    if (!continuation) ctx.last_columns = cols;
    ctx.last_table_columns = t.columns;
    return true;
}

}  // namespace

}  // namespace planport
