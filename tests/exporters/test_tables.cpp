// test_tables.cpp — JSON and CSV dumps of hand-built Documents: spans, fills, headers, nesting, escaping.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "exporters/tables.h"

using namespace planport;

namespace {

Cell cell(int r, int c, const std::string& text, int rowspan = 1, int colspan = 1, const std::string& fill = "") {
    Cell x;
    x.row = r;
    x.col = c;
    x.rowspan = rowspan;
    x.colspan = colspan;
    x.fill = fill;
    Paragraph p;
    p.text = text;
    x.paragraphs.push_back(p);
    return x;
}

/// 2 columns: a header row spanning both, then "a" | "b, \"q\"" with a grey fill on the second.
Document sample_document() {
    Table t;
    t.index = 1;
    t.columns = 2;
    Row h;
    h.is_header = true;
    h.cells.push_back(cell(0, 0, "Key action", 1, 2));
    Row r;
    r.cells.push_back(cell(1, 0, "a"));
    r.cells.push_back(cell(1, 1, "b, \"q\"", 1, 1, "#A6A6A6"));
    t.rows = {h, r};
    Document d;
    d.source = "plan.docx";
    d.format = "docx";
    Block para;
    para.paragraph.text = "Intro";
    Block tb;
    tb.kind = Block::Kind::Table;
    tb.table = t;
    d.blocks = {para, tb};
    return d;
}

std::string tables_json(const Document& d) {
    std::ostringstream out;
    write_tables_json(out, d, 0);
    return out.str();
}

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::filesystem::path scratch_dir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "planport-tables-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

}  // namespace

TEST_CASE("write_tables_json: spans, fills, headers and the text grid") {
    CHECK(tables_json(sample_document()) ==
          R"({"file":"plan.docx","tables":[{"index":1,"page":null,"bbox":null,)"
          R"("rows":[["Key action",""],["a","b, \"q\""]],)"
          R"("cells":[{"row":0,"col":0,"rowspan":1,"colspan":2,"text":"Key action","fill":null,"header":true},)"
          R"({"row":1,"col":0,"rowspan":1,"colspan":1,"text":"a","fill":null,"header":false},)"
          R"({"row":1,"col":1,"rowspan":1,"colspan":1,"text":"b, \"q\"","fill":"#A6A6A6","header":false}]}]})"
          "\n");
}

TEST_CASE("write_tables_json: page and bbox when known") {
    Document d = sample_document();
    d.blocks[1].table.page = 3;
    d.blocks[1].table.bbox = BBox{10, 20.5, 300, 400};
    std::string json = tables_json(d);
    CHECK(json.find(R"("page":3,"bbox":[10,20.5,300,400],)") != std::string::npos);
}

TEST_CASE("write_tables_json: nested tables sit on their cell") {
    Document d = sample_document();
    Table inner;
    inner.columns = 1;
    Row r;
    r.cells.push_back(cell(0, 0, "inner"));
    inner.rows = {r};
    d.blocks[1].table.rows[1].cells[0].tables.push_back(inner);
    std::string json = tables_json(d);
    CHECK(json.find(R"("text":"a","fill":null,"header":false,"nested":[{"index":1,"page":null,"bbox":null,)"
                    R"("rows":[["inner"]],"cells":[{"row":0,"col":0,"rowspan":1,"colspan":1,"text":"inner",)")
          != std::string::npos);
    CHECK(json.find("\"nested\"") == json.rfind("\"nested\""));  // only the one cell carries it
}

TEST_CASE("write_tables_json: escaping of markup, quotes, control characters and bad UTF-8") {
    Document d = sample_document();
    d.blocks[1].table.rows[1].cells[0].paragraphs[0].text = "<script>alert(\"x\")</script>\t\x01\\ caf\xC3\xA9 \xFF";
    std::string json = tables_json(d);
    CHECK(json.find(R"("text":"<script>alert(\"x\")<\/script>\t\u0001\\ caf)" "\xC3\xA9" " \xEF\xBF\xBD\"") !=
          std::string::npos);
}

TEST_CASE("write_tables_json: no tables gives an empty list") {
    Document d;
    d.source = "empty.pdf";
    CHECK(tables_json(d) == "{\"file\":\"empty.pdf\",\"tables\":[]}\n");
}

TEST_CASE("write_tables_json: indented output has one member per line") {
    std::ostringstream out;
    write_tables_json(out, sample_document(), 2);
    CHECK(out.str().rfind("{\n  \"file\": \"plan.docx\",\n  \"tables\": [\n    {\n      \"index\": 1,", 0) == 0);
}

TEST_CASE("write_tables_json: indented output keeps grid rows and cells on one line each") {
    std::ostringstream out;
    write_tables_json(out, sample_document(), 2);
    CHECK(out.str().find("\n        [\"a\", \"b, \\\"q\\\"\"]\n") != std::string::npos);
    CHECK(out.str().find("\n        {\"row\": 1, \"col\": 1, \"rowspan\": 1, \"colspan\": 1, \"text\": "
                         "\"b, \\\"q\\\"\", \"fill\": \"#A6A6A6\", \"header\": false}\n") != std::string::npos);
}

TEST_CASE("write_tables_csv: one file per top-level table, the grid as RFC 4180") {
    auto dir = scratch_dir();
    Document d = sample_document();
    Block second = d.blocks[1];
    second.table.index = 2;
    d.blocks.push_back(second);
    write_tables_csv(dir.string(), d, "plan");
    CHECK(read_all(dir / "plan-table-1.csv") == "Key action,\na,\"b, \"\"q\"\"\"\n");
    CHECK(std::filesystem::exists(dir / "plan-table-2.csv"));
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("write_tables_csv: a missing directory is an error naming the file") {
    Document d = sample_document();
    CHECK_THROWS_WITH_AS(write_tables_csv("/nonexistent-planport-dir", d, "plan"),
                         doctest::Contains("cannot write /nonexistent-planport-dir/plan-table-1.csv"),
                         std::runtime_error);
}
