// page_pass.h — one pass per page through poppler's core: the page's words (the values poppler-cpp's text_list
// gives) and its vector paint from one run of its content stream; a rendering only for the pages that need one.
// page_pass.cpp is the only file that includes poppler's core headers; nothing of poppler shows here.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// The version of poppler's headers this was built with ("22.12.0").
std::string poppler_version();

class PdfFile {
public:
    /// Opens a PDF. Throws ImportError "damaged PDF (poppler cannot open it)" or "PDF needs a password" (an
    /// empty user password is tried).
    explicit PdfFile(const std::string& path);
    /// The same from the file's bytes (the fuzz target's input).
    static PdfFile from_bytes(std::string bytes);
    PdfFile(PdfFile&&) noexcept;
    PdfFile& operator=(PdfFile&&) noexcept;
    ~PdfFile();

    int page_count() const;
    /// The Info dictionary's title as UTF-8; "" when there is none.
    std::string title() const;

    enum class Read { ok, unreadable, out_of_time };
    /// Reads page n (1-based) into page: its number, size and rotation as shown, words and paint (at most
    /// kMaxShapes shapes: a hostile page's millions of strokes stop there). At the deadline poppler stops
    /// mid-page: out_of_time, page holds what was read.
    Read read_page(int n, std::chrono::steady_clock::time_point deadline, PageContent& page);

    /// Page n rendered as the page is shown, on white, without antialiasing (thin rules stay solid, fills keep
    /// their colour), at dpi or less (at most 8 million pixels); empty when poppler cannot, or at the deadline.
    Raster render(int n, double dpi, std::chrono::steady_clock::time_point deadline);

    static constexpr size_t kMaxShapes = 100000;

private:
    struct Impl;
    explicit PdfFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace planport::pdf
