// cell_actions.cpp — a cell's paragraphs → actions, by the reading rules of samples/README.md.
#include "importers/recognise/cell_actions.h"

#include <cctype>

#include "importers/recognise/text.h"

namespace planport {

namespace {

// "(1) ", "2) ", "a) ", "(iv) " typed at the start of a paragraph. "1.1 " is a milestone ref, not an item.
bool typed_enumerator(const std::string& s) {
    size_t i = s.size() && s[0] == '(' ? 1 : 0, start = i;
    while (i < s.size() && i - start < 4 && (std::isdigit(static_cast<unsigned char>(s[i])) || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
    std::string tok = s.substr(start, i - start);
    if (tok.empty() || i + 1 >= s.size() || s[i] != ')' || !std::isspace(static_cast<unsigned char>(s[i + 1]))) return false;
    bool digits = tok.find_first_not_of("0123456789") == std::string::npos && tok.size() <= 2;
    bool letter = tok.size() == 1 && std::islower(static_cast<unsigned char>(tok[0]));
    bool roman = tok.find_first_not_of("ivx") == std::string::npos;
    return digits || letter || roman;
}

bool continues(const std::string& previous, const std::string& next) {
    std::string prev = text::trim(previous);
    if (prev.empty()) return false;
    if (prev.back() == ',' || text::ends_with(prev, " and") || text::ends_with(prev, " or")) return true;
    return text::starts_lower(next);
}

bool is_bullet_glyph(const std::string& label) {
    if (label.empty()) return false;
    if (label == "o" || label == "\xEF\x82\xA7" || label == "\xEF\x82\xB7") return true;  // Word's "o" and Symbol bullets
    for (unsigned char c : label)
        if (std::isalnum(c)) return false;
    return true;
}

std::string item_line(const Paragraph& p) {
    std::string label = item_label(p);
    return label.empty() ? p.text : label + " " + p.text;
}

}  // namespace

bool is_bullet_label(const std::string& label) { return is_bullet_glyph(label); }

bool is_item_paragraph(const Paragraph& p) { return p.is_list_item() || typed_enumerator(p.text); }

std::string item_label(const Paragraph& p) {
    if (!p.is_list_item()) return "";
    return is_bullet_glyph(p.list_label) ? "\xE2\x80\xA2" : p.list_label;
}

// A bullet typed into the text ("• ", "- ", "▪ ", "o ", "* ", "– "): the glyph becomes the list label.
Paragraph with_typed_bullet(const Paragraph& p) {
    static const char* const glyphs[] = {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x96\xA0", "\xE2\x97\x8F", "\xE2\x80\x93",
                                         "\xE2\x97\xA6", "\xE2\x9E\xA2", "\xC2\xB7", "-", "*", "o", "\xEF\x82\xB7"};
    if (p.is_list_item()) return p;
    for (const char* g : glyphs) {
        std::string glyph = g;
        if (p.text.size() > glyph.size() + 1 && p.text.compare(0, glyph.size(), glyph) == 0 &&
            (p.text[glyph.size()] == ' ' || p.text[glyph.size()] == '\t')) {
            Paragraph q = p;
            q.text = text::trim(p.text.substr(glyph.size() + 1));
            q.list_label = "\xE2\x80\xA2";
            q.list_level = 0;
            return q;
        }
    }
    return p;
}

std::vector<CellAction> split_cell_actions(const std::vector<Paragraph>& raw) {
    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(raw.size());
    for (const auto& p : raw) paragraphs.push_back(with_typed_bullet(p));
    std::vector<CellAction> out;
    bool open_lead = false;  // the current action ends with a lead-in ':' and collects items
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        const Paragraph& p = paragraphs[i];
        if (p.text.empty()) continue;
        bool item = is_item_paragraph(p);
        CellAction* cur = out.empty() ? nullptr : &out.back();
        if (item && cur && open_lead) {  // rule 1
            cur->text += "\n" + item_line(p);
            cur->items.push_back(p.text);
            continue;
        }
        if (cur && !item) {
            // rule 3: continuation of the last line (the lead-in, or its last item)
            const std::string& last = cur->items.empty() ? cur->text : cur->items.back();
            if (continues(last, p.text) && !(open_lead && cur->items.empty())) {
                cur->text += " " + p.text;
                if (!cur->items.empty()) cur->items.back() += " " + p.text;
                continue;
            }
            // rule 4: a one-word lead-in ("Including:") joins the action before it; a longer one ("Through
            // audit:") introduces an action of its own
            if (text::ends_with(p.text, ":") && text::word_count(p.text) == 1 && cur->items.empty()) {
                cur->text += "\n" + p.text;
                open_lead = true;
                continue;
            }
        }
        // rule 2: a new action (a lone bullet item's text carries no label)
        out.push_back({p.text, {}, static_cast<int>(i)});
        open_lead = text::ends_with(p.text, ":");
    }
    return out;
}

std::vector<std::string> paragraph_texts(const Cell* cell) {
    std::vector<std::string> out;
    if (!cell) return out;
    for (const auto& p : cell->paragraphs)
        if (!p.text.empty()) out.push_back(p.is_list_item() ? item_line(p) : p.text);
    return out;
}

namespace {

bool month_word(const std::string& w) {
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string l = text::lower(w);
    while (!l.empty() && l.back() == '.') l.pop_back();
    if (l.size() < 3) return false;
    for (char c : l)
        if (c < 'a' || c > 'z') return false;
    for (const char* m : months)
        if (l.compare(0, 3, m) == 0) return true;
    return false;
}

bool all_digits(const std::string& w, size_t lo, size_t hi) {
    if (w.size() < lo || w.size() > hi) return false;
    for (char c : w)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

bool slash_date(const std::string& w) {  // 31/03/2016
    size_t a = w.find('/'), b = a == std::string::npos ? a : w.find('/', a + 1);
    if (b == std::string::npos) return false;
    return all_digits(w.substr(0, a), 1, 2) && all_digits(w.substr(a + 1, b - a - 1), 1, 2) && all_digits(w.substr(b + 1), 2, 4);
}

// Timescales written as sentences, run together ("Audit findings reported to the Board by February 2014
// Protocol signed off by June 2013", "Annually Strategy agreed by March 2014"): each ends at a year, a
// financial year or a word for a recurring date, where the next word starts with a capital that is no month.
std::vector<std::string> split_at_date_ends(const std::vector<std::string>& words) {
    auto date_end = [](const std::string& w) {
        std::string l = text::lower(w);
        while (!l.empty() && (l.back() == '.' || l.back() == ',' || l.back() == ')')) l.pop_back();
        if (all_digits(l, 4, 4) || slash_date(l)) return true;
        if (l.size() >= 6 && l[4] == '/' && all_digits(l.substr(0, 4), 4, 4) && all_digits(l.substr(5), 2, 4)) return true;
        for (const char* word : {"ongoing", "on-going", "annually", "tbc", "quarterly", "termly", "monthly"})
            if (l == word) return true;
        return false;
    };
    std::vector<std::string> parts;
    std::string part;
    for (size_t i = 0; i < words.size(); ++i) {
        part += (part.empty() ? "" : " ") + words[i];
        bool next_capital = i + 1 < words.size() && std::isupper(static_cast<unsigned char>(words[i + 1][0])) &&
                            !month_word(words[i + 1]);
        if (i + 1 == words.size() || (date_end(words[i]) && next_capital)) parts.push_back(part), part.clear();
    }
    return parts;
}

}  // namespace

std::vector<std::string> split_timescales(const std::vector<std::string>& texts, size_t n) {
    if (n < 2 || texts.size() != 1) return texts;
    // The cell must be nothing but dates, one after another: [from|by|end of] Month YY(YY), On-going, TBC,
    // Annually, dd/mm/yy(yy).
    std::vector<std::string> words;
    std::string w;
    for (char c : texts[0] + " ") {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!w.empty()) words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    std::vector<std::string> parts;
    auto by_sentences = [&] {  // the strict reading failed: try timescales written as sentences
        auto split = split_at_date_ends(words);
        return split.size() == n ? split : texts;
    };
    for (size_t i = 0; i < words.size();) {
        std::string part;
        std::string l = text::lower(words[i]);
        if ((l == "from" || l == "by") && i + 1 < words.size()) part = words[i++] + " ";
        else if (l == "end" && i + 2 < words.size() && text::lower(words[i + 1]) == "of") part = words[i] + " " + words[i + 1] + " ", i += 2;
        l = text::lower(words[i]);
        if (month_word(words[i]) && i + 1 < words.size() && all_digits(words[i + 1], 2, 4)) {
            part += words[i] + " " + words[i + 1];
            i += 2;
        } else if (part.empty() && (l == "ongoing" || l == "on-going" || l == "tbc" || l == "annually" || slash_date(words[i]))) {
            part = words[i++];
        } else {
            return by_sentences();  // other words between the dates
        }
        parts.push_back(part);
    }
    if (parts.size() != n) return by_sentences();
    return parts;
}

std::string share_out(const std::vector<std::string>& texts, size_t i, size_t n) {
    if (n > 1 && texts.size() == n) return texts[i];
    return text::join(texts, "\n");
}

}  // namespace planport
