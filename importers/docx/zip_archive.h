// zip_archive.h — the package as a zip file: libzip wrapped once, with size caps against zip bombs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "importers/docx/docx_reader.h"

struct zip;

namespace planport::docx {

/// A read-only zip archive. Part names are unique (case-insensitively, as OPC requires); every read is
/// capped by DocxLimits, on the declared size and on the bytes actually inflated.
class ZipArchive {
public:
    /// Opens zip bytes (copied). Throws ImportError: "not a zip file", "password-protected or legacy Word
    /// file (OLE2 container), not a .docx", "damaged zip file: …", "zip file has two parts named …".
    static ZipArchive from_bytes(std::string bytes, const DocxLimits& limits);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    bool has(const std::string& name) const;
    /// The inflated part, or nullopt when absent. Throws ImportError when a cap is reached or the data is corrupt.
    std::optional<std::string> read(const std::string& name);
    const std::vector<std::string>& names() const { return names_; }

private:
    struct ZipClose {
        void operator()(zip* z) const;
    };
    ZipArchive() = default;
    std::string bytes_;   // libzip reads from this buffer; it must outlive the archive
    std::unique_ptr<zip, ZipClose> zip_;
    std::vector<std::string> names_;
    DocxLimits limits_;
    std::size_t total_read_ = 0;
};

}  // namespace planport::docx
