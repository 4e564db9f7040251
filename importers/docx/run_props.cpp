// run_props.cpp — w:rPr → RunProps (w:b / w:bCs, w:sz).
#include "importers/docx/run_props.h"

#include "importers/docx/on_off.h"

namespace planport::docx {

namespace {

std::optional<bool> read_bold(const XmlElement& rpr) {
    if (const XmlElement* b = rpr.w_child("b")) return read_on_off(*b);
    if (const XmlElement* b = rpr.w_child("bCs")) return read_on_off(*b);
    return std::nullopt;
}

std::optional<double> read_sz(const XmlElement& rpr) {
    auto half_points = child_int(&rpr, "sz");
    if (!half_points || *half_points <= 0) return std::nullopt;
    return *half_points / 2.0;
}

}  // namespace

RunProps read_rpr(const XmlElement* rpr) {
    RunProps p;
    if (!rpr) return p;
    p.bold = read_bold(*rpr);
    p.size = read_sz(*rpr);
    return p;
}

}  // namespace planport::docx
