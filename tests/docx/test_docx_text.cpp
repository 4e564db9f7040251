// test_docx_text.cpp — paragraph text: runs, whitespace, breaks, symbols, hyperlinks, fields, tracked
// changes, content controls and mc:AlternateContent.
#include <doctest/doctest.h>

#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

TEST_CASE("docx text: runs split mid-word join without spaces") {
    CHECK(text_of("<w:p><w:r><w:t>Safe</w:t></w:r><w:r><w:t>guarding</w:t></w:r></w:p>") == "Safeguarding");
}

TEST_CASE("docx text: whitespace collapsed and trimmed") {
    CHECK(text_of("<w:p><w:r><w:t xml:space=\"preserve\">  Early   </w:t></w:r>"
                  "<w:r><w:t xml:space=\"preserve\">  help\n offer </w:t></w:r></w:p>") == "Early help offer");
}

TEST_CASE("docx text: w:br, w:cr and w:tab") {
    CHECK(text_of("<w:p><w:r><w:t>a </w:t><w:br/><w:t xml:space=\"preserve\"> b</w:t><w:tab/><w:t>c</w:t><w:cr/>"
                  "<w:t>d</w:t></w:r></w:p>") == "a\nb\tc\nd");
}

TEST_CASE("docx text: w:sym bullets mapped, other symbols kept") {
    CHECK(text_of("<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> x</w:t></w:r></w:p>") ==
          "\u2022 x");
    CHECK(text_of("<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>") == "\u2713");
    CHECK(text_of("<w:p><w:r><w:sym w:font=\"Arial\" w:char=\"00E9\"/></w:r></w:p>") == "\u00e9");
}

TEST_CASE("docx text: non-breaking hyphen kept, soft hyphen dropped") {
    CHECK(text_of("<w:p><w:r><w:t>2015</w:t><w:noBreakHyphen/><w:t>17</w:t></w:r></w:p>") == "2015-17");
    CHECK(text_of("<w:p><w:r><w:t>safe</w:t><w:softHyphen/><w:t>guard</w:t></w:r></w:p>") == "safeguard");
}

TEST_CASE("docx text: hyperlink text kept") {
    CHECK(text_of("<w:p><w:r><w:t xml:space=\"preserve\">see </w:t></w:r><w:hyperlink r:id=\"rId9\">"
                  "<w:r><w:t>the plan</w:t></w:r></w:hyperlink></w:p>") == "see the plan");
}

TEST_CASE("docx text: simple field keeps its result") {
    CHECK(text_of("<w:p><w:r><w:t xml:space=\"preserve\">page </w:t></w:r><w:fldSimple w:instr=\" PAGE \">"
                  "<w:r><w:t>4</w:t></w:r></w:fldSimple></w:p>") == "page 4");
}

TEST_CASE("docx text: complex field keeps only its result, nested instructions dropped") {
    const std::string body =
        "<w:p><w:r><w:t xml:space=\"preserve\">Ref </w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>hidden</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2.3</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> done</w:t></w:r></w:p>";
    CHECK(text_of(body) == "Ref 2.3 done");
}

TEST_CASE("docx text: tracked changes: insertions and moves-to kept, deletions and moves-from dropped") {
    const std::string body =
        "<w:p><w:r><w:t xml:space=\"preserve\">Lead: </w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>Ann</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>Bob</w:t></w:r></w:ins>"
        "<w:moveFrom w:id=\"3\"><w:r><w:t>old place</w:t></w:r></w:moveFrom>"
        "<w:moveTo w:id=\"4\"><w:r><w:t xml:space=\"preserve\"> and Cy</w:t></w:r></w:moveTo></w:p>";
    CHECK(text_of(body) == "Lead: Bob and Cy");
}

TEST_CASE("docx text: content controls at block and run level") {
    const std::string body =
        "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("in block sdt") +
        "</w:sdtContent></w:sdt>"
        "<w:p><w:r><w:t xml:space=\"preserve\">a </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent>"
        "<w:r><w:t>run sdt</w:t></w:r></w:sdtContent></w:sdt></w:p>";
    auto ps = paragraphs_of(read_body(body));
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "in block sdt");
    CHECK(ps[1].text == "a run sdt");
}

TEST_CASE("docx text: mc:AlternateContent gives the fallback, not both") {
    const std::string body =
        "<w:p><w:r><w:t xml:space=\"preserve\">x </w:t></w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"w14\"><w:r><w:t>choice</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
    CHECK(text_of(body) == "x fallback");
    const std::string only_choice =
        "<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>first</w:t></w:r></mc:Choice>"
        "<mc:Choice Requires=\"w15\"><w:r><w:t>second</w:t></w:r></mc:Choice></mc:AlternateContent></w:p>";
    CHECK(text_of(only_choice) == "first");
}

TEST_CASE("docx text: a document without tables is a valid document") {
    Document d = read_body(p("Business Plan 2015-17") + p("No tables here"));
    CHECK(d.format == "docx");
    CHECK(d.source == "test.docx");
    CHECK(d.blocks.size() == 2);
    CHECK(tables_of(d).empty());
}

TEST_CASE("docx text: title from docProps/core.xml") {
    const std::string core =
        "<?xml version=\"1.0\"?><cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>LSCB Business Plan</dc:title></cp:coreProperties>";
    CHECK(read_body(p("x"), {{"docProps/core.xml", core}}).title == "LSCB Business Plan");
    CHECK(read_body(p("x")).title == "");
}

TEST_CASE("docx text: page breaks: explicit, rendered and pageBreakBefore") {
    const std::string body =
        p("one") +
        "<w:p><w:r><w:t>two</w:t><w:br w:type=\"page\"/></w:r></w:p>" +  // break after text: next paragraph
        p("three") +
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>four</w:t></w:r></w:p>" +
        p("five", "<w:pageBreakBefore/>") +
        "<w:p><w:r><w:t>six</w:t><w:br w:type=\"page\"/><w:t>seven</w:t></w:r></w:p>" + p("eight");
    auto ps = paragraphs_of(read_body(body));
    REQUIRE(ps.size() == 7);
    CHECK_FALSE(ps[0].page_break_before);
    CHECK_FALSE(ps[1].page_break_before);
    CHECK(ps[2].page_break_before);
    CHECK(ps[3].page_break_before);
    CHECK(ps[4].page_break_before);
    CHECK_FALSE(ps[5].page_break_before);  // the page starts inside it
    CHECK_FALSE(ps[6].page_break_before);
}

TEST_CASE("docx text: a paragraph whose mark was deleted joins the next one, which keeps its properties") {
    const std::string body =
        "<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"x\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">first </w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Second\"/></w:pPr><w:r><w:t>second</w:t></w:r></w:p>" + p("third");
    auto ps = paragraphs_of(read_body(body));
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "first second");
    CHECK(ps[0].style == "Second");
    CHECK(ps[1].text == "third");
}

TEST_CASE("docx text: text box content follows its paragraph, once, though choice and fallback both hold it") {
    const std::string box = "<w:txbxContent>" + p("Business Plan 2015-17") + "</w:txbxContent>";
    const std::string body =
        "<w:p><w:r><w:t>cover</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"urn:wp\"><a:graphic><a:graphicData>"
        "<wps:wsp xmlns:wps=\"urn:wps\"><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + box +
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + p("after");
    auto ps = paragraphs_of(read_body(body));
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "cover");
    CHECK(ps[1].text == "Business Plan 2015-17");
    CHECK(ps[2].text == "after");
}
