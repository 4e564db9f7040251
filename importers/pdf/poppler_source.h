// poppler_source.h — the only place that touches poppler: opens a PDF and reads each page's words and raster.
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
    double dpi = 72;            ///< raster resolution; 0 = no raster
};

struct SourceDocument {
    int page_count = 0;  ///< pages in the file
    std::string title;
    std::vector<PageContent> pages;  ///< the pages read, in order
};

/// Called on each page as it is read, with its raster; the reader drops the raster afterwards (a long document
/// must not hold every page's raster), so work that needs the pixels goes here, and keeps what it needs later
/// (read_pdf keeps the page's paint). Without a hook, every page keeps its raster.
using PageHook = std::function<void(PageContent&)>;

/// Reads the pages [first_page, last_page] of a PDF. Throws ImportError for a file that is not a PDF,
/// a damaged PDF, one that needs a password, one with too many pages, or one with no text on any page.
SourceDocument load_pdf(const std::string& path, const SourceOptions& options, Diagnostics& diag,
                        const PageHook& on_page = {});

/// True when "%PDF" occurs within the first 1024 bytes of the file.
bool looks_like_pdf(const std::string& path);

}  // namespace planport::pdf
