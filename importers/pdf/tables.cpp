// tables.cpp — finds a page's tables: ruled ones first (ruled_tables.cpp), then unruled ones among the
// remaining lines (stream_tables.cpp). A grid drawn only by fills that lumps text columns together is
// no ruled table: its words go to stream detection.
#include "importers/pdf/tables.h"

#include <algorithm>

#include "importers/pdf/ruled_tables.h"
#include "importers/pdf/stream_tables.h"

namespace planport::pdf {

PageTables find_tables(const std::vector<TextBox>& boxes, const Rules& found_rules, const PaintMap& paint,
                       int page, const std::vector<double>& carried_columns) {
    PageTables out;
    std::vector<TextBox> pool = boxes;
    Rules rules = without_glyph_strokes(found_rules, boxes);
    // 1. ruled tables; their words leave the pool. A grid inside another is a nested table: inner grids are
    //    built first, then placed in the cell of the smallest grid around them.
    auto grids = find_grids(rules);
    shape_grids(grids, rules, pool);
    auto area = [&](size_t i) {
        return (grids[i].xs.back() - grids[i].xs.front()) * (grids[i].ys.back() - grids[i].ys.front());
    };
    auto inside = [&](size_t i, size_t j) {  // grid i within grid j
        return grids[i].xs.front() >= grids[j].xs.front() - 1 && grids[i].xs.back() <= grids[j].xs.back() + 1 &&
               grids[i].ys.front() >= grids[j].ys.front() - 1 && grids[i].ys.back() <= grids[j].ys.back() + 1;
    };
    std::vector<int> parent(grids.size(), -1);
    for (size_t i = 0; i < grids.size(); ++i)
        for (size_t j = 0; j < grids.size(); ++j)
            if (j != i && area(j) > area(i) && inside(i, j) && (parent[i] < 0 || area(j) < area(size_t(parent[i]))))
                parent[i] = int(j);
    std::vector<size_t> order(grids.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return area(a) < area(b); });
    std::vector<std::vector<FoundTable>> kids(grids.size());
    for (size_t i : order) {
        FoundTable ft = ruled_table(grids[i], pool, paint, page, kids[i]);
        for (auto& unplaced : kids[i]) out.tables.push_back(std::move(unplaced));
        bool keep = count_nonempty_cells(ft.table) > 0;
        if (!keep) continue;
        if (parent[i] >= 0) kids[size_t(parent[i])].push_back(std::move(ft));
        else out.tables.push_back(std::move(ft));
    }
    // 2. unruled tables among the remaining lines; the lines left over are the page's text
    auto lines = build_lines(std::move(pool));
    std::vector<char> used;
    // A ruled table above the first unruled one means the page does not open with a continuation.
    double first_ruled = 1e18;
    for (const auto& ft : out.tables) first_ruled = std::min(first_ruled, ft.table.bbox->y0);
    bool opens_page = !lines.empty() && lines.front().y0 < first_ruled;
    for (auto& ft : stream_tables(lines, rules, paint, page, used, opens_page ? carried_columns : std::vector<double>{}))
        out.tables.push_back(std::move(ft));
    for (size_t k = 0; k < lines.size(); ++k)
        if (!used[k]) out.other_lines.push_back(std::move(lines[k]));
    std::stable_sort(out.tables.begin(), out.tables.end(),
                     [](const FoundTable& a, const FoundTable& b) { return a.table.bbox->y0 < b.table.bbox->y0; });
    return out;
}

}  // namespace planport::pdf
