// poppler_source.cpp — reads a PDF's pages through page_pass.h: words and vector paint for every page, and a
// raster for a page whose rules and fills may be images (raster_fallback.h).
#include "importers/pdf/poppler_source.h"

#include <algorithm>
#include <chrono>
#include <fstream>

#include "importers/pdf/page_pass.h"
#include "importers/pdf/raster_fallback.h"

namespace planport::pdf {

bool looks_like_pdf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    char head[1024];
    in.read(head, sizeof head);
    std::string s(head, size_t(in.gcount()));
    return s.find("%PDF") != std::string::npos;
}

SourceDocument load_pdf(const std::string& path, const SourceOptions& options, Diagnostics& diag,
                        const PageHook& on_page) {
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) throw ImportError("cannot open the file");
    }
    if (!looks_like_pdf(path)) throw ImportError("not a PDF file");
    PdfFile file(path);
    return read_pages(file, options, diag, on_page);
}

SourceDocument read_pages(PdfFile& file, const SourceOptions& options, Diagnostics& diag, const PageHook& on_page) {
    SourceDocument out;
    out.page_count = file.page_count();
    if (out.page_count > options.max_pages)
        throw ImportError("too many pages (" + std::to_string(out.page_count) + ", limit " +
                          std::to_string(options.max_pages) + ")");
    out.title = file.title();

    int first = std::max(1, options.first_page);
    int last = options.last_page <= 0 ? out.page_count : std::min(options.last_page, out.page_count);
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(std::clamp(options.time_budget_s, 0.0, 1e6)));
    auto spent = [&](int n) {
        diag.warn("page " + std::to_string(n) + ": time budget spent, pages " + std::to_string(n) + "-" +
                  std::to_string(last) + " not read");
    };
    bool any_text = false;
    for (int n = first; n <= last; ++n) {
        if (std::chrono::steady_clock::now() > deadline) {
            spent(n);
            break;
        }
        PageContent pc;
        auto read = file.read_page(n, deadline, pc);
        if (read == PdfFile::Read::unreadable) {
            diag.warn("page " + std::to_string(n) + ": poppler cannot read the page");
            continue;
        }
        if (read == PdfFile::Read::out_of_time) {  // stopped mid-page: half a page is no page
            spent(n);
            break;
        }
        if (!pc.boxes.empty()) any_text = true;
        if (options.dpi > 0 && needs_raster(pc)) {
            pc.raster = file.render(n, options.dpi, deadline);
            out.rendered_pages.push_back(n);
        }
        if (on_page) {
            on_page(pc);
            pc.raster = {};
            std::vector<PaintShape>().swap(pc.shapes);
        }
        out.pages.push_back(std::move(pc));
    }
    if (!any_text && !out.pages.empty()) throw ImportError("no text layer (a scanned PDF?)");
    return out;
}

}  // namespace planport::pdf
