// test_paint_map.cpp — a page's paint as runs, packed and looked up (paint_map.h).
#include <doctest/doctest.h>

#include "importers/pdf/paint_map.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::paint;
using planport::testing::white_raster;

namespace {
constexpr uint32_t kBlack = 0xFF000000u, kRed = 0xFFFF0000u, kGreen = 0xFF00AA00u;
}

TEST_CASE("paint runs: one per stretch of one colour, white left out, row by row") {
    auto r = white_raster(20, 4);
    paint(r, 2, 1, 5, 2, kBlack);   // row 1: x 2..4 black
    paint(r, 5, 1, 9, 2, kRed);     // then x 5..8 red, touching
    paint(r, 12, 1, 13, 2, kBlack); // a gap, then one black pixel
    paint(r, 0, 3, 20, 4, kGreen);  // row 3: the whole row green
    r.pixels[size_t(0) * 20 + 7] = 0xFFF0F0F0u;  // row 0: near white, which is paper too
    auto runs = pdf::paint_runs(r);
    std::vector<pdf::PaintRun> expected{
        {1, 2, 5, kBlack}, {1, 5, 9, kRed}, {1, 12, 13, kBlack}, {3, 0, 20, kGreen}};
    CHECK(runs == expected);
}

TEST_CASE("paint runs: a run ending on the row's last pixel, and rows of many short runs") {
    auto r = white_raster(17, 2);
    paint(r, 16, 0, 17, 1, kRed);                                    // the last pixel alone
    for (int x = 0; x < 17; x += 2) paint(r, x, 1, x + 1, 2, kBlack);  // every other pixel
    auto runs = pdf::paint_runs(r);
    REQUIRE(runs.size() == 1 + 9);
    CHECK(runs[0] == pdf::PaintRun{0, 16, 17, kRed});
    CHECK(runs[1] == pdf::PaintRun{1, 0, 1, kBlack});
    CHECK(runs[9] == pdf::PaintRun{1, 16, 17, kBlack});
}

TEST_CASE("a packed paint map gives its runs back, size and scale kept") {
    auto r = white_raster(300, 50);
    r.scale = 1.5;
    paint(r, 0, 0, 300, 3, kBlack);
    paint(r, 200, 10, 299, 40, kGreen);  // long runs: their lengths need two varint bytes
    for (int x = 5; x < 150; x += 7) paint(r, x, 20, x + 3, 30, kRed);
    auto runs = pdf::paint_runs(r);
    auto map = pdf::pack_paint(r, runs);
    CHECK(map.width == 300);
    CHECK(map.height == 50);
    CHECK(map.scale == 1.5);
    CHECK(map.palette.size() == 3);
    CHECK(pdf::unpack_paint(map) == runs);
    CHECK(pdf::unpack_paint(pdf::pack_paint(pdf::Raster{})).empty());
}

TEST_CASE("dominant fill counts the runs inside the rectangle only") {
    // 100 x 40 pixels at scale 1. The cell is x 10..60, y 10..30 in points; less 2 pixels each side for its
    // borders, that is 46 x 16 pixels, 736 in all.
    auto r = white_raster(100, 40);
    paint(r, 0, 12, 100, 28, kRed);   // a red band right across: 46 x 16 inside the cell, all of it
    CHECK(pdf::dominant_fill(pdf::pack_paint(r), 10, 10, 60, 30) == "#FF0000");

    auto s = white_raster(100, 40);
    paint(s, 0, 12, 27, 28, kRed);    // only x 12..26 inside: 15 of 46 columns, under a third
    CHECK(pdf::dominant_fill(pdf::pack_paint(s), 10, 10, 60, 30) == "");
    paint(s, 27, 12, 28, 28, kRed);   // x 12..27: 16 of 46 columns, over a third
    CHECK(pdf::dominant_fill(pdf::pack_paint(s), 10, 10, 60, 30) == "#FF0000");

    auto t = white_raster(100, 40);
    paint(t, 12, 12, 58, 28, kGreen);  // the cell green
    CHECK(pdf::dominant_fill(pdf::pack_paint(t), 10, 10, 60, 30) == "#00AA00");
    // Under black bars 2 pixels of every 3 (14 bars x 2 x 16 rows = 448 of 736 pixels), black is the most.
    for (int x = 14; x < 56; x += 3) paint(t, x, 12, x + 2, 28, kBlack);
    CHECK(pdf::dominant_fill(pdf::pack_paint(t), 10, 10, 60, 30) == "#000000");
}
