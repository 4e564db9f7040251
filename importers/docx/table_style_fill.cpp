// table_style_fill.cpp — w:tblLook and the precedence of w:tblStylePr conditions.
#include "importers/docx/table_style_fill.h"

#include "importers/docx/on_off.h"

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

std::optional<std::string> style_fill(const TableStyle& style, const TableLook& look, const CellPlace& at) {
    std::optional<std::string> fill;
    auto apply = [&](const char* type) {
        auto it = style.fills.find(type);
        if (it != style.fills.end()) fill = it->second;
    };
    const bool first_row = look.first_row && at.row == 0;
    const bool last_row = look.last_row && at.row == at.rows - 1 && at.rows > 1;
    const bool first_col = look.first_col && at.col == 0;
    const bool last_col = look.last_col && at.col + at.colspan == at.cols && at.cols > 1;

    apply("wholeTable");
    if (!look.no_vband && !first_col && !last_col) {
        int c = at.col - (look.first_col ? 1 : 0);
        apply((c / style.col_band_size) % 2 == 0 ? "band1Vert" : "band2Vert");
    }
    if (!look.no_hband && !first_row && !last_row) {
        int r = at.row - (look.first_row ? 1 : 0);
        apply((r / style.row_band_size) % 2 == 0 ? "band1Horz" : "band2Horz");
    }
    if (first_col) apply("firstCol");
    if (last_col) apply("lastCol");
    if (first_row) apply("firstRow");
    if (last_row) apply("lastRow");
    if (first_row && first_col) apply("nwCell");
    if (first_row && last_col) apply("neCell");
    if (last_row && first_col) apply("swCell");
    if (last_row && last_col) apply("seCell");
    return fill;
}

}  // namespace planport::docx
