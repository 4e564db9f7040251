// drawn_bullets.cpp — bullets drawn as filled dots left of a word become "•" words.
#include "importers/pdf/drawn_bullets.h"

#include <algorithm>
#include <cmath>

namespace planport::pdf {
namespace {

bool dark(uint32_t p) {
    int r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
    return std::max({r, g, b}) < 100;
}

}  // namespace

std::vector<TextBox> add_drawn_bullets(std::vector<TextBox> boxes, const Raster& r) {
    if (r.empty() || r.scale <= 0) return boxes;
    const double s = r.scale;
    auto under_a_word = [&](double x, double y) {
        for (const auto& b : boxes)
            if (x >= b.x0 - 0.5 && x <= b.x1 + 0.5 && y >= b.y0 - 0.5 && y <= b.y1 + 0.5) return true;
        return false;
    };
    std::vector<TextBox> added;
    std::vector<char> seen(r.pixels.size(), 0);
    std::vector<size_t> stack, members;  // of one flood at a time, kept to spare an allocation per flood
    for (const auto& w : boxes) {
        if (w.rotation != 0 || w.text == "\u2022") continue;
        double em = w.font_size > 0 ? w.font_size : 0.8 * (w.y1 - w.y0);
        double h = w.y1 - w.y0;
        // The dot's middle: level with the middle of the text, left of the word by 0.2 to 1.5 em.
        int px0 = std::max(0, int(std::floor((w.x0 - 1.5 * em) * s))), px1 = int(std::ceil((w.x0 - 0.2 * em) * s));
        int py0 = std::max(0, int(std::floor((w.y0 + 0.25 * h) * s))), py1 = int(std::ceil((w.y0 + 0.8 * h) * s));
        px1 = std::min(px1, r.width - 1), py1 = std::min(py1, r.height - 1);
        bool found = false;
        for (int y = py0; y <= py1 && !found; ++y)
            for (int x = px0; x <= px1 && !found; ++x) {
                size_t start = size_t(y) * r.width + x;
                if (seen[start] || !dark(r.pixels[start])) continue;
                // The dot: pixels of its colour joined to this one (given up when it grows too big).
                uint32_t colour = r.pixels[start];
                stack.assign(1, start);
                members.clear();
                seen[start] = 1;
                int x0 = x, x1 = x, y0 = y, y1 = y;
                size_t limit = size_t(std::ceil(0.7 * em * s) * std::ceil(0.7 * em * s)) + 4;
                while (!stack.empty() && members.size() <= limit) {
                    size_t i = stack.back();
                    stack.pop_back();
                    members.push_back(i);
                    int cx = int(i % r.width), cy = int(i / r.width);
                    x0 = std::min(x0, cx), x1 = std::max(x1, cx), y0 = std::min(y0, cy), y1 = std::max(y1, cy);
                    for (auto [dx, dy] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                        int nx = cx + dx, ny = cy + dy;
                        if (nx < 0 || ny < 0 || nx >= r.width || ny >= r.height) continue;
                        size_t j = size_t(ny) * r.width + nx;
                        if (!seen[j] && r.pixels[j] == colour) seen[j] = 1, stack.push_back(j);
                    }
                }
                if (members.size() > limit) continue;
                double bw = (x1 - x0 + 1) / s, bh = (y1 - y0 + 1) / s;
                double cx = (x0 + x1 + 1) / 2.0 / s, cy = (y0 + y1 + 1) / 2.0 / s;
                if (bw < 0.2 * em || bw > 0.6 * em || bh < 0.2 * em || bh > 0.6 * em) continue;
                if (bw > 1.6 * bh || bh > 1.6 * bw) continue;
                if (double(members.size()) < 0.6 * double(x1 - x0 + 1) * double(y1 - y0 + 1)) continue;
                if (cy < w.y0 + 0.25 * h || cy > w.y0 + 0.8 * h || under_a_word(cx, cy)) continue;
                TextBox b;
                b.text = "\u2022";
                b.x0 = x0 / s, b.x1 = (x1 + 1) / s, b.y0 = w.y0, b.y1 = w.y1;
                b.font_size = w.font_size;
                b.space_after = true;
                added.push_back(b);
                found = true;
            }
    }
    boxes.insert(boxes.end(), added.begin(), added.end());
    return boxes;
}

std::vector<TextBox> add_drawn_bullets(std::vector<TextBox> boxes, const std::vector<PaintPiece>& paint) {
    auto under_a_word = [&](double x, double y) {
        for (const auto& b : boxes)
            if (x >= b.x0 - 0.5 && x <= b.x1 + 0.5 && y >= b.y0 - 0.5 && y <= b.y1 + 0.5) return true;
        return false;
    };
    std::vector<const PaintPiece*> dots;
    for (const auto& p : paint)
        if (!p.stroke && dark(p.rgb) && p.x1 - p.x0 < 20 && p.y1 - p.y0 < 20) dots.push_back(&p);
    std::vector<char> used(dots.size(), 0);
    std::vector<TextBox> added;
    for (const auto& w : boxes) {
        if (w.rotation != 0 || w.text == "\u2022") continue;
        double em = w.font_size > 0 ? w.font_size : 0.8 * (w.y1 - w.y0);
        double h = w.y1 - w.y0;
        for (size_t i = 0; i < dots.size(); ++i) {
            const PaintPiece& d = *dots[i];
            double bw = d.x1 - d.x0, bh = d.y1 - d.y0, cx = (d.x0 + d.x1) / 2, cy = (d.y0 + d.y1) / 2;
            if (used[i] || d.x1 < w.x0 - 1.5 * em || d.x0 > w.x0 - 0.2 * em) continue;
            if (bw < 0.2 * em || bw > 0.6 * em || bh < 0.2 * em || bh > 0.6 * em) continue;
            if (bw > 1.6 * bh || bh > 1.6 * bw) continue;
            if (cy < w.y0 + 0.25 * h || cy > w.y0 + 0.8 * h || under_a_word(cx, cy)) continue;
            TextBox b;
            b.text = "\u2022";
            b.x0 = d.x0, b.x1 = d.x1, b.y0 = w.y0, b.y1 = w.y1;
            b.font_size = w.font_size;
            b.space_after = true;
            added.push_back(b);
            used[i] = 1;
            break;
        }
    }
    boxes.insert(boxes.end(), added.begin(), added.end());
    return boxes;
}

}  // namespace planport::pdf
