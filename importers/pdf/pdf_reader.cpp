// pdf_reader.cpp — the PDF reader's driver: poppler source (words and vector paint) → struck-through text and
// running text removed → per page rules, tables and lines → blocks across pages.
//
// Supported: born-digital PDFs; ruled tables (spans from missing rules, fills from shading); unruled tables
// (columns from aligned text, rows split by rules or line spacing); tables continued over pages (repeated
// header dropped, split row joined); running headers, footers and page numbers; headings from font size
// and weight; bullets (glyphs, or dots drawn beside the text); struck-through text (tracked deletions) dropped. Not supported: scanned pages (no text layer), text drawn as curves, nested tables.
#include "importers/pdf/pdf_reader.h"

#include <chrono>

#include "importers/pdf/drawn_bullets.h"
#include "importers/pdf/lines.h"
#include "importers/pdf/pages.h"
#include "importers/pdf/paint_map.h"
#include "importers/pdf/paragraphs.h"
#include "importers/pdf/poppler_source.h"
#include "importers/pdf/raster_rules.h"
#include "importers/pdf/rotation.h"
#include "importers/pdf/struck_text.h"
#include "importers/pdf/tables.h"
#include "importers/pdf/vector_rules.h"
#include "importers/pdf/visible_paint.h"

namespace planport {

Document read_pdf(const std::string& path, Diagnostics& diag, const PdfOptions& options) {
    auto start = std::chrono::steady_clock::now();
    pdf::SourceOptions so;
    so.first_page = options.first_page;
    so.last_page = options.last_page;
    so.max_pages = options.max_pages;
    so.time_budget_s = options.time_budget_s;
    Diagnostics local;  // the layout's warnings say where in the file; the file name goes in front
    std::vector<pdf::Rules> rules;
    std::vector<std::vector<BBox>> ruled_areas;
    // The first look at each page is taken while poppler's reader holds its paint (PageHook): it is turned
    // upright, struck text dropped, drawn bullets added and its rules found, from the vector paint or, on a page
    // whose lines may be images, from its raster. Its paint map is kept for the cells' shading (paint_map.h);
    // the shapes and the raster are dropped (a 500-page document held a gigabyte of rasters).
    auto first_look = [&](pdf::PageContent& page) {
        pdf::turn_upright(page);
        if (!page.raster.empty()) {
            auto paint = pdf::paint_runs(page.raster);
            page.boxes = pdf::drop_struck_text(std::move(page.boxes), page.raster, paint);
            page.boxes = pdf::add_drawn_bullets(std::move(page.boxes), page.raster);
            rules.push_back(pdf::find_rules(page.raster, paint));
            page.paint = pdf::pack_paint(page.raster, paint);
        } else {
            auto paint = pdf::visible_paint(page.shapes);
            page.boxes = pdf::drop_struck_text(std::move(page.boxes), paint);
            page.boxes = pdf::add_drawn_bullets(std::move(page.boxes), paint);
            rules.push_back(pdf::vector_rules(paint));
            page.paint = pdf::paint_map(paint, page.width, page.height);
        }
        page.boxes.shrink_to_fit();  // kept until every page is read
        ruled_areas.emplace_back();
        for (const auto& g : pdf::find_grids(rules.back()))
            ruled_areas.back().push_back({g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()});
    };
    auto src = pdf::load_pdf(path, so, local, first_look);

    Document doc;
    doc.source = path;
    doc.format = "pdf";
    doc.title = src.title;
    doc.pages = src.page_count;
    doc.rendered_pages = src.rendered_pages;

    auto words = pdf::take_without_running_text(src.pages, ruled_areas);
    double body = 0;
    {
        // Every word once, only to find the body font size: each page's words lent to a line and given back (a
        // copy of a 500-page document's words was a third of its peak memory).
        std::vector<pdf::Line> all(words.size());
        for (size_t i = 0; i < words.size(); ++i) all[i].words = std::move(words[i]);
        body = pdf::body_font_size(all);
        for (size_t i = 0; i < words.size(); ++i) words[i] = std::move(all[i].words);
    }

    std::vector<pdf::PageResult> results;
    for (size_t i = 0; i < src.pages.size(); ++i) {
        auto& page = src.pages[i];
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > options.time_budget_s) {
            local.warn("page " + std::to_string(page.number) + ": time budget spent, pages " +
                       std::to_string(page.number) + "-" + std::to_string(src.pages.back().number) + " not laid out");
            break;
        }
        // The columns of a table ending the page before, for its continuation at the top of this one.
        std::vector<double> carried;
        if (!results.empty() && !results.back().found.tables.empty()) {
            const auto& before = results.back().found;
            const auto& last = before.tables.back();
            bool ends_page = true;
            for (const auto& l : before.other_lines) ends_page = ends_page && l.y0 < last.table.bbox->y1;
            if (ends_page) carried = last.col_x;
        }
        results.push_back({page.number, pdf::find_tables(words[i], rules[i], page.paint, page.number, carried)});
        page.paint = {};
        std::vector<pdf::TextBox>().swap(words[i]);
    }
    doc.blocks = pdf::assemble(results, body, local);
    for (auto& w : local.warnings) diag.warn(path + ": " + w);
    return doc;
}

}  // namespace planport
