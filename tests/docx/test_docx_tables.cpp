// test_docx_tables.cpp — the table grid: tblGrid, gridSpan, vMerge, hMerge, gridBefore/After, header rows,
// nested tables, content controls around rows and cells, indices, page breaks.
#include <doctest/doctest.h>

#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

std::string grid(int n) {
    std::string g = "<w:tblGrid>";
    for (int i = 0; i < n; ++i) g += "<w:gridCol w:w=\"1000\"/>";
    return g + "</w:tblGrid>";
}

std::string tbl(const std::string& rows, int cols = 0, const std::string& tblpr = "") {
    return "<w:tbl><w:tblPr>" + tblpr + "</w:tblPr>" + (cols ? grid(cols) : "") + rows + "</w:tbl>";
}

std::string tr(const std::string& cells, const std::string& trpr = "") {
    return "<w:tr>" + (trpr.empty() ? "" : "<w:trPr>" + trpr + "</w:trPr>") + cells + "</w:tr>";
}

Table only_table(const std::string& body) {
    auto ts = tables_of(read_body(body));
    REQUIRE(ts.size() == 1);
    return ts.front();
}

}  // namespace

TEST_CASE("docx tables: grid width, cell positions and text") {
    Table t = only_table(tbl(tr(tc("Ref") + tc("Action")) + tr(tc("1.1") + tc("Audit")), 2));
    CHECK(t.index == 1);
    CHECK(t.columns == 2);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells[1].text() == "Audit");
    CHECK(t.rows[1].cells[1].row == 1);
    CHECK(t.rows[1].cells[1].col == 1);
    CHECK(t.grid_text() == std::vector<std::vector<std::string>>{{"Ref", "Action"}, {"1.1", "Audit"}});
}

TEST_CASE("docx tables: width from the widest row when tblGrid is missing or short") {
    Table t = only_table(tbl(tr(tc("a") + tc("b") + tc("c")) + tr(tc("d")), 2));
    CHECK(t.columns == 3);
}

TEST_CASE("docx tables: gridSpan gives colspan and shifts later cells") {
    Table t = only_table(tbl(tr(tc("Priority 1", "<w:gridSpan w:val=\"2\"/>") + tc("x")) + tr(tc("a") + tc("b") + tc("c")), 3));
    CHECK(t.rows[0].cells[0].colspan == 2);
    CHECK(t.rows[0].cells[1].col == 2);
    CHECK(t.at(0, 1) == &t.rows[0].cells[0]);
}

TEST_CASE("docx tables: vMerge restart/continue gives rowspan; continuation cells vanish with their text") {
    Table t = only_table(tbl(tr(tc("Outcome", "<w:vMerge w:val=\"restart\"/>") + tc("a1")) +
                             tr(tc("stray", "<w:vMerge/>") + tc("a2")) +
                             tr(tc("", "<w:vMerge w:val=\"continue\"/>") + tc("a3")) + tr(tc("Next") + tc("b1")), 2));
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].cells[0].rowspan == 3);
    CHECK(t.rows[1].cells.size() == 1);
    CHECK(t.rows[1].cells[0].col == 1);
    CHECK(t.rows[1].cells[0].text() == "a2");
    CHECK(t.rows[3].cells[0].rowspan == 1);
    CHECK(t.at(2, 0)->text() == "Outcome");
    CHECK(count_nonempty_cells(t) == 6);  // "stray" is gone
}

TEST_CASE("docx tables: a continue with nothing open above is an ordinary cell") {
    Table t = only_table(tbl(tr(tc("lonely", "<w:vMerge/>") + tc("x")), 2));
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].text() == "lonely");
}

TEST_CASE("docx tables: legacy hMerge works like gridSpan") {
    Table t = only_table(tbl(tr(tc("wide", "<w:hMerge w:val=\"restart\"/>") + tc("", "<w:hMerge/>") + tc("z")), 3));
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].colspan == 2);
    CHECK(t.rows[0].cells[1].col == 2);
}

TEST_CASE("docx tables: gridBefore and gridAfter skip grid columns") {
    Table t = only_table(tbl(tr(tc("a") + tc("b") + tc("c")) +
                             tr(tc("late"), "<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>"), 3));
    CHECK(t.columns == 3);
    REQUIRE(t.rows[1].cells.size() == 1);
    CHECK(t.rows[1].cells[0].col == 1);
    CHECK(t.at(1, 0) == nullptr);
}

TEST_CASE("docx tables: header rows from tblHeader") {
    Table t = only_table(tbl(tr(tc("Ref"), "<w:tblHeader/>") + tr(tc("1")) + tr(tc("2"), "<w:tblHeader w:val=\"0\"/>"), 1));
    CHECK(t.rows[0].is_header);
    CHECK_FALSE(t.rows[1].is_header);
    CHECK_FALSE(t.rows[2].is_header);
}

TEST_CASE("docx tables: nested tables go to Cell::tables, not into paragraphs, and get no index") {
    const std::string inner = tbl(tr(tc("inner a") + tc("inner b")), 2);
    Document d = read_body(tbl(tr("<w:tc>" + p("outer") + inner + p("") + "</w:tc>" + tc("right")), 2) +
                           tbl(tr(tc("second")), 1));
    auto ts = tables_of(d);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].index == 1);
    CHECK(ts[1].index == 2);
    const Cell& c = ts[0].rows[0].cells[0];
    CHECK(c.text() == "outer");
    REQUIRE(c.tables.size() == 1);
    CHECK(c.tables[0].index == 0);
    CHECK(c.tables[0].rows[0].cells[1].text() == "inner b");
    CHECK(count_nonempty_cells(ts[0]) == 4);
}

TEST_CASE("docx tables: rows and cells inside content controls and custom XML") {
    Table t = only_table(tbl("<w:sdt><w:sdtContent>" + tr(tc("a") + "<w:sdt><w:sdtContent>" + tc("b") +
                             "</w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>" +
                             "<w:customXml>" + tr(tc("c") + tc("d")) + "</w:customXml>", 2));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells[1].text() == "b");
    CHECK(t.rows[1].cells[0].text() == "c");
}

TEST_CASE("docx tables: a row deleted with tracked changes is dropped") {
    Table t = only_table(tbl(tr(tc("keep")) + tr(tc("gone"), "<w:del w:id=\"1\" w:author=\"x\"/>") + tr(tc("also")), 1));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells[0].text() == "also");
}

TEST_CASE("docx tables: cell paragraphs keep their list labels") {
    const std::string num = numbering_xml(
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\"3.%1\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    const std::string numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
    Document d = read_body(tbl(tr("<w:tc><w:p>" + numbered + "<w:r><w:t>first</w:t></w:r></w:p><w:p>" + numbered +
                                  "<w:r><w:t>second</w:t></w:r></w:p></w:tc>"), 1),
                           {{"word/numbering.xml", num}});
    auto ts = tables_of(d);
    const Cell& c = ts.at(0).rows.at(0).cells.at(0);
    REQUIRE(c.paragraphs.size() == 2);
    CHECK(c.paragraphs[0].list_label == "3.1");
    CHECK(c.paragraphs[1].list_label == "3.2");
    CHECK(c.text() == "first\nsecond");
}

TEST_CASE("docx tables: page breaks before tables and rows") {
    const std::string rendered = "<w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>p2</w:t></w:r></w:p></w:tc>";
    Document d = read_body(p("intro") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
                           tbl(tr(tc("a")) + tr(rendered) + tr(tc("c")), 1) + tbl(tr(tc("same page")), 1));
    auto ts = tables_of(d);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].page_break_before);
    CHECK_FALSE(ts[0].rows[0].page_break_before);
    CHECK(ts[0].rows[1].page_break_before);
    CHECK_FALSE(ts[0].rows[2].page_break_before);
    CHECK_FALSE(ts[1].page_break_before);
}

TEST_CASE("docx tables: nesting deeper than the cap is skipped with a warning, not a crash") {
    std::string t = tbl(tr(tc("core")), 1);
    for (int i = 0; i < 40; ++i) t = tbl(tr("<w:tc>" + t + p("") + "</w:tc>"), 1);
    Diagnostics diag;
    Document d = read_body(t, {}, &diag);
    CHECK(tables_of(d).size() == 1);
    CHECK_FALSE(diag.warnings.empty());
}

TEST_CASE("docx tables: a row wider than the column cap is cut with a warning") {
    std::string cells;
    for (int i = 0; i < 10; ++i) cells += tc("wide", "<w:gridSpan w:val=\"1000\"/>");
    Diagnostics diag;
    auto ts = tables_of(read_body(tbl(tr(cells)), {}, &diag));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].rows[0].cells.size() == 4);
    CHECK(ts[0].columns == 4000);
    REQUIRE(diag.warnings.size() == 1);
    CHECK(diag.warnings[0] == "test.docx: table row 1: cells beyond 4096 grid columns skipped");
}
