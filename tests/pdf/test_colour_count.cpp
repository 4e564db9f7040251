// test_colour_count.cpp — ColourCount: the most frequent colour, however many colours there are.
#include <doctest/doctest.h>

#include "importers/pdf/colour_count.h"

using planport::pdf::ColourCount;

TEST_CASE("ColourCount: the most frequent colour and its count; nothing added gives {0, 0}") {
    ColourCount none;
    CHECK(none.most() == std::pair<uint32_t, long>{0, 0});
    ColourCount c;
    for (int i = 0; i < 5; ++i) c.add(0xFF00FF00u);
    for (int i = 0; i < 7; ++i) c.add(0xFFFF0000u);
    c.add(0xFF00FF00u);
    CHECK(c.most() == std::pair<uint32_t, long>{0xFFFF0000u, 7});
}

TEST_CASE("ColourCount: equal counts go to the lowest colour, whatever the order they came in") {
    ColourCount a, b;
    a.add(0xFF000002u), a.add(0xFF000001u);
    b.add(0xFF000001u), b.add(0xFF000002u);
    CHECK(a.most().first == 0xFF000001u);
    CHECK(b.most().first == 0xFF000001u);
}

TEST_CASE("ColourCount: past the short list (a photograph) colours are still counted") {
    ColourCount c;
    for (uint32_t colour = 0; colour < 100; ++colour) c.add(colour);  // 100 colours once each
    for (int i = 0; i < 3; ++i) c.add(90);                            // one far down the list, 4 times
    CHECK(c.most() == std::pair<uint32_t, long>{90, 4});
}
