// paragraphs.h — w:p → Paragraph: text, list label, heading level, bold, size, style, shading, page break.
#pragma once

#include <vector>

#include "importers/docx/read_context.h"
#include "importers/docx/xml_part.h"
#include "model/document.h"

namespace planport::docx {

/// Reads one w:p. Advances the list counters when the paragraph is numbered, consumes and sets
/// ctx.pending_break (a page break or section break at the end of a paragraph starts the next block's page).
/// The w:txbxContent of text boxes anchored in the paragraph are added to `text_boxes` when given.
Paragraph read_paragraph(const XmlElement& p, ReadContext& ctx, std::vector<const XmlElement*>* text_boxes = nullptr);

}  // namespace planport::docx
