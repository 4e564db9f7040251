// import_plan.h — the whole import of one file: read (DOCX/PDF by content) → recognise → themes. A saved
// model JSON is read back as it is (its hand-corrected themes kept; missing ones assigned).
#pragma once

#include <string>
#include <vector>

#include "importers/pdf/pdf_reader.h"
#include "importers/recognise/recognise.h"
#include "model/themes.h"

namespace planport {

struct ImportOptions {
    RecogniseOptions recognise;
    PdfOptions pdf;
    const ThemeTable* themes = nullptr;  ///< nullptr = the project's default table
};

/// Imports one file into one plan (a document) or several (a saved model). Throws ImportError.
std::vector<Plan> import_file(const std::string& path, Diagnostics& diag, const ImportOptions& options = {});

}  // namespace planport
