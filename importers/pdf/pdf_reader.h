// pdf_reader.h — reads a born-digital PDF into the neutral Document (words and vector paint from one pass per page).
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

/// Reads pages first_page..last_page. Warnings ("FILE: page N: …") go to diag. Throws ImportError with
/// "cannot open the file", "not a PDF file", "damaged PDF (poppler cannot open it)", "PDF needs a password"
/// (an empty user password is tried first), "too many pages (N, limit M)" or "no text layer (a scanned PDF?)".
Document read_pdf(const std::string& path, Diagnostics& diag, const PdfOptions& options = {});

}  // namespace planport
