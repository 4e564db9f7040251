// blocks.cpp — the block walker shared by the body, table cells and content controls.
#include "importers/docx/blocks.h"

#include <optional>

#include "importers/docx/paragraphs.h"
#include "importers/docx/tables.h"

namespace planport::docx {

namespace {

void read_table_block(const XmlElement& el, ReadContext& ctx, int table_depth, std::vector<Block>& out) {
    if (table_depth > max_table_depth) {
        ctx.diag.warn(ctx.source + ": tables nested deeper than " + std::to_string(max_table_depth) +
                      " levels skipped");
        return;
    }
    Block b;
    b.kind = Block::Kind::Table;
    b.table = read_table(el, ctx, table_depth);
    if (table_depth == 0) b.table.index = ++ctx.top_tables;
    out.push_back(std::move(b));
}

// A paragraph whose mark was deleted with tracked changes runs on into the next paragraph (w:pPr/w:rPr/w:del).
bool paragraph_mark_deleted(const XmlElement& p) {
    const XmlElement* ppr = p.w_child("pPr");
    const XmlElement* rpr = ppr ? ppr->w_child("rPr") : nullptr;
    return rpr && rpr->w_child("del");
}

// The paragraph, then the content of any text box anchored in it (as blocks of their own).
void push_paragraph(const XmlElement& el, ReadContext& ctx, int table_depth, std::vector<Block>& out) {
    std::vector<const XmlElement*> text_boxes;
    Block b;
    b.paragraph = read_paragraph(el, ctx, &text_boxes);
    out.push_back(std::move(b));
    for (const XmlElement* box : text_boxes) read_blocks(*box, ctx, table_depth, out);
}

// Holds the content of paragraphs whose marks were deleted until the paragraph they merge into arrives; the
// merged paragraph keeps the properties of the last mark, as Word does when the deletion is accepted.
class ParagraphJoiner {
public:
    void hold(const XmlElement& p) {
        if (!held_) held_ = XmlElement{p.ns, p.name, {}, {}, {}};
        for (const auto& c : p.children)
            if (!c.is_w("pPr")) held_->children.push_back(c);
    }
    void paragraph(const XmlElement& p, ReadContext& ctx, int depth, std::vector<Block>& out) {
        if (!held_) return push_paragraph(p, ctx, depth, out);
        XmlElement merged = p;
        merged.children.insert(merged.children.begin(), held_->children.begin(), held_->children.end());
        held_.reset();
        push_paragraph(merged, ctx, depth, out);
    }
    void flush(ReadContext& ctx, int depth, std::vector<Block>& out) {
        if (!held_) return;
        XmlElement p = std::move(*held_);
        held_.reset();
        push_paragraph(p, ctx, depth, out);
    }

private:
    std::optional<XmlElement> held_;
};

void read_blocks_into(const XmlElement& parent, ReadContext& ctx, int table_depth, std::vector<Block>& out,
                      ParagraphJoiner& joiner);

// Content controls and the like are transparent: a deleted mark inside one still joins what follows.
void read_block(const XmlElement& el, ReadContext& ctx, int table_depth, std::vector<Block>& out, ParagraphJoiner& joiner) {
    if (el.ns == Ns::Mc && el.name == "AlternateContent") {
        const XmlElement* pick = el.child(Ns::Mc, "Fallback");
        if (!pick) pick = el.child(Ns::Mc, "Choice");
        if (pick) read_blocks_into(*pick, ctx, table_depth, out, joiner);
        return;
    }
    if (el.ns != Ns::W) return;
    if (el.name == "p") {
        if (paragraph_mark_deleted(el)) joiner.hold(el);
        else joiner.paragraph(el, ctx, table_depth, out);
    } else if (el.name == "tbl") {
        joiner.flush(ctx, table_depth, out);
        read_table_block(el, ctx, table_depth, out);
    } else if (el.name == "sdt") {
        if (const XmlElement* content = el.w_child("sdtContent")) read_blocks_into(*content, ctx, table_depth, out, joiner);
    } else if (el.name == "customXml" || el.name == "ins" || el.name == "moveTo") {
        read_blocks_into(el, ctx, table_depth, out, joiner);
    }
    // w:del, w:moveFrom, w:sectPr, bookmarks, w:altChunk: nothing to show.
}

void read_blocks_into(const XmlElement& parent, ReadContext& ctx, int table_depth, std::vector<Block>& out,
                      ParagraphJoiner& joiner) {
    for (const auto& el : parent.children) read_block(el, ctx, table_depth, out, joiner);
}

}  // namespace

void read_blocks(const XmlElement& parent, ReadContext& ctx, int table_depth, std::vector<Block>& out) {
    ParagraphJoiner joiner;
    read_blocks_into(parent, ctx, table_depth, out, joiner);
    joiner.flush(ctx, table_depth, out);
}

}  // namespace planport::docx
