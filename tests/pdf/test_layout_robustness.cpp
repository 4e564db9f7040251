// test_layout_robustness.cpp — random words, rules and rasters through the layout: nothing crashes and
// no letter is lost or duplicated (fixed seeds, so every run checks the same inputs).
#include <doctest/doctest.h>

#include <random>

#include "importers/pdf/paragraphs.h"
#include "importers/pdf/tables.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::word;

namespace {

size_t letters(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += std::isalpha(c) ? 1 : 0;
    return n;
}

size_t letters_in(const pdf::PageTables& found) {
    size_t n = 0;
    for (const auto& ft : found.tables)
        for (const auto& row : ft.table.rows)
            for (const auto& cell : row.cells) n += letters(cell.text());
    for (const auto& p : pdf::build_paragraphs(found.other_lines, {10, 1})) n += letters(p.text);
    return n;
}

}  // namespace

TEST_CASE("random pages keep every letter exactly once") {
    for (unsigned seed = 1; seed <= 60; ++seed) {
        std::mt19937 rng(seed);
        auto uniform = [&](double a, double b) { return a + (b - a) * double(rng() % 10000) / 10000.0; };
        std::vector<pdf::TextBox> boxes;
        size_t expected = 0;
        int n = int(rng() % 120);
        for (int i = 0; i < n; ++i) {
            std::string text(1 + rng() % 9, 'a');
            for (auto& c : text) c = char('a' + rng() % 26);
            if (text == "o") text = "x";  // a lone "o" at a line start is a bullet, by design
            auto b = word(text, uniform(0, 500), uniform(0, 700), uniform(4, 20), rng() % 5 == 0);
            if (rng() % 4 == 0) {  // glyph edges, so that words can be cut at column edges
                for (size_t k = 0; k < text.size(); ++k)
                    b.glyph_x1.push_back(b.x0 + (b.x1 - b.x0) * double(k + 1) / double(text.size()));
            }
            expected += letters(text);
            boxes.push_back(b);
        }
        pdf::Rules rules;
        int nr = int(rng() % 12);
        for (int i = 0; i < nr; ++i) {
            double a = uniform(0, 500), b = uniform(0, 700), len = uniform(0, 400);
            if (rng() % 2) rules.horizontal.push_back({a, b, a + len, b});
            else rules.vertical.push_back({a, b, a, b + len});
        }
        auto raster = testing::white_raster(100, 140);
        raster.scale = 0.2;
        for (int i = 0; i < 5; ++i) {
            int x = int(rng() % 90), y = int(rng() % 130);
            testing::paint(raster, x, y, x + 1 + int(rng() % 10), y + 1 + int(rng() % 10), 0xFF000000u | rng());
        }
        auto found = pdf::find_tables(boxes, rules, pdf::pack_paint(raster), 1);
        CAPTURE(seed);
        CHECK(letters_in(found) == expected);
        (void)pdf::find_rules(raster);
    }
}

TEST_CASE("a regular grid of words and rules keeps every letter") {
    pdf::Rules rules;
    std::vector<pdf::TextBox> boxes;
    size_t expected = 0;
    for (int r = 0; r <= 6; ++r) rules.horizontal.push_back({10, 10.0 + 20 * r, 410, 10.0 + 20 * r});
    for (int c = 0; c <= 4; ++c) rules.vertical.push_back({10.0 + 100 * c, 10, 10.0 + 100 * c, 130});
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 4; ++c) {
            boxes.push_back(word("cell", 15.0 + 100 * c, 14.0 + 20 * r));
            expected += 4;
        }
    auto found = pdf::find_tables(boxes, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK(found.tables[0].table.rows.size() == 6);
    CHECK(letters_in(found) == expected);
}
