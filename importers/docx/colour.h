// colour.h — RGB colours of fills: hex parsing, "#RRGGBB" spelling, and Word's tint/shade of theme colours.
#pragma once

#include <optional>
#include <string>

namespace planport::docx {

struct Rgb {
    int r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

/// "FFC000" or "#ffc000" → Rgb; anything else (including "auto") → nullopt.
std::optional<Rgb> parse_hex(const std::string& s);
/// "#RRGGBB", upper case.
std::string hex_text(Rgb c);
/// The Document's spelling of a fill: "#RRGGBB", or "" for white (white is no fill on a page).
std::string fill_text(Rgb c);
/// w:themeFillTint: mixes towards white by HSL luminance, L' = L·t + (1 − t), t = byte/255.
Rgb apply_tint(Rgb c, int tint_byte);
/// w:themeFillShade: darkens by HSL luminance, L' = L·s, s = byte/255.
Rgb apply_shade(Rgb c, int shade_byte);

}  // namespace planport::docx
