// test_tables.cpp — ruled and stream tables from hand-built words, rules and rasters.
#include <doctest/doctest.h>

#include "importers/pdf/raster_rules.h"
#include "importers/pdf/ruled_tables.h"
#include "importers/pdf/row_steps.h"
#include "importers/pdf/tables.h"
#include "importers/pdf/vector_rules.h"
#include "importers/pdf/visible_paint.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::paint;
using planport::testing::white_raster;
using planport::testing::word;

namespace {

pdf::Segment hrule(double y, double x0, double x1) { return {x0, y, x1, y}; }
pdf::Segment vrule(double x, double y0, double y1) { return {x, y0, x, y1}; }

// A 3 × 3 grid: columns at 10, 60, 200, 260; rows at 10, 30, 50, 70.
pdf::Rules grid_rules(bool merge_header) {
    pdf::Rules r;
    for (double y : {10.0, 30.0, 50.0, 70.0}) r.horizontal.push_back(hrule(y, 10, 260));
    for (double x : {10.0, 260.0}) r.vertical.push_back(vrule(x, 10, 70));
    // The rule between the first two columns is missing in the header row when merged.
    r.vertical.push_back(vrule(60, merge_header ? 30 : 10, 70));
    r.vertical.push_back(vrule(200, 10, 70));
    return r;
}

std::vector<pdf::TextBox> grid_words() {
    return {word("Ref", 15, 14),  word("Action", 65, 14),   word("Status", 205, 14),
            word("1.1", 15, 34),  word("Review", 65, 34),   word("the", 100, 34), word("plan", 120, 34),
            word("Red", 205, 34), word("1.2", 15, 54),      word("Train", 65, 54), word("Green", 205, 54)};
}

}  // namespace

TEST_CASE("a rule grid becomes a ruled table with its words in the cells") {
    auto found = pdf::find_tables(grid_words(), grid_rules(false), pdf::PaintMap{}, 3);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    CHECK(found.tables[0].ruled);
    CHECK(t.page == 3);
    CHECK(t.columns == 3);
    REQUIRE(t.bbox);
    CHECK(t.bbox->x0 == doctest::Approx(10));
    CHECK(t.bbox->y1 == doctest::Approx(70));
    auto g = t.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[0] == std::vector<std::string>{"Ref", "Action", "Status"});
    CHECK(g[1] == std::vector<std::string>{"1.1", "Review the plan", "Red"});
    CHECK(g[2] == std::vector<std::string>{"1.2", "Train", "Green"});
    CHECK(t.rows[1].cells[1].page == 3);
    CHECK(found.other_lines.empty());
}

TEST_CASE("a rule missing inside the grid makes a spanning cell") {
    auto words = grid_words();
    words[0] = word("Ref and action", 15, 14);
    words.erase(words.begin() + 1);
    auto found = pdf::find_tables(words, grid_rules(true), pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].colspan == 2);
    CHECK(t.rows[0].cells[0].text() == "Ref and action");
    CHECK(t.rows[0].cells[1].col == 2);
    CHECK(t.at(0, 1) == &t.rows[0].cells[0]);
    CHECK(t.rows[1].cells.size() == 3);
}

TEST_CASE("a shaded cell takes its fill from the raster") {
    auto raster = white_raster(300, 100);
    paint(raster, 201, 31, 260, 50, 0xFFFF0000u);
    auto found = pdf::find_tables(grid_words(), grid_rules(false), pdf::pack_paint(raster), 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    CHECK(t.rows[1].cells[2].fill == "#FF0000");
    CHECK(t.rows[1].cells[1].fill == "");
    CHECK(t.rows[2].cells[2].fill == "");
}

TEST_CASE("words outside the grid stay as lines; a frame of one column is no table") {
    auto words = grid_words();
    words.push_back(word("Below", 10, 100));
    auto found = pdf::find_tables(words, grid_rules(false), pdf::PaintMap{}, 1);
    REQUIRE(found.other_lines.size() == 1);
    CHECK(found.other_lines[0].text() == "Below");

    pdf::Rules frame;
    frame.horizontal = {hrule(10, 10, 260), hrule(70, 10, 260)};
    frame.vertical = {vrule(10, 10, 70), vrule(260, 10, 70)};
    CHECK(pdf::find_grids(frame).empty());
}

TEST_CASE("stream: columns from aligned text, an empty cell keeps the columns aligned") {
    std::vector<pdf::TextBox> w = {
        word("Measure", 10, 10),     word("Target", 150, 10), word("Actual", 250, 10),
        word("Referrals", 10, 30),   word("1200", 150, 30),   word("1350", 250, 30),
        word("Assessments", 10, 50), word("900", 150, 50),
        word("Audits", 10, 70),      word("12", 150, 70),     word("10", 250, 70),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK_FALSE(found.tables[0].ruled);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[0] == std::vector<std::string>{"Measure", "Target", "Actual"});
    CHECK(g[2] == std::vector<std::string>{"Assessments", "900", ""});
    CHECK(g[3] == std::vector<std::string>{"Audits", "12", "10"});
}

TEST_CASE("stream: prose is no table") {
    std::vector<pdf::TextBox> w = {word("The", 10, 10), word("board", 30, 10), word("met", 62, 10),
                                   word("four", 10, 24), word("times", 35, 24), word("this", 66, 24),
                                   word("year.", 10, 38)};
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    CHECK(found.tables.empty());
    CHECK(found.other_lines.size() == 3);
}

TEST_CASE("stream: a cell wrapping over lines stays one cell when rows are spaced wider than lines") {
    std::vector<pdf::TextBox> w = {
        word("Ref", 10, 10),  word("Action", 100, 10),
        word("1.1", 10, 40),  word("Review", 100, 40), word("the", 140, 40),
        word("threshold", 100, 52),                                  // wrapped, first cell empty
        word("1.2", 10, 82),  word("Audit", 100, 82),
        word("1.3", 10, 112), word("Train", 100, 112), word("staff", 132, 112),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[1] == std::vector<std::string>{"1.1", "Review the threshold"});
    CHECK(g[2] == std::vector<std::string>{"1.2", "Audit"});
}

TEST_CASE("stream: horizontal rules across the table separate its rows") {
    std::vector<pdf::TextBox> w = {
        word("Ref", 10, 10), word("Action", 100, 10),
        word("1.1", 10, 30), word("Review", 100, 30),
        word("policy", 100, 44),
        word("1.2", 10, 62), word("Audit", 100, 62),
    };
    pdf::Rules rules;
    rules.horizontal = {hrule(26, 5, 200), hrule(58, 5, 200)};
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[1][1] == "Review policy");
}

TEST_CASE("a word straddling a column edge splits at its glyphs") {
    auto w = word("AB", 10, 10);
    w.glyph_x1 = {15, 20};
    pdf::TextBox l, r;
    REQUIRE(pdf::split_word(w, 15.2, l, r));
    CHECK(l.text == "A");
    CHECK(r.text == "B");
    CHECK(l.x1 == doctest::Approx(15));
    CHECK_FALSE(pdf::split_word(word("AB", 10, 10), 15, l, r));  // no glyph edges
    CHECK_FALSE(pdf::split_word(w, 30, l, r));                    // outside the word
}

TEST_CASE("a framed block of figures under a ruled header becomes one row per line") {
    pdf::Rules r;
    for (double y : {10.0, 30.0, 130.0}) r.horizontal.push_back(hrule(y, 10, 260));
    for (double x : {10.0, 260.0}) r.vertical.push_back(vrule(x, 10, 130));
    r.vertical.push_back(vrule(100, 10, 30));  // the header is ruled, the body is not
    r.vertical.push_back(vrule(180, 10, 30));
    std::vector<pdf::TextBox> w = {word("Area", 15, 14), word("2023", 105, 14), word("2024", 185, 14)};
    const char* areas[] = {"North", "South", "East", "West"};
    for (int i = 0; i < 4; ++i) {
        double y = 36 + 20.0 * i;
        w.push_back(word(areas[i], 15, y));
        w.push_back(word(std::to_string(10 + i), 105, y));
        w.push_back(word(std::to_string(20 + i), 185, y));
    }
    auto found = pdf::find_tables(w, r, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 5);
    CHECK(g[0] == std::vector<std::string>{"Area", "2023", "2024"});
    CHECK(g[1] == std::vector<std::string>{"North", "10", "20"});
    CHECK(g[4] == std::vector<std::string>{"West", "13", "23"});
}

TEST_CASE("a ruled row of wrapped prose stays one row") {
    pdf::Rules r;
    for (double y : {10.0, 30.0, 130.0}) r.horizontal.push_back(hrule(y, 10, 260));
    for (double x : {10.0, 100.0, 260.0}) r.vertical.push_back(vrule(x, 10, 130));
    std::vector<pdf::TextBox> w = {word("Ref", 15, 14), word("Progress", 105, 14)};
    for (int i = 0; i < 5; ++i) {
        double y = 36 + 14.0 * i;
        w.push_back(word("Milestone", 15, y));
        w.push_back(word("The", 105, y));
        w.push_back(word("board", 125, y));
        w.push_back(word("reviewed", 155, y));
        w.push_back(word("policy", 200, y));
        w.push_back(word("2024", 235, y));
    }
    auto found = pdf::find_tables(w, r, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK(found.tables[0].table.rows.size() == 2);
}

TEST_CASE("a bulleted list with the bullets set apart is no table") {
    std::vector<pdf::TextBox> w = {word("\xE2\x80\xA2", 20, 10), word("Working", 40, 10), word("with", 80, 10),
                                   word("\xE2\x80\xA2", 20, 24), word("Monitoring", 40, 24),
                                   word("1.", 20, 38),           word("Developing", 40, 38), word("policy", 95, 38)};
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    CHECK(found.tables.empty());
    CHECK(found.other_lines.size() == 3);
}

TEST_CASE("stream: zebra shading from the raster separates rows and gives their fill") {
    auto raster = white_raster(300, 100);
    paint(raster, 5, 20, 250, 40, 0xFFC0C0C0u);
    paint(raster, 5, 60, 250, 80, 0xFFC0C0C0u);
    auto rules = pdf::find_rules(raster);
    std::vector<pdf::TextBox> w = {
        word("Ref", 10, 5, 6),   word("Action", 100, 5, 6),
        word("Ref1", 10, 22, 6), word("Review", 100, 22, 6),
        word("part2", 10, 31, 6), word("policy", 100, 31, 6),  // same shaded row: no new row
        word("Ref2", 10, 44, 6), word("Audit", 100, 44, 6),
        word("Ref3", 10, 62, 6), word("Train", 100, 62, 6),
    };
    auto found = pdf::find_tables(w, rules, pdf::pack_paint(raster), 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    auto g = t.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[1] == std::vector<std::string>{"Ref1 part2", "Review policy"});
    CHECK(g[2] == std::vector<std::string>{"Ref2", "Audit"});
    CHECK(t.rows[1].cells[1].fill == "#C0C0C0");
    CHECK(t.rows[2].cells[1].fill == "");
}

TEST_CASE("a grid inside a cell of another is a nested table in that cell") {
    pdf::Rules r;
    for (double y : {0.0, 100.0, 200.0}) r.horizontal.push_back(hrule(y, 0, 400));
    for (double x : {0.0, 200.0, 400.0}) r.vertical.push_back(vrule(x, 0, 200));
    for (double y : {110.0, 150.0, 190.0}) r.horizontal.push_back(hrule(y, 210, 390));  // apart from the outer rules
    for (double x : {210.0, 300.0, 390.0}) r.vertical.push_back(vrule(x, 110, 190));
    std::vector<pdf::TextBox> w = {word("Age", 5, 5),    word("Rate", 205, 5),    word("Rule", 5, 105),
                                   word("a1", 215, 120), word("b1", 305, 120), word("a2", 215, 160),
                                   word("b2", 305, 160)};
    auto found = pdf::find_tables(w, r, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    REQUIRE(t.rows.size() == 2);
    const Cell* holder = t.at(1, 1);
    REQUIRE(holder != nullptr);
    CHECK(holder->text() == "");
    REQUIRE(holder->tables.size() == 1);
    CHECK(holder->tables[0].grid_text() ==
          std::vector<std::vector<std::string>>{{"a1", "b1"}, {"a2", "b2"}});
    CHECK(t.at(1, 0)->text() == "Rule");
    CHECK(count_nonempty_cells(t) == 7);
}

namespace {

// A borderless table whose only paint is a header bar and the shaded progress cells of rows 1 and 3: the
// fills' edges make a two-column "grid" (bar and progress column) that lumps Ref, Action and Lead together.
struct ShadedBorderless {
    pdf::Raster raster = white_raster(400, 140);
    std::vector<pdf::TextBox> words;
    ShadedBorderless() {
        paint(raster, 5, 10, 380, 30, 0xFF23395Du);   // header bar
        paint(raster, 275, 30, 380, 62, 0xFF00AA00u);  // row 1 progress: green
        paint(raster, 275, 86, 380, 130, 0xFFFF0000u); // row 3 progress: red
        words = {word("Ref", 10, 14), word("Action", 50, 14), word("Lead", 200, 14), word("Progress", 280, 14),
                 word("1.1", 10, 36), word("Train", 50, 36), word("staff", 80, 36), word("Chair", 200, 36),
                 word("Green", 280, 36), word("on", 50, 48), word("GCP2", 65, 48),
                 word("1.2", 10, 68), word("Audit", 50, 68), word("cases", 80, 68), word("Manager", 200, 68),
                 word("Not", 280, 68), word("started", 300, 68),
                 word("1.3", 10, 90), word("Publish", 50, 90), word("Nurse", 200, 90), word("Red", 280, 90),
                 // a second paragraph of the red cell, and a list under the action's lead-in, both further
                 // down than the tight step of wrapped text
                 word("Escalated", 280, 108), word("schools", 60, 110)};
    }
};

}  // namespace

TEST_CASE("fill edges that lump text columns together give way to the columns the text lines up in") {
    ShadedBorderless s;
    auto rules = pdf::find_rules(s.raster);
    auto found = pdf::find_tables(s.words, rules, pdf::pack_paint(s.raster), 1);
    REQUIRE(found.tables.size() == 1);
    const auto& ft = found.tables[0];
    CHECK_FALSE(ft.ruled);
    const auto& t = ft.table;
    CHECK(t.columns == 4);
    auto g = t.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[0] == std::vector<std::string>{"Ref", "Action", "Lead", "Progress"});
    CHECK(g[1] == std::vector<std::string>{"1.1", "Train staff on GCP2", "Chair", "Green"});
    CHECK(g[2] == std::vector<std::string>{"1.2", "Audit cases", "Manager", "Not started"});
    // The red cell holds all of row 3: its second paragraph and the action's list stay in the row.
    CHECK(g[3][0] == "1.3");
    CHECK(t.rows[3].cells[2].text() == "Nurse");
    CHECK(t.rows[3].cells[3].paragraphs.size() == 2);
    CHECK(t.rows[3].cells[1].text().find("schools") != std::string::npos);
    CHECK(t.rows[1].cells[3].fill == "#00AA00");
    CHECK(t.rows[2].cells[3].fill == "");
    CHECK(t.rows[3].cells[3].fill == "#FF0000");
}

TEST_CASE("a grid of fill edges is set aside only when it lumps text columns together") {
    ShadedBorderless s;
    auto rules = pdf::find_rules(s.raster);
    auto grids = pdf::find_grids(rules);
    REQUIRE(grids.size() == 1);
    CHECK(grids[0].xs.size() == 3);
    CHECK(pdf::fill_grid_misses_columns(grids[0], s.words));
    // The same grid drawn as lines is a ruled table as drawn.
    auto drawn = grids[0];
    for (auto& seg : drawn.horizontal) seg.fill_edge = false;
    CHECK_FALSE(pdf::fill_grid_misses_columns(drawn, s.words));
    // Shading whose edges fall between the columns (each column's cells shaded apart) stands.
    pdf::RuleGrid apart;
    for (double x : {5.0, 45.0, 195.0, 275.0, 380.0}) apart.vertical.push_back({x, 10, x, 130, true});
    for (double y : {10.0, 30.0, 130.0}) apart.horizontal.push_back({5, y, 380, y, true});
    apart.xs = {5, 45, 195, 275, 380};
    apart.ys = {10, 30, 130};
    CHECK_FALSE(pdf::fill_grid_misses_columns(apart, s.words));
}

TEST_CASE("stream: a heading between two tables ends the first; a cell running on below the others does not") {
    std::vector<pdf::TextBox> w = {
        word("Ref", 10, 10), word("Action", 60, 10), word("Progress", 200, 10),
        word("1.1", 10, 24), word("Train", 60, 24), word("Done", 200, 24),
        // the progress cell runs on for three more lines at the tight step
        word("and", 200, 36), word("more", 200, 48), word("still", 200, 60),
        word("1.2", 10, 80), word("Audit", 60, 80), word("Late", 200, 80),
        word("Priority", 10, 104, 13, true), word("two", 70, 104, 13, true),
        word("Ref", 10, 128), word("Outcome", 40, 128), word("Action", 150, 128),
        word("2.1", 10, 142), word("Safe", 40, 142), word("Agree", 150, 142),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 2);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[1] == std::vector<std::string>{"1.1", "Train", "Done and more still"});
    CHECK(g[2] == std::vector<std::string>{"1.2", "Audit", "Late"});
    REQUIRE(found.other_lines.size() == 1);
    CHECK(found.other_lines[0].text() == "Priority two");
    CHECK(found.tables[1].table.rows.size() == 2);
}

namespace {

// A table drawn with rules across its rows only and a shaded first column (fill edges at 10 and 60): its
// other columns are seen only in the text, which starts at 70 and 200 on every row.
pdf::Rules rows_only_rules() {
    pdf::Rules r;
    for (double y : {10.0, 30.0, 70.0, 100.0}) r.horizontal.push_back(hrule(y, 10, 330));
    for (double x : {10.0, 60.0}) r.vertical.push_back({x, 10, x, 100, true});
    r.fills.push_back({10, 10, 60, 100, "#DAEEF3"});
    return r;
}

std::vector<pdf::TextBox> rows_only_words() {
    return {word("Stream", 15, 14),  word("Priority", 70, 14), word("one", 115, 14), word("Priority", 200, 14),
            word("two", 245, 14),    word("Audit", 15, 34),    word("Review", 70, 34), word("cases", 105, 34),
            word("Train", 200, 34),  word("staff", 230, 34),   word("monthly", 70, 48), word("yearly", 200, 48),
            word("Data", 15, 74),    word("Report", 70, 74),   word("Count", 200, 74)};
}

}  // namespace

TEST_CASE("a grid without column rules takes its columns from the starts of the text") {
    auto found = pdf::find_tables(rows_only_words(), rows_only_rules(), pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    CHECK(t.columns == 3);
    // The text edge sits just left of the starts it lines up on, so a continuation on the next page matches.
    CHECK(found.tables[0].col_x[2] == doctest::Approx(198));
    auto g = t.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[0] == std::vector<std::string>{"Stream", "Priority one", "Priority two"});
    CHECK(g[1] == std::vector<std::string>{"Audit", "Review cases monthly", "Train staff yearly"});
    CHECK(g[2] == std::vector<std::string>{"Data", "Report", "Count"});
}

TEST_CASE("text columns: a drawn column rule keeps the grid as drawn; a header word across an edge spans it") {
    auto drawn = rows_only_rules();
    drawn.vertical.push_back(vrule(150, 10, 100));
    auto grids = pdf::find_grids(drawn);
    REQUIRE(grids.size() == 1);
    auto before = grids[0].xs;
    pdf::add_text_columns(grids[0], rows_only_words());
    CHECK(grids[0].xs == before);

    auto words = rows_only_words();
    // One header cell over both text columns: "Shared header spanning both" runs from 70 to 205, over 198;
    // with seven lines of rows below it the gap stands (one line in seven may cross a gap).
    words.erase(words.begin() + 1, words.begin() + 5);
    words.push_back(word("Shared header spanning both", 70, 14));
    auto rules = rows_only_rules();
    for (int k = 0; k < 4; ++k) {
        double y = 100 + 20 * k;
        words.push_back(word("Row", 15, y + 4));
        words.push_back(word("Plan", 70, y + 4));
        words.push_back(word("Do", 200, y + 4));
        rules.horizontal.push_back(hrule(y + 20, 10, 330));
    }
    for (auto& v : rules.vertical) v.y1 = 180;
    auto found = pdf::find_tables(words, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    CHECK(t.columns == 3);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[1].colspan == 2);
    CHECK(t.rows[0].cells[1].text() == "Shared header spanning both");
    CHECK(t.rows[1].cells.size() == 3);
}

TEST_CASE("stream: wrapped cells whose lines do not share baselines stay one row; a rowspan'd label stays in the first row") {
    // Three columns (x 10, 100, 230), no rules. Row one: a label printed once for its group ("P1" over
    // "Group"), an outcome wrapping over two lines and an action of two paragraphs spaced apart, so its lines
    // fall between the outcome's. Row two (first cell blank below the label) starts after a wider gap, its
    // cells top-aligned.
    std::vector<pdf::TextBox> w = {
        word("P1", 10, 10),          word("Staff", 100, 10),  word("are", 130, 10),  word("skilled", 150, 10),
        word("Run", 230, 10),        word("the", 250, 10),    word("audit", 270, 10),
        word("Group", 10, 22),       word("and", 100, 22),    word("confident", 120, 22),
        word("programme", 230, 22),  word("o", 230, 39),      word("A", 240, 39),    word("review", 250, 39),
        word("agency", 230, 51),
        word("Train", 100, 80),      word("every", 130, 80),  word("Plan", 230, 80), word("monthly", 255, 80),
        word("manager", 100, 92),
    };
    for (auto& b : w) {  // wrapped text fills its cell: the outcome column to 222, the action column to 310
        if (b.text == "skilled") b.x1 = 222;
        if (b.text == "audit") b.x1 = 310;
        if (b.text == "review") b.x1 = 310;
        if (b.text == "every") b.x1 = 222;
    }
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    const auto& t = found.tables[0].table;
    REQUIRE(t.columns == 3);
    auto g = t.grid_text();
    REQUIRE(g.size() == 2);
    CHECK(g[0][0] == "P1 Group");
    CHECK(g[0][1] == "Staff are skilled and confident");
    CHECK(g[0][2].find("programme") != std::string::npos);
    CHECK(g[0][2].find("agency") != std::string::npos);
    CHECK(g[1][0] == "");
    CHECK(g[1][1] == "Train every manager");
    CHECK(g[1][2] == "Plan monthly");
}

TEST_CASE("stream: short entries stacked tight are rows of their own, even in a table of spaced rows") {
    std::vector<pdf::TextBox> w = {
        word("Net", 10, 10),      word("value", 30, 10),   word("5,111", 200, 10),
        word("Investment", 10, 32),
        word("Direct", 10, 44),   word("-", 225, 44),
        word("Revaluation", 10, 56), word("2,076", 200, 56),
        word("Costs", 10, 68),    word("(106)", 200, 68),
        word("Total", 10, 90),    word("1,969", 200, 90),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 6);
    CHECK(g[2] == std::vector<std::string>{"Direct", "-"});
    CHECK(g[3] == std::vector<std::string>{"Revaluation", "2,076"});
    CHECK(g[4] == std::vector<std::string>{"Costs", "(106)"});
}

namespace {

// A borderless table, rows padded apart, whose action and lead columns alone are shaded: rows 1 and 2 in one
// colour (one fill, no edge between them), row 3 unshaded, row 4 shaded again. Words 10 pt, lines 12 apart.
struct PartlyShaded {
    std::vector<pdf::TextBox> words;
    pdf::Rules rules;
    PartlyShaded() {
        auto row = [&](double y, const std::string& ref, const std::string& a1, const std::string& a2,
                       const std::string& lead) {
            words.push_back(word(ref, 10, y));
            words.push_back(word(a1, 60, y));
            words.push_back(word(a2, 60, y + 12));
            words.push_back(word(lead, 200, y));
        };
        row(10, "1.1", "Train all", "the staff", "Chair");
        row(40, "1.2", "Audit the", "cases", "Nurse");
        row(70, "1.3", "Review the", "policy", "Manager");
        row(100, "1.4", "Publish a", "report", "Officer");
        // fills of the action and lead cells: rows 1-2 (y 6-66) and row 4 (y 96-126); their edges as
        // find_rules gives them
        auto fill = [&](double y0, double y1) {
            for (auto [x0, x1] : {std::pair{55.0, 190.0}, std::pair{190.0, 260.0}}) {
                rules.fills.push_back({x0, y0, x1, y1, "#E2EFDA"});
                rules.horizontal.push_back({x0, y0, x1, y0, true});
                rules.horizontal.push_back({x0, y1, x1, y1, true});
                rules.vertical.push_back({x0, y0, x0, y1, true});
                rules.vertical.push_back({x1, y0, x1, y1, true});
            }
        };
        fill(6, 66);
        fill(96, 126);
    }
};

}  // namespace

TEST_CASE("padded rows: a wide step between lines starts a row, wrapped lines and paragraph spacing do not") {
    std::vector<pdf::Line> lines;
    for (double y : {10.0, 22.0, 40.0, 52.0, 66.0, 84.0}) {  // 12 = wrapped, 14 = paragraph, 18 = new row
        pdf::Line l;
        l.words = {word("text", 10, y)};
        pdf::refresh(l);
        lines.push_back(l);
    }
    auto wide = pdf::padded_row_steps(lines);
    REQUIRE(wide.size() == 6);
    CHECK(wide == std::vector<char>{1, 0, 1, 0, 0, 1});
    // Rows of one line each, evenly spaced: no two groups of steps, no reading.
    std::vector<pdf::Line> even;
    for (double y : {10.0, 30.0, 50.0, 70.0}) {
        pdf::Line l;
        l.words = {word("text", 10, y)};
        pdf::refresh(l);
        even.push_back(l);
    }
    CHECK(pdf::padded_row_steps(even).empty());
}

TEST_CASE("a table shaded in one column only: the shaded grids widen over the row, join, and split by text") {
    PartlyShaded s;
    auto grids = pdf::find_grids(s.rules);
    REQUIRE(grids.size() == 2);
    for (auto& g : grids) pdf::widen_to_rows_beside(g, s.words);
    CHECK(grids[0].widened);
    CHECK(grids[0].xs.front() < 10);
    pdf::join_stacked_grids(grids, s.words);
    REQUIRE(grids.size() == 1);
    for (auto& g : grids) {
        pdf::add_text_columns(g, s.words);
        pdf::add_text_rows(g, s.words);
    }
    // Without the text's rows, 1.1 and 1.2 would be one row (their cells share one fill).
    auto found = pdf::find_tables(s.words, s.rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[0] == std::vector<std::string>{"1.1", "Train all the staff", "Chair"});
    CHECK(g[1] == std::vector<std::string>{"1.2", "Audit the cases", "Nurse"});
    CHECK(g[2] == std::vector<std::string>{"1.3", "Review the policy", "Manager"});
    CHECK(g[3] == std::vector<std::string>{"1.4", "Publish a report", "Officer"});
    // The same shading drawn as lines is a ruled table as drawn: nothing widens.
    auto rules = s.rules;
    for (auto& seg : rules.horizontal) seg.fill_edge = false;
    for (auto& seg : rules.vertical) seg.fill_edge = false;
    auto drawn = pdf::find_grids(rules);
    REQUIRE(!drawn.empty());
    CHECK_FALSE(drawn[0].loose);
    pdf::widen_to_rows_beside(drawn[0], s.words);
    CHECK_FALSE(drawn[0].widened);
}

TEST_CASE("a header bar over unruled rows: the bar's grid goes on down over the rows, a heading ends it") {
    // header bar (fill) 5-380 x 10-28 with a drawn rule under it; below, two rows padded apart, then a
    // larger heading and a paragraph
    pdf::Rules rules;
    for (auto [x0, x1] : {std::pair{5.0, 190.0}, std::pair{190.0, 380.0}}) {
        rules.fills.push_back({x0, 10, x1, 28, "#E4DFEC"});
        rules.horizontal.push_back({x0, 10, x1, 10, true});
        rules.vertical.push_back({x0, 10, x0, 28, true});
        rules.vertical.push_back({x1, 10, x1, 28, true});
    }
    rules.horizontal.push_back({5, 28, 380, 28, false});  // the drawn rule under the header
    std::vector<pdf::TextBox> w = {
        word("Action", 10, 13), word("Lead", 200, 13),
        word("Train", 10, 34), word("all", 40, 34), word("Chair", 200, 34),
        word("staff", 10, 46),
        word("Audit", 10, 66), word("Nurse", 200, 66), word("cases", 10, 78), word("quickly", 200, 78),
        word("Next", 10, 110, 14, true), word("steps", 45, 110, 14, true),
        word("A", 10, 130), word("paragraph", 20, 130), word("after", 80, 130),
    };
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[0] == std::vector<std::string>{"Action", "Lead"});
    CHECK(g[1] == std::vector<std::string>{"Train all staff", "Chair"});
    CHECK(g[2] == std::vector<std::string>{"Audit cases", "Nurse quickly"});
    REQUIRE(found.other_lines.size() == 2);
    CHECK(found.other_lines[0].text() == "Next steps");
}

TEST_CASE("a table's continuation at the top of a page takes the columns of the table ending the page before") {
    // one row of three columns whose middle column's lines start at its left edge only on some lines: on
    // its own the text shows no gap at x = 150 on every line
    std::vector<pdf::TextBox> w = {
        word("Fewer", 10, 10), word("arrests", 40, 10), word("Set", 150, 10), word("up", 170, 10), word("Jul-11", 300, 10),
        word("of", 10, 22), word("children", 25, 22), word("a", 150, 22), word("panel", 160, 22),
        word("and", 150, 34), word("report", 170, 34),
    };
    std::vector<double> carried{5, 145, 295, 340};
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 2, carried);
    REQUIRE(found.tables.size() == 1);
    CHECK(found.tables[0].col_x == carried);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() >= 1);
    CHECK(g[0][0].find("Fewer arrests") == 0);
    CHECK(g[0][2] == "Jul-11");
    // Words across a carried edge: the text's own columns, not the carried ones.
    std::vector<double> other{5, 35, 295, 340};
    auto own = pdf::find_tables(w, {}, pdf::PaintMap{}, 2, other);
    REQUIRE(own.tables.size() == 1);
    CHECK(own.tables[0].col_x != other);
}

TEST_CASE("stream rows: a bulleted item's lines under its text (a hanging indent) stay in their row") {
    std::vector<pdf::TextBox> w = {
        word("Ref", 10, 10), word("Action", 60, 10), word("Lead", 250, 10),
        word("1.1", 10, 30), word("o", 60, 30), word("Make sure a lead", 72, 30), word("Chair", 250, 30),
        // the item's second line under its text, beside the lead's second line
        word("for neglect and abuse now.", 72, 42), word("of Board", 250, 42),
        word("o", 60, 56), word("Run the campaign for all", 72, 56),
        word("1.2", 10, 80), word("Audit", 60, 80), word("Nurse", 250, 80),
        word("cases", 60, 92),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[1][0] == "1.1");
    CHECK(g[1][1].find("abuse now.") != std::string::npos);
    CHECK(g[1][1].find("campaign") != std::string::npos);
    CHECK(g[1][2] == "Chair of Board");
    CHECK(g[2] == std::vector<std::string>{"1.2", "Audit cases", "Nurse"});
}

TEST_CASE("a header bar left alone at the foot of a page is a table's header; a shaded last row is not") {
    auto bar_rules = [](double y0, double y1) {
        pdf::Rules r;
        r.fills.push_back({5, y0, 400, y1, "#385623"});
        r.horizontal.push_back({5, y0, 400, y0, true});
        r.horizontal.push_back({5, y1, 400, y1, true});
        r.vertical.push_back({5, y0, 5, y1, true});
        r.vertical.push_back({400, y0, 400, y1, true});
        return r;
    };
    std::vector<pdf::TextBox> header = {
        word("Our", 10, 700, 14, true), word("actions", 40, 700, 14, true),
        word("Objective", 10, 722), word("Ref", 80, 722), word("Action", 120, 722), word("By", 250, 722),
        word("when", 263, 722), word("Q1", 320, 722), word("update", 335, 722),
    };
    auto bars = pdf::header_bar_grids(bar_rules(718, 738), {}, header);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].xs == std::vector<double>{5, 78, 118, 248, 318, 400});
    auto found = pdf::find_tables(header, bar_rules(718, 738), pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK(found.tables[0].table.grid_text()[0] ==
          std::vector<std::string>{"Objective", "Ref", "Action", "By when", "Q1 update"});
    // The same bar over rows in columns right above it: the shaded last row of a table, no header.
    std::vector<pdf::TextBox> last_row = {
        word("Delhi", 10, 700), word("28,084", 80, 700), word("411", 120, 700), word("4,550", 250, 700),
        word("Punjab", 10, 722), word("19,775", 80, 722), word("2,208", 120, 722), word("2,470", 250, 722),
        word("Total", 320, 722),
    };
    CHECK(pdf::header_bar_grids(bar_rules(718, 738), {}, last_row).empty());
    // Text right under the bar: its rows give the columns, not the bar.
    auto with_rows = header;
    with_rows.push_back(word("SP1", 10, 742));
    with_rows.push_back(word("Train", 120, 742));
    CHECK(pdf::header_bar_grids(bar_rules(718, 738), {}, with_rows).empty());
}

TEST_CASE("stream rows under a rule beneath the header: the header is one row, padded rows below are rows") {
    // a two-line header, a drawn rule under it, then rows padded apart whose first cell is a number; the
    // first row's cell is a bullet list, the second row's last line opens no first cell at a narrow step
    pdf::Rules rules;
    rules.horizontal.push_back({5, 34, 400, 34, false});
    std::vector<pdf::TextBox> w = {
        word("Item", 10, 10), word("What we", 60, 10), word("Accountable", 250, 10),
        word("will do", 60, 22), word("lead", 250, 22),
        word("1", 10, 40), word("o Carry out an audit of all", 60, 40), word("Chair of the whole Board", 250, 40),
        word("the case files this year.", 60, 52),
        word("o Hold a workshop on all of", 60, 64),
        word("the findings of the audit.", 60, 76),
        word("2", 10, 96), word("Ask each partner agency to", 60, 96), word("Named GP for the whole", 250, 96),
        word("report on all its referrals.", 60, 108), word("Safeguarding team here", 250, 108),
        word("3", 10, 128), word("Publish the annual report.", 60, 128), word("Designated Nurse for all", 250, 128),
    };
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 4);
    CHECK(g[0] == std::vector<std::string>{"Item", "What we will do", "Accountable lead"});
    CHECK(g[1][0] == "1");
    CHECK(g[1][1].find("of the audit.") != std::string::npos);
    CHECK(g[2] == std::vector<std::string>{"2", "Ask each partner agency to report on all its referrals.",
                                           "Named GP for the whole Safeguarding team here"});
    CHECK(g[3] == std::vector<std::string>{"3", "Publish the annual report.", "Designated Nurse for all"});
}

TEST_CASE("stream rows evenly spaced with their wrapped lines: a line of small-letter starts goes on the row") {
    // one row of a table continued at the top of a page: its lines at one step, nothing to tell rows apart
    // but the words (a cell starts with a capital, its wrapped lines do not)
    std::vector<pdf::TextBox> w = {
        word("Fewer children arrested", 10, 10), word("Set up a safeguarding", 150, 10), word("Jul-11", 300, 10),
        word("for drug supply offences", 10, 22), word("panel to consider the", 150, 22),
        word("locations of concern.", 150, 34),
        word("More referrals made", 10, 46), word("Strengthen the guidance", 150, 46), word("Jan-12", 300, 46),
    };
    auto found = pdf::find_tables(w, {}, pdf::PaintMap{}, 2);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 2);
    CHECK(g[0] == std::vector<std::string>{"Fewer children arrested for drug supply offences",
                                           "Set up a safeguarding panel to consider the locations of concern.", "Jul-11"});
    CHECK(g[1] == std::vector<std::string>{"More referrals made", "Strengthen the guidance", "Jan-12"});
}

TEST_CASE("stream rows: a line whose cells mostly go on inside shaded cells is the rest of the row") {
    // one row shaded in its action and lead cells (one fill), its lines evenly spaced and capitalised, then
    // an unshaded row
    pdf::Rules rules;
    rules.fills.push_back({145, 6, 400, 34, "#D9D2E9"});
    std::vector<pdf::TextBox> w = {
        word("Priority D", 10, 10), word("4.2 Commission the Youth", 150, 10), word("4.2 David", 300, 10),
        word("Child exploitation", 10, 22), word("Council to deliver sessions.", 150, 22), word("Rushworth, LADO", 300, 22),
        word("Priority E", 10, 40), word("5.1 Audit the case files", 150, 40), word("Nurse", 300, 40),
    };
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 5);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 2);
    CHECK(g[0] == std::vector<std::string>{"Priority D Child exploitation", "4.2 Commission the Youth Council to deliver sessions.",
                                           "4.2 David Rushworth, LADO"});
    CHECK(g[1][0] == "Priority E");
}

TEST_CASE("stream rows ruled by stripes: a shaded cell merged down over a row is one cell spanning the rows") {
    // Zebra rows 1 and 3 shaded; row 1's outcome cell merged down over the white row 2, its text running
    // past the stripe's edge.
    auto shape = [](double x0, double y0, double x1, double y1) {
        pdf::PaintShape s;
        s.x0 = x0, s.y0 = y0, s.x1 = x1, s.y1 = y1, s.rgb = 0xEEF3F7;
        return s;
    };
    auto rules = pdf::vector_rules(pdf::visible_paint({shape(10, 28, 100, 58), shape(100, 28, 200, 58), shape(200, 28, 320, 88),
                                                       shape(10, 88, 100, 118), shape(100, 88, 200, 118), shape(200, 88, 320, 118)}));
    std::vector<pdf::TextBox> w = {
        word("Ref", 15, 12),          word("Action", 105, 12),        word("Outcome", 205, 12),
        word("1.", 15, 32),           word("Review the plan", 105, 32), word("Children are", 205, 32),
        word("safe at home", 205, 44), word("and at school", 205, 56),
        word("2.", 15, 62),           word("Train staff", 105, 62),
        word("3.", 15, 92),           word("Audit files", 105, 92),   word("Fewer referrals", 205, 92),
    };
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 4);
    REQUIRE(found.tables.size() == 1);
    const Table& t = found.tables[0].table;
    REQUIRE(t.rows.size() == 4);
    REQUIRE(t.rows[1].cells.size() == 3);
    CHECK(t.rows[1].cells[2].text() == "Children are safe at home and at school");
    CHECK(t.rows[1].cells[2].rowspan == 2);
    REQUIRE(t.rows[2].cells.size() == 2);  // its outcome is row 1's
    CHECK(t.rows[2].cells[0].text() == "2.");
    CHECK(t.rows[2].cells[1].text() == "Train staff");
    REQUIRE(t.rows[3].cells.size() == 3);
    CHECK(t.rows[3].cells[2].text() == "Fewer referrals");
}

TEST_CASE("stream rows: a line whose every cell goes on in small letters from the line above is the rest of the row") {
    // the label wraps short of its room ("living" would have fitted after "children"), the action's bullet
    // item wraps too; the next row opens after a wider step
    std::vector<pdf::TextBox> w = {
        word("Audit shows improved", 10, 10),  word("o", 150, 10), word("Make sure every team has", 160, 10), word("1 December", 330, 10),
        word("outcomes for kids", 10, 22), word("a named lead for neglect,", 160, 22), word("2012", 330, 22),
        word("living with neglect", 10, 34),   word("substance misuse and abuse.", 160, 34),
        word("o", 150, 46), word("Run the neglect campaign", 160, 46),
        word("Fewer children on a", 10, 66),   word("Commission the forum to", 150, 66), word("Jun-12", 330, 66),
        word("second or subsequent plan", 10, 78), word("deliver the sessions.", 150, 78),
    };
    auto found = pdf::find_tables(w, pdf::Rules{}, pdf::PaintMap{}, 5);
    REQUIRE(found.tables.size() == 1);
    auto g = found.tables[0].table.grid_text();
    REQUIRE(g.size() == 2);
    CHECK(g[0][0] == "Audit shows improved outcomes for kids living with neglect");
    CHECK(g[1][0] == "Fewer children on a second or subsequent plan");
}

TEST_CASE("stream tables say whether rules separate their rows: a rule under the header alone does not") {
    // a header of three lines, a rule under it touching the box of the first data line (glyph ascents reach
    // over it), then one row of one line: the rest of a table from the page before
    std::vector<pdf::TextBox> w = {
        word("Item", 10, 10), word("What we", 60, 10), word("Accountable", 250, 10),
        word("will do", 60, 22), word("lead", 250, 22),
        word("Q1", 250, 34),
        word("5", 10, 46.5), word("Hold a conference", 60, 46.5), word("Named GP", 250, 46.5),
    };
    pdf::Rules rules;
    rules.horizontal.push_back({5, 46.6, 400, 46.6, false});
    auto found = pdf::find_tables(w, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK(found.tables[0].table.borderless);
    // a rule between the data rows too: cells are bounded, a blank one is blank
    w.push_back(word("6", 10, 62)), w.push_back(word("Audit the files", 60, 62));
    rules.horizontal.push_back({5, 60, 400, 60, false});
    found = pdf::find_tables(w, rules, pdf::PaintMap{}, 1);
    REQUIRE(found.tables.size() == 1);
    CHECK_FALSE(found.tables[0].table.borderless);
}
