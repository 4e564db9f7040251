// test_struck_text.cpp — struck-through words and characters leave the text layer (hand-painted rasters).
#include <doctest/doctest.h>

#include "importers/pdf/struck_text.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::paint;
using planport::testing::white_raster;
using planport::testing::word;

namespace {

constexpr uint32_t kRed = 0xFFC00000u, kBlack = 0xFF000000u;

// A word 12 points high whose characters are 5 points wide each, with their glyph edges.
pdf::TextBox glyph_word(const std::string& text, double x, double y) {
    auto w = word(text, x, y);
    for (size_t i = 0; i < text.size(); ++i) w.glyph_x1.push_back(x + 5.0 * double(i + 1));
    return w;
}

std::vector<std::string> texts(const std::vector<pdf::TextBox>& boxes) {
    std::vector<std::string> out;
    for (const auto& b : boxes) out.push_back(b.text);
    return out;
}

}  // namespace

TEST_CASE("a word struck through in colour goes; the next word stays") {
    auto raster = white_raster(200, 60);
    std::vector<pdf::TextBox> boxes = {word("Audit", 10, 10), word("in", 40, 10), word("hand", 55, 10)};
    paint(raster, 40, 15, 53, 16, kRed);  // through the middle of "in" and on over the space after it
    auto kept = pdf::drop_struck_text(boxes, raster);
    CHECK(texts(kept) == std::vector<std::string>{"Audit", "hand"});
}

TEST_CASE("struck characters at the start of a word go, the rest stays a word of its own") {
    auto raster = white_raster(200, 60);
    std::vector<pdf::TextBox> boxes = {glyph_word("progresscompleted", 10, 10), glyph_word("iswas", 120, 10)};
    paint(raster, 10, 15, 50, 16, kRed);    // "progress" (10..50)
    paint(raster, 120, 16, 132, 17, kRed);  // "is" (120..130) and a little past it
    auto kept = pdf::drop_struck_text(boxes, raster);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].text == "completed");
    CHECK(kept[0].x0 == doctest::Approx(50));
    CHECK(kept[0].x1 == doctest::Approx(95));
    CHECK(kept[0].glyph_x1.size() == 9);
    CHECK(kept[1].text == "was");
    CHECK(kept[1].x0 == doctest::Approx(130));
}

TEST_CASE("an underline, a black line, a rule across the text and two letters' bars strike nothing") {
    auto raster = white_raster(300, 60);
    std::vector<pdf::TextBox> boxes = {glyph_word("inserted", 10, 10), glyph_word("plain", 60, 10),
                                       glyph_word("cell", 100, 10), glyph_word("total", 150, 10)};
    paint(raster, 10, 20, 50, 21, kRed);     // underline at the baseline (83% down), not through the middle
    paint(raster, 60, 15, 85, 16, kBlack);   // black: may be the bars of letters that touch
    paint(raster, 90, 16, 140, 17, kRed);    // a rule running on well past the word on both sides
    paint(raster, 160, 15, 170, 16, kRed);   // over "ta" only, ending inside them
    auto kept = pdf::drop_struck_text(boxes, raster);
    CHECK(texts(kept) == std::vector<std::string>{"inserted", "plain", "cell", "total"});
}
