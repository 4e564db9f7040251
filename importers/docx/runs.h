// runs.h — the inline content of a paragraph (runs, hyperlinks, fields, tracked changes, content controls)
// → raw text plus the facts the Paragraph needs (bold share, largest size, page breaks).
#pragma once

#include <string>
#include <vector>

#include "importers/docx/read_context.h"
#include "importers/docx/run_props.h"
#include "importers/docx/xml_part.h"

namespace planport::docx {

struct InlineText {
    std::string raw;         ///< text; ' ' for XML whitespace, '\n' for w:br/w:cr, '\t' for w:tab
    int chars = 0;           ///< visible non-space characters (bytes of UTF-8)
    int bold_chars = 0;      ///< of which bold
    double max_size = 0;     ///< largest font size of a run with visible text, points
    bool break_before_text = false;  ///< page break (w:br type=page, w:lastRenderedPageBreak) before any text
    bool break_after_text = false;   ///< page break after the last text
    std::vector<const XmlElement*> text_boxes;  ///< w:txbxContent found in drawings and VML shapes
};

/// Reads the inline children of w:p. `para_style` is the paragraph's style id (for inherited run props).
InlineText read_inline(const XmlElement& p, const ReadContext& ctx, const std::string& para_style);

/// Collapses runs of spaces, drops spaces next to '\n' and '\t', trims spaces, '\n' and '\t' at both ends.
std::string normalise_text(const std::string& raw);

/// The text of w:sym: common Symbol/Wingdings bullets mapped to Unicode, else the character itself.
std::string read_sym(const XmlElement& sym);

/// UTF-8 for one code point (invalid code points give U+FFFD).
std::string utf8(unsigned cp);

}  // namespace planport::docx
