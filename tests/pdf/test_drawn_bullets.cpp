// test_drawn_bullets.cpp — list bullets drawn as dots become "•" words (hand-painted rasters).
#include <doctest/doctest.h>

#include "importers/pdf/drawn_bullets.h"
#include "importers/pdf/paragraphs.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::paint;
using planport::testing::white_raster;
using planport::testing::word;

TEST_CASE("a dark dot left of a word is a bullet; the line becomes a list item") {
    auto raster = white_raster(200, 80);
    paint(raster, 42, 14, 46, 18, 0xFF1A1A1Au);  // 4 × 4 points, 4 points left of "hotel", level with its middle
    std::vector<pdf::TextBox> boxes = {word("hotel", 50, 10), word("staff", 80, 10)};
    auto out = pdf::add_drawn_bullets(boxes, raster);
    REQUIRE(out.size() == 3);
    CHECK(out[2].text == "\u2022");
    CHECK(out[2].x0 == doctest::Approx(42));
    CHECK(out[2].x1 == doctest::Approx(46));
    auto paras = pdf::build_paragraphs(pdf::build_lines(out), {});
    REQUIRE(paras.size() == 1);
    CHECK(paras[0].list_label == "\u2022");
    CHECK(paras[0].text == "hotel staff");
}

TEST_CASE("a coloured dot, a large square, a dot under a word and a dot beside nothing are no bullets") {
    auto raster = white_raster(300, 100);
    std::vector<pdf::TextBox> boxes = {word("Green", 50, 10), word("Chart", 50, 40), word("x-ray", 150, 10)};
    paint(raster, 42, 14, 46, 18, 0xFF00B050u);    // a RAG dot beside "Green"
    paint(raster, 36, 40, 46, 50, 0xFF000000u);    // a 10-point square beside "Chart"
    paint(raster, 160, 15, 163, 18, 0xFF000000u);  // under "x-ray" (a glyph's own ink)
    paint(raster, 100, 70, 104, 74, 0xFF000000u);  // a dot beside no word
    auto out = pdf::add_drawn_bullets(boxes, raster);
    CHECK(out.size() == 3);
}
