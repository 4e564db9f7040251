// test_lines.cpp — words → lines → chunks on hand-built boxes.
#include <doctest/doctest.h>

#include "importers/pdf/lines.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::word;

TEST_CASE("words on slightly different baselines form one line, lines come top to bottom") {
    auto lines = pdf::build_lines({word("second", 10, 40), word("line", 45, 40.5), word("First", 10, 20),
                                   word("line", 40, 21)});
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text() == "First line");
    CHECK(lines[1].text() == "second line");
}

TEST_CASE("a word half overlapping two lines does not merge them") {
    auto lines = pdf::build_lines({word("top", 10, 20), word("bottom", 10, 33), word("middle", 100, 27)});
    CHECK(lines.size() >= 2);
    for (const auto& l : lines) CHECK(l.text().find("top bottom") == std::string::npos);
}

TEST_CASE("words join with a space at a gap and without one where pieces of a word touch") {
    auto a = word("Fu", 10, 10), b = word("el", 20.5, 10), c = word("Savings", 40, 10);
    CHECK(pdf::join_words({a, b, c}) == "Fuel Savings");
    a.space_after = true;
    CHECK(pdf::join_words({a, b}) == "Fu el");
}

TEST_CASE("whitespace-only and empty-extent boxes are dropped") {
    auto blank = word(" ", 10, 10);
    auto flat = word("x", 10, 10);
    flat.y1 = flat.y0;
    CHECK(pdf::build_lines({blank, flat}).empty());
    CHECK(pdf::build_lines({}).empty());
}

TEST_CASE("a line splits into chunks at gaps wider than an em") {
    auto lines = pdf::build_lines({word("Train", 10, 10), word("staff", 40, 10), word("Green", 200, 10)});
    REQUIRE(lines.size() == 1);
    auto chunks = pdf::split_chunks(lines[0]);
    REQUIRE(chunks.size() == 2);
    CHECK(chunks[0].text() == "Train staff");
    CHECK(chunks[1].text() == "Green");
    CHECK(chunks[1].x0 == doctest::Approx(200));
}

TEST_CASE("words printed up the page make a line of their own in reading order") {
    auto up = [](const std::string& text, double y0, double y1) {
        auto b = word(text, 100, y0);
        b.x1 = 108;
        b.y1 = y1;
        b.rotation = 3;
        b.space_after = true;
        return b;
    };
    auto lines = pdf::build_lines({up("Schuette", 202, 236), up("Bill", 238, 251), word("Total", 10, 240)});
    REQUIRE(lines.size() == 2);
    bool found = false;
    for (const auto& l : lines) found = found || l.text() == "Bill Schuette";
    CHECK(found);
}
