// document.h — the neutral document representation shared by every reader and recogniser.
//
// A Document is what a file *says*, independent of its format: a sequence of blocks (paragraphs and
// tables). The DOCX reader and the PDF reader both produce it; every recogniser consumes only it.
// It keeps what plain-text converters drop, because it is evidence the recognisers need: cell fill
// colours (RAG status), list labels (milestone refs such as "2.3"), spans, repeated header rows and pages.
// No libzip, libxml2 or poppler type ever appears here.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace planport {

/// One paragraph of text: a body paragraph, a heading, or a paragraph inside a table cell.
struct Paragraph {
    std::string text;        ///< UTF-8; runs joined, whitespace runs collapsed, trimmed; w:br → '\n', w:tab → '\t'
    std::string list_label;  ///< label Word/the PDF shows before the text: "2.3", "•", "a)"; "" when not a list item
    int list_level = -1;     ///< 0-based list nesting level; -1 when not a list item
    int heading_level = 0;   ///< 1..9 for headings (outline level / heading style / large bold PDF font); 0 = body
    bool bold = false;       ///< every non-space character is bold
    double font_size = 0;    ///< points, of the largest run; 0 when unknown
    std::string style;       ///< paragraph style id or name when the format has one ("Heading1", "ListParagraph")
    std::string fill;        ///< paragraph shading "#RRGGBB", "" when none
    bool page_break_before = false;  ///< a page starts before this paragraph (explicit or rendered break)
    int page = 0;            ///< 1-based page where it starts; 0 when unknown (DOCX)

    bool is_list_item() const { return !list_label.empty(); }
};

/// A rectangle in PDF points, origin top-left of the page.
struct BBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Table;

/// One table cell as it appears in the grid: anchored at (row, col), covering rowspan × colspan grid positions.
struct Cell {
    int row = 0, col = 0;           ///< grid position of the top-left corner (0-based)
    int rowspan = 1, colspan = 1;
    std::vector<Paragraph> paragraphs;
    std::vector<Table> tables;      ///< nested tables, in order (their text is NOT repeated in paragraphs)
    std::string fill;               ///< cell shading "#RRGGBB" (own shd, theme fill or table style); "" when none/white/auto
    int page = 0;                   ///< 1-based page where the cell's text starts; 0 when unknown

    /// Paragraph texts joined by '\n' (list labels not included).
    std::string text() const;
    bool empty() const;
};

/// A table row: the cells anchored in this row, in column order. Positions covered by a span from an
/// earlier row or column hold no Cell; use Table::at() for grid access.
struct Row {
    std::vector<Cell> cells;
    bool is_header = false;          ///< a header row (w:tblHeader, or a PDF row recognised as a repeated header)
    bool page_break_before = false;  ///< this row starts on a new page
    int page = 0;
};

struct Table {
    int index = 0;      ///< 1-based position among the document's top-level tables, in document order
    int columns = 0;    ///< grid width
    std::vector<Row> rows;
    int page = 0;                 ///< 1-based page where the table starts; 0 when unknown (DOCX)
    std::optional<BBox> bbox;     ///< PDF only
    bool page_break_before = false;  ///< a page break separates this table from what came before
    /// No cell borders drawn between its rows (a PDF table read from text alignment alone): a cell merged over
    /// several rows, printed once at the top of its group, looks the same as empty cells below it.
    bool borderless = false;

    /// The cell covering grid position (r, c), or nullptr when nothing covers it.
    const Cell* at(int r, int c) const;
    /// The full grid as text: a spanning cell's text at its top-left position, "" in the positions it covers.
    std::vector<std::vector<std::string>> grid_text() const;
};

struct Block {
    enum class Kind { Paragraph, Table };
    Kind kind = Kind::Paragraph;
    Paragraph paragraph;  ///< when kind == Paragraph
    Table table;          ///< when kind == Table
};

struct Document {
    std::string source;   ///< file name as given by the user
    std::string format;   ///< "docx" or "pdf"
    std::string title;    ///< document property title, if any
    int pages = 0;        ///< page count when known (PDF), else 0
    std::vector<int> rendered_pages;  ///< PDF pages whose rules and fills were read from a rendering (images)
    std::vector<Block> blocks;
};

/// Number of non-empty cells in a table, nested tables included (for the "nothing lost" accounting).
int count_nonempty_cells(const Table& t);

}  // namespace planport
