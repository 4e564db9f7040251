// test_pdf_files.cpp — read_pdf on the small PDFs of tests/data/pdf (sources and make.sh beside them).
#include <doctest/doctest.h>

#include <string>

#include "importers/pdf/pdf_reader.h"

using namespace planport;

namespace {

std::string fixture(const std::string& name) { return std::string(PLANPORT_SOURCE_DIR) + "/tests/data/pdf/" + name; }

std::vector<const Table*> tables_of(const Document& d) {
    std::vector<const Table*> out;
    for (const auto& b : d.blocks)
        if (b.kind == Block::Kind::Table) out.push_back(&b.table);
    return out;
}

std::string import_error(const std::string& name) {
    Diagnostics diag;
    try {
        read_pdf(fixture(name), diag);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "";
}

void check_rag_table(const Document& d) {
    auto tables = tables_of(d);
    REQUIRE(tables.size() == 1);
    const Table& t = *tables[0];
    CHECK(t.page == 1);
    CHECK(t.bbox.has_value());
    auto g = t.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[0] == std::vector<std::string>{"Ref", "Action", "Status"});
    CHECK(g[2] == std::vector<std::string>{"1.2", "Train all staff in safer recruitment", "Green"});
    CHECK(t.at(1, 2)->fill == "#FF0000");
    CHECK(t.at(2, 2)->fill == "#00B050");
    CHECK(t.at(3, 2)->fill == "#FFC000");
    CHECK(t.at(1, 1)->fill == "");
}

}  // namespace

TEST_CASE("ruled table with RAG-shaded cells, its heading and paragraphs") {
    Diagnostics diag;
    auto d = read_pdf(fixture("ruled_rag.pdf"), diag);
    CHECK(d.format == "pdf");
    CHECK(d.pages == 1);
    check_rag_table(d);
    REQUIRE(d.blocks.size() >= 4);
    CHECK(d.blocks[0].paragraph.text == "Business Plan 2024");
    CHECK(d.blocks[0].paragraph.heading_level == 1);
    CHECK(d.blocks[1].paragraph.text == "Progress against each priority is shown below.");
    CHECK(d.blocks[1].paragraph.heading_level == 0);
    CHECK(d.blocks.back().paragraph.text == "End of the plan.");
}

TEST_CASE("borderless table: columns from alignment, empty cell, wrapped first cell") {
    Diagnostics diag;
    auto d = read_pdf(fixture("borderless.pdf"), diag);
    auto tables = tables_of(d);
    REQUIRE(tables.size() == 1);
    auto g = tables[0]->grid_text();
    REQUIRE(g.size() == 5);
    CHECK(g[0] == std::vector<std::string>{"Measure", "Target", "Actual"});
    CHECK(g[2] == std::vector<std::string>{"Assessments", "900", ""});
    CHECK(g[4] == std::vector<std::string>{"Training days", "40", "44"});
}

TEST_CASE("a table over two pages is one table with its header once") {
    Diagnostics diag;
    auto d = read_pdf(fixture("two_page_table.pdf"), diag);
    CHECK(d.pages == 2);
    auto tables = tables_of(d);
    REQUIRE(tables.size() == 1);
    const Table& t = *tables[0];
    REQUIRE(t.rows.size() == 61);  // header + 60 actions
    CHECK(t.rows[0].is_header);
    auto g = t.grid_text();
    for (int i = 1; i <= 60; ++i) CHECK(g[i][0] == std::to_string(i));
    CHECK(g[60][1] == "Action number 60 of the plan");
    CHECK(t.rows[1].page == 1);
    CHECK(t.rows[60].page == 2);
    int breaks = 0;
    for (const auto& r : t.rows) breaks += r.page_break_before;
    CHECK(breaks == 1);
}

TEST_CASE("page range: only the pages asked for") {
    Diagnostics diag;
    PdfOptions o;
    o.first_page = 2;
    auto d = read_pdf(fixture("two_page_table.pdf"), diag, o);
    auto tables = tables_of(d);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0]->page == 2);
    CHECK(tables[0]->grid_text()[0][0] == "Ref");
}

TEST_CASE("a table that is a picture under its words is read from a rendering of the page") {
    Diagnostics diag;
    auto d = read_pdf(fixture("scanned_table.pdf"), diag);
    CHECK(d.rendered_pages == std::vector<int>{1});
    auto tables = tables_of(d);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0]->grid_text() == std::vector<std::vector<std::string>>{{"Ref", "Status"}, {"1.1", "Done"}});
    CHECK(tables[0]->at(1, 1)->fill == "#00B050");
    CHECK(tables[0]->at(1, 0)->fill == "");
}

TEST_CASE("a page of vector paint is read without a rendering") {
    Diagnostics diag;
    CHECK(read_pdf(fixture("ruled_rag.pdf"), diag).rendered_pages.empty());
}

TEST_CASE("a page turned landscape by /Rotate reads as the unturned page") {
    Diagnostics diag;
    check_rag_table(read_pdf(fixture("landscape_rotated.pdf"), diag));
}

TEST_CASE("encrypted with an empty user password opens") {
    Diagnostics diag;
    check_rag_table(read_pdf(fixture("encrypted_empty_user.pdf"), diag));
}

TEST_CASE("files that give no document fail with a clear reason") {
    CHECK(import_error("encrypted_password.pdf") == "PDF needs a password");
    CHECK(import_error("not_a_pdf.pdf") == "not a PDF file");
    CHECK(import_error("no_text.pdf") == "no text layer (a scanned PDF?)");
    CHECK(import_error("damaged.pdf") == "damaged PDF (poppler cannot open it)");
    CHECK(import_error("does_not_exist.pdf") == "cannot open the file");
}

TEST_CASE("too many pages is refused") {
    Diagnostics diag;
    PdfOptions o;
    o.max_pages = 1;
    CHECK_THROWS_AS(read_pdf(fixture("two_page_table.pdf"), diag, o), ImportError);
}
