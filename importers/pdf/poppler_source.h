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

/// Called on each page as it is read, its raster still unpacked in `raster` (the reader packs it afterwards
/// into packed_raster, so a long document never holds every page's raster): work that needs the pixels of
/// every page goes here, where they come for free.
using PageHook = std::function<void(PageContent&)>;

/// Reads the pages [first_page, last_page] of a PDF. Throws ImportError for a file that is not a PDF,
/// a damaged PDF, one that needs a password, one with too many pages, or one with no text on any page.
SourceDocument load_pdf(const std::string& path, const SourceOptions& options, Diagnostics& diag,
                        const PageHook& on_page = {});

/// True when "%PDF" occurs within the first 1024 bytes of the file.
bool looks_like_pdf(const std::string& path);

}  // namespace planport::pdf
