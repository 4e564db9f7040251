// test_docx_lists.cpp — list labels from numbering.xml: formats, multi-level refs, starts, overrides,
// counters shared per abstractNum, restarts.
#include <doctest/doctest.h>

#include "importers/docx/numbering.h"
#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

std::string lvl(int ilvl, const std::string& fmt, const std::string& text, int start = 1, const std::string& extra = "") {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
           "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

std::string item(const std::string& text, int num, int ilvl) {
    return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(num) +
                       "\"/></w:numPr>");
}

const std::string numbering = numbering_xml(
    // abstract 0: multi-level refs "1." / "1.1"
    "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2") +
    lvl(2, "lowerLetter", "%3)") + "</w:abstractNum>"
    // abstract 1: bullets with a Wingdings glyph
    "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "bullet", "\xEF\x82\xA7") + "</w:abstractNum>"
    // abstract 2: roman and letters, starting at 3
    "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "upperRoman", "%1.", 3) + lvl(1, "upperLetter", "(%2)") +
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"3\">" + lvl(0, "lowerRoman", "%1") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>"  // shares abstract 0's counters
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"3\"/></w:num>");

const std::string styles = styles_xml(
    "<w:style w:type=\"paragraph\" w:styleId=\"Milestone\"><w:name w:val=\"Milestone\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>");

std::vector<Paragraph> read_list(const std::string& body) {
    return paragraphs_of(read_body(body, {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}}));
}

}  // namespace

TEST_CASE("docx lists: multi-level refs come out as Word shows them") {
    auto ps = read_list(item("Priority", 1, 0) + item("a", 1, 1) + item("b", 1, 1) + item("c", 1, 1) +
                        item("Next", 1, 0) + item("d", 1, 1) + item("e", 1, 1) + item("f", 1, 1) +
                        item("x", 1, 2));
    REQUIRE(ps.size() == 9);
    CHECK(ps[0].list_label == "1.");
    CHECK(ps[0].list_level == 0);
    CHECK(ps[1].list_label == "1.1");
    CHECK(ps[3].list_label == "1.3");
    CHECK(ps[4].list_label == "2.");  // lower level reset when the higher one advances
    CHECK(ps[5].list_label == "2.1");
    CHECK(ps[7].list_label == "2.3");
    CHECK(ps[7].list_level == 1);
    CHECK(ps[8].list_label == "a)");
    CHECK(ps[7].text == "f");  // the label is not part of the text  // the label is not part of the text
}

TEST_CASE("docx lists: bullets are a bullet whatever the glyph") {
    auto ps = read_list(item("one", 2, 0) + item("two", 2, 0));
    CHECK(ps[0].list_label == "\u2022");
    CHECK(ps[1].list_label == "\u2022");
    CHECK(ps[0].is_list_item());
}

TEST_CASE("docx lists: start values, roman and letter formats") {
    auto ps = read_list(item("a", 3, 0) + item("b", 3, 1) + item("c", 3, 1) + item("d", 3, 0) + item("i", 6, 0) +
                        item("ii", 6, 0) + item("iii", 6, 0) + item("iv", 6, 0));
    CHECK(ps[0].list_label == "III.");
    CHECK(ps[1].list_label == "(A)");
    CHECK(ps[2].list_label == "(B)");
    CHECK(ps[3].list_label == "IV.");
    CHECK(ps[7].list_label == "iv");
}

TEST_CASE("docx lists: numIds sharing an abstractNum continue each other; startOverride restarts") {
    auto ps = read_list(item("a", 1, 0) + item("b", 4, 0) + item("c", 5, 0) + item("d", 5, 0) + item("e", 1, 0));
    CHECK(ps[0].list_label == "1.");
    CHECK(ps[1].list_label == "2.");
    CHECK(ps[2].list_label == "7.");
    CHECK(ps[3].list_label == "8.");
    CHECK(ps[4].list_label == "3.");
}

TEST_CASE("docx lists: numbering from the paragraph style; numId 0 means no list") {
    auto ps = read_list(item("top", 1, 0) + p("from style", "<w:pStyle w:val=\"Milestone\"/>") +
                        p("cancelled", "<w:pStyle w:val=\"Milestone\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>") +
                        item("unknown num", 99, 0) + p("plain"));
    CHECK(ps[1].list_label == "1.1");
    CHECK(ps[1].list_level == 1);
    CHECK(ps[2].list_label == "");
    CHECK(ps[2].list_level == -1);
    CHECK_FALSE(ps[3].is_list_item());
    CHECK_FALSE(ps[4].is_list_item());
}

TEST_CASE("docx lists: lvlOverride with its own lvl replaces the definition") {
    const std::string num = numbering_xml(
        "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "decimal", "%1.") + "</w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">" +
        lvl(0, "lowerLetter", "%1)", 2) + "</w:lvlOverride></w:num>");
    auto ps = paragraphs_of(read_body(item("x", 1, 0) + item("y", 1, 0), {{"word/numbering.xml", num}}));
    CHECK(ps[0].list_label == "b)");
    CHECK(ps[1].list_label == "c)");
}

TEST_CASE("docx lists: format_number spells every format") {
    using planport::docx::format_number;
    CHECK(format_number(4, "decimal") == "4");
    CHECK(format_number(3, "decimalZero") == "03");
    CHECK(format_number(28, "lowerLetter") == "bb");
    CHECK(format_number(1, "upperLetter") == "A");
    CHECK(format_number(1994, "upperRoman") == "MCMXCIV");
    CHECK(format_number(9, "lowerRoman") == "ix");
    CHECK(format_number(2, "ordinal") == "2nd");
    CHECK(format_number(5, "none") == "");
}
