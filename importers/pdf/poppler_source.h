// poppler_source.h — opens a PDF and reads each page's words and paint (page_pass.h), and a raster for the
// pages that need one (raster_fallback.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "importers/pdf/page_content.h"
#include "model/diagnostics.h"

namespace planport::pdf {

struct SourceOptions {
    int first_page = 1;         ///< 1-based, inclusive
    int last_page = 0;          ///< 0 = last page
    int max_pages = 2000;       ///< refuse documents with more pages
    double time_budget_s = 60;  ///< stop reading pages (with a warning) when spent
    double dpi = 72;            ///< resolution of a fallback page's raster; 0 = no raster
};

struct SourceDocument {
    int page_count = 0;  ///< pages in the file
    std::string title;
    std::vector<PageContent> pages;  ///< the pages read, in order
    std::vector<int> rendered_pages; ///< pages given a raster: their rules and fills may be images
};

class PdfFile;

/// Called on each page as it is read, with its shapes (and its raster on a fallback page); the reader drops
/// them afterwards (a long document must not hold every page's paint), so work that needs them goes here, and
/// keeps what it needs later (read_pdf keeps the page's paint map). Without a hook, every page keeps them.
using PageHook = std::function<void(PageContent&)>;

/// Reads the pages [first_page, last_page] of a PDF. Throws ImportError for a file that is not a PDF,
/// a damaged PDF, one that needs a password, one with too many pages, or one with no text on any page.
SourceDocument load_pdf(const std::string& path, const SourceOptions& options, Diagnostics& diag,
                        const PageHook& on_page = {});

/// The same from a file already open (the fuzz target's bytes).
SourceDocument read_pages(PdfFile& file, const SourceOptions& options, Diagnostics& diag, const PageHook& on_page = {});

/// True when "%PDF" occurs within the first 1024 bytes of the file.
bool looks_like_pdf(const std::string& path);

}  // namespace planport::pdf
