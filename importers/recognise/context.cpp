// context.cpp — the shared state of the recognition steps.
#include "importers/recognise/context.h"

#include <algorithm>
#include <cctype>

#include "importers/recognise/text.h"

namespace planport {

const Cell* anchored(const Table& t, int r, int c) {
    if (c < 0) return nullptr;
    const Cell* cell = t.at(r, c);
    return (cell && cell->row == r) ? cell : nullptr;
}

std::string cell_ref(const Cell* cell) {
    if (!cell) return "";
    std::string r = text::squash(cell->text());
    if (r.empty())
        for (const auto& p : cell->paragraphs)
            if (!p.list_label.empty()) { r = p.list_label; break; }
    for (auto& ch : r)
        if (ch == '\n') ch = ' ';
    r = text::trim(r);
    if (r.find(' ') != std::string::npos) return r;  // a text, not a label: as printed
    while (!r.empty() && (r.back() == '.' || r.back() == ')' || r.back() == ':')) r.pop_back();
    if (!r.empty() && r[0] == '(') r.erase(0, 1);
    return r;
}

bool starts_new_page(const Table& t, int r) {
    if (r <= 0 || r >= static_cast<int>(t.rows.size())) return false;
    const Row& row = t.rows[static_cast<size_t>(r)];
    if (row.page_break_before) return true;
    const Row& before = t.rows[static_cast<size_t>(r - 1)];
    auto page_of = [](const Row& rw) {
        int p = rw.page;
        for (const auto& c : rw.cells)
            if (c.page > 0 && !c.empty()) p = std::max(p, c.page);
        return p;
    };
    int a = page_of(before), b = page_of(row);
    return a > 0 && b > a;
}

bool open_ended(const std::string& raw) {
    std::string s = raw;
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    if (s.empty()) return false;
    char last = s.back();
    if (last == ',' || last == '-' || last == '/' || last == '(' || last == '&') return true;
    int quotes = 0, brackets = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"') ++quotes;
        if (s[i] == '(') ++brackets;
        if (s[i] == ')') --brackets;
        if (s.compare(i, 3, "\xE2\x80\x9C") == 0) ++quotes;  // “
        if (s.compare(i, 3, "\xE2\x80\x9D") == 0) ++quotes;  // ”
    }
    if (quotes % 2 == 1 || brackets > 0) return true;
    size_t sp = s.find_last_of(' ');
    std::string word = sp == std::string::npos ? s : s.substr(sp + 1);
    return !word.empty() && word[0] >= 'a' && word[0] <= 'z' && std::isalpha(static_cast<unsigned char>(word.back()));
}

Priority& Context::start_priority(const std::string& ref, const std::string& title) {
    auto p = std::make_shared<Priority>();
    p->ref = ref;
    p->title = title;
    priorities.push_back(std::move(p));
    current = static_cast<int>(priorities.size()) - 1;
    return *priorities.back();
}

int Context::find_priority(const std::string& ref) const {
    for (int i = static_cast<int>(priorities.size()) - 1; i >= 0; --i)
        if (priorities[static_cast<size_t>(i)]->ref == ref) return i;
    return -1;
}

Priority& Context::edit_priority(size_t i) {
    auto& p = priorities[i];
    if (p.use_count() > 1) p = std::make_shared<Priority>(*p);
    return *p;
}

int Context::action_count() const {
    int n = 0;
    for (const auto& p : priorities) n += static_cast<int>(p->actions.size());
    return n;
}

Plan Context::take_plan() {
    Plan out = std::move(plan);
    out.priorities.clear();
    for (auto& p : priorities) out.priorities.push_back(p.use_count() > 1 ? *p : std::move(*p));
    priorities.clear();
    return out;
}

Rag Context::status(const std::string& fill, const std::string& progress_text) const {
    const RagKey* k = key.empty() ? nullptr : &key;
    Rag r = rag_from_fill(fill, k);
    if (r == Rag::Unknown) r = rag_from_text(progress_text, k);
    return r;
}

std::string Context::describe(const Table& t, const ColumnMap& cols) const {
    // one line per column: its header, the role it got and the evidence for it
    std::string out;
    int prev = -1;
    for (int c = 0; c < static_cast<int>(cols.roles.size()); ++c) {
        const Cell* cell = cols.header_row >= 0 ? t.at(cols.header_row, c) : nullptr;
        if (cell && cell->col == prev && cell->colspan > 1 &&
            (c >= static_cast<int>(cols.headers.size()) || cols.headers[static_cast<size_t>(c)] == cols.headers[static_cast<size_t>(c - 1)]))
            continue;
        prev = cell ? cell->col : c;
        std::string h = c < static_cast<int>(cols.headers.size()) ? cols.headers[static_cast<size_t>(c)] : "";
        if (h.empty() && cell) h = cell->text();
        for (auto& ch : h)
            if (ch == '\n') ch = ' ';
        out += "\n      column " + std::to_string(c + 1) + " '" + h + "' = " + role_name(cols.roles[static_cast<size_t>(c)]);
        if (c < static_cast<int>(cols.evidence.size()) && !cols.evidence[static_cast<size_t>(c)].empty())
            out += " (" + cols.evidence[static_cast<size_t>(c)] + ")";
    }
    return out;
}

Provenance Context::where(const Table& t, int r) const {
    Provenance p;
    p.file = plan.source;
    p.table = t.index;
    p.row = r;
    p.page = t.page;
    if (r >= 0 && r < static_cast<int>(t.rows.size())) {
        const Row& row = t.rows[static_cast<size_t>(r)];
        if (row.page > 0) p.page = row.page;
        for (const auto& c : row.cells)
            if (c.page > 0 && !c.empty()) { p.page = c.page; break; }
    }
    return p;
}

}  // namespace planport
