// table_style_fill.cpp — w:tblLook and the precedence of w:tblStylePr conditions.
#include "importers/docx/table_style_fill.h"


namespace planport::docx {

namespace {

bool look_flag(const XmlElement& look, const char* attr, unsigned mask, unsigned bits, bool has_bits) {
    if (auto v = look.w_attr(attr)) return !(*v == "0" || *v == "false" || *v == "off");
    return has_bits && (bits & mask) != 0;
}

}  // namespace

TableLook read_tbl_look(const XmlElement* look) {
    TableLook t;
    if (!look) return t;
    unsigned bits = 0;
    bool has_bits = false;
    if (auto v = look->w_attr("val")) {
        try {
            bits = static_cast<unsigned>(std::stoul(*v, nullptr, 16));
            has_bits = true;
        } catch (...) {
        }
    }
    t.first_row = look_flag(*look, "firstRow", 0x0020, bits, has_bits);
    t.last_row = look_flag(*look, "lastRow", 0x0040, bits, has_bits);
    t.first_col = look_flag(*look, "firstColumn", 0x0080, bits, has_bits);
    t.last_col = look_flag(*look, "lastColumn", 0x0100, bits, has_bits);
    t.no_hband = look_flag(*look, "noHBand", 0x0200, bits, has_bits);
    t.no_vband = look_flag(*look, "noVBand", 0x0400, bits, has_bits);
    return t;
}

std::vector<const char*> cell_conditions(const TableStyle& style, const TableLook& look, const CellPlace& at) {
    std::vector<const char*> out;
    const bool first_row = look.first_row && at.row == 0;
    const bool last_row = look.last_row && at.row == at.rows - 1 && at.rows > 1;
    const bool first_col = look.first_col && at.col == 0;
    const bool last_col = look.last_col && at.col + at.colspan == at.cols && at.cols > 1;

    out.push_back("wholeTable");
    if (!look.no_vband && !first_col && !last_col) {
        int c = at.col - (look.first_col ? 1 : 0);
        out.push_back((c / style.col_band_size) % 2 == 0 ? "band1Vert" : "band2Vert");
    }
    if (!look.no_hband && !first_row && !last_row) {
        int r = at.row - (look.first_row ? 1 : 0);
        out.push_back((r / style.row_band_size) % 2 == 0 ? "band1Horz" : "band2Horz");
    }
    if (first_col) out.push_back("firstCol");
    if (last_col) out.push_back("lastCol");
    if (first_row) out.push_back("firstRow");
    if (last_row) out.push_back("lastRow");
    if (first_row && first_col) out.push_back("nwCell");
    if (first_row && last_col) out.push_back("neCell");
    if (last_row && first_col) out.push_back("swCell");
    if (last_row && last_col) out.push_back("seCell");
    return out;
}

RunProps style_run_props(const TableStyle& style, const TableLook& look, const CellPlace& at) {
    RunProps p;
    auto conditions = cell_conditions(style, look, at);
    for (auto it = conditions.rbegin(); it != conditions.rend(); ++it)
        if (auto r = style.runs.find(*it); r != style.runs.end()) p.inherit(r->second);
    return p;
}

std::optional<std::string> style_fill(const TableStyle& style, const TableLook& look, const CellPlace& at) {
    std::optional<std::string> fill;
    for (const char* type : cell_conditions(style, look, at))
        if (auto it = style.fills.find(type); it != style.fills.end()) fill = it->second;
    return fill;
}

}  // namespace planport::docx
