// poppler_source.cpp — opens a PDF with poppler-cpp and turns each page into plain TextBox and Raster values.
#include "importers/pdf/poppler_source.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>

namespace planport::pdf {
namespace {

std::string utf8(const poppler::ustring& s) {
    auto bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Poppler reports every oddity of a file on stderr; the reader reports what matters itself.
void quiet(const std::string&, void*) {}

bool bold_font(const std::string& name) {
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    bool comma_b = n.size() >= 2 && n.compare(n.size() - 2, 2, ",b") == 0;  // "Arial,B" in older PDFs
    return n.find("bold") != std::string::npos || n.find("black") != std::string::npos ||
           n.find("heavy") != std::string::npos || comma_b;
}

size_t count_code_points(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

TextBox read_box(const poppler::text_box& tb) {
    TextBox b;
    b.text = utf8(tb.text());
    auto r = tb.bbox();
    b.x0 = r.left();
    b.y0 = r.top();
    b.x1 = r.right();
    b.y1 = r.bottom();
    b.space_after = tb.has_space_after();
    b.rotation = tb.rotation() & 3;
    if (tb.has_font_info()) {
        b.font_size = tb.get_font_size();
        b.bold = bold_font(tb.get_font_name());
    }
    // Glyph edges let the layout split a word that straddles a cell border; only horizontal text.
    size_t n = count_code_points(b.text);
    if (tb.rotation() == 0 && n > 1) {
        b.glyph_x1.reserve(n);
        for (size_t i = 0; i < n; ++i) {
            auto g = tb.char_bbox(i);
            if (g.width() <= 0 && g.height() <= 0) {
                b.glyph_x1.clear();
                break;
            }
            b.glyph_x1.push_back(g.right());
        }
    }
    return b;
}

// At most this many pixels per page raster (32 MB; an A4 page at 72 dpi is 0.5 million). A hostile page of
// 14400 × 14400 points (the most PDF allows; tests/cli/hostile_inputs.sh) is 207 million pixels at 72 dpi:
// it took over a minute and 1.7 GB to render and copy. Such a page renders at a lower dpi instead: its rules
// and fills are still found, at a coarser step.
constexpr double kMaxPagePixels = 8e6;

Raster read_raster(const poppler::page& page, double dpi) {
    Raster r;
    auto box = page.page_rect(poppler::crop_box);
    double pixels = box.width() * box.height() * (dpi / 72) * (dpi / 72);
    if (dpi <= 0 || !std::isfinite(pixels)) return r;
    if (pixels > kMaxPagePixels) dpi *= std::sqrt(kMaxPagePixels / pixels);
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_argb32);
    renderer.set_paper_color(0xFFFFFFFF);
    // No antialiasing: thin rules come out as solid one-pixel lines and fills keep their exact colour.
    renderer.set_render_hints(0);
    poppler::image img = renderer.render_page(&page, dpi, dpi);
    if (!img.is_valid() || img.format() != poppler::image::format_argb32) return r;
    r.width = img.width();
    r.height = img.height();
    r.scale = dpi / 72.0;
    const char* data = img.const_data();
    if (img.bytes_per_row() == r.width * 4) {  // rows end to end: one copy, no zeroing first
        const auto* first = reinterpret_cast<const uint32_t*>(data);
        r.pixels.assign(first, first + size_t(r.width) * size_t(r.height));
        return r;
    }
    r.pixels.resize(size_t(r.width) * size_t(r.height));
    for (int y = 0; y < r.height; ++y)
        std::memcpy(&r.pixels[size_t(y) * r.width], data + size_t(y) * img.bytes_per_row(), size_t(r.width) * 4);
    return r;
}

}  // namespace

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
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (!doc) throw ImportError("damaged PDF (poppler cannot open it)");
    if (doc->is_locked() && (!doc->unlock("", "") || doc->is_locked())) throw ImportError("PDF needs a password");

    SourceDocument out;
    out.page_count = doc->pages();
    if (out.page_count > options.max_pages)
        throw ImportError("too many pages (" + std::to_string(out.page_count) + ", limit " +
                          std::to_string(options.max_pages) + ")");
    out.title = utf8(doc->get_title());

    int first = std::max(1, options.first_page);
    int last = options.last_page <= 0 ? out.page_count : std::min(options.last_page, out.page_count);
    auto start = std::chrono::steady_clock::now();
    bool any_text = false;
    for (int n = first; n <= last; ++n) {
        double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (spent > options.time_budget_s) {
            diag.warn("page " + std::to_string(n) + ": time budget spent, pages " + std::to_string(n) + "-" +
                      std::to_string(last) + " not read");
            break;
        }
        std::unique_ptr<poppler::page> page(doc->create_page(n - 1));
        if (!page) {
            diag.warn("page " + std::to_string(n) + ": poppler cannot read the page");
            continue;
        }
        PageContent pc;
        pc.number = n;
        auto rect = page->page_rect(poppler::crop_box);
        pc.width = rect.width();
        pc.height = rect.height();
        switch (page->orientation()) {
            case poppler::page::landscape: pc.rotation = 90; break;
            case poppler::page::upside_down: pc.rotation = 180; break;
            case poppler::page::seascape: pc.rotation = 270; break;
            default: pc.rotation = 0;
        }
        // Words and raster come in the page as shown (its /Rotate applied): a turned page is as wide as it is shown.
        if (pc.rotation == 90 || pc.rotation == 270) std::swap(pc.width, pc.height);
        for (const auto& tb : page->text_list(poppler::page::text_list_include_font)) {
            TextBox b = read_box(tb);
            if (b.text.empty()) continue;
            pc.boxes.push_back(std::move(b));
        }
        if (!pc.boxes.empty()) any_text = true;
        pc.raster = read_raster(*page, options.dpi);
        if (on_page) {
            on_page(pc);
            pc.raster = {};
        }
        out.pages.push_back(std::move(pc));
    }
    if (!any_text && !out.pages.empty()) throw ImportError("no text layer (a scanned PDF?)");
    return out;
}

}  // namespace planport::pdf
