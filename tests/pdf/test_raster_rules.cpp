// test_raster_rules.cpp — rules and fills found in hand-painted rasters.
#include <doctest/doctest.h>

#include <cmath>

#include "importers/pdf/raster_rules.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::paint;
using planport::testing::white_raster;

namespace {
constexpr uint32_t kBlack = 0xFF000000u, kRed = 0xFFFF0000u, kGrey = 0xFF808080u;

bool has_horizontal(const pdf::Rules& r, double y, double x0, double x1) {
    for (const auto& s : r.horizontal)
        if (std::abs(s.y0 - y) <= 1 && s.x0 <= x0 + 3 && s.x1 >= x1 - 3) return true;
    return false;
}
bool has_vertical(const pdf::Rules& r, double x, double y0, double y1) {
    for (const auto& s : r.vertical)
        if (std::abs(s.x0 - x) <= 1 && s.y0 <= y0 + 3 && s.y1 >= y1 - 3) return true;
    return false;
}
}  // namespace

TEST_CASE("a drawn grid gives its horizontal and vertical rules in points") {
    auto r = white_raster(200, 100);
    paint(r, 10, 20, 190, 21, kBlack);   // top
    paint(r, 10, 50, 190, 51, kGrey);    // middle, grey
    paint(r, 10, 80, 190, 82, kBlack);   // bottom, two pixels thick
    paint(r, 10, 20, 11, 82, kBlack);    // left
    paint(r, 100, 20, 101, 82, kBlack);  // inner
    paint(r, 189, 20, 190, 82, kBlack);  // right
    auto rules = pdf::find_rules(r);
    CHECK(has_horizontal(rules, 20.5, 10, 190));
    CHECK(has_horizontal(rules, 50.5, 10, 190));
    CHECK(has_horizontal(rules, 81, 10, 190));
    CHECK(has_vertical(rules, 10.5, 20, 82));
    CHECK(has_vertical(rules, 100.5, 20, 82));
    CHECK(has_vertical(rules, 189.5, 20, 82));
    CHECK(rules.horizontal.size() == 3);
    CHECK(rules.vertical.size() == 3);
}

TEST_CASE("the raster's scale turns pixels into points") {
    auto r = white_raster(400, 200);
    r.scale = 2;
    paint(r, 20, 40, 380, 41, kBlack);
    auto rules = pdf::find_rules(r);
    REQUIRE(rules.horizontal.size() == 1);
    CHECK(rules.horizontal[0].y0 == doctest::Approx(20.25));
    CHECK(rules.horizontal[0].x0 == doctest::Approx(10));
    CHECK(rules.horizontal[0].x1 == doctest::Approx(190));
}

TEST_CASE("glyph-sized strokes and solid blocks are not rules") {
    auto r = white_raster(100, 60);
    paint(r, 10, 10, 11, 16, kBlack);  // a letter's stem, 6 px
    paint(r, 20, 10, 25, 11, kBlack);  // a short bar
    paint(r, 40, 10, 90, 50, kGrey);   // a filled block: a fill, not a rule
    auto rules = pdf::find_rules(r);
    for (const auto& s : rules.horizontal) CHECK(s.y0 >= 10);  // only the block's edges
    for (const auto& s : rules.horizontal) CHECK(s.x0 >= 39);
    for (const auto& s : rules.vertical) CHECK(s.x0 >= 39);
    REQUIRE(rules.fills.size() == 1);
    CHECK(rules.fills[0].colour == "#808080");
    CHECK(rules.fills[0].x0 == doctest::Approx(40));
    CHECK(rules.fills[0].y1 == doctest::Approx(50));
}

TEST_CASE("a filled cell with text holes is one fill of its colour") {
    auto r = white_raster(120, 60);
    paint(r, 10, 10, 110, 40, kRed);
    for (int x = 20; x < 90; x += 4) paint(r, x, 20, x + 2, 30, kBlack);  // "text"
    auto rules = pdf::find_rules(r);
    bool red = false;
    for (const auto& f : rules.fills) red = red || f.colour == "#FF0000";
    CHECK(red);
    CHECK(pdf::dominant_fill(pdf::pack_paint(r), 10, 10, 110, 40) == "#FF0000");
}

TEST_CASE("dominant fill ignores text on white and an empty raster") {
    auto r = white_raster(120, 60);
    for (int x = 20; x < 90; x += 4) paint(r, x, 20, x + 2, 30, kBlack);
    CHECK(pdf::dominant_fill(pdf::pack_paint(r), 10, 10, 110, 40) == "");
    CHECK(pdf::dominant_fill(pdf::PaintMap{}, 0, 0, 10, 10) == "");
    CHECK(pdf::find_rules(pdf::Raster{}).horizontal.empty());
}

TEST_CASE("hex colour of a pixel") {
    CHECK(pdf::hex_colour(0xFF00B050u) == "#00B050");
    CHECK(pdf::hex_colour(0x00FFC000u) == "#FFC000");
}

TEST_CASE("a shaded paragraph inside a ruled cell adds no rules; a shaded cell's edges are rules") {
    auto ruled_cell = [] {  // one cell, ruled in black: x 10..190, y 10..91
        auto c = white_raster(200, 100);
        paint(c, 10, 10, 190, 11, kBlack);
        paint(c, 10, 90, 190, 91, kBlack);
        paint(c, 10, 10, 11, 91, kBlack);
        paint(c, 189, 10, 190, 91, kBlack);
        return c;
    };
    auto r = ruled_cell();
    paint(r, 20, 30, 150, 50, kGrey);  // inset: room all around
    auto rules = pdf::find_rules(r);
    CHECK(rules.horizontal.size() == 2);
    CHECK(rules.vertical.size() == 2);
    REQUIRE(rules.fills.size() == 1);  // still reported as a fill

    auto s = ruled_cell();
    paint(s, 11, 11, 189, 50, kGrey);  // a shaded band from border to border: its lower edge parts the cell
    auto banded = pdf::find_rules(s);
    CHECK(has_horizontal(banded, 50, 11, 189));
}

TEST_CASE("a fill is one area however its rows join: a U joined only at its foot, found in raster order") {
    auto r = white_raster(120, 80);
    // A U of one colour: two arms that meet only on the rows at the bottom. Row by row, its first rows hold
    // two separate runs that join later; it must still be one fill with the bounding box of the whole U.
    paint(r, 10, 10, 30, 60, kRed);
    paint(r, 60, 10, 80, 60, kRed);
    paint(r, 10, 60, 80, 70, kRed);
    // A grey block that starts higher up: its first pixel comes first in raster order.
    paint(r, 90, 5, 115, 30, kGrey);
    auto rules = pdf::find_rules(r);
    REQUIRE(rules.fills.size() == 2);
    CHECK(rules.fills[0].colour == "#808080");
    CHECK(rules.fills[1].colour == "#FF0000");
    CHECK(rules.fills[1].x0 == doctest::Approx(10));
    CHECK(rules.fills[1].x1 == doctest::Approx(80));
    CHECK(rules.fills[1].y0 == doctest::Approx(10));
    CHECK(rules.fills[1].y1 == doctest::Approx(70));
}

TEST_CASE("areas touching only at a corner, or of two colours side by side, are separate fills") {
    auto r = white_raster(120, 80);
    paint(r, 10, 10, 40, 40, kRed);
    paint(r, 40, 40, 70, 70, kRed);   // touches the first only diagonally (4-connected areas)
    paint(r, 80, 10, 95, 40, kGrey);
    paint(r, 95, 10, 110, 40, kRed);  // red against grey on the same rows
    auto rules = pdf::find_rules(r);
    REQUIRE(rules.fills.size() == 4);
    for (const auto& f : rules.fills) CHECK(f.x1 - f.x0 <= 30);
}

TEST_CASE("a sparse area of one colour (text, a hatching) is no fill, and its strokes can still be rules") {
    auto r = white_raster(200, 60);
    for (int y = 10; y < 50; y += 10) paint(r, 10, y, 190, y + 1, kGrey);  // four rules joined by a frame
    paint(r, 10, 10, 11, 41, kGrey);
    auto rules = pdf::find_rules(r);
    CHECK(rules.fills.empty());
    CHECK(has_horizontal(rules, 20.5, 10, 190));
    CHECK(has_horizontal(rules, 40.5, 10, 190));
}
