// read_document.cpp — the reader registry: picks a reader from the file's first bytes, not its name.
#include "importers/read_document.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "importers/docx/docx_reader.h"

namespace planport {

FileKind sniff_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return FileKind::Unknown;
    char buf[1024] = {};
    in.read(buf, sizeof buf);
    std::string head(buf, static_cast<size_t>(in.gcount()));
    if (head.rfind("PK\x03\x04", 0) == 0 || head.rfind("PK\x05\x06", 0) == 0) return FileKind::Docx;
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) return FileKind::Ole2;
    if (head.find("%PDF-") != std::string::npos) return FileKind::Pdf;
    size_t i = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
    if (i < head.size() && head[i] == '{') return FileKind::Json;
    return FileKind::Unknown;
}

Document read_document(const std::string& path, Diagnostics& diag, const PdfOptions& pdf) {
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) throw ImportError(std::string("cannot open file: ") + std::strerror(errno));
    }
    switch (sniff_file(path)) {
        case FileKind::Docx: return read_docx(path, diag);
        case FileKind::Pdf: return read_pdf(path, diag, pdf);
        case FileKind::Ole2: throw ImportError("password-protected or legacy Word file (OLE2 container), not a .docx");
        case FileKind::Json: throw ImportError("a JSON file is read as a saved model, not as a document");
        case FileKind::Unknown: break;
    }
    throw ImportError("not a DOCX or PDF file (unrecognised content)");
}

}  // namespace planport
