// paragraphs.cpp — paragraph properties (w:pPr) and the mapping of a w:p to the neutral Paragraph.
#include "importers/docx/paragraphs.h"

#include <algorithm>
#include <optional>

#include "importers/docx/cell_shading.h"
#include "importers/docx/on_off.h"
#include "importers/docx/runs.h"

namespace planport::docx {

namespace {

std::string read_pstyle(const XmlElement* ppr, const ReadContext& ctx) {
    const XmlElement* ps = ppr ? ppr->w_child("pStyle") : nullptr;
    if (ps)
        if (auto v = ps->w_attr("val"); v && !v->empty()) return *v;
    return ctx.styles.default_paragraph_style();
}

// w:numPr of the paragraph, else of its style; an ilvl alone borrows the style's numId.
std::optional<std::pair<int, int>> read_num_pr(const XmlElement* ppr, const std::string& style, const ReadContext& ctx) {
    auto from_style = ctx.styles.numbering(style);
    const XmlElement* num = ppr ? ppr->w_child("numPr") : nullptr;
    if (!num) return from_style;
    auto id = child_int(num, "numId");
    auto ilvl = child_int(num, "ilvl");
    if (id) return std::make_pair(*id, ilvl.value_or(0));
    if (from_style) return std::make_pair(from_style->first, ilvl.value_or(from_style->second));
    return std::nullopt;
}

int read_heading_level(const XmlElement* ppr, const std::string& style, const ReadContext& ctx) {
    if (auto lvl = child_int(ppr, "outlineLvl")) return (*lvl >= 0 && *lvl <= 8) ? *lvl + 1 : 0;
    return ctx.styles.heading_level(style);
}

std::string read_paragraph_fill(const XmlElement* ppr, const std::string& style, const ReadContext& ctx) {
    if (const XmlElement* shd = ppr ? ppr->w_child("shd") : nullptr) return read_shd(*shd, ctx.theme);
    return ctx.styles.fill(style);
}

bool read_page_break_before(const XmlElement* ppr, const std::string& style, const ReadContext& ctx) {
    if (const XmlElement* pb = ppr ? ppr->w_child("pageBreakBefore") : nullptr) return read_on_off(*pb);
    return ctx.styles.page_break_before(style);
}

// A w:sectPr in w:pPr ends a section; unless the next one is continuous, a new page follows.
bool read_section_break(const XmlElement* ppr) {
    const XmlElement* sect = ppr ? ppr->w_child("sectPr") : nullptr;
    if (!sect) return false;
    const XmlElement* type = sect->w_child("type");
    std::string v = type ? type->w_attr("val").value_or("nextPage") : "nextPage";
    return v != "continuous" && v != "nextColumn";
}

}  // namespace

Paragraph read_paragraph(const XmlElement& el, ReadContext& ctx, std::vector<const XmlElement*>* text_boxes) {
    const XmlElement* ppr = el.w_child("pPr");
    Paragraph p;
    p.style = read_pstyle(ppr, ctx);
    InlineText in = read_inline(el, ctx, p.style);
    if (text_boxes) text_boxes->insert(text_boxes->end(), in.text_boxes.begin(), in.text_boxes.end());
    p.text = normalise_text(in.raw);
    p.heading_level = read_heading_level(ppr, p.style, ctx);
    p.bold = in.chars > 0 && in.bold_chars == in.chars;
    p.font_size = in.max_size > 0 ? in.max_size : ctx.styles.run_props(p.style).size.value_or(0);
    p.fill = read_paragraph_fill(ppr, p.style, ctx);
    if (auto num = read_num_pr(ppr, p.style, ctx)) {
        p.list_label = ctx.numbering.next_label(num->first, num->second);
        if (!p.list_label.empty()) p.list_level = std::clamp(num->second, 0, 8);
    }
    p.page_break_before = ctx.pending_break || in.break_before_text || read_page_break_before(ppr, p.style, ctx);
    // An empty paragraph holding a page break pushes the break on to what follows it.
    ctx.pending_break = in.break_after_text || (p.text.empty() && in.break_before_text) || read_section_break(ppr);
    return p;
}

}  // namespace planport::docx
