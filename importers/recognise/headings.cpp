// headings.cpp — steps 2–4: the plan's own status key, its numbered list of priorities, and the headings that
// name a priority ("PRIORITY 2: …", "Strategic Priority One – …", "SP1 Early help", a Word heading, a bold
// line, a numbered list item), kept pending until the table they stand over is read.
#include <cctype>

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

namespace {

const char* const kNumberWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                    "eleven", "twelve", "thirteen", "fourteen", "fifteen"};
const char* const kKeywords[] = {"priority", "priorities", "theme", "objective", "aim", "area", "workstream",
                                 "outcome", "goal", "section"};
const char* const kQualifiers[] = {"strategic", "improvement", "key", "local", "business", "core", "board", "our"};

bool is_roman(const std::string& w) {
    if (w.empty() || w.size() > 5) return false;
    for (char c : w)
        if (std::string("ivxIVX").find(c) == std::string::npos) return false;
    return true;
}

// "1", "12", "1a", "2b" — a priority number with at most one letter after it.
bool is_number_token(const std::string& w) {
    size_t i = 0;
    while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i]))) ++i;
    if (i == 0 || i > 2) return false;
    return i == w.size() || (i + 1 == w.size() && std::islower(static_cast<unsigned char>(w[i])));
}

// "P1", "SP1", "SP2a", "CP3": up to three capitals then a number.
bool is_coded_token(const std::string& w) {
    if (w.size() == 2 && w[0] == 'Q') return false;  // "Q1" … "Q4" are quarters
    size_t i = 0;
    while (i < w.size() && std::isupper(static_cast<unsigned char>(w[i]))) ++i;
    return i >= 1 && i <= 3 && i < w.size() && is_number_token(w.substr(i));
}

// Splits the leading token of s (up to a space or a separator character); returns the rest after the
// separators that follow it, and whether a separator was seen.
std::string take_token(const std::string& s, std::string& token, bool& separated) {
    size_t i = 0;
    while (i < s.size() && s[i] != ' ' && s[i] != ':' && s[i] != '.' && s[i] != ')' && s[i] != '-' &&
           s.compare(i, 3, "\xE2\x80\x93") != 0 && s.compare(i, 3, "\xE2\x80\x94") != 0)
        ++i;
    token = s.substr(0, i);
    separated = false;
    while (i < s.size()) {
        if (s[i] == ' ') { ++i; continue; }
        if (s[i] == ':' || s[i] == '.' || s[i] == ')' || s[i] == '-' || s[i] == '|') { separated = true; ++i; continue; }
        if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) { separated = true; i += 3; continue; }
        break;
    }
    return s.substr(i);
}

bool in(const char* const* list, size_t n, const std::string& w) {
    for (size_t i = 0; i < n; ++i)
        if (w == list[i]) return true;
    return false;
}

}  // namespace

bool parse_priority_heading(const std::string& raw, std::string& ref, std::string& title) {
    std::string s = text::squash(raw);
    for (auto& c : s)
        if (c == '\n') c = ' ';
    if (s.empty() || s.size() > 200) return false;
    std::string rest = s, token;
    bool sep = false;
    // qualifiers and the keyword: "Strategic Priority", "Improvement priority", "Theme"
    bool keyword = false;
    for (int guard = 0; guard < 3; ++guard) {
        std::string after = take_token(rest, token, sep);
        std::string w = text::lower(token);
        if (in(kQualifiers, std::size(kQualifiers), w) && !sep) { rest = after; continue; }
        if (in(kKeywords, std::size(kKeywords), w)) { keyword = true; rest = after; }
        break;
    }
    if (keyword && sep && !rest.empty()) {
        // "Priority: 1" / "Improvement priority: 1" (label/value) — the number follows the colon
    }
    std::string after = take_token(rest, token, sep);
    std::string w = text::lower(token);
    bool number = is_number_token(token) || is_coded_token(token);
    if (!number && keyword) {
        number = in(kNumberWords, std::size(kNumberWords), w) || (token.size() == 1 && std::isalpha(static_cast<unsigned char>(token[0]))) ||
                 (is_roman(token) && std::isupper(static_cast<unsigned char>(token[0])));
    }
    if (!number && !keyword) {
        // a lone capital or a roman numeral: "A. Title", "IV – Title", "B: Title", or before a capitalised
        // word ("B Workforce development", "II Early help"; "A skilled workforce" stays a title)
        bool letter = token.size() == 1 && std::isupper(static_cast<unsigned char>(token[0]));
        bool roman = is_roman(token) && token.size() <= 4 && std::isupper(static_cast<unsigned char>(token[0])) &&
                     token.find_first_not_of("IVX") == std::string::npos;
        bool capital_next = !after.empty() && std::isupper(static_cast<unsigned char>(after[0]));
        bool word = in(kNumberWords, std::size(kNumberWords), w) && std::isupper(static_cast<unsigned char>(token[0]));
        number = (letter || roman || word) && (sep || capital_next);
    }
    if (!number) return false;
    if (!keyword && is_number_token(token) && !sep && after.empty()) return false;  // a bare "12"
    // "2016 – 2017" and "12 months" are no headings: a bare number must be short and the title start upper.
    if (!keyword && is_number_token(token) && !after.empty() && !sep &&
        !std::isupper(static_cast<unsigned char>(after[0])))
        return false;
    std::string rest_title = text::trim(after);
    // "0.1", "1.2 …" are versions and milestone refs, not priorities: a title starts with a letter or a quote
    if (!rest_title.empty()) {
        unsigned char c0 = static_cast<unsigned char>(rest_title[0]);
        if (!(std::isalpha(c0) || c0 >= 0x80 || c0 == '"' || c0 == '\'' || c0 == '(')) return false;
    }
    if (token == "0") return false;
    ref = token;
    title = rest_title;
    return true;
}

void read_rag_key(Context& ctx) {
    for (const auto& b : ctx.doc->blocks) {
        if (b.kind == Block::Kind::Paragraph) {
            read_rag_key_line(b.paragraph.text, ctx.key);
            continue;
        }
        // A legend table: small, each row a colour swatch or code next to its meaning.
        const Table& t = b.table;
        if (t.rows.size() > 8 || t.columns > 3) continue;
        if (other_table_kind(t) != "status key") continue;  // an action table may hold status words too
        for (const auto& row : t.rows) ctx.key.merge(read_rag_key_row(row));  // swatch, code or coloured meaning
    }
}

void read_listed_priorities(Context& ctx) {
    // "1. Early help" as a numbered list item or typed text, outside tables. Unnumbered, the list is the short
    // lines under a heading that names the priorities ("Our priorities for 2014 – 2017"), up to the next
    // heading of its level, a table or body text.
    int list_level = -1;  // the level of the priorities heading whose lines are being read; -1 = none
    for (const auto& b : ctx.doc->blocks) {
        if (b.kind != Block::Kind::Paragraph) {
            list_level = -1;
            continue;
        }
        const Paragraph& p = b.paragraph;
        std::string line = text::squash(p.text);
        int level = p.heading_level ? p.heading_level : (p.bold ? 10 : 0);
        if (list_level >= 0) {
            bool item = !line.empty() && text::word_count(line) <= 12 && !text::ends_with(line, ".") &&
                        !text::ends_with(line, ":") && (level == 0 || level > list_level);
            if (item) ctx.listed_titles.push_back(line);
            else if (!line.empty()) list_level = -1;
        }
        if (level > 0 && text::word_count(line) <= 8 && text::lower(line).find("priorit") != std::string::npos)
            list_level = level;
        std::string num, title;
        if (p.is_list_item() && is_number_token(text::strip_colon(p.list_label.substr(0, p.list_label.find_first_of(".)"))))) {
            num = p.list_label.substr(0, p.list_label.find_first_of(".)"));
            title = p.text;
        } else {
            std::string token;
            bool sep = false;
            std::string rest = take_token(text::trim(p.text), token, sep);
            if (sep && is_number_token(token) && rest.size() >= 3 && rest.size() <= 120) num = token, title = rest;
        }
        if (!num.empty() && !ctx.listed_priorities.count(num)) ctx.listed_priorities[num] = text::trim(title);
    }
}

bool read_priority_heading(Context& ctx, const Paragraph& p) {
    std::string s = text::squash(p.text);
    if (s.empty()) return false;
    // "Outcome: …", "What we want to achieve: …" above a table: the outcome of its actions, not a heading.
    // (A bare "OBJECTIVES:" over several paragraphs describes the priority instead.)
    size_t colon = s.find(':');
    if (colon != std::string::npos && colon > 0 && colon < 60 && colon + 1 < s.size()) {
        Role role = role_of_header(s.substr(0, colon), ctx.options->column_map);
        if (role == Role::Outcome) {
            ctx.pending_outcome = text::trim(s.substr(colon + 1));
            return false;
        }
    }
    // body text after a heading makes it a section of prose rather than the title of the next table
    if (s.size() > 160 || (!p.heading_level && text::word_count(s) >= 12)) {
        if (!ctx.pending_headings.empty()) ++ctx.pending_headings.back().prose_after;
        return false;
    }
    std::string ref, title;
    bool numbered = parse_priority_heading(s, ref, title) && !title.empty();
    bool list_number = false;
    if (!numbered && p.is_list_item()) {
        std::string label = p.list_label;
        while (!label.empty() && (label.back() == '.' || label.back() == ')' || label.back() == ':')) label.pop_back();
        if (is_number_token(label) || is_coded_token(label) ||
            (label.size() == 1 && std::isalpha(static_cast<unsigned char>(label[0])))) {
            ref = label, title = s, list_number = true;
        }
    }
    bool heading_like = p.heading_level > 0 || (p.bold && text::word_count(s) <= 16) || numbered || list_number;
    if (!heading_like || text::ends_with(s, ".") || text::ends_with(s, ":")) return false;
    // an unnumbered heading that is a field's label ("Position at December", "Progress") is a stray label
    if (!numbered && !list_number && text::word_count(s) <= 4 && role_of_header(s, ctx.options->column_map) != Role::None)
        return false;
    if (!numbered && !list_number) ref.clear(), title = s;
    ctx.pending_headings.push_back({ref, title, numbered || list_number});
    ctx.pending_outcome.clear();  // a new heading: the outcome above the last tables no longer applies
    return true;
}

bool open_pending_priority(Context& ctx) {
    if (ctx.pending_headings.empty()) return false;
    const Context::PendingHeading* pick = &ctx.pending_headings.back();
    for (const auto& h : ctx.pending_headings)
        if (h.numbered) pick = &h;
    std::string ref = pick->ref, title = pick->title;
    if (title.empty() && ctx.listed_priorities.count(ref)) title = ctx.listed_priorities[ref];
    ctx.pending_headings.clear();
    ctx.start_priority(ref, title);
    return true;
}

}  // namespace planport
