// docx_reader.cpp — the DOCX reader's driver: package (step 1, package.h) → Document (step 2, blocks.h).
//
// Supported, as a living checklist (pandoc's Docx.hs keeps one too):
// Package
//   [x] zip via libzip from memory; OLE2 (encrypted/legacy) and non-zip files refused with a reason
//   [x] duplicate part names refused; declared and inflated sizes capped per part and in total
//   [x] main part from _rels/.rels officeDocument (transitional or strict type), else word/document.xml
//   [x] styles, numbering, theme through the document's relationships; external targets never followed
//   [x] docProps/core.xml dc:title → Document::title
//   [x] transitional and strict WordprocessingML namespaces
//   [x] any part with a DOCTYPE refused; no entity expansion, no network, libxml2's default limits
// Blocks
//   [x] w:p, w:tbl; w:sdt (sdtContent), w:customXml, w:ins, w:moveTo looked through
//   [x] w:del, w:moveFrom dropped; mc:AlternateContent → mc:Fallback, else the first mc:Choice
//   [x] a paragraph whose mark was deleted (w:pPr/w:rPr/w:del) runs on into the next one
//   [x] text boxes (w:txbxContent in w:drawing / w:pict): their blocks follow the paragraph they sit in
//   [ ] w:altChunk, headers, footers, footnotes, endnotes, comments: not read
// Paragraphs
//   [x] text of w:t joined across runs; whitespace collapsed and trimmed; w:br/w:cr → '\n'; w:tab/w:ptab → '\t'
//   [x] w:sym (Symbol/Wingdings bullets mapped), w:noBreakHyphen → '-', w:softHyphen dropped
//   [x] w:hyperlink, w:smartTag, w:fldSimple (result), complex fields (result only, w:instrText dropped)
//   [x] heading level: w:outlineLvl (paragraph or style), style names Heading 1..9 and Title
//   [x] bold (w:b / w:bCs on every visible character, through run, character and paragraph styles,
//       docDefaults); font size of the largest run (w:sz / 2)
//   [x] list labels from numbering.xml (numPr in paragraph or style; lvlText, numFmt, start, lvlOverride,
//       startOverride, lvlRestart, isLgl; counters per abstractNum, or per numId when it overrides)
//   [x] paragraph shading (w:pPr/w:shd or style) → Paragraph::fill
//   [x] page breaks: w:br type=page, w:lastRenderedPageBreak, w:pageBreakBefore, section breaks
// Tables
//   [x] w:tblGrid, w:gridSpan, w:hMerge, w:vMerge, w:gridBefore, w:gridAfter, w:tblHeader (grid capped at
//       4096 columns with a warning)
//   [x] rows and cells inside w:sdt / w:customXml; rows deleted with tracked changes dropped
//   [x] nested tables → Cell::tables (deeper than 32 levels: skipped with a warning)
//   [x] cell fill: w:tcPr/w:shd (w:fill, w:themeFill + tint/shade, solid pattern), uniform paragraph
//       shading, table style conditions (wholeTable, bands, first/last row and column, corners) per w:tblLook
//   [x] table style run properties (bold, size) by the same conditions, below the paragraph style
//   [ ] table style paragraph properties
#include "importers/docx/docx_reader.h"

#include <fstream>
#include <iterator>

#include "importers/docx/blocks.h"
#include "importers/docx/package.h"
#include "importers/docx/read_context.h"
#include "importers/docx/zip_archive.h"

namespace planport {

namespace {

std::string read_file(const std::string& path, const DocxLimits& limits) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError("cannot open the file");
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    // A .docx may carry large images we never inflate, so the cap on the file is looser than on parts.
    if (size < 0 || static_cast<std::size_t>(size) > 4 * limits.max_total_bytes)
        throw ImportError("file is too large (" + std::to_string(size) + " bytes)");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (size > 0 && !in.read(bytes.data(), size)) throw ImportError("cannot read the file");
    return bytes;
}

}  // namespace

Document read_docx_bytes(const std::string& bytes, const std::string& name, Diagnostics& diag, const DocxLimits& limits) {
    auto zip = docx::ZipArchive::from_bytes(bytes, limits);
    // Step 1: docx-shaped values.
    docx::Package pkg = docx::read_package(zip, diag, name);
    // Step 2: the neutral Document.
    Document doc;
    doc.source = name;
    doc.format = "docx";
    doc.title = pkg.title;
    docx::ReadContext ctx{pkg.styles, pkg.numbering, pkg.theme, diag, name, 0, false, std::nullopt};
    const docx::XmlElement* body = pkg.document.w_child("body");
    if (!body) {
        diag.warn(name + ": " + pkg.main_part + " has no w:body");
        return doc;
    }
    docx::read_blocks(*body, ctx, 0, doc.blocks);
    return doc;
}

Document read_docx(const std::string& path, Diagnostics& diag, const DocxLimits& limits) {
    return read_docx_bytes(read_file(path, limits), path, diag, limits);
}

}  // namespace planport
