// tables.cpp — finds a page's tables: ruled ones first (ruled_tables.cpp), then unruled ones among the
// remaining lines (stream_tables.cpp).
#include "importers/pdf/tables.h"

#include <algorithm>

#include "importers/pdf/ruled_tables.h"
#include "importers/pdf/stream_tables.h"

namespace planport::pdf {

PageTables find_tables(const std::vector<TextBox>& boxes, const Rules& found_rules, const Raster& raster,
                       int page) {
    PageTables out;
    std::vector<TextBox> pool = boxes;
    Rules rules = without_glyph_strokes(found_rules, boxes);
    // 1. ruled tables; their words leave the pool
    for (const auto& g : find_grids(rules)) {
        FoundTable ft = ruled_table(g, pool, raster, page);
        if (count_nonempty_cells(ft.table) > 0) out.tables.push_back(std::move(ft));
    }
    // 2. unruled tables among the remaining lines; the lines left over are the page's text
    auto lines = build_lines(std::move(pool));
    std::vector<char> used;
    for (auto& ft : stream_tables(lines, rules, raster, page, used)) out.tables.push_back(std::move(ft));
    for (size_t k = 0; k < lines.size(); ++k)
        if (!used[k]) out.other_lines.push_back(std::move(lines[k]));
    std::stable_sort(out.tables.begin(), out.tables.end(),
                     [](const FoundTable& a, const FoundTable& b) { return a.table.bbox->y0 < b.table.bbox->y0; });
    return out;
}

}  // namespace planport::pdf
