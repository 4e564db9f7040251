// pdf_reader.h — reads a born-digital PDF into the neutral Document (poppler-cpp text boxes + raster rules).
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/document.h"

namespace planport {

struct PdfOptions {
    int first_page = 1;          ///< 1-based, inclusive
    int last_page = 0;           ///< 0 = last page of the document
    int max_pages = 2000;        ///< refuse larger documents
    double time_budget_s = 60;   ///< per file
};

/// Throws ImportError ("not a PDF", "needs a password", "no text layer (scanned?)", "too many pages" …).
Document read_pdf(const std::string& path, Diagnostics& diag, const PdfOptions& options = {});

}  // namespace planport
