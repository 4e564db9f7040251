// cell_shading.cpp — resolving w:shd to a fill colour, through the theme when it names one.
#include "importers/docx/cell_shading.h"

#include <optional>

namespace planport::docx {

namespace {

int hex_byte(const std::optional<std::string>& s, int fallback) {
    if (!s || s->empty() || s->size() > 2) return fallback;
    try {
        return std::stoi(*s, nullptr, 16);
    } catch (...) {
        return fallback;
    }
}

// A colour given as an explicit hex plus optional theme reference with tint/shade bytes.
std::optional<Rgb> themed_or_hex(const XmlElement& shd, const Theme& theme, const char* hex_attr, const char* theme_attr,
                                 const char* tint_attr, const char* shade_attr) {
    if (auto name = shd.w_attr(theme_attr)) {
        if (auto base = theme.colour(*name)) {
            Rgb c = *base;
            if (auto t = shd.w_attr(tint_attr)) c = apply_tint(c, hex_byte(t, 255));
            if (auto s = shd.w_attr(shade_attr)) c = apply_shade(c, hex_byte(s, 255));
            return c;
        }
    }
    if (auto hex = shd.w_attr(hex_attr)) return parse_hex(*hex);  // "auto" → nullopt
    return std::nullopt;
}

}  // namespace

std::string read_shd(const XmlElement& shd, const Theme& theme) {
    std::string val = shd.w_attr("val").value_or("clear");
    if (val == "nil") return "";
    std::optional<Rgb> c;
    if (val == "solid")
        c = themed_or_hex(shd, theme, "color", "themeColor", "themeTint", "themeShade");
    if (!c) c = themed_or_hex(shd, theme, "fill", "themeFill", "themeFillTint", "themeFillShade");
    return c ? fill_text(*c) : "";
}

}  // namespace planport::docx
