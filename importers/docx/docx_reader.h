// docx_reader.h — reads a .docx (WordprocessingML, transitional or strict) into the neutral Document.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/document.h"

namespace planport {

/// Limits against hostile input (zip bombs, huge parts). Defaults suit real business plans.
struct DocxLimits {
    std::size_t max_part_bytes = 64u << 20;      ///< cap on one inflated part (declared and actually inflated)
    std::size_t max_total_bytes = 256u << 20;    ///< cap on all inflated parts together
};

/// Reads the file at `path`. Throws ImportError with a one-line reason ("not a zip file", "password-protected
/// or legacy Word file (OLE2 container), not a .docx", "zip file is not a Word document (no
/// word/document.xml)", "XML part word/document.xml carries a DOCTYPE (not allowed in OOXML)", "part … inflates
/// beyond the 64 MiB cap" …) when no Document can be made; recoverable oddities go to diag.warnings.
/// A document without tables is still a Document.
Document read_docx(const std::string& path, Diagnostics& diag, const DocxLimits& limits = {});

/// Same, from bytes in memory (tests and fuzzing). `name` becomes Document::source.
Document read_docx_bytes(const std::string& bytes, const std::string& name, Diagnostics& diag,
                         const DocxLimits& limits = {});

}  // namespace planport
