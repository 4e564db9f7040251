// test_docx_shading.cpp — cell fills: own w:shd, theme colours with tint/shade, paragraph shading, and
// table style conditions under w:tblLook.
#include <doctest/doctest.h>

#include "importers/docx/colour.h"
#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

const std::string theme = theme_xml(
    "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
    "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>");

std::string one_cell(const std::string& tcpr, const std::string& content = "<w:p><w:r><w:t>x</w:t></w:r></w:p>") {
    return "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + content +
           "</w:tc></w:tr></w:tbl>";
}

std::string fill_of(const std::string& tcpr, const std::map<std::string, std::string>& extra = {{"word/theme/theme1.xml", theme}},
                    const std::string& content = "<w:p><w:r><w:t>x</w:t></w:r></w:p>") {
    auto ts = tables_of(read_body(one_cell(tcpr, content), extra));
    REQUIRE(ts.size() == 1);
    return ts[0].rows[0].cells[0].fill;
}

}  // namespace

TEST_CASE("docx shading: own fill normalised to #RRGGBB upper case; auto, white and nil are no fill") {
    CHECK(fill_of("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"ffc000\"/>") == "#FFC000");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"auto\"/>") == "");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFFFF\"/>") == "");
    CHECK(fill_of("<w:shd w:val=\"nil\"/>") == "");
    CHECK(fill_of("") == "");
    CHECK(fill_of("<w:shd w:val=\"solid\" w:color=\"FF0000\" w:fill=\"auto\"/>") == "#FF0000");  // solid pattern
}

TEST_CASE("docx shading: theme fills with tint and shade, resolved through theme1.xml") {
    CHECK(fill_of("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"123456\" w:themeFill=\"accent1\"/>") == "#4472C4");
    // Word's own "lighter 80%", "lighter 40%" and "darker 25%" of accent1 4472C4.
    CHECK(fill_of("<w:shd w:val=\"clear\" w:fill=\"D9E2F3\" w:themeFill=\"accent1\" w:themeFillTint=\"33\"/>") == "#D9E2F3");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:themeFill=\"accent1\" w:themeFillTint=\"99\"/>") == "#8EAADB");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:themeFill=\"accent1\" w:themeFillShade=\"BF\"/>") == "#2F5496");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:themeFill=\"background1\" w:themeFillShade=\"D9\"/>") == "#D9D9D9");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:themeFill=\"background1\"/>") == "");  // white
    // Without a theme part, the cached w:fill is used.
    CHECK(fill_of("<w:shd w:val=\"clear\" w:fill=\"A8D08D\" w:themeFill=\"accent6\" w:themeFillTint=\"99\"/>", {}) == "#A8D08D");
}

TEST_CASE("docx shading: colour helpers") {
    using namespace planport::docx;
    CHECK(parse_hex("auto") == std::nullopt);
    CHECK(parse_hex("#00b050") == Rgb{0, 0xB0, 0x50});
    CHECK(hex_text(Rgb{255, 192, 0}) == "#FFC000");
    CHECK(fill_text(Rgb{255, 255, 255}) == "");
}

TEST_CASE("docx shading: uniform paragraph shading fills a cell without its own") {
    const std::string shaded = "<w:p><w:pPr><w:shd w:val=\"clear\" w:fill=\"00B050\"/></w:pPr><w:r><w:t>g</w:t></w:r></w:p>";
    const std::string other = "<w:p><w:pPr><w:shd w:val=\"clear\" w:fill=\"FF0000\"/></w:pPr><w:r><w:t>r</w:t></w:r></w:p>";
    const std::string empty = "<w:p/>";
    CHECK(fill_of("", {}, shaded + empty + shaded) == "#00B050");
    CHECK(fill_of("", {}, shaded + other) == "");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:fill=\"FFC000\"/>", {}, shaded) == "#FFC000");  // own fill wins
}

namespace {

const std::string table_styles = styles_xml(
    "<w:style w:type=\"table\" w:styleId=\"Base\"><w:name w:val=\"base\"/>"
    "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"
    "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:fill=\"4472C4\"/></w:tcPr>"
    "</w:tblStylePr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:name w:val=\"plain\"/><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style>"
    "<w:style w:type=\"table\" w:styleId=\"Banded\"><w:name w:val=\"banded\"/><w:basedOn w:val=\"Base\"/>"
    "<w:tblPr><w:tblStyleRowBandSize w:val=\"1\"/></w:tblPr>"
    "<w:tblStylePr w:type=\"band1Horz\"><w:tcPr><w:shd w:val=\"clear\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr>"
    "<w:tblStylePr w:type=\"lastRow\"><w:tcPr><w:shd w:val=\"clear\" w:fill=\"FFC000\"/></w:tcPr></w:tblStylePr>"
    "<w:tblStylePr w:type=\"firstCol\"><w:tcPr><w:shd w:val=\"clear\" w:fill=\"A5A5A5\"/></w:tcPr></w:tblStylePr>"
    "</w:style>");

std::vector<std::string> column_fills(const std::string& tblpr, int rows, int col = 1, int cols = 2) {
    std::string body = "<w:tbl><w:tblPr>" + tblpr + "</w:tblPr><w:tblGrid>";
    for (int c = 0; c < cols; ++c) body += "<w:gridCol/>";
    body += "</w:tblGrid>";
    for (int r = 0; r < rows; ++r) {
        body += "<w:tr>";
        for (int c = 0; c < cols; ++c) body += tc("r" + std::to_string(r));
        body += "</w:tr>";
    }
    body += "</w:tbl>";
    auto ts = tables_of(read_body(body, {{"word/styles.xml", table_styles}}));
    std::vector<std::string> out;
    for (const auto& row : ts.at(0).rows) out.push_back(row.cells.at(col).fill);
    return out;
}

using Fills = std::vector<std::string>;

}  // namespace

TEST_CASE("docx shading: table style first row and horizontal bands, as tblLook allows") {
    const std::string style = "<w:tblStyle w:val=\"Banded\"/>";
    CHECK(column_fills(style + "<w:tblLook w:firstRow=\"1\" w:lastRow=\"0\" w:noHBand=\"0\"/>", 5) ==
          Fills{"#4472C4", "#D9E2F3", "", "#D9E2F3", ""});
    CHECK(column_fills(style + "<w:tblLook w:firstRow=\"1\" w:noHBand=\"1\"/>", 3) == Fills{"#4472C4", "", ""});
    CHECK(column_fills(style + "<w:tblLook w:firstRow=\"0\" w:noHBand=\"1\"/>", 2) == Fills{"", ""});
    CHECK(column_fills(style + "<w:tblLook w:firstRow=\"1\" w:lastRow=\"1\" w:noHBand=\"1\"/>", 3) ==
          Fills{"#4472C4", "", "#FFC000"});
}

TEST_CASE("docx shading: tblLook as a hex mask and first column") {
    // 04A0 = firstRow, firstColumn, noVBand; horizontal bands on.
    const std::string tblpr = "<w:tblStyle w:val=\"Banded\"/><w:tblLook w:val=\"04A0\"/>";
    CHECK(column_fills(tblpr, 3, 1) == Fills{"#4472C4", "#D9E2F3", ""});
    CHECK(column_fills(tblpr, 3, 0) == Fills{"#4472C4", "#A5A5A5", "#A5A5A5"});  // first row wins over first column
}

TEST_CASE("docx shading: row band size groups rows") {
    const std::string tblpr = "<w:tblStyle w:val=\"Banded\"/><w:tblStyleRowBandSize w:val=\"2\"/><w:tblLook w:firstRow=\"1\"/>";
    CHECK(column_fills(tblpr, 6) == Fills{"#4472C4", "#D9E2F3", "#D9E2F3", "", "", "#D9E2F3"});
}

TEST_CASE("docx shading: a cell's own fill beats the table style") {
    std::string body = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/><w:tblLook w:firstRow=\"1\"/></w:tblPr>"
                       "<w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" +
                       tc("own", "<w:shd w:val=\"clear\" w:fill=\"FF0000\"/>") + "</w:tr><w:tr>" + tc("band") +
                       "</w:tr></w:tbl>";
    auto t = tables_of(read_body(body, {{"word/styles.xml", table_styles}})).at(0);
    CHECK(t.rows[0].cells[0].fill == "#FF0000");
    CHECK(t.rows[1].cells[0].fill == "#D9E2F3");
}

TEST_CASE("docx shading: the theme part is found through the document's relationships") {
    const std::string rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" "
        "Target=\"../custom/colours.xml\"/></Relationships>";
    const std::string other = theme_xml("<a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>");
    CHECK(fill_of("<w:shd w:val=\"clear\" w:themeFill=\"accent2\"/>",
                  {{"word/_rels/document.xml.rels", rels}, {"custom/colours.xml", other}}) == "#ED7D31");
}

TEST_CASE("docx shading: table style run properties: a bold first row, a size for the whole table") {
    std::string body = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/><w:tblLook w:firstRow=\"1\"/></w:tblPr>"
                       "<w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + tc("Head") + "</w:tr><w:tr>" + tc("body") +
                       "</w:tr><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val=\"Plain\"/></w:pPr><w:r><w:t>x</w:t></w:r>"
                       "</w:p></w:tc></w:tr></w:tbl>" + p("after");
    Document d = read_body(body, {{"word/styles.xml", table_styles}});
    auto t = tables_of(d).at(0);
    CHECK(t.rows[0].cells[0].paragraphs[0].bold);
    CHECK(t.rows[0].cells[0].paragraphs[0].font_size == doctest::Approx(9));  // inherited from the base style
    CHECK_FALSE(t.rows[1].cells[0].paragraphs[0].bold);
    CHECK(t.rows[1].cells[0].paragraphs[0].font_size == doctest::Approx(9));
    CHECK(paragraphs_of(d).at(0).font_size == 0);  // outside the table: no style sets a size
    // Paragraph style beats table style: firstRow makes bold, "Plain" unbolds (tested on a first row).
    std::string plain_head = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/><w:tblLook w:firstRow=\"1\"/></w:tblPr>"
                             "<w:tr><w:tc><w:p><w:pPr><w:pStyle w:val=\"Plain\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"
                             "</w:tc></w:tr></w:tbl>";
    CHECK_FALSE(tables_of(read_body(plain_head, {{"word/styles.xml", table_styles}})).at(0).rows[0].cells[0].paragraphs[0].bold);
}
