// lines.h — words → lines → chunks: the first layout step, on plain TextBox values.
#pragma once

#include <string>
#include <vector>

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// Words sharing a baseline band, left to right.
struct Line {
    std::vector<TextBox> words;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double font_size = 0;  ///< the largest word's size (or its height when the size is unknown)
    bool bold = false;     ///< every word bold

    std::string text() const;
};

/// A run of words within a line with no wide gap inside: the unit that stream tables align into columns.
struct Chunk {
    std::vector<TextBox> words;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text() const;
};

/// Font size of a word, from its height when the text layer gives none.
double word_size(const TextBox& b);

/// Groups words into lines: a word joins a line when their vertical extents overlap by half the smaller
/// height. Lines come top to bottom; words within a line left to right. Sideways words (rotation 1 or 3,
/// a header printed up the page) make lines of their own in their reading order. Empty input gives no lines.
std::vector<Line> build_lines(std::vector<TextBox> boxes);

/// Joins words left to right, with a space where the text layer has one or the gap is wider than a
/// quarter of the font size (pieces of one word, split by the text layer, join without one).
std::string join_words(const std::vector<TextBox>& words);

/// Splits a line where the gap between two words exceeds gap_em × the font size.
std::vector<Chunk> split_chunks(const Line& line, double gap_em = 1.0);

/// Recomputes a line's box, size and bold flag from its words.
void refresh(Line& line);

}  // namespace planport::pdf
