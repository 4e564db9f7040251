// lines.cpp — clusters words into lines by vertical overlap and splits lines into chunks at wide gaps.
#include "importers/pdf/lines.h"

#include <algorithm>
#include <cmath>

namespace planport::pdf {

double word_size(const TextBox& b) {
    if (b.font_size > 0) return b.font_size;
    return std::max(1.0, ((b.rotation & 1) ? b.x1 - b.x0 : b.y1 - b.y0) / 1.2);
}

namespace {

bool sideways(const TextBox& b) { return (b.rotation & 1) != 0; }

// Distance from a word to the next along the reading direction (negative when they overlap).
double gap_after(const TextBox& a, const TextBox& b) {
    switch (a.rotation & 3) {
        case 1: return b.y0 - a.y1;  // reads downwards
        case 3: return a.y0 - b.y1;  // reads upwards
        case 2: return a.x0 - b.x1;
        default: return b.x0 - a.x1;
    }
}

// Reading order within a line: left to right, or along the text for sideways words.
bool reads_before(const TextBox& a, const TextBox& b) {
    switch (a.rotation & 3) {
        case 1: return a.y0 < b.y0;
        case 3: return a.y1 > b.y1;
        case 2: return a.x1 > b.x1;
        default: return a.x0 < b.x0;
    }
}

// Sideways words (a header printed up the page) make lines of their own: words overlapping across.
std::vector<Line> sideways_lines(std::vector<TextBox> boxes) {
    std::sort(boxes.begin(), boxes.end(), [](const TextBox& a, const TextBox& b) { return a.x0 + a.x1 < b.x0 + b.x1; });
    std::vector<Line> out;
    for (auto& b : boxes) {
        Line* into = nullptr;
        for (auto& l : out) {
            const auto& f = l.words.front();
            double overlap = std::min(f.x1, b.x1) - std::max(f.x0, b.x0);
            if (f.rotation == b.rotation && overlap >= 0.5 * std::min(f.x1 - f.x0, b.x1 - b.x0)) into = &l;
        }
        if (!into) {
            out.push_back({});
            into = &out.back();
        }
        into->words.push_back(std::move(b));
    }
    return out;
}

}  // namespace

std::string Line::text() const { return join_words(words); }
std::string Chunk::text() const { return join_words(words); }

std::string join_words(const std::vector<TextBox>& words) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const auto& prev = words[i - 1];
            double gap = gap_after(prev, words[i]);
            double size = std::min(word_size(prev), word_size(words[i]));
            if (prev.space_after || gap > 0.25 * size) out += ' ';
        }
        out += words[i].text;
    }
    return out;
}

void refresh(Line& line) {
    std::stable_sort(line.words.begin(), line.words.end(), reads_before);
    line.x0 = line.y0 = 1e18;
    line.x1 = line.y1 = -1e18;
    line.font_size = 0;
    line.bold = !line.words.empty();
    for (const auto& w : line.words) {
        line.x0 = std::min(line.x0, w.x0), line.y0 = std::min(line.y0, w.y0);
        line.x1 = std::max(line.x1, w.x1), line.y1 = std::max(line.y1, w.y1);
        line.font_size = std::max(line.font_size, word_size(w));
        if (!w.bold) line.bold = false;
    }
}

std::vector<Line> build_lines(std::vector<TextBox> boxes) {
    std::vector<Line> lines;
    // Whitespace-only boxes carry no text; boxes with no extent cannot be placed.
    boxes.erase(std::remove_if(boxes.begin(), boxes.end(),
                               [](const TextBox& b) {
                                   return b.text.find_first_not_of(" \t\r\n") == std::string::npos ||
                                          !(b.y1 > b.y0) || !(b.x1 >= b.x0);
                               }),
                boxes.end());
    auto turned = std::stable_partition(boxes.begin(), boxes.end(), [](const TextBox& b) { return !sideways(b); });
    lines = sideways_lines(std::vector<TextBox>(std::make_move_iterator(turned), std::make_move_iterator(boxes.end())));
    boxes.erase(turned, boxes.end());
    std::sort(boxes.begin(), boxes.end(), [](const TextBox& a, const TextBox& b) {
        double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
        return ca != cb ? ca < cb : a.x0 < b.x0;
    });
    struct Band {
        double y0, y1;
        size_t line;
    };
    std::vector<Band> open;
    for (auto& b : boxes) {
        double h = b.y1 - b.y0;
        int best = -1;
        double best_overlap = 0;
        // Only lines still near this word can take it; boxes come in order of their middle.
        for (size_t i = 0; i < open.size(); ++i) {
            double overlap = std::min(open[i].y1, b.y1) - std::max(open[i].y0, b.y0);
            double need = 0.5 * std::min(h, open[i].y1 - open[i].y0);
            if (overlap >= need && overlap > best_overlap) best = int(i), best_overlap = overlap;
        }
        if (best < 0) {
            lines.push_back({});
            lines.back().words.push_back(std::move(b));
            open.push_back({lines.back().words.back().y0, lines.back().words.back().y1, lines.size() - 1});
        } else {
            // The band keeps the extent of the line's first word so that a tall word does not swallow neighbours.
            lines[open[best].line].words.push_back(std::move(b));
        }
        // Bands far above the current word cannot take any later word.
        double mid = (b.y0 + b.y1) / 2;
        open.erase(std::remove_if(open.begin(), open.end(), [&](const Band& band) { return band.y1 < mid - 2 * h; }),
                   open.end());
    }
    for (auto& l : lines) refresh(l);
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
        return std::abs(ca - cb) > 0.5 ? ca < cb : a.x0 < b.x0;
    });
    return lines;
}

std::vector<Chunk> split_chunks(const Line& line, double gap_em) {
    std::vector<Chunk> out;
    for (size_t i = 0; i < line.words.size(); ++i) {
        const auto& w = line.words[i];
        bool fresh = out.empty();
        if (!fresh) {
            const auto& prev = out.back().words.back();
            double size = std::max(word_size(prev), word_size(w));
            fresh = gap_after(prev, w) > gap_em * size;
        }
        if (fresh) {
            out.push_back({});
            out.back().x0 = w.x0, out.back().y0 = w.y0, out.back().x1 = w.x1, out.back().y1 = w.y1;
        }
        auto& c = out.back();
        c.words.push_back(w);
        c.x0 = std::min(c.x0, w.x0), c.y0 = std::min(c.y0, w.y0);
        c.x1 = std::max(c.x1, w.x1), c.y1 = std::max(c.y1, w.y1);
    }
    return out;
}

}  // namespace planport::pdf
