// test_docx_hostile.cpp — files that must give one clean ImportError (or a Document), never a crash or hang:
// not zips, OLE2, missing main part, duplicate names, zip bombs, DOCTYPEs, malformed XML, external targets;
// also package lookup (officeDocument relationship, strict namespace, fallback).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

std::string error_of(const std::string& bytes, const DocxLimits& limits = {}) {
    Diagnostics diag;
    try {
        read_docx_bytes(bytes, "bad.docx", diag, limits);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "<no error>";
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("docx hostile: not a zip file") {
    CHECK(error_of("") == "not a zip file");
    CHECK(error_of("%PDF-1.4 something") == "not a zip file");
}

TEST_CASE("docx hostile: OLE2 container is a password-protected or legacy Word file") {
    CHECK(error_of(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0')) ==
          "password-protected or legacy Word file (OLE2 container), not a .docx");
}

TEST_CASE("docx hostile: truncated zip") {
    std::string z = make_docx(p("text"));
    std::string e = error_of(z.substr(0, z.size() / 2));
    CHECK(contains(e, "zip"));
}

TEST_CASE("docx hostile: zip without a main document part") {
    CHECK(error_of(make_zip(std::map<std::string, std::string>{{"hello.txt", "hi"}})) ==
          "zip file is not a Word document (no word/document.xml)");
}

TEST_CASE("docx hostile: duplicate part names are refused") {
    auto parts = docx_parts(p("real"));
    std::vector<std::pair<std::string, std::string>> entries(parts.begin(), parts.end());
    entries.emplace_back("word/document.xmX", document_xml(p("impostor")));
    std::string z = rename_entry(make_zip(entries), "word/document.xmX", "word/document.xml");
    CHECK(error_of(z) == "zip file has two parts named word/document.xml");
}

TEST_CASE("docx hostile: a part larger than the cap is refused, declared or not") {
    DocxLimits small;
    small.max_part_bytes = 1u << 20;
    small.max_total_bytes = 8u << 20;
    // Whitespace after the root element is well-formed XML and deflates to almost nothing.
    std::string big = make_docx("", {{"word/document.xml", document_xml(p("x")) + std::string(3u << 20, ' ')}});
    CHECK(contains(error_of(big, small), "over the 1 MiB cap"));
    // The same bomb lying about its size: the inflate loop stops at the cap.
    std::string liar = set_declared_size(big, "word/document.xml", 1000);
    CHECK(error_of(liar, small) == "part word/document.xml inflates beyond the 1 MiB cap");
    CHECK(error_of(big) == "<no error>");  // the default caps allow it
}

TEST_CASE("docx hostile: the total of inflated parts is capped") {
    DocxLimits limits;
    limits.max_part_bytes = 1u << 20;
    limits.max_total_bytes = 1u << 20;
    const std::string pad(700u << 10, ' ');
    std::string z = make_docx(p("x"), {{"word/styles.xml", styles_xml("") + pad},
                                       {"word/document.xml", document_xml(p("x")) + pad}});
    CHECK(contains(error_of(z, limits), "total cap"));
}

TEST_CASE("docx hostile: a DOCTYPE in any XML part is refused") {
    const std::string xxe = std::string("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "
                                        "\"file:///etc/passwd\">]><w:document xmlns:w=\"") +
                            w_ns + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    CHECK(error_of(make_docx("", {{"word/document.xml", xxe}})) ==
          "XML part word/document.xml carries a DOCTYPE (not allowed in OOXML)");
    const std::string laughs = std::string("<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY a \"aaaa\">"
                                           "<!ENTITY b \"&a;&a;&a;&a;\">]><w:styles xmlns:w=\"") + w_ns + "\">&b;</w:styles>";
    CHECK(error_of(make_docx(p("x"), {{"word/styles.xml", laughs}})) ==
          "XML part word/styles.xml carries a DOCTYPE (not allowed in OOXML)");
}

TEST_CASE("docx hostile: a DOCTYPE in UTF-16 is found too") {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><x/>")) {
        utf16 += c;
        utf16 += '\0';
    }
    CHECK(contains(error_of(make_docx("", {{"word/document.xml", utf16}})), "carries a DOCTYPE"));
}

TEST_CASE("docx hostile: malformed document.xml reports libxml2's line") {
    std::string bad = document_xml(p("x")).substr(0, 120) + "\n\n<w:p></w:q>";
    std::string e = error_of(make_docx("", {{"word/document.xml", bad}}));
    CHECK(contains(e, "XML part word/document.xml is not well-formed: line 4: "));
    CHECK(e.find('\n') == std::string::npos);
}

TEST_CASE("docx hostile: a malformed side part is a warning, the document still reads") {
    Diagnostics diag;
    Document d = read_docx_bytes(make_docx(p("kept"), {{"word/styles.xml", "<w:styles"}}), "x.docx", diag);
    CHECK(paragraphs_of(d).at(0).text == "kept");
    REQUIRE(diag.warnings.size() == 1);
    CHECK(contains(diag.warnings[0], "word/styles.xml"));
}

TEST_CASE("docx hostile: main part that is not a w:document") {
    CHECK(contains(error_of(make_docx("", {{"word/document.xml", "<html/>"}})), "not a WordprocessingML document"));
}

TEST_CASE("docx hostile: external relationship targets are never followed") {
    const std::string styles = styles_xml(
        "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 1\"/></w:style>");
    const std::string rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"evil.xml\" TargetMode=\"External\"/></Relationships>";
    Document d = read_body(p("x", "<w:pStyle w:val=\"H\"/>"), {{"word/_rels/document.xml.rels", rels}, {"word/evil.xml", styles}});
    CHECK(paragraphs_of(d).at(0).heading_level == 0);
}

TEST_CASE("docx hostile: deeply nested XML gives an error or a document, never a crash") {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<w:sdt><w:sdtContent>";
    for (int i = 0; i < 5000; ++i) deep += "</w:sdtContent></w:sdt>";
    CHECK(contains(error_of(make_docx(deep)), "not well-formed"));  // libxml2's own depth limit
}

TEST_CASE("docx package: main part from the strict officeDocument relationship, strict namespace") {
    const std::string rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" "
        "Target=\"/main/body.xml\"/></Relationships>";
    const std::string doc =
        "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
        "<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val=\"clear\" w:fill=\"FF0000\"/></w:tcPr><w:p><w:r><w:t>strict</w:t></w:r>"
        "</w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
    Diagnostics diag;
    Document d = read_docx_bytes(make_zip(std::map<std::string, std::string>{{"_rels/.rels", rels}, {"main/body.xml", doc}}),
                                 "s.docx", diag);
    auto ts = tables_of(d);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].rows[0].cells[0].text() == "strict");
    CHECK(ts[0].rows[0].cells[0].fill == "#FF0000");
}

TEST_CASE("docx package: without _rels/.rels, word/document.xml is used") {
    Diagnostics diag;
    Document d = read_docx_bytes(make_zip(std::map<std::string, std::string>{{"word/document.xml", document_xml(p("bare"))}}),
                                 "b.docx", diag);
    CHECK(paragraphs_of(d).at(0).text == "bare");
}

TEST_CASE("docx package: read_docx from a file, and a missing file") {
    Diagnostics diag;
    CHECK_THROWS_AS(read_docx("tests/data/docx/does-not-exist.docx", diag), ImportError);
}

TEST_CASE("docx package: read_docx reads a file and names the Document after the path given") {
    const auto path = std::filesystem::temp_directory_path() / "planport-test-docx-read.docx";
    {
        std::ofstream out(path, std::ios::binary);
        out << make_docx(p("from a file"));
    }
    Diagnostics diag;
    Document d = read_docx(path.string(), diag);
    std::filesystem::remove(path);
    CHECK(d.source == path.string());
    CHECK(paragraphs_of(d).at(0).text == "from a file");
}
