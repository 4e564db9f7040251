// numbering.cpp — numbering.xml definitions, Word's list counters and label formatting.
#include "importers/docx/numbering.h"

#include <algorithm>

#include "importers/docx/on_off.h"

namespace planport::docx {

namespace {

ListLevel read_lvl(const XmlElement& lvl) {
    ListLevel l;
    l.defined = true;
    l.start = child_int(&lvl, "start").value_or(1);
    if (const XmlElement* f = lvl.w_child("numFmt")) l.format = f->w_attr("val").value_or("decimal");
    if (const XmlElement* t = lvl.w_child("lvlText")) l.text = t->w_attr("val").value_or("");
    if (const XmlElement* g = lvl.w_child("isLgl")) l.legal = read_on_off(*g);
    l.restart = child_int(&lvl, "lvlRestart");
    return l;
}

AbstractNum read_abstract_num(const XmlElement& el) {
    AbstractNum a;
    for (const auto& c : el.children) {
        if (c.is_w("lvl")) {
            int ilvl = read_int_attr(c, "ilvl").value_or(0);
            if (ilvl >= 0 && ilvl < 9) a.levels[ilvl] = read_lvl(c);
        } else if (c.is_w("numStyleLink")) {
            a.num_style_link = c.w_attr("val").value_or("");
        } else if (c.is_w("styleLink")) {
            a.style_link = c.w_attr("val").value_or("");
        }
    }
    return a;
}

Num read_num(const XmlElement& el) {
    Num n;
    if (const XmlElement* a = el.w_child("abstractNumId")) n.abstract_id = a->w_attr("val").value_or("");
    for (const auto& c : el.children) {
        if (!c.is_w("lvlOverride")) continue;
        int ilvl = read_int_attr(c, "ilvl").value_or(0);
        if (ilvl < 0 || ilvl > 8) continue;
        if (auto s = child_int(&c, "startOverride")) n.start_overrides[ilvl] = *s;
        if (const XmlElement* lvl = c.w_child("lvl")) n.level_overrides[ilvl] = read_lvl(*lvl);
    }
    return n;
}

std::string letters(int n, char base) {
    if (n <= 0) return std::to_string(n);
    // Word repeats the letter: 27 → "aa", 28 → "bb".
    int reps = (n - 1) / 26 + 1;
    return std::string(static_cast<std::size_t>(std::min(reps, 50)), static_cast<char>(base + (n - 1) % 26));
}

std::string roman(int n, bool upper) {
    if (n <= 0 || n >= 4000) return std::to_string(n);
    static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
    std::string out;
    for (const auto& [v, s] : table)
        while (n >= v) {
            out += s;
            n -= v;
        }
    if (upper)
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string ordinal(int n) {
    int t = n % 100;
    const char* suf = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return std::to_string(n) + suf;
}

}  // namespace

std::string format_number(int n, const std::string& f) {
    if (f == "lowerLetter") return letters(n, 'a');
    if (f == "upperLetter") return letters(n, 'A');
    if (f == "lowerRoman") return roman(n, false);
    if (f == "upperRoman") return roman(n, true);
    if (f == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
    if (f == "ordinal") return ordinal(n);
    if (f == "none") return "";
    if (f == "bullet") return "\u2022";
    return std::to_string(n);  // decimal and every format we do not spell out
}

Numbering Numbering::read(const XmlElement& root) {
    Numbering n;
    for (const auto& c : root.children) {
        if (c.is_w("abstractNum")) {
            if (auto id = c.w_attr("abstractNumId")) n.abstracts_[*id] = read_abstract_num(c);
        } else if (c.is_w("num")) {
            if (auto id = read_int_attr(c, "numId")) n.nums_[*id] = read_num(c);
        }
    }
    return n;
}

const AbstractNum* Numbering::abstract_for(const Num& num) const {
    auto it = abstracts_.find(num.abstract_id);
    if (it == abstracts_.end()) return nullptr;
    const AbstractNum* a = &it->second;
    // A numStyleLink points (through a numbering style) to the abstractNum holding the same styleLink.
    if (!a->num_style_link.empty())
        for (const auto& [id, other] : abstracts_)
            if (other.style_link == a->num_style_link && other.num_style_link.empty()) return &other;
    return a;
}

ListLevel Numbering::level_for(const Num& num, int ilvl) const {
    if (auto o = num.level_overrides.find(ilvl); o != num.level_overrides.end()) return o->second;
    const AbstractNum* a = abstract_for(num);
    ListLevel l = a ? a->levels[ilvl] : ListLevel{};
    if (auto s = num.start_overrides.find(ilvl); s != num.start_overrides.end()) l.start = s->second;
    return l;
}

std::string Numbering::next_label(int num_id, int ilvl) {
    if (num_id == 0) return "";
    auto it = nums_.find(num_id);
    if (it == nums_.end()) return "";
    const Num& num = it->second;
    ilvl = std::clamp(ilvl, 0, 8);
    ListLevel lvl = level_for(num, ilvl);
    if (!lvl.defined) return "";

    const bool own = !num.start_overrides.empty() || !num.level_overrides.empty();
    Counters& c = counters_[own ? "num:" + std::to_string(num_id) : "abs:" + num.abstract_id];
    c.value[ilvl] = c.started[ilvl] ? c.value[ilvl] + 1 : lvl.start;
    c.started[ilvl] = true;
    for (int d = ilvl + 1; d < 9; ++d) {
        auto r = level_for(num, d).restart;
        if (!r || (*r != 0 && ilvl < *r)) c.started[d] = false;
    }

    if (lvl.format == "bullet") return "\u2022";
    std::string out;
    for (std::size_t i = 0; i < lvl.text.size(); ++i) {
        char ch = lvl.text[i];
        if (ch == '%' && i + 1 < lvl.text.size() && lvl.text[i + 1] >= '1' && lvl.text[i + 1] <= '9') {
            int k = lvl.text[i + 1] - '1';
            ListLevel lk = level_for(num, k);
            int v = c.started[k] ? c.value[k] : lk.start;
            out += format_number(v, lvl.legal ? "decimal" : lk.format);
            ++i;
        } else {
            out += ch;
        }
    }
    return out;
}

}  // namespace planport::docx
