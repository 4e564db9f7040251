// pages.h — what spans pages: running headers, footers and page numbers; tables continued on the next page;
// and the assembly of each page's tables and paragraphs into the Document's blocks.
#pragma once

#include <vector>

#include "importers/pdf/page_content.h"
#include "importers/pdf/tables.h"
#include "model/diagnostics.h"
#include "model/document.h"

namespace planport::pdf {

/// Each page's words without its running text: a line repeated (digits aside) at the same distance from
/// the top or bottom edge on at least half of the pages (two pages at least), and bare page numbers ("7",
/// "Page 7", "7 of 12", "- 7 -") near the top or bottom edge. Lines inside a keep area of their page (a
/// ruled table: its repeated header row is no running header) stay. keep may be empty.
std::vector<std::vector<TextBox>> strip_running_text(const std::vector<PageContent>& pages,
                                                     const std::vector<std::vector<BBox>>& keep = {});

/// The same, the words taken out of the pages rather than copied (a long document's words are held once).
std::vector<std::vector<TextBox>> take_without_running_text(std::vector<PageContent>& pages,
                                                            const std::vector<std::vector<BBox>>& keep = {});

struct PageResult {
    int number = 0;  ///< 1-based
    PageTables found;
};

/// Joins each page's tables and paragraphs into blocks in reading order. A table ending a page followed by
/// a table starting the next with the same columns becomes one table: repeated header rows are dropped
/// (each row they repeat, among the first eight, marked is_header) and a first row that clearly continues
/// the last one (first cell empty, the text above not ending a sentence; where the first column is blank
/// or merged in the last row too, some cell going on in small letters and none numbered; with the label cell
/// split too, two cells going on in small letters from open text and none numbered) is joined to it: each cell's first paragraph goes on the last one
/// above unless that ends (. ! ? :), it is a list item, or it starts with a capital below a label of fewer
/// than six words; a word broken at a hyphen joins without a space.
/// Tables are numbered from 1.
std::vector<Block> assemble(std::vector<PageResult>& pages, double body_size, Diagnostics& diag);

}  // namespace planport::pdf
