// reading_other.cpp — reading 5f: tables that are not action tables (RAG key, contents, version control,
// membership, budget, glossary, sign-off, sub-groups). They are named and reported, never turned into
// actions. The status key itself was read before the tables (headings.cpp); here it is only recognised.
#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

namespace {

struct Kind { const char* name; const char* words[6]; };
const Kind kKinds[] = {
    {"version control", {"version", "author", "change", "revision", "amend", nullptr}},
    {"contents", {"section", "page", "contents", "chapter", nullptr}},
    {"membership", {"agency", "representative", "member", "organisation", "role", "attendance"}},
    {"budget", {"budget", "contribution", "income", "expenditure", "\xC2\xA3", "cost"}},
    {"glossary", {"term", "meaning", "abbreviation", "acronym", "definition", "glossary"}},
    {"sign-off", {"signed", "signature", "sign-off", "approved", nullptr, nullptr}},
    {"sub-groups", {"sub-group", "subgroup", "chair", "meets", "frequency", "group"}},
    {"status key", {"key", "colour", "color", "meaning", "rating", "status"}},
};

}  // namespace

std::string other_table_kind(const Table& t, int* hits) {
    if (t.rows.empty()) return "";
    // the words of the first row (or first column for a key), and whether the rows hold status words
    std::string first = " ";
    for (const auto& c : t.rows[0].cells) first += text::lower(text::squash(c.text())) + " ";
    const Kind* best = nullptr;
    int best_hits = 0;
    for (const auto& k : kKinds) {
        int hits = 0;
        for (const char* w : k.words)
            if (w && first.find(w) != std::string::npos) ++hits;
        if (hits > best_hits) best_hits = hits, best = &k;
    }
    // a status key: small, every row a status word, letter, number or swatch beside its meaning
    int status_rows = 0;
    for (const auto& row : t.rows) {
        if (row.cells.empty()) continue;
        const Cell& c = row.cells.front();
        std::string s = text::squash(c.text());
        if ((s.empty() && !c.fill.empty()) || rag_from_text(s) != Rag::Unknown || (s.size() <= 2 && !s.empty()) ||
            rag_from_fill(c.fill) != Rag::Unknown)
            ++status_rows;
    }
    // money in the cells: a budget
    int cells = 0, money = 0;
    for (const auto& row : t.rows)
        for (const auto& c : row.cells) {
            std::string s = c.text();
            if (s.empty()) continue;
            ++cells;
            if (s.find("\xC2\xA3") != std::string::npos) ++money;  // £
        }
    if (cells && money * 10 >= cells * 3 && (!best || best_hits < 2)) best = &kKinds[3], best_hits = 2;
    std::string kind;
    if (t.columns <= 3 && t.rows.size() <= 8 && status_rows * 10 >= static_cast<int>(t.rows.size()) * 7) kind = "status key";
    else if (best && best_hits >= 1) kind = best->name;
    if (hits) *hits = best_hits;
    return kind;
}

bool recognise_other_table(Context& ctx, const Table& t) {
    int best_hits = 0;
    std::string kind = other_table_kind(t, &best_hits);
    if (kind.empty()) return false;
    for (const auto& row : t.rows)
        for (const auto& c : row.cells) ctx.take(&c);
    ctx.pending_headings.clear();
    ctx.score = kind == "status key" ? 0.5 : 0.25 + 0.05 * best_hits;
    ctx.layout_name = "not an action table";
    ctx.claim_note = "not an action table: " + kind;
    ctx.last_layout = Context::Layout::None;
    return true;
}

}  // namespace planport
