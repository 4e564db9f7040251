// test_paragraphs.cpp — lines → paragraphs: gaps, bullets, numbered items, headings.
#include <doctest/doctest.h>

#include "importers/pdf/paragraphs.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::word;

namespace {
std::vector<pdf::Line> lines_of(std::vector<pdf::TextBox> boxes) { return pdf::build_lines(std::move(boxes)); }
}  // namespace

TEST_CASE("wrapped lines join into one paragraph; a vertical gap starts another") {
    auto lines = lines_of({word("The", 10, 10), word("board", 30, 10), word("agreed", 10, 22), word("Next", 10, 50)});
    auto ps = pdf::build_paragraphs(lines, {0, 2});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "The board agreed");
    CHECK(ps[1].text == "Next");
    CHECK(ps[0].page == 2);
    CHECK(ps[0].font_size == doctest::Approx(10));
}

TEST_CASE("a bullet glyph starts a list item whose label is the bullet") {
    auto lines = lines_of({word("\xE2\x80\xA2", 10, 10), word("First", 20, 10), word("item", 50, 10),
                           word("\xEF\x82\xB7", 10, 22), word("Second", 20, 22), word("continued", 20, 34)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].list_label == "\xE2\x80\xA2");
    CHECK(ps[0].text == "First item");
    CHECK(ps[1].list_label == "\xE2\x80\xA2");
    CHECK(ps[1].text == "Second continued");
}

TEST_CASE("a numbered milestone starts a paragraph and keeps its number in the text") {
    auto lines = lines_of({word("3.1", 10, 10), word("The", 30, 10), word("Board", 50, 10), word("3.2", 10, 22),
                           word("Audit", 30, 22)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "3.1 The Board");
    CHECK(ps[0].list_label == "");
    CHECK(ps[1].text == "3.2 Audit");
}

TEST_CASE("a hyphen at a line end joins the next line without a space") {
    auto lines = lines_of({word("multi-", 10, 10), word("agency", 10, 22)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].text == "multi-agency");
}

TEST_CASE("heading levels from font size and weight relative to the body") {
    auto lines = lines_of({word("Plan", 10, 10, 20, true), word("Priority", 10, 50, 10, true),
                           word("Body", 10, 80), word("text", 40, 80)});
    double body = pdf::body_font_size(lines);
    CHECK(body == doctest::Approx(10));
    auto ps = pdf::build_paragraphs(lines, {body, 1});
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].heading_level == 1);
    CHECK(ps[0].bold);
    CHECK(ps[1].heading_level == 4);
    CHECK(ps[2].heading_level == 0);
    // Cell text gets no heading levels.
    CHECK(pdf::build_paragraphs(lines, {})[0].heading_level == 0);
}

TEST_CASE("bullet glyphs") {
    CHECK(pdf::is_bullet("\xE2\x80\xA2"));
    CHECK(pdf::is_bullet("-"));
    CHECK(pdf::is_bullet("o"));
    CHECK_FALSE(pdf::is_bullet("on"));
    CHECK_FALSE(pdf::is_bullet("3.1"));
}

TEST_CASE("a line starting left of a numbered item above it is a new paragraph") {
    auto lines = lines_of({word("5.", 30, 10), word("Effectiveness", 45, 10), word("of", 115, 10),
                           word("Other", 10, 22), word("priorities:", 40, 22)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "5. Effectiveness of");
    CHECK(ps[1].text == "Other priorities:");
}

TEST_CASE("a lone dash is text, not a bullet") {
    auto ps = pdf::build_paragraphs(lines_of({word("\xE2\x80\x93", 10, 10)}), {});
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].text == "\xE2\x80\x93");
    CHECK(ps[0].list_label == "");
}

TEST_CASE("a paragraph after a bulleted item at the bullet's indent is not part of the item") {
    auto lines = lines_of({word("\xE2\x80\xA2", 10, 10), word("Learning", 30, 10),
                           word("wrapped", 30, 22),  // the item's second line, aligned with its text
                           word("The", 10, 34), word("agreed", 30, 34)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "Learning wrapped");
    CHECK(ps[1].text == "The agreed");
    CHECK(ps[1].list_label == "");
}

TEST_CASE("a line step wider than the lines' spacing starts a paragraph (space after paragraphs)") {
    // Lines 11.5 points apart within a paragraph, 14.5 between paragraphs; boxes overlap either way.
    auto lines = lines_of({word("CHSCB", 10, 100), word("Independent", 10, 114.5), word("Chair", 10, 126),
                           word("CHSCB", 10, 140.5)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "CHSCB");
    CHECK(ps[1].text == "Independent Chair");
    CHECK(ps[2].text == "CHSCB");
}

TEST_CASE("a bullet from a larger symbol font does not make its item's wrapped line a new paragraph") {
    // items of 9-point text wrapped over three lines at the step 10.4; the bullets are 10-point glyphs
    // standing 2.2 points higher, so the step from a bullet's line to the next is 12.6 (over 1.2 x 10.4)
    auto item = [](double y, const std::string& first, const std::string& second, const std::string& third) {
        std::vector<pdf::TextBox> w = {word("o", 10, y - 2.2, 10), word(first, 24, y, 9), word(second, 24, y + 10.4, 9),
                                       word(third, 24, y + 20.8, 9)};
        return w;
    };
    std::vector<pdf::TextBox> boxes;
    for (auto& w : item(10, "Ask each agency to report on", "attendance at every meeting", "of the group.")) boxes.push_back(w);
    for (auto& w : item(45, "Hold a conference on the", "induction standards for", "police officers.")) boxes.push_back(w);
    auto ps = pdf::build_paragraphs(lines_of(boxes), {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "Ask each agency to report on attendance at every meeting of the group.");
    CHECK(ps[1].text == "Hold a conference on the induction standards for police officers.");
}

TEST_CASE("a bulleted item without a hanging indent wraps under its bullet when its line was full") {
    // Chromium prints a literal "•" inline: the item's wrapped lines start at the bullet, not at its text
    auto lines = lines_of({word("\xE2\x80\xA2", 10, 10), word("Map", 20, 10), word("pathway", 38, 10),
                           word("for", 76, 10), word("girls", 94, 10), word("of", 122, 10),  // full: ends at 132
                           word("FGM", 10, 22), word("and", 28, 22), word("remove", 46, 22), word("steps.", 80, 22),
                           word("\xE2\x80\xA2", 10, 34), word("Dip-sample", 20, 34), word("cases", 75, 34)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "Map pathway for girls of FGM and remove steps.");
    CHECK(ps[1].text == "Dip-sample cases");
    CHECK(ps[1].list_label == "\xE2\x80\xA2");
}

TEST_CASE("a line at the bullet after a bulleted line that ended short is a paragraph of its own") {
    auto lines = lines_of({word("\xE2\x80\xA2", 10, 10), word("Map", 20, 10), word("pathway", 38, 10),
                           word("Progress", 10, 22), word("is", 55, 22), word("reported", 68, 22),
                           word("every", 113, 22), word("quarter", 143, 22)});
    auto ps = pdf::build_paragraphs(lines, {});
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "Map pathway");
    CHECK(ps[1].text == "Progress is reported every quarter");
    CHECK(ps[1].list_label == "");
}
