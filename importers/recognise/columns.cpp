// columns.cpp — header words and column contents → column roles (see columns.h), user mapping file first.
#include "importers/recognise/columns.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"
#include "model/dates.h"
#include "model/rag.h"

namespace planport {

namespace {

struct RoleNameEntry { Role role; const char* name; };
const RoleNameEntry kRoleNames[] = {
    {Role::Number, "number"},       {Role::Objective, "objective"}, {Role::Ref, "ref"},
    {Role::Outcome, "outcome"},     {Role::Action, "action"},       {Role::Lead, "lead"},
    {Role::Resources, "resources"}, {Role::Timescale, "timescale"}, {Role::Progress, "progress"},
    {Role::Rag, "rag"},             {Role::Priority, "priority"},   {Role::Measure, "measure"},
    {Role::Strategy, "strategy"},   {Role::Tick, "tick"},           {Role::Other, "other"},
};

// Header vocabulary: phrases of words, matched when every word of the phrase is among the header's words
// (order free). A word ending in '*' matches any word it starts. The longest matching phrase decides; on a
// tie, the earlier entry. Entries marked whole match only a header that is exactly the phrase.
struct Phrase { const char* words; Role role; bool whole = false; };
const Phrase kPhrases[] = {
    // success measures first: "Output/Outcome measurement", "What will impact be and how measured"
    {"measur*", Role::Measure},            {"how know", Role::Measure},         {"success", Role::Measure},
    {"kpi*", Role::Measure},               {"indicator*", Role::Measure},       {"target measure", Role::Measure},
    {"evidence success", Role::Measure},
    {"no", Role::Number, true},            {"#", Role::Number, true},           {"number", Role::Number, true},
    {"ref*", Role::Ref},                   {"id", Role::Ref, true},             {"item", Role::Ref, true},
    {"priorit*", Role::Priority},          {"theme", Role::Priority},           {"workstream", Role::Priority},
    {"objective*", Role::Objective},       {"strategic aim*", Role::Objective},  {"goal*", Role::Objective},
    {"outcome*", Role::Outcome},           {"what difference", Role::Outcome},  {"what want achieve", Role::Outcome},
    {"aim*", Role::Outcome},               {"intended result*", Role::Outcome}, {"what will different", Role::Outcome},
    {"why", Role::Outcome, true},
    {"how lscb do", Role::Strategy},       {"how board do", Role::Strategy},    {"how partnership do", Role::Strategy},
    {"strateg*", Role::Strategy},          {"approach", Role::Strategy},
    {"action*", Role::Action},             {"milestone*", Role::Action},        {"task*", Role::Action},
    {"activit*", Role::Action},            {"what do", Role::Action},           {"how do", Role::Action},
    {"how will achieve", Role::Action},    {"deliverable*", Role::Action},      {"recommendation*", Role::Action},
    {"step*", Role::Action},               {"what will happen", Role::Action},  {"plan", Role::Action, true},
    {"work", Role::Action, true},          {"initiative*", Role::Action},
    {"lead*", Role::Lead},                 {"owner*", Role::Lead},              {"whom", Role::Lead},
    {"who", Role::Lead},                   {"responsib*", Role::Lead},          {"accountab*", Role::Lead},
    {"officer*", Role::Lead},              {"person*", Role::Lead},             {"champion*", Role::Lead},
    {"resourc*", Role::Resources},         {"partner*", Role::Resources},       {"support*", Role::Resources},
    {"involv*", Role::Resources},          {"contributor*", Role::Resources},
    {"progress*", Role::Progress},         {"update*", Role::Progress},         {"comment*", Role::Progress},
    {"commentary", Role::Progress},        {"position", Role::Progress},        {"evidence", Role::Progress},
    {"impact", Role::Progress},            {"review*", Role::Progress},         {"achievement*", Role::Progress},
    {"assessment", Role::Progress},        {"note*", Role::Progress},           {"remark*", Role::Progress},
    {"expected by", Role::Timescale},      {"by", Role::Timescale, true},       {"finish*", Role::Timescale},
    {"complete by", Role::Timescale},      {"end", Role::Timescale, true},      {"deliver by", Role::Timescale},
    {"timescale*", Role::Timescale},       {"timeframe*", Role::Timescale},     {"time scale*", Role::Timescale},
    {"time frame*", Role::Timescale},      {"when", Role::Timescale},           {"date*", Role::Timescale},
    {"deadline*", Role::Timescale},        {"due", Role::Timescale},            {"completion", Role::Timescale},
    {"target", Role::Timescale, true},     {"timing*", Role::Timescale},        {"time*", Role::Timescale},
    {"rag", Role::Rag},                    {"r a g", Role::Rag},                {"brag", Role::Rag},
    {"status", Role::Rag},                 {"rating", Role::Rag},               {"b r a g", Role::Rag},
    {"budget*", Role::Other},              {"cost*", Role::Other},              {"risk*", Role::Other},
    {"link*", Role::Other},                {"funding", Role::Other},            {"dependenc*", Role::Other},
};

// Tick columns name a status: "Achieved | On target | Not achieved".
struct TickName { const char* words; Rag rag; };
const TickName kTicks[] = {
    {"not achieved", Rag::Red}, {"off track", Rag::Red},       {"off target", Rag::Red},  {"not met", Rag::Red},
    {"some slippage", Rag::Amber}, {"slippage", Rag::Amber}, {"at risk", Rag::Amber},     {"partially achieved", Rag::Amber},
    {"on target", Rag::Green},  {"on track", Rag::Green},      {"in progress", Rag::Green},
    {"achieved", Rag::Complete}, {"complete", Rag::Complete},  {"completed", Rag::Complete}, {"met", Rag::Complete},
};

// Lower-case ASCII words of a header; '/' '-' '?' and other punctuation split; plurals 'ies' → 'y'.
std::vector<std::string> header_words(const std::string& h) {
    std::vector<std::string> out;
    std::string w;
    auto flush = [&] {
        if (w.empty()) return;
        if (w.size() > 4 && text::ends_with(w, "ies")) w = w.substr(0, w.size() - 3) + "y";
        out.push_back(w);
        w.clear();
    };
    for (unsigned char c : h) {
        if (std::isalnum(c)) w += static_cast<char>(std::tolower(c));
        else if (c == '#') { flush(); out.push_back("#"); }
        else if (c == '\'') continue;  // "who's" → "whos"
        else flush();
    }
    flush();
    return out;
}

bool word_matches(const std::string& pattern, const std::string& word) {
    if (!pattern.empty() && pattern.back() == '*') return word.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
    return word == pattern || word == pattern + "s";
}

// Number of words when every word of the phrase is in `words` (whole: and nothing else), else 0.
int phrase_match(const Phrase& ph, const std::vector<std::string>& words) {
    std::vector<std::string> want;
    std::string w;
    for (const char* p = ph.words;; ++p) {
        if (*p == ' ' || *p == 0) {
            if (!w.empty()) want.push_back(w);
            w.clear();
            if (!*p) break;
        } else {
            w += *p;
        }
    }
    if (ph.whole && words.size() != want.size()) return 0;
    for (const auto& x : want) {
        bool found = false;
        for (const auto& y : words) found = found || word_matches(x, y);
        if (!found) return 0;
    }
    return static_cast<int>(want.size());
}

std::string header_key(const std::string& header) {
    std::string h = text::lower(text::squash(header));
    for (auto& c : h)
        if (c == '\n') c = ' ';
    return text::trim(h);
}

// ---- content evidence -------------------------------------------------------------------------------------

bool is_ref_text(const std::string& s) {
    // "1", "1.2", "1.2a", "A2", "P1", "SP1", "iv", "a)", "(i)" — short, with a digit or a lone letter/roman
    std::string t = text::trim(s);
    if (t.empty() || t.size() > 8) return false;
    int digits = 0, letters = 0;
    for (unsigned char c : t) {
        if (std::isdigit(c)) ++digits;
        else if (std::isalpha(c)) ++letters;
        else if (c != '.' && c != ')' && c != '(' && c != '-') return false;
    }
    if (digits > 0) return letters <= 3;
    std::string l = text::lower(t);
    return letters == 1 || l == "ii" || l == "iii" || l == "iv" || l == "vi" || l == "vii" || l == "viii" || l == "ix";
}

bool is_tick_text(const std::string& s) {
    std::string l = text::lower(text::trim(s));
    return l == "\xE2\x9C\x93" || l == "\xE2\x9C\x94" || l == "yes" || l == "y" || l == "x" || l == "\xE2\x9C\x97" ||
           l == "\xE2\x98\x91" || l == "\xE2\x98\x92";
}

// Timescales without a date: "Ongoing", "Annually", "Q3", "TBC", "End of Q2".
bool is_timescale_word(const std::string& s) {
    std::string l = text::lower(text::trim(s));
    for (const char* w : {"ongoing", "on-going", "on going", "from ", "annual", "quarterly", "termly", "monthly", "tbc",
                          "to be confirmed", "end of q", "q1", "q2", "q3", "q4", "weekly", "immediate"})
        if (l.rfind(w, 0) == 0) return true;
    return l.find(" onwards") != std::string::npos;
}

bool looks_like_name(const std::string& s) {
    // "Head of Early Help", "LSCB Business Manager", "Chair, Training sub-group", "Police / Health"
    std::string t = text::squash(s);
    int words = text::word_count(t);
    if (words == 0 || words > 8 || t.size() > 70) return false;
    if (text::ends_with(t, ".")) return false;
    unsigned char c0 = static_cast<unsigned char>(t[0]);
    return std::isupper(c0) || c0 >= 0x80;
}

struct Content {
    int cells = 0, filled = 0;
    int dates = 0, statuses = 0, refs = 0, ticks = 0, names = 0, longs = 0, coloured_empty = 0;
    double words = 0;
    double share(int n) const { return filled ? static_cast<double>(n) / filled : 0; }
};

Content column_content(const Table& t, int c, int first_row) {
    Content k;
    for (int r = first_row; r < static_cast<int>(t.rows.size()); ++r) {
        const Cell* cell = t.at(r, c);
        if (!cell || cell->row != r || cell->col != c) continue;
        if (t.columns > 2 && cell->colspan >= t.columns - 1) continue;  // a band row says nothing of a column
        ++k.cells;
        std::string s = text::squash(cell->text());
        for (auto& ch : s)
            if (ch == '\n') ch = ' ';
        if (s.empty()) {
            if (!cell->fill.empty() && rag_from_fill(cell->fill) != Rag::Unknown) ++k.coloured_empty, ++k.filled,
                ++k.statuses;
            continue;
        }
        ++k.filled;
        int w = text::word_count(s);
        k.words += w;
        // a date, or a short sentence around one ("Training programme to run across financial year 2012/13")
        if ((w <= 6 && is_timescale_word(s)) || (w <= 12 && !due_from_timescale(s).empty())) ++k.dates;
        if (w <= 3 && (rag_from_text(s) != Rag::Unknown || (s.size() == 1 && std::isdigit(static_cast<unsigned char>(s[0])))))
            ++k.statuses;
        if (is_ref_text(s)) ++k.refs;
        if (is_tick_text(s)) ++k.ticks;
        if (looks_like_name(s)) ++k.names;
        if (w >= 8) ++k.longs;
    }
    if (k.filled) k.words /= k.filled;
    return k;
}

std::string percent(double x) { return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%"; }

std::string describe_content(const Content& k) {
    if (!k.filled) return "empty";
    std::string s = std::to_string(k.filled) + " filled";
    if (k.dates) s += ", dates " + percent(k.share(k.dates));
    if (k.statuses) s += ", status " + percent(k.share(k.statuses));
    if (k.coloured_empty) s += ", coloured empty " + percent(k.share(k.coloured_empty));
    if (k.refs) s += ", refs " + percent(k.share(k.refs));
    if (k.ticks) s += ", ticks " + percent(k.share(k.ticks));
    if (k.names) s += ", names " + percent(k.share(k.names));
    if (k.longs) s += ", sentences " + percent(k.share(k.longs));
    return s;
}

// What the contents alone say a column is (for a header that is in no list), with a confidence.
Role role_from_content(const Content& k, double& confidence) {
    confidence = 0;
    if (!k.filled) return Role::None;
    struct Cand { Role r; double v; };
    Cand cands[] = {
        // status letters (R, A, G, C) are refs too by their shape: the status reading wins them
        {Role::Ref, k.words <= 1.5 ? k.share(k.refs) - k.share(k.statuses) : 0},
        {Role::Timescale, k.share(k.dates)},
        {Role::Rag, k.share(k.statuses)},
        {Role::Tick, k.share(k.ticks)},
        {Role::Lead, k.share(k.names) * (1 - k.share(k.dates)) * (1 - k.share(k.statuses)) * (k.words <= 5 ? 1 : 0.5)},
        {Role::Action, k.words >= 6 ? k.share(k.longs) : 0},
    };
    Cand best{Role::None, 0};
    for (const auto& c : cands)
        if (c.v > best.v) best = c;
    if (best.v < 0.5) return Role::None;
    confidence = best.v;
    return best.r;
}

bool multi_role(Role r) {
    return r == Role::Progress || r == Role::Tick || r == Role::Other || r == Role::Measure || r == Role::None ||
           r == Role::Rag;
}

}  // namespace

const char* role_name(Role r) {
    for (const auto& e : kRoleNames)
        if (e.role == r) return e.name;
    return "none";
}

Role role_from_name(const std::string& name) {
    std::string n = text::lower(text::trim(name));
    for (const auto& e : kRoleNames)
        if (n == e.name) return e.role;
    return Role::None;
}

namespace {

// The vocabulary's role for a header key (no user map).
Role vocabulary_role(const std::string& h) {
    auto words = header_words(h);
    if (words.empty()) return h == "#" ? Role::Number : Role::None;
    if (words.size() > 10) return Role::None;
    if (tick_column_status(h) != Rag::Unknown && words.size() <= 3) return Role::Tick;
    int best = 0;
    Role role = Role::None;
    for (const auto& ph : kPhrases) {
        int m = phrase_match(ph, words);
        if (m > best) best = m, role = ph.role;
    }
    return role;
}

}  // namespace

Role role_of_header(const std::string& header, const std::map<std::string, std::string>& user_map) {
    std::string h = header_key(header);
    if (h.empty() || h.size() > 80) return Role::None;  // a long text is content, not a header
    if (auto it = user_map.find(h); it != user_map.end()) return role_from_name(it->second);
    // Every reading asks about the same cells again: the answers are kept, per thread (one document per
    // thread), a bounded number of them.
    thread_local std::unordered_map<std::string, Role> known;
    if (auto it = known.find(h); it != known.end()) return it->second;
    if (known.size() > 20000) known.clear();
    Role r = vocabulary_role(h);
    known.emplace(h, r);
    return r;
}

Rag tick_column_status(const std::string& header) {
    std::string h = " " + text::join(header_words(header_key(header)), " ") + " ";
    for (const auto& t : kTicks)
        if (h == std::string(" ") + t.words + " ") return t.rag;
    return Rag::Unknown;
}

int ColumnMap::col(Role r) const {
    for (size_t i = 0; i < roles.size(); ++i)
        if (roles[i] == r) return static_cast<int>(i);
    return -1;
}

std::vector<int> ColumnMap::cols(Role r) const {
    std::vector<int> out;
    for (size_t i = 0; i < roles.size(); ++i)
        if (roles[i] == r && (i == 0 || headers[i] != headers[i - 1] || roles[i - 1] != r || headers[i].empty()))
            out.push_back(static_cast<int>(i));
    return out;
}

int ColumnMap::known() const {
    std::set<Role> seen;
    for (auto r : roles)
        if (r != Role::None && r != Role::Other && r != Role::Measure) seen.insert(r);
    return static_cast<int>(seen.size());
}

int header_words_in_row(const Table& t, int r, const std::map<std::string, std::string>& user_map) {
    if (r < 0 || r >= static_cast<int>(t.rows.size())) return 0;
    int n = 0;
    for (const auto& cell : t.rows[static_cast<size_t>(r)].cells)
        if (!cell.empty() && role_of_header(cell.text(), user_map) != Role::None) ++n;
    return n;
}

bool assign_columns(const Table& t, int first, int last, const std::map<std::string, std::string>& user_map,
                    ColumnMap& out) {
    ColumnMap m;
    m.roles.assign(static_cast<size_t>(t.columns), Role::None);
    m.evidence.assign(static_cast<size_t>(t.columns), "");
    m.headers.assign(static_cast<size_t>(t.columns), "");
    m.first_header_row = first;
    m.header_row = last;
    // Header text per column: the header rows' texts joined ("Progress" over "Q1", "Q2" → "Progress Q1").
    for (int c = 0; c < t.columns; ++c) {
        std::string h;
        const Cell* prev = nullptr;
        for (int r = first; r <= last && r >= 0; ++r) {
            const Cell* cell = t.at(r, c);
            if (!cell || cell == prev) continue;
            prev = cell;
            std::string s = text::squash(cell->text());
            if (!s.empty()) h += (h.empty() ? "" : " ") + s;
        }
        for (auto& ch : h)
            if (ch == '\n') ch = ' ';
        m.headers[static_cast<size_t>(c)] = h;
    }
    std::vector<Role> header_role(static_cast<size_t>(t.columns), Role::None);
    std::vector<Content> content(static_cast<size_t>(t.columns));
    std::vector<double> confidence(static_cast<size_t>(t.columns), 0);
    int named = 0, matched = 0;
    for (int c = 0; c < t.columns; ++c) {
        auto i = static_cast<size_t>(c);
        content[i] = column_content(t, c, last + 1);
        // A header cell spanning several columns over sub-headers names them all; read the joined text.
        Role hr = role_of_header(m.headers[i], user_map);
        // "Priority One: Listening to children" over the actions names the priority, not the column's role
        std::string pref, ptitle;
        if ((hr == Role::Priority || hr == Role::Objective) && parse_priority_heading(m.headers[i], pref, ptitle) && !ptitle.empty() &&
            text::word_count(ptitle) >= 2)
            hr = Role::None;
        if (hr == Role::None && last > first) {  // grouped: the lowest header row alone ("Q3 update")
            const Cell* low = t.at(last, c);
            if (low) hr = role_of_header(low->text(), user_map);
        }
        bool user = user_map.count(header_key(m.headers[i])) > 0;
        if (!m.headers[i].empty()) ++named;
        if (hr != Role::None) ++matched;
        Role role = hr;
        std::string why;
        const Content& k = content[i];
        if (hr != Role::None) {
            why = user ? "mapping file" : "header words";
            confidence[i] = 2;
            // Progress or status? The contents decide: short status words/letters/fills are a status column.
            if (!user && (hr == Role::Progress || hr == Role::Rag)) {
                if (k.filled >= 2 && k.share(k.statuses) >= 0.6 && k.words <= 3) role = Role::Rag;
                else if (hr == Role::Rag && k.filled && k.share(k.longs) >= 0.5) role = Role::Progress;
                else if (hr == Role::Progress && k.filled && k.share(k.ticks) >= 0.5) role = Role::Tick;
            }
            if (!user && hr == Role::Number && k.filled && k.share(k.refs) >= 0.5) role = Role::Ref;

            if (!user && hr == Role::Tick && k.filled && k.share(k.ticks) < 0.3 && k.share(k.longs) > 0.3) role = Role::Progress;
        } else {
            double conf = 0;
            role = role_from_content(k, conf);
            if (role == Role::Tick) role = Role::None;  // a tick column must name its status
            confidence[i] = conf;
            if (role != Role::None) why = "contents";
        }
        m.roles[i] = role;
        m.evidence[i] = (why.empty() ? std::string("no evidence") : why) + "; " + describe_content(k);
        header_role[i] = hr;
    }
    // Spanned header cells give one role to several columns: they are one column unless sub-headers differ.
    // Each single role to one column: the header match first, then the most confident content.
    for (Role r : {Role::Action, Role::Ref, Role::Number, Role::Outcome, Role::Objective, Role::Lead,
                   Role::Timescale, Role::Resources, Role::Priority, Role::Strategy}) {
        std::vector<int> at;
        for (int c = 0; c < t.columns; ++c)
            if (m.roles[static_cast<size_t>(c)] == r) at.push_back(c);
        // columns under one spanning header cell count once
        std::vector<int> distinct;
        for (int c : at)
            if (distinct.empty() || m.headers[static_cast<size_t>(c)] != m.headers[static_cast<size_t>(distinct.back())] ||
                m.headers[static_cast<size_t>(c)].empty())
                distinct.push_back(c);
        if (distinct.size() <= 1) continue;
        if (r == Role::Action) {
            // Two action-like columns: a strategy over the actions ("How will we do this?" over "What will it
            // do?"). The column with more distinct cells per row (less merged) holds the actions; the other
            // is the strategy. On a tie, the right-most is the action.
            // evidence: more filled cells (a strategy is merged or written once over its actions), then more words
            int best = distinct.back();
            auto weight = [&](int c) {
                const Content& k = content[static_cast<size_t>(c)];
                return k.filled * 1000.0 + k.words * k.filled;
            };
            for (int c : distinct)
                if (weight(c) > weight(best)) best = c;
            for (int c : distinct)
                if (c != best) m.roles[static_cast<size_t>(c)] = Role::Strategy, m.evidence[static_cast<size_t>(c)] += "; second action-like column: strategy";
            continue;
        }
        int keep = distinct.front();
        for (int c : distinct)
            if (confidence[static_cast<size_t>(c)] > confidence[static_cast<size_t>(keep)]) keep = c;
        for (int c : distinct)
            if (c != keep && m.headers[static_cast<size_t>(c)] != m.headers[static_cast<size_t>(keep)]) {
                m.roles[static_cast<size_t>(c)] = r == Role::Timescale ? Role::Other : (r == Role::Lead ? Role::Resources : Role::Other);
                m.evidence[static_cast<size_t>(c)] += "; " + std::string(role_name(r)) + " already taken";
            }
    }
    // Roles for unnamed columns are only guesses: a content-typed action needs no header action column.
    if (!m.has(Role::Action)) {
        // the longest texts among unassigned columns
        int best = -1;
        double best_long = 0.3;
        for (int c = 0; c < t.columns; ++c) {
            auto i = static_cast<size_t>(c);
            if (m.roles[i] != Role::None && m.roles[i] != Role::Other) continue;
            if (!m.headers[i].empty() && header_role[i] != Role::None) continue;
            double v = content[i].share(content[i].longs);
            if (v > best_long) best_long = v, best = c;
        }
        if (best >= 0) m.roles[static_cast<size_t>(best)] = Role::Action, m.evidence[static_cast<size_t>(best)] += "; longest texts";
    }
    if (!m.has(Role::Action)) return false;
    (void)multi_role;
    m.score = named ? 0.4 + 0.6 * static_cast<double>(matched) / named : 0.3;
    out = std::move(m);
    return true;
}

bool read_header_row(const Table& t, int r, const std::map<std::string, std::string>& user_map, ColumnMap& out) {
    if (r < 0 || r >= static_cast<int>(t.rows.size())) return false;
    std::set<Role> used;
    bool action = false;
    for (const auto& cell : t.rows[static_cast<size_t>(r)].cells) {
        Role role = role_of_header(cell.text(), user_map);
        if (role == Role::Action) action = true;
        if (role != Role::None && role != Role::Other && role != Role::Measure) used.insert(role);
    }
    int known = static_cast<int>(used.size());
    if (!((action && known >= 2) || known >= 3)) return false;
    return assign_columns(t, r, r, user_map, out);
}

std::map<std::string, std::string> load_column_map(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open mapping file");
    std::map<std::string, std::string> map;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        auto hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        line = text::trim(line);
        if (line.empty()) continue;
        auto eq = line.rfind('=');
        if (eq == std::string::npos)
            throw std::runtime_error(path + ": line " + std::to_string(n) + ": expected 'header text = role'");
        std::string header = header_key(line.substr(0, eq));
        std::string role = text::trim(line.substr(eq + 1));
        if (role_from_name(role) == Role::None)
            throw std::runtime_error(path + ": line " + std::to_string(n) + ": unknown role '" + role + "'");
        map[header] = role;
    }
    return map;
}

}  // namespace planport
