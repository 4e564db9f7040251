// test_rotation.cpp — pages whose text runs down or up are turned to read left to right.
#include <doctest/doctest.h>

#include "importers/pdf/rotation.h"
#include "tests/pdf/boxes.h"

using namespace planport;

namespace {

// A word running down the page (rotation 1) or up it (rotation 3) at x, covering [y0, y1].
pdf::TextBox sideways(const std::string& text, double x, double y0, double y1, int rotation) {
    pdf::TextBox b;
    b.text = text;
    b.x0 = x, b.x1 = x + 10, b.y0 = y0, b.y1 = y1;
    b.rotation = rotation;
    return b;
}

}  // namespace

TEST_CASE("text running down the page is turned a quarter turn back") {
    pdf::PageContent page;
    page.width = 200, page.height = 300;
    page.boxes = {sideways("First", 180, 20, 60, 1), sideways("Second", 160, 20, 70, 1)};
    page.raster = testing::white_raster(200, 300);
    testing::paint(page.raster, 150, 100, 151, 101, 0xFFFF0000u);  // one red pixel
    CHECK(pdf::turn_upright(page) == 1);
    CHECK(page.width == 300);
    CHECK(page.height == 200);
    // The first line (rightmost) is now the top line, reading left to right.
    CHECK(page.boxes[0].x0 == doctest::Approx(20));
    CHECK(page.boxes[0].x1 == doctest::Approx(60));
    CHECK(page.boxes[0].y0 < page.boxes[1].y0);
    CHECK(page.boxes[0].rotation == 0);
    REQUIRE(page.raster.width == 300);
    REQUIRE(page.raster.height == 200);
    // (150, 100) → (100, 200 - 1 - 150)
    CHECK(page.raster.at(100, 49) == 0xFFFF0000u);
}

TEST_CASE("text running up the page is turned the other way") {
    pdf::PageContent page;
    page.width = 200, page.height = 300;
    page.boxes = {sideways("First", 10, 200, 260, 3), sideways("Second", 30, 200, 280, 3)};
    CHECK(pdf::turn_upright(page) == 3);
    CHECK(page.boxes[0].x0 == doctest::Approx(40));   // 300 - 260
    CHECK(page.boxes[0].y0 == doctest::Approx(10));
    CHECK(page.boxes[0].y0 < page.boxes[1].y0);
}

TEST_CASE("a page of horizontal text is left alone") {
    pdf::PageContent page;
    page.width = 200, page.height = 300;
    page.boxes = {testing::word("Upright", 10, 10), sideways("x", 100, 100, 110, 1)};
    CHECK(pdf::turn_upright(page) == 0);
    CHECK(page.width == 200);
    CHECK(page.boxes[0].x0 == doctest::Approx(10));
}
