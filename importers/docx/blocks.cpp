// blocks.cpp — the block walker shared by the body, table cells and content controls.
#include "importers/docx/blocks.h"

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

}  // namespace

void read_blocks(const XmlElement& parent, ReadContext& ctx, int table_depth, std::vector<Block>& out) {
    for (const auto& el : parent.children) {
        if (el.ns == Ns::Mc && el.name == "AlternateContent") {
            const XmlElement* pick = el.child(Ns::Mc, "Fallback");
            if (!pick) pick = el.child(Ns::Mc, "Choice");
            if (pick) read_blocks(*pick, ctx, table_depth, out);
            continue;
        }
        if (el.ns != Ns::W) continue;
        if (el.name == "p") {
            Block b;
            b.paragraph = read_paragraph(el, ctx);
            out.push_back(std::move(b));
        } else if (el.name == "tbl") {
            read_table_block(el, ctx, table_depth, out);
        } else if (el.name == "sdt") {
            if (const XmlElement* content = el.w_child("sdtContent")) read_blocks(*content, ctx, table_depth, out);
        } else if (el.name == "customXml" || el.name == "ins" || el.name == "moveTo") {
            read_blocks(el, ctx, table_depth, out);
        }
        // w:del, w:moveFrom, w:sectPr, bookmarks, w:altChunk: nothing to show.
    }
}

}  // namespace planport::docx
