// styles.cpp — reading w:style elements and resolving values through w:basedOn chains.
#include "importers/docx/styles.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "importers/docx/cell_shading.h"
#include "importers/docx/on_off.h"

namespace planport::docx {

namespace {

constexpr int max_style_chain = 32;  // basedOn loops exist in the wild

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void read_num_pr(const XmlElement& ppr, Style& s) {
    const XmlElement* num = ppr.w_child("numPr");
    if (!num) return;
    s.num_id = child_int(num, "numId");
    s.ilvl = child_int(num, "ilvl");
}

void read_ppr(const XmlElement& ppr, Style& s, const Theme& theme) {
    s.outline_level = child_int(&ppr, "outlineLvl");
    read_num_pr(ppr, s);
    if (const XmlElement* shd = ppr.w_child("shd")) s.fill = read_shd(*shd, theme);
    if (const XmlElement* pb = ppr.w_child("pageBreakBefore")) s.page_break_before = read_on_off(*pb);
}

// The shading a table style's w:tcPr or w:tblPr gives, if any.
std::optional<std::string> read_style_shd(const XmlElement& holder, const Theme& theme) {
    for (const char* pr : {"tcPr", "tblPr"})
        if (const XmlElement* p = holder.w_child(pr))
            if (const XmlElement* shd = p->w_child("shd")) return read_shd(*shd, theme);
    return std::nullopt;
}

void read_table_style(const XmlElement& el, Style& s, const Theme& theme) {
    if (auto f = read_style_shd(el, theme)) s.table.fills["wholeTable"] = *f;
    s.table.runs["wholeTable"] = read_rpr(el.w_child("rPr"));
    if (const XmlElement* tblpr = el.w_child("tblPr")) {
        s.row_band_size = child_int(tblpr, "tblStyleRowBandSize");
        s.col_band_size = child_int(tblpr, "tblStyleColBandSize");
    }
    for (const auto& c : el.children) {
        if (!c.is_w("tblStylePr")) continue;
        auto type = c.w_attr("type");
        if (!type) continue;
        if (auto f = read_style_shd(c, theme)) s.table.fills[*type] = *f;
        s.table.runs[*type] = read_rpr(c.w_child("rPr"));
    }
}

Style read_style(const XmlElement& el, const Theme& theme) {
    Style s;
    s.id = el.w_attr("styleId").value_or("");
    s.type = el.w_attr("type").value_or("paragraph");
    if (const XmlElement* n = el.w_child("name")) s.name = n->w_attr("val").value_or("");
    if (const XmlElement* b = el.w_child("basedOn")) s.based_on = b->w_attr("val").value_or("");
    if (const XmlElement* ppr = el.w_child("pPr")) read_ppr(*ppr, s, theme);
    s.run = read_rpr(el.w_child("rPr"));
    if (s.type == "table") read_table_style(el, s, theme);
    return s;
}

RunProps read_doc_defaults(const XmlElement& root) {
    const XmlElement* dd = root.w_child("docDefaults");
    const XmlElement* rd = dd ? dd->w_child("rPrDefault") : nullptr;
    return read_rpr(rd ? rd->w_child("rPr") : nullptr);
}

// "heading 3" / "Heading3" → 3; "title" → 1; else 0.
int heading_from_name(const std::string& raw) {
    std::string n = lower(raw);
    n.erase(std::remove(n.begin(), n.end(), ' '), n.end());
    if (n == "title") return 1;
    if (n.size() == 8 && n.compare(0, 7, "heading") == 0 && n[7] >= '1' && n[7] <= '9') return n[7] - '0';
    return 0;
}

}  // namespace

StyleSheet StyleSheet::read(const XmlElement& root, const Theme& theme) {
    StyleSheet sheet;
    sheet.defaults_ = read_doc_defaults(root);
    for (const auto& el : root.children) {
        if (!el.is_w("style")) continue;
        Style s = read_style(el, theme);
        if (s.id.empty()) continue;
        auto d = el.w_attr("default");
        if (s.type == "paragraph" && d && (*d == "1" || *d == "true" || *d == "on") && sheet.default_paragraph_.empty())
            sheet.default_paragraph_ = s.id;
        sheet.styles_.emplace(s.id, std::move(s));
    }
    return sheet;
}

const Style* StyleSheet::find(const std::string& id) const {
    auto it = styles_.find(id);
    return it == styles_.end() ? nullptr : &it->second;
}

template <class F>
void StyleSheet::walk(const std::string& id, F f) const {
    std::string cur = id;
    for (int i = 0; i < max_style_chain && !cur.empty(); ++i) {
        const Style* s = find(cur);
        if (!s || f(*s)) return;
        cur = s->based_on;
    }
}

std::optional<int> StyleSheet::outline_level(const std::string& id) const {
    std::optional<int> out;
    walk(id, [&](const Style& s) { return (out = s.outline_level).has_value(); });
    return out;
}

int StyleSheet::heading_level(const std::string& id) const {
    if (auto lvl = outline_level(id)) return (*lvl >= 0 && *lvl <= 8) ? *lvl + 1 : 0;
    int level = 0;
    walk(id, [&](const Style& s) {
        level = heading_from_name(s.name);
        if (!level) level = heading_from_name(s.id);
        return level != 0;
    });
    return level;
}

RunProps StyleSheet::run_props(const std::string& id, bool with_defaults) const {
    RunProps p;
    walk(id, [&](const Style& s) {
        p.inherit(s.run);
        return p.bold && p.size;
    });
    if (with_defaults) p.inherit(defaults_);
    return p;
}

std::optional<std::pair<int, int>> StyleSheet::numbering(const std::string& id) const {
    std::optional<int> num, ilvl;
    walk(id, [&](const Style& s) {
        if (!ilvl) ilvl = s.ilvl;
        if (!num) num = s.num_id;
        return num.has_value();
    });
    if (!num) return std::nullopt;
    return std::make_pair(*num, ilvl.value_or(0));
}

std::string StyleSheet::fill(const std::string& id) const {
    std::optional<std::string> out;
    walk(id, [&](const Style& s) { return (out = s.fill).has_value(); });
    return out.value_or("");
}

bool StyleSheet::page_break_before(const std::string& id) const {
    std::optional<bool> out;
    walk(id, [&](const Style& s) { return (out = s.page_break_before).has_value(); });
    return out.value_or(false);
}

TableStyle StyleSheet::table_style(const std::string& id) const {
    std::vector<const Style*> chain;
    walk(id, [&](const Style& s) {
        chain.push_back(&s);
        return false;
    });
    TableStyle t;
    std::optional<int> rows, cols;
    // Base first, so a derived style's conditions replace its base's.
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        for (const auto& [type, fill] : (*it)->table.fills) t.fills[type] = fill;
        for (const auto& [type, run] : (*it)->table.runs) {
            RunProps derived = run;
            derived.inherit(t.runs[type]);
            t.runs[type] = derived;
        }
        if ((*it)->row_band_size) rows = (*it)->row_band_size;
        if ((*it)->col_band_size) cols = (*it)->col_band_size;
    }
    t.row_band_size = std::max(1, rows.value_or(1));
    t.col_band_size = std::max(1, cols.value_or(1));
    return t;
}

}  // namespace planport::docx
