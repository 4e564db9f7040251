// paragraphs.h — lines → paragraphs (in the body and inside table cells): gaps, bullets, headings.
#pragma once

#include <string>
#include <vector>

#include "importers/pdf/lines.h"
#include "model/document.h"

namespace planport::pdf {

struct ParagraphOptions {
    double body_size = 0;   ///< the page's body font size; 0 = no heading levels (cell text)
    int page = 0;           ///< 1-based page set on each paragraph
};

/// Groups lines (top to bottom) into paragraphs. A new paragraph starts at a vertical gap wider than
/// 0.45 × the font size or a line step wider than the lines' spacing (the tightest step), a change of font
/// size or weight, a line starting with a bullet glyph (its label
/// becomes "•" and leaves the text) or with a numbered label such as "3.1" (which stays in the text), and
/// a line starting left of the text of the bulleted item (or the number of the numbered item) above it.
/// Wrapped lines join with a space; a line ending in a hyphen joins the next without one.
std::vector<Paragraph> build_paragraphs(const std::vector<Line>& lines, const ParagraphOptions& options);

/// True for the glyphs that start a bulleted line: • · - o  ▪ ■ – ➢ ► ✓ * and similar.
bool is_bullet(const std::string& word);

/// "3.1", "1.", "2)" followed by text: a numbered item (milestone); the number stays in its text.
bool starts_numbered(const std::string& text);

/// The text starts with a word in small letters ("n/a" aside: an entry of its own), as the rest of a wrapped
/// sentence does, where a cell's first word is capitalised, a number or a ref.
bool starts_in_small_letters(const std::string& text);

/// The most common font size among the words of the lines, weighted by characters; 0 when none.
double body_font_size(const std::vector<Line>& lines);

}  // namespace planport::pdf
