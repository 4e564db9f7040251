// cell_actions.h — step 5 of recognition: split the paragraphs of one action cell into actions, and share
// the paragraphs of the row's other cells (lead, timescale, progress) out among them.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace planport {

/// One action as read from a cell: its text (lead-in plus "• item" lines when it keeps items) and items.
struct CellAction {
    std::string text;
    std::vector<std::string> items;
    int first_paragraph = 0;  ///< index of the paragraph that starts it
};

/// Groups a cell's paragraphs into actions (samples/README.md, "Inside one action cell"):
///  1. items (bullets, or "(1)"/"2)" enumerators) after a lead-in ending in ':' belong to it;
///  2. other bullet items are one action each; a plain paragraph starts a new action;
///  3. a paragraph continues the previous one when that ends with ',', ' and', ' or', or when it starts
///     with a lower-case letter;
///  4. a one-word lead-in ("Including:") joins the paragraph before it.
std::vector<CellAction> split_cell_actions(const std::vector<Paragraph>& paragraphs);

/// A paragraph whose text starts with a typed bullet ("• ", "- ", "▪ ", "o "): the glyph moved to list_label.
Paragraph with_typed_bullet(const Paragraph& p);

/// Non-empty paragraph texts of a cell.
std::vector<std::string> paragraph_texts(const Cell* cell);

/// The part of `texts` (a cell's paragraphs) that belongs to action i of n: paragraph i when there are exactly
/// n paragraphs and n > 1, otherwise all of them joined by '\n'.
std::string share_out(const std::vector<std::string>& texts, size_t i, size_t n);

/// A timescale cell printed as one paragraph but naming one date per action ("March 2011 March 2011
/// On-going" for three milestones, as a PDF line-wraps it): split into those n dates. Otherwise unchanged.
std::vector<std::string> split_timescales(const std::vector<std::string>& texts, size_t n);

/// True when a list label is a bullet ("•", "o", a Symbol-font glyph), not a number that could be a ref.
bool is_bullet_label(const std::string& label);

/// True when the paragraph is a list item: a list label, or a typed enumerator such as "(1) ", "2) ", "a) ".
bool is_item_paragraph(const Paragraph& p);

/// The label an item is written with: "•" for any bullet glyph, the numbering label otherwise ("1.", "a)");
/// "" when the enumerator is typed in the text itself.
std::string item_label(const Paragraph& p);

}  // namespace planport
