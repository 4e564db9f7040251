// test_docx_paragraphs.cpp — paragraph properties: heading level, bold, font size, style id, shading.
#include <doctest/doctest.h>

#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

const std::string styles = styles_xml(
    "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Ueberschrift\"><w:name w:val=\"Überschrift 3\"/>"
    "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Child\"><w:name w:val=\"child\"/><w:basedOn w:val=\"Ueberschrift\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Shaded\"><w:name w:val=\"shaded\"/>"
    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"00b050\"/></w:pPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>");

Paragraph first(const std::string& body) {
    auto ps = paragraphs_of(read_body(body, {{"word/styles.xml", styles}}));
    REQUIRE(!ps.empty());
    return ps.front();
}

}  // namespace

TEST_CASE("docx paragraphs: heading level from style name, outline level and Title") {
    CHECK(first(p("Priority 1", "<w:pStyle w:val=\"Heading2\"/>")).heading_level == 2);
    CHECK(first(p("Plan", "<w:pStyle w:val=\"Title\"/>")).heading_level == 1);
    CHECK(first(p("Thema", "<w:pStyle w:val=\"Child\"/>")).heading_level == 3);  // outlineLvl through basedOn
    CHECK(first(p("Direct", "<w:outlineLvl w:val=\"0\"/>")).heading_level == 1);
    CHECK(first(p("Body text level", "<w:pStyle w:val=\"Heading2\"/><w:outlineLvl w:val=\"9\"/>")).heading_level == 0);
    CHECK(first(p("Body")).heading_level == 0);
}

TEST_CASE("docx paragraphs: style id, default style when none is named") {
    CHECK(first(p("x", "<w:pStyle w:val=\"Heading2\"/>")).style == "Heading2");
    CHECK(first(p("x")).style == "Normal");
}

TEST_CASE("docx paragraphs: bold when every visible character is bold") {
    CHECK(first("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>all bold</w:t></w:r></w:p>").bold);
    CHECK(first("<w:p><w:r><w:rPr><w:bCs/></w:rPr><w:t>cs bold</w:t></w:r></w:p>").bold);
    CHECK_FALSE(first("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>half </w:t></w:r><w:r><w:t>bold</w:t></w:r></w:p>").bold);
    CHECK_FALSE(first("<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>off</w:t></w:r></w:p>").bold);
    // A bold run of spaces does not matter; style and character style make bold too.
    CHECK(first("<w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r></w:p>").bold);
    CHECK(first(p("styled", "<w:pStyle w:val=\"Heading2\"/>")).bold);
    CHECK(first("<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>strong</w:t></w:r></w:p>").bold);
    CHECK_FALSE(first("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:rPr><w:b w:val=\"false\"/></w:rPr>"
                      "<w:t>unbolded</w:t></w:r></w:p>").bold);
}

TEST_CASE("docx paragraphs: font size from run, style or docDefaults; the largest run wins") {
    CHECK(first("<w:p><w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>big</w:t></w:r><w:r><w:t>normal</w:t></w:r></w:p>")
              .font_size == doctest::Approx(16));
    CHECK(first(p("heading", "<w:pStyle w:val=\"Heading2\"/>")).font_size == doctest::Approx(14));
    CHECK(first(p("body")).font_size == doctest::Approx(11));
    // A character style that sets no size leaves the paragraph style's, not docDefaults'.
    CHECK(first("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr>"
                "<w:t>styled run</w:t></w:r></w:p>").font_size == doctest::Approx(14));
}

TEST_CASE("docx paragraphs: shading from pPr or the paragraph style") {
    CHECK(first(p("x", "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"ffc000\"/>")).fill == "#FFC000");
    CHECK(first(p("x", "<w:pStyle w:val=\"Shaded\"/>")).fill == "#00B050");
    CHECK(first(p("x", "<w:shd w:val=\"clear\" w:fill=\"auto\"/>")).fill == "");
    CHECK(first(p("x")).fill == "");
}
