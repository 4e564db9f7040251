// cell_actions.cpp — a cell's paragraphs → actions, by the reading rules of samples/README.md.
#include "importers/recognise/cell_actions.h"

#include <regex>

#include "importers/recognise/text.h"

namespace planport {

namespace {

// "(1) ", "2) ", "a) ", "(iv) " typed at the start of a paragraph. "1.1 " is a milestone ref, not an item.
bool typed_enumerator(const std::string& s) {
    static const std::regex re(R"(^\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})\)\s)");
    return std::regex_search(s, re);
}

bool continues(const std::string& previous, const std::string& next) {
    std::string prev = text::trim(previous);
    if (prev.empty()) return false;
    if (prev.back() == ',' || text::ends_with(prev, " and") || text::ends_with(prev, " or")) return true;
    return text::starts_lower(next);
}

bool is_bullet_glyph(const std::string& label) {
    if (label.empty()) return false;
    for (unsigned char c : label)
        if (std::isalnum(c)) return false;
    return true;
}

std::string item_line(const Paragraph& p) {
    std::string label = item_label(p);
    return label.empty() ? p.text : label + " " + p.text;
}

}  // namespace

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

std::vector<std::string> split_timescales(const std::vector<std::string>& texts, size_t n) {
    if (n < 2 || texts.size() != 1) return texts;
    static const std::regex date(
        R"((?:(?:from|by|end of)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-9]{2,4}|on-?going|tbc|annually|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}))",
        std::regex::icase);
    std::vector<std::string> parts;
    std::string rest;
    const std::string& s = texts[0];
    auto begin = std::sregex_iterator(s.begin(), s.end(), date);
    size_t pos = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        if (!text::trim(s.substr(pos, static_cast<size_t>(it->position()) - pos)).empty()) return texts;  // other words between
        parts.push_back(it->str());
        pos = static_cast<size_t>(it->position() + it->length());
    }
    if (!text::trim(s.substr(pos)).empty() || parts.size() != n) return texts;
    return parts;
}

std::string share_out(const std::vector<std::string>& texts, size_t i, size_t n) {
    if (n > 1 && texts.size() == n) return texts[i];
    return text::join(texts, "\n");
}

}  // namespace planport
