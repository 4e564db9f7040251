// test_vector_paint.cpp — rules, fills, strikes and bullets from hand-built vector paint (no PDF needed).
#include <doctest/doctest.h>

#include <cmath>

#include "importers/pdf/drawn_bullets.h"
#include "importers/pdf/paint_map.h"
#include "importers/pdf/raster_fallback.h"
#include "importers/pdf/struck_text.h"
#include "importers/pdf/vector_rules.h"
#include "importers/pdf/visible_paint.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::word;
using Kind = pdf::PaintShape::Kind;

namespace {

pdf::PaintShape rect(double x0, double y0, double x1, double y1, uint32_t rgb) {
    pdf::PaintShape s;
    s.kind = Kind::Rect;
    s.x0 = x0, s.y0 = y0, s.x1 = x1, s.y1 = y1, s.rgb = rgb;
    return s;
}

pdf::PaintShape line(double x0, double y0, double x1, double y1, uint32_t rgb, double width = 1) {
    pdf::PaintShape s = rect(x0, y0, x1, y1, rgb);
    s.kind = Kind::Line;
    s.width = width;
    return s;
}

bool has_horizontal(const pdf::Rules& r, double y, double x0, double x1) {
    for (const auto& s : r.horizontal)
        if (std::abs(s.y0 - y) <= 0.5 && std::abs(s.x0 - x0) <= 0.5 && std::abs(s.x1 - x1) <= 0.5) return true;
    return false;
}

bool has_vertical(const pdf::Rules& r, double x, double y0, double y1) {
    for (const auto& s : r.vertical)
        if (std::abs(s.x0 - x) <= 0.5 && std::abs(s.y0 - y0) <= 0.5 && std::abs(s.y1 - y1) <= 0.5) return true;
    return false;
}

std::vector<std::string> texts(const std::vector<pdf::TextBox>& boxes) {
    std::vector<std::string> out;
    for (const auto& b : boxes) out.push_back(b.text);
    return out;
}

}  // namespace

TEST_CASE("thin filled rectangles and strokes along an axis are rules at their middle, joined end to end") {
    std::vector<pdf::PaintShape> shapes = {
        rect(10, 20, 100, 20.5, 0x000000), rect(100, 20, 190, 20.5, 0x000000),  // one rule drawn in two halves
        line(10, 50, 190, 50, 0x808080, 0.5),                                     // a LibreOffice stroke
        line(10, 20, 10, 80, 0x000000),                                           // a vertical stroke
        rect(30, 60, 35, 60.5, 0x000000),                                         // too short
        line(40, 70, 140, 75, 0x000000),                                          // diagonal: no rule
    };
    auto rules = pdf::vector_rules(pdf::visible_paint(shapes));
    CHECK(has_horizontal(rules, 20.25, 10, 190));
    CHECK(has_horizontal(rules, 50, 10, 190));
    CHECK(has_vertical(rules, 10, 20, 80));
    CHECK(rules.horizontal.size() == 2);
    CHECK(rules.vertical.size() == 1);
    CHECK(rules.fills.empty());
}

TEST_CASE("a filled block is a fill of its exact colour whose edges are rules; white paint covers what is under it") {
    std::vector<pdf::PaintShape> shapes = {
        rect(40, 10, 90, 50, 0xC0504D),
        rect(40, 10, 90, 30, 0xFFFFFF),  // white over the top half: only the bottom half shows
    };
    auto rules = pdf::vector_rules(pdf::visible_paint(shapes));
    REQUIRE(rules.fills.size() == 1);
    CHECK(rules.fills[0].colour == "#C0504D");
    CHECK(rules.fills[0].y0 == doctest::Approx(30));
    CHECK(rules.fills[0].y1 == doctest::Approx(50));
    CHECK(has_horizontal(rules, 30, 40, 90));
    CHECK(has_horizontal(rules, 50, 40, 90));
    CHECK(has_vertical(rules, 40, 30, 50));
    for (const auto& h : rules.horizontal) CHECK(h.fill_edge);
}

TEST_CASE("a black box with a white one inside is a frame of four rules, not a fill") {
    std::vector<pdf::PaintShape> shapes = {rect(10, 10, 110, 60, 0x000000), rect(11, 11, 109, 59, 0xFFFFFF)};
    auto rules = pdf::vector_rules(pdf::visible_paint(shapes));
    CHECK(rules.fills.empty());
    CHECK(has_horizontal(rules, 10.5, 10, 110));
    CHECK(has_horizontal(rules, 59.5, 10, 110));
    CHECK(has_vertical(rules, 10.5, 11, 59));
    CHECK(has_vertical(rules, 109.5, 11, 59));
}

TEST_CASE("half-transparent paint shows as its colour on white; dotted lines and paper-white paint are no rules") {
    auto faint = rect(10, 10, 60, 40, 0x0000FF);
    faint.opacity = 0.5;
    auto dotted = line(10, 80, 190, 80, 0x000000);
    dotted.dash = 2;
    auto rules = pdf::vector_rules(pdf::visible_paint({faint, dotted, rect(10, 90, 190, 91, 0xF5F5F5)}));
    REQUIRE(rules.fills.size() == 1);
    CHECK(rules.fills[0].colour == "#8080FF");
    CHECK(rules.horizontal.size() == 2);  // the fill's edges only
}

TEST_CASE("areas of one colour touching at a corner, or of two colours side by side, are separate fills") {
    auto rules = pdf::vector_rules(pdf::visible_paint({rect(10, 10, 30, 30, 0x00B050), rect(30, 30, 50, 50, 0x00B050),
                                                       rect(60, 10, 80, 30, 0x00B050), rect(80, 10, 100, 30, 0xFFC000)}));
    CHECK(rules.fills.size() == 4);
    auto joined = pdf::vector_rules(pdf::visible_paint({rect(10, 10, 30, 30, 0x00B050), rect(30, 10, 50, 30, 0x00B050)}));
    REQUIRE(joined.fills.size() == 1);
    CHECK(joined.fills[0].x1 == doctest::Approx(50));
}

TEST_CASE("the paint map of the pieces gives a cell's shading, later paint on top") {
    auto pieces = pdf::visible_paint({rect(0, 0, 100, 40, 0x92D050), rect(0, 20, 100, 40, 0xFFC000)});
    auto map = pdf::paint_map(pieces, 200, 100);
    CHECK(pdf::dominant_fill(map, 0, 0, 100, 20) == "#92D050");
    CHECK(pdf::dominant_fill(map, 0, 20, 100, 40) == "#FFC000");
    CHECK(pdf::dominant_fill(map, 0, 50, 100, 90) == "");
    CHECK(pdf::dominant_fill(pdf::paint_map({}, 200, 100), 0, 0, 100, 20) == "");
}

TEST_CASE("a line through the middle of words strikes them, black or in colour; an underline strikes nothing") {
    std::vector<pdf::TextBox> boxes = {word("deleted", 10, 10), word("kept", 50, 10), word("under", 10, 40),
                                       word("lined", 40, 40)};
    std::vector<pdf::PaintShape> shapes = {
        line(10, 15.5, 45, 15.5, 0x000000, 0.6),  // 46% of the word's height: a strike
        line(10, 50.5, 65, 50.5, 0xC00000, 0.6),  // near the baseline: an underline
    };
    auto out = pdf::drop_struck_text(boxes, pdf::visible_paint(shapes));
    CHECK(texts(out) == std::vector<std::string>{"kept", "under", "lined"});
}

TEST_CASE("a rule running on past the text to a border strikes nothing") {
    std::vector<pdf::TextBox> boxes = {word("Total", 100, 10)};
    auto out = pdf::drop_struck_text(boxes, pdf::visible_paint({line(0, 15.5, 300, 15.5, 0x000000)}));
    CHECK(texts(out) == std::vector<std::string>{"Total"});
}

TEST_CASE("a small dark dot left of a word is a drawn bullet; a coloured dot is none") {
    std::vector<pdf::TextBox> boxes = {word("Review", 30, 10), word("Green", 30, 40)};
    auto dot = rect(20, 14, 24, 18, 0x000000);
    dot.kind = Kind::Area;
    auto status = rect(20, 44, 24, 48, 0x00B050);
    status.kind = Kind::Area;
    auto out = pdf::add_drawn_bullets(boxes, pdf::visible_paint({dot, status}));
    REQUIRE(out.size() == 3);
    CHECK(out[2].text == "\u2022");
    CHECK(out[2].y0 == doctest::Approx(10));
}

TEST_CASE("a page is read from a rendering only when a large image lies under its words") {
    pdf::PageContent page;
    page.width = 600, page.height = 800;
    page.boxes = {word("Scanned", 100, 100)};
    auto image = rect(0, 0, 600, 800, 0);
    image.kind = Kind::Image;
    auto logo = rect(500, 20, 580, 60, 0);
    logo.kind = Kind::Image;
    page.shapes = {logo};
    CHECK_FALSE(pdf::needs_raster(page));
    page.shapes.push_back(image);
    CHECK(pdf::needs_raster(page));
    page.boxes = {word("Caption", 100, 900)};  // below the picture
    CHECK_FALSE(pdf::needs_raster(page));
}

TEST_CASE("pale zebra stripes are fills; a line as pale is no rule") {
    auto rules = pdf::vector_rules(pdf::visible_paint({rect(10, 10, 300, 30, 0xEEF3F7), line(10, 80, 300, 80, 0xEEF3F7)}));
    REQUIRE(rules.fills.size() == 1);
    CHECK(rules.fills[0].colour == "#EEF3F7");
    CHECK(rules.horizontal.size() == 2);  // the stripe's edges only
}

TEST_CASE("stripes joined through a shaded merged cell are strips, and their sides no column edges") {
    // row 1 shaded, its middle cell merged down over the white row 2; row 3 shaded
    auto rules = pdf::vector_rules(pdf::visible_paint({rect(10, 10, 100, 30, 0xF2F2F2), rect(100, 10, 200, 50, 0xF2F2F2),
                                                       rect(200, 10, 300, 30, 0xF2F2F2), rect(10, 50, 100, 70, 0xF2F2F2),
                                                       rect(100, 50, 200, 70, 0xF2F2F2), rect(200, 50, 300, 70, 0xF2F2F2)}));
    REQUIRE(rules.fills.size() == 4);  // row 1's two cells, the merged cell, row 3 (one strip)
    CHECK(rules.vertical.empty());
    bool row3 = false;
    for (const auto& f : rules.fills) row3 = row3 || (f.y0 == 50 && f.x0 == 10 && f.x1 == 300);
    CHECK(row3);
}
