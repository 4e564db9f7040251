// row_steps.cpp — see row_steps.h.
#include "importers/pdf/row_steps.h"

#include <algorithm>
#include <cmath>

namespace planport::pdf {

std::vector<char> padded_row_steps(const std::vector<Line>& lines) {
    size_t n = lines.size();
    if (n < 3) return {};
    std::vector<double> sizes, steps;
    for (const auto& l : lines) sizes.push_back(l.font_size);
    std::sort(sizes.begin(), sizes.end());
    double em = std::max(4.0, sizes[n / 2]);
    for (size_t k = 1; k < n; ++k) steps.push_back(lines[k].y0 - lines[k - 1].y0);
    std::sort(steps.begin(), steps.end());
    // The step of wrapped lines: the commonest step (within 0.15 em), the smaller of two as common. Not the
    // smallest: lines of neighbouring cells whose paragraphs are spaced apart interleave at short steps.
    // Only steps of about a line's height (1.6 em at most) are candidates.
    double line_step = 0;
    size_t best = 0;
    for (double a : steps) {
        if (a <= 0 || a > 1.6 * em) continue;
        size_t n_near = 0;
        for (double b : steps) n_near += std::abs(a - b) <= 0.15 * em;
        if (n_near > best) best = n_near, line_step = a;
    }
    if (line_step <= 0) return {};
    std::vector<char> wide(n, 0);
    double widest_narrow = -1e18, narrowest_wide = 1e18;
    for (size_t k = 1; k < n; ++k) {
        double step = lines[k].y0 - lines[k - 1].y0;
        wide[k] = step >= line_step + 0.6 * em;
        if (wide[k]) narrowest_wide = std::min(narrowest_wide, step);
        else widest_narrow = std::max(widest_narrow, step);
    }
    if (narrowest_wide > 1e17 || narrowest_wide - widest_narrow < 0.25 * em) return {};
    wide[0] = 1;
    return wide;
}

}  // namespace planport::pdf
