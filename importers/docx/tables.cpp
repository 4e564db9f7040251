// tables.cpp — reading w:tbl: rows and cells through content controls, the grid with its spans, header
// rows, nested tables, page breaks and the fill of every cell.
#include "importers/docx/tables.h"

#include <algorithm>
#include <map>
#include <optional>

#include "importers/docx/blocks.h"
#include "importers/docx/cell_shading.h"
#include "importers/docx/on_off.h"
#include "importers/docx/table_style_fill.h"

namespace planport::docx {

namespace {

enum class Merge { None, Restart, Continue };

struct RowProps {
    int grid_before = 0, grid_after = 0;
    bool header = false;
    bool deleted = false;  // a row removed with tracked changes
};

struct CellProps {
    int span = 1;
    Merge vmerge = Merge::None, hmerge = Merge::None;
    std::optional<std::string> fill;  // present when the cell has its own w:shd
};

// Grid widths are small in real tables; a hostile gridSpan must not make the grid huge.
constexpr int max_span = 1000;
constexpr int max_columns = 4096;

int read_grid(const XmlElement& tbl) {
    const XmlElement* grid = tbl.w_child("tblGrid");
    if (!grid) return 0;
    return static_cast<int>(std::count_if(grid->children.begin(), grid->children.end(),
                                          [](const XmlElement& c) { return c.is_w("gridCol"); }));
}

int read_grid_span(const XmlElement* tcpr) {
    return std::clamp(child_int(tcpr, "gridSpan").value_or(1), 1, max_span);
}

// w:vMerge and the legacy w:hMerge: val="restart" opens a merge, no val (or "continue") continues it.
Merge read_merge(const XmlElement* tcpr, const char* name) {
    const XmlElement* m = tcpr ? tcpr->w_child(name) : nullptr;
    if (!m) return Merge::None;
    return m->w_attr("val").value_or("continue") == "restart" ? Merge::Restart : Merge::Continue;
}

CellProps read_tc_pr(const XmlElement& tc, const Theme& theme) {
    const XmlElement* tcpr = tc.w_child("tcPr");
    CellProps p;
    p.span = read_grid_span(tcpr);
    p.vmerge = read_merge(tcpr, "vMerge");
    p.hmerge = read_merge(tcpr, "hMerge");
    if (const XmlElement* shd = tcpr ? tcpr->w_child("shd") : nullptr) p.fill = read_shd(*shd, theme);
    return p;
}

RowProps read_tr_pr(const XmlElement& tr) {
    RowProps p;
    const XmlElement* trpr = tr.w_child("trPr");
    if (!trpr) return p;
    p.grid_before = std::clamp(child_int(trpr, "gridBefore").value_or(0), 0, max_span);
    p.grid_after = std::clamp(child_int(trpr, "gridAfter").value_or(0), 0, max_span);
    if (const XmlElement* h = trpr->w_child("tblHeader")) p.header = read_on_off(*h);
    p.deleted = trpr->w_child("del") != nullptr;
    return p;
}

// Rows and cells may sit inside content controls, custom XML or tracked insertions.
void collect(const XmlElement& parent, const char* want, std::vector<const XmlElement*>& out) {
    for (const auto& c : parent.children) {
        if (c.ns != Ns::W) continue;
        if (c.name == want) out.push_back(&c);
        else if (c.name == "sdt") {
            if (const XmlElement* content = c.w_child("sdtContent")) collect(*content, want, out);
        } else if (c.name == "customXml" || c.name == "ins" || c.name == "moveTo") {
            collect(c, want, out);
        }
    }
}

Cell read_cell_content(const XmlElement& tc, ReadContext& ctx, int depth) {
    Cell cell;
    std::vector<Block> blocks;
    read_blocks(tc, ctx, depth + 1, blocks);
    for (auto& b : blocks) {
        if (b.kind == Block::Kind::Paragraph) cell.paragraphs.push_back(std::move(b.paragraph));
        else cell.tables.push_back(std::move(b.table));
    }
    return cell;
}

// Paragraph shading fills the cell when every non-empty paragraph has the same one.
std::string uniform_paragraph_fill(const Cell& cell) {
    std::optional<std::string> fill;
    for (const auto& p : cell.paragraphs) {
        if (p.text.empty()) continue;
        if (fill && *fill != p.fill) return "";
        fill = p.fill;
    }
    return fill.value_or("");
}

struct TableBuild {
    Table table;
    TableStyle style;
    TableLook look;
    int expected_rows = 0;  // rows to be read, for the style's last-row condition
    std::vector<std::vector<std::optional<std::string>>> own_fill;  // parallel to table.rows[r].cells
};

void read_row(const XmlElement& tr, const RowProps& rp, ReadContext& ctx, int depth, TableBuild& tb,
              std::map<int, std::pair<int, int>>& open_vmerge) {
    const int r = static_cast<int>(tb.table.rows.size());
    Row row;
    row.is_header = rp.header;
    std::vector<std::optional<std::string>> fills;
    std::map<int, std::pair<int, int>> still_open;
    std::vector<const XmlElement*> tcs;
    collect(tr, "tc", tcs);
    int col = rp.grid_before;
    for (std::size_t i = 0; i < tcs.size(); ++i) {
        CellProps cp = read_tc_pr(*tcs[i], ctx.theme);
        if (col + cp.span > max_columns) {
            ctx.diag.warn(ctx.source + ": table row " + std::to_string(r + 1) + ": cells beyond " +
                          std::to_string(max_columns) + " grid columns skipped");
            break;
        }
        const bool saved_break = ctx.pending_break;
        const std::optional<RunProps> saved_run = ctx.table_run;
        ctx.pending_break = false;
        ctx.table_run = style_run_props(tb.style, tb.look, CellPlace{r, tb.expected_rows, col, cp.span, tb.table.columns});
        Cell cell = read_cell_content(*tcs[i], ctx, depth);
        ctx.pending_break = saved_break;
        ctx.table_run = saved_run;
        if (i == 0) row.page_break_before = !cell.paragraphs.empty() && cell.paragraphs.front().page_break_before;

        if (cp.hmerge == Merge::Continue && !row.cells.empty()) {
            row.cells.back().colspan += cp.span;  // legacy horizontal merge: widen the cell on the left
            col += cp.span;
            continue;
        }
        if (cp.vmerge == Merge::Continue) {
            if (auto it = open_vmerge.find(col); it != open_vmerge.end()) {
                Cell& anchor = tb.table.rows[it->second.first].cells[it->second.second];
                anchor.rowspan = r - anchor.row + 1;
                still_open[col] = it->second;
                col += cp.span;
                continue;  // the continuation's own text, if any, is dropped as Word hides it
            }
        }
        cell.row = r;
        cell.col = col;
        cell.colspan = cp.span;
        if (cp.vmerge == Merge::Restart) still_open[col] = {r, static_cast<int>(row.cells.size())};
        fills.push_back(cp.fill);
        row.cells.push_back(std::move(cell));
        col += cp.span;
    }
    open_vmerge = std::move(still_open);  // a merge not continued in this row is closed
    tb.table.columns = std::max(tb.table.columns, col + rp.grid_after);
    tb.table.rows.push_back(std::move(row));
    tb.own_fill.push_back(std::move(fills));
}

TableStyle read_table_style(const XmlElement* tblpr, const ReadContext& ctx) {
    TableStyle style;
    if (const XmlElement* s = tblpr ? tblpr->w_child("tblStyle") : nullptr)
        style = ctx.styles.table_style(s->w_attr("val").value_or(""));
    if (const XmlElement* shd = tblpr ? tblpr->w_child("shd") : nullptr)
        style.fills["wholeTable"] = read_shd(*shd, ctx.theme);  // direct table shading replaces the style's
    if (auto n = child_int(tblpr, "tblStyleRowBandSize"); n && *n > 0) style.row_band_size = *n;
    if (auto n = child_int(tblpr, "tblStyleColBandSize"); n && *n > 0) style.col_band_size = *n;
    return style;
}

void resolve_fills(TableBuild& tb) {
    const TableStyle& style = tb.style;
    const TableLook& look = tb.look;
    const int rows = static_cast<int>(tb.table.rows.size());
    for (int r = 0; r < rows; ++r) {
        auto& cells = tb.table.rows[r].cells;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            Cell& c = cells[i];
            if (const auto& own = tb.own_fill[r][i]) {
                c.fill = *own;
                continue;
            }
            c.fill = uniform_paragraph_fill(c);
            if (!c.fill.empty()) continue;
            CellPlace at{r, rows, c.col, c.colspan, tb.table.columns};
            c.fill = style_fill(style, look, at).value_or("");
        }
    }
}

}  // namespace

Table read_table(const XmlElement& tbl, ReadContext& ctx, int depth) {
    const bool break_before = ctx.pending_break;
    ctx.pending_break = false;
    const XmlElement* tblpr = tbl.w_child("tblPr");

    TableBuild tb;
    tb.table.columns = read_grid(tbl);
    tb.style = read_table_style(tblpr, ctx);
    tb.look = read_tbl_look(tblpr ? tblpr->w_child("tblLook") : nullptr);
    std::vector<const XmlElement*> trs;
    collect(tbl, "tr", trs);
    for (const XmlElement* tr : trs) tb.expected_rows += read_tr_pr(*tr).deleted ? 0 : 1;
    std::map<int, std::pair<int, int>> open_vmerge;  // grid column → (row, cell index) of the merge's anchor
    for (const XmlElement* tr : trs) {
        RowProps rp = read_tr_pr(*tr);
        if (rp.deleted) continue;
        read_row(*tr, rp, ctx, depth, tb, open_vmerge);
    }
    resolve_fills(tb);
    tb.table.page_break_before = break_before || (!tb.table.rows.empty() && tb.table.rows.front().page_break_before);
    ctx.pending_break = false;
    return std::move(tb.table);
}

}  // namespace planport::docx
