// colour.cpp — hex colours and HSL luminance tint/shade (as Word applies themeFillTint/themeFillShade).
#include "importers/docx/colour.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace planport::docx {

namespace {

struct Hsl {
    double h = 0, s = 0, l = 0;
};

Hsl to_hsl(Rgb c) {
    double r = c.r / 255.0, g = c.g / 255.0, b = c.b / 255.0;
    double mx = std::max({r, g, b}), mn = std::min({r, g, b});
    Hsl o;
    o.l = (mx + mn) / 2;
    double d = mx - mn;
    if (d < 1e-12) return o;
    o.s = o.l > 0.5 ? d / (2 - mx - mn) : d / (mx + mn);
    if (mx == r) o.h = (g - b) / d + (g < b ? 6 : 0);
    else if (mx == g) o.h = (b - r) / d + 2;
    else o.h = (r - g) / d + 4;
    o.h /= 6;
    return o;
}

double hue_part(double p, double q, double t) {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1.0 / 6) return p + (q - p) * 6 * t;
    if (t < 0.5) return q;
    if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
    return p;
}

// Word truncates (D9E2F3 for accent1 4472C4 lightened 80%), so floor, with a hair against rounding error.
int channel(double v) { return std::clamp(static_cast<int>(std::floor(v * 255 + 1e-6)), 0, 255); }

Rgb from_hsl(Hsl c) {
    if (c.s < 1e-12) return {channel(c.l), channel(c.l), channel(c.l)};
    double q = c.l < 0.5 ? c.l * (1 + c.s) : c.l + c.s - c.l * c.s;
    double p = 2 * c.l - q;
    return {channel(hue_part(p, q, c.h + 1.0 / 3)), channel(hue_part(p, q, c.h)), channel(hue_part(p, q, c.h - 1.0 / 3))};
}

}  // namespace

std::optional<Rgb> parse_hex(const std::string& in) {
    std::string s = (!in.empty() && in[0] == '#') ? in.substr(1) : in;
    if (s.size() != 6) return std::nullopt;
    for (char ch : s)
        if (!std::isxdigit(static_cast<unsigned char>(ch))) return std::nullopt;
    auto byte = [&](int i) { return std::stoi(s.substr(i, 2), nullptr, 16); };
    return Rgb{byte(0), byte(2), byte(4)};
}

std::string hex_text(Rgb c) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out = "#";
    for (int v : {c.r, c.g, c.b}) {
        out += digits[(v >> 4) & 15];
        out += digits[v & 15];
    }
    return out;
}

std::string fill_text(Rgb c) { return c == Rgb{255, 255, 255} ? "" : hex_text(c); }

Rgb apply_tint(Rgb c, int tint_byte) {
    double t = std::clamp(tint_byte, 0, 255) / 255.0;
    Hsl h = to_hsl(c);
    h.l = h.l * t + (1 - t);
    return from_hsl(h);
}

Rgb apply_shade(Rgb c, int shade_byte) {
    double s = std::clamp(shade_byte, 0, 255) / 255.0;
    Hsl h = to_hsl(c);
    h.l = h.l * s;
    return from_hsl(h);
}

}  // namespace planport::docx
