// tables.cpp — finds a page's tables: ruled ones first (ruled_tables.cpp), then unruled ones among the
// remaining lines (stream_tables.cpp). A grid drawn only by fills that lumps text columns together is
// no ruled table: its words go to stream detection.
#include "importers/pdf/tables.h"

#include <algorithm>

#include "importers/pdf/ruled_tables.h"
#include "importers/pdf/stream_tables.h"

namespace planport::pdf {

namespace {

// Grid a within grid b, and drawn only by fills (shaded cells, not a nested table of drawn rules). A shaded
// cell may reach a little below the last line of text that ended b.
bool grid_inside(const RuleGrid& a, const RuleGrid& b) {
    for (const auto* side : {&a.horizontal, &a.vertical})
        for (const auto& s : *side)
            if (!s.fill_edge) return false;
    return a.xs.front() >= b.xs.front() - 1 && a.xs.back() <= b.xs.back() + 1 && a.ys.front() >= b.ys.front() - 1 &&
           a.ys.back() <= b.ys.back() + 6;
}

}  // namespace

PageTables find_tables(const std::vector<TextBox>& boxes, const Rules& found_rules, const PaintMap& paint,
                       int page, const std::vector<double>& carried_columns) {
    PageTables out;
    std::vector<TextBox> pool = boxes;
    Rules rules = without_glyph_strokes(found_rules, boxes);
    // 1. ruled tables; their words leave the pool. A grid inside another is a nested table: inner grids are
    //    built first, then placed in the cell of the smallest grid around them.
    auto grids = find_grids(rules);
    for (auto& bar : header_bar_grids(rules, grids, pool)) grids.push_back(std::move(bar));
    //    A grid of shaded cells in some columns is drawn on over the rest of its table first.
    //    A grid of shaded cells in some columns, or a header bar, is drawn on over the rest of its table
    //    first; shaded cells inside what it then covers are its cells' fills, no grid of their own.
    for (auto& g : grids) widen_to_rows_beside(g, pool);
    join_stacked_grids(grids, pool);
    for (auto& g : grids) extend_down_over_rows(g, pool, rules.horizontal);
    std::vector<char> covered(grids.size(), 0);
    for (size_t i = 0; i < grids.size(); ++i)
        for (size_t j = 0; j < grids.size(); ++j)
            if (j != i && grids[j].widened && !grids[i].widened && grid_inside(grids[i], grids[j])) {
                covered[i] = 1;
                grids[j].ys.back() = std::max(grids[j].ys.back(), grids[i].ys.back());
                add_column_edges(grids[j], grids[i].xs, pool);
            }
    for (size_t i = grids.size(); i-- > 0;)
        if (covered[i]) grids.erase(grids.begin() + long(i));
    std::erase_if(grids, [&](const RuleGrid& g) { return !g.widened && fill_grid_misses_columns(g, pool); });
    for (auto& g : grids) {
        add_text_columns(g, pool);
        add_text_rows(g, pool);
    }
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
