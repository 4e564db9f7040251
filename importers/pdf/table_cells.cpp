// table_cells.cpp — edges, coverage and cells from words, for ruled and stream tables alike.
#include "importers/pdf/table_cells.h"

#include <algorithm>

#include "importers/pdf/paragraphs.h"
#include "importers/pdf/tables.h"

namespace planport::pdf {

std::vector<double> cluster(std::vector<double> v, double tol) {
    std::sort(v.begin(), v.end());
    std::vector<double> out;
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        if (n > 0 && v[i] - v[i - 1] > tol) {
            out.push_back(sum / n);
            sum = 0, n = 0;
        }
        sum += v[i], ++n;
    }
    if (n > 0) out.push_back(sum / n);
    return out;
}

double covered(std::vector<std::pair<double, double>> iv, double a, double b) {
    std::sort(iv.begin(), iv.end());
    double total = 0, reach = a;
    for (auto [s, e] : iv) {
        s = std::max(s, reach), e = std::min(e, b);
        if (e > s) total += e - s, reach = e;
    }
    return total;
}

Cell make_cell(const std::vector<TextBox>& words, int page) {
    Cell c;
    c.page = page;
    c.paragraphs = build_paragraphs(build_lines(words), {0, page});
    return c;
}

namespace {

size_t utf8_offset(const std::string& s, size_t code_points) {
    size_t i = 0, n = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == code_points) return i;
            ++n;
        }
    }
    return s.size();
}

}  // namespace

// Words straddling one of the column edges are cut there (text drawn tight against a border).
std::vector<TextBox> split_at_edges(const std::vector<TextBox>& words, const std::vector<double>& edges) {
    std::vector<TextBox> out;
    for (const auto& w : words) {
        TextBox rest = w;
        for (double x : edges) {
            TextBox l, r;
            if (x - rest.x0 > 1 && rest.x1 - x > 1 && split_word(rest, x, l, r)) {
                out.push_back(l);
                rest = r;
            }
        }
        out.push_back(rest);
    }
    return out;
}

int index_of(const std::vector<double>& edges, double v) {
    auto it = std::upper_bound(edges.begin(), edges.end(), v);
    int i = int(it - edges.begin()) - 1;
    return std::clamp(i, 0, int(edges.size()) - 2);
}

bool split_word(const TextBox& w, double x, TextBox& left, TextBox& right) {
    if (w.glyph_x1.empty() || x <= w.x0 || x >= w.x1) return false;
    size_t k = 0;  // glyphs [0, k) go left
    while (k < w.glyph_x1.size() && w.glyph_x1[k] <= x + 0.5) ++k;
    if (k == 0 || k >= w.glyph_x1.size()) return false;
    size_t cut = utf8_offset(w.text, k);
    left = right = w;
    left.text = w.text.substr(0, cut);
    right.text = w.text.substr(cut);
    left.x1 = w.glyph_x1[k - 1];
    right.x0 = w.glyph_x1[k - 1];
    left.space_after = true;
    left.glyph_x1.assign(w.glyph_x1.begin(), w.glyph_x1.begin() + long(k));
    right.glyph_x1.assign(w.glyph_x1.begin() + long(k), w.glyph_x1.end());
    return true;
}

}  // namespace planport::pdf
