// read_document.h — picks a reader from the file's first bytes ("PK" → DOCX, "%PDF" → PDF), not its name.
#pragma once

#include <string>

#include "importers/pdf/pdf_reader.h"
#include "model/diagnostics.h"
#include "model/document.h"

namespace planport {

enum class FileKind { Docx, Pdf, Json, Ole2, Unknown };

/// Sniffs the first bytes of a file. Ole2 is an encrypted/legacy Office container.
FileKind sniff_file(const std::string& path);

/// Reads any supported file into a Document. Throws ImportError with a one-line reason.
Document read_document(const std::string& path, Diagnostics& diag, const PdfOptions& pdf = {});

}  // namespace planport
