// test_pages.cpp — running text, tables continued across pages, blocks in reading order.
#include <doctest/doctest.h>

#include "importers/pdf/pages.h"
#include "tests/pdf/boxes.h"

using namespace planport;
using planport::testing::word;

namespace {

pdf::PageContent page(int n, std::vector<pdf::TextBox> boxes) {
    pdf::PageContent p;
    p.number = n;
    p.width = 595;
    p.height = 842;
    p.boxes = std::move(boxes);
    return p;
}

Cell text_cell(const std::string& text, int row, int col, int pg) {
    Cell c;
    c.row = row, c.col = col, c.page = pg;
    if (!text.empty()) {
        Paragraph p;
        p.text = text;
        p.page = pg;
        c.paragraphs.push_back(p);
    }
    return c;
}

pdf::FoundTable table(int pg, double top, std::vector<std::vector<std::string>> rows) {
    pdf::FoundTable ft;
    ft.ruled = true;
    ft.col_x = {50, 100, 400};
    ft.table.page = pg;
    ft.table.columns = 2;
    ft.table.bbox = BBox{50, top, 400, top + 20.0 * double(rows.size())};
    for (size_t r = 0; r < rows.size(); ++r) {
        Row row;
        row.page = pg;
        for (int c = 0; c < 2; ++c) row.cells.push_back(text_cell(rows[r][c], int(r), c, pg));
        ft.table.rows.push_back(row);
    }
    return ft;
}

bool has_word(const std::vector<pdf::TextBox>& boxes, const std::string& text) {
    for (const auto& b : boxes)
        if (b.text == text) return true;
    return false;
}

}  // namespace

TEST_CASE("running headers, footers and page numbers go; body text stays") {
    std::vector<pdf::PageContent> pages;
    for (int n = 1; n <= 3; ++n)
        pages.push_back(page(n, {word("Safeguarding", 50, 20), word("Plan", 120, 20), word("Body" + std::to_string(n), 50, 300),
                                 word("Page", 280, 810), word(std::to_string(n), 310, 810), word("of", 320, 810),
                                 word("3", 335, 810)}));
    pages[1].boxes.push_back(word("7", 560, 20));  // a bare number in the top margin
    auto kept = pdf::strip_running_text(pages);
    REQUIRE(kept.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(has_word(kept[i], "Body" + std::to_string(i + 1)));
        CHECK_FALSE(has_word(kept[i], "Safeguarding"));
        CHECK_FALSE(has_word(kept[i], "Page"));
    }
    CHECK_FALSE(has_word(kept[1], "7"));
}

TEST_CASE("a line at the top of only one page stays, and so does one inside a keep area") {
    std::vector<pdf::PageContent> pages = {page(1, {word("Introduction", 50, 20)}), page(2, {word("Actions", 50, 20)}),
                                           page(3, {word("Actions", 50, 20)})};
    auto kept = pdf::strip_running_text(pages);
    CHECK(has_word(kept[0], "Introduction"));
    CHECK_FALSE(has_word(kept[1], "Actions"));
    std::vector<std::vector<BBox>> keep = {{}, {BBox{40, 10, 300, 60}}, {BBox{40, 10, 300, 60}}};
    kept = pdf::strip_running_text(pages, keep);
    CHECK(has_word(kept[1], "Actions"));
}

TEST_CASE("a table continued on the next page is joined: header repeat dropped, split row joined") {
    std::vector<pdf::PageResult> pages(2);
    pages[0].number = 4;
    pages[0].found.tables.push_back(table(4, 600, {{"Ref", "Action"}, {"1.1", "Done."}, {"1.2", "Review the threshold and"}}));
    pages[0].found.other_lines = pdf::build_lines({word("Actions", 50, 560, 16, true)});
    pages[1].number = 5;
    pages[1].found.tables.push_back(table(5, 40, {{"Ref", "Action"}, {"", "agree changes"}, {"1.3", "Audit"}}));
    Diagnostics diag;
    auto blocks = pdf::assemble(pages, 10, diag);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].kind == Block::Kind::Paragraph);
    CHECK(blocks[0].paragraph.heading_level > 0);
    REQUIRE(blocks[1].kind == Block::Kind::Table);
    const auto& t = blocks[1].table;
    CHECK(t.index == 1);
    CHECK(t.page == 4);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].is_header);
    auto g = t.grid_text();
    CHECK(g[2] == std::vector<std::string>{"1.2", "Review the threshold and agree changes"});
    CHECK(g[3] == std::vector<std::string>{"1.3", "Audit"});
    CHECK(t.rows[3].page == 5);
    CHECK(t.rows[3].page_break_before);
    CHECK(t.rows[3].cells[0].row == 3);
    CHECK(t.rows[2].cells[0].page == 4);
}

TEST_CASE("tables with different columns are not joined; the first block of a page starts a page") {
    std::vector<pdf::PageResult> pages(2);
    pages[0].number = 1;
    pages[0].found.tables.push_back(table(1, 600, {{"Ref", "Action"}, {"1.1", "Done"}}));
    pages[1].number = 2;
    auto other = table(2, 40, {{"Name", "Role"}, {"A", "Chair"}});
    other.col_x = {50, 200, 400};
    pages[1].found.tables.push_back(other);
    pages[1].found.other_lines = pdf::build_lines({word("Notes", 50, 200)});
    Diagnostics diag;
    auto blocks = pdf::assemble(pages, 10, diag);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].kind == Block::Kind::Table);
    CHECK(blocks[1].table.page_break_before);
    CHECK(blocks[1].table.index == 2);
    CHECK(blocks[2].paragraph.text == "Notes");
    CHECK_FALSE(blocks[2].paragraph.page_break_before);
}

TEST_CASE("a footer at the same distance from the bottom of portrait and landscape pages goes") {
    std::vector<pdf::PageContent> pages;
    for (int n = 1; n <= 4; ++n) {
        auto p = page(n, {word("Body" + std::to_string(n), 50, 300)});
        if (n > 2) std::swap(p.width, p.height);  // landscape
        p.boxes.push_back(word("Plan", 300, p.height - 40));
        p.boxes.push_back(word("footer", 330, p.height - 40));
        pages.push_back(p);
    }
    auto kept = pdf::strip_running_text(pages);
    for (int i = 0; i < 4; ++i) {
        CHECK(has_word(kept[i], "Body" + std::to_string(i + 1)));
        CHECK_FALSE(has_word(kept[i], "footer"));
    }
}

TEST_CASE("a table header row repeated at the top of each page is not running text") {
    std::vector<pdf::PageContent> pages;
    for (int n = 1; n <= 3; ++n)
        pages.push_back(page(n, {word("Ref", 50, 30), word("Action", 150, 30), word("Status", 300, 30),
                                 word("Body" + std::to_string(n), 50, 300)}));
    auto kept = pdf::strip_running_text(pages);
    for (int i = 0; i < 3; ++i) CHECK(has_word(kept[i], "Action"));
}

TEST_CASE("a figure beside other text near the bottom edge is no page number") {
    std::vector<pdf::PageContent> pages = {page(1, {word("Total", 50, 800), word("12", 300, 800)})};
    auto kept = pdf::strip_running_text(pages);
    CHECK(has_word(kept[0], "12"));
    pages = {page(1, {word("12", 300, 800)})};
    CHECK_FALSE(has_word(pdf::strip_running_text(pages)[0], "12"));
}

TEST_CASE("unruled tables join across pages with edges moved a little; ruled ones need them in place") {
    auto run = [](bool ruled, double shift) {
        std::vector<pdf::PageResult> pages(2);
        pages[0].number = 1;
        pages[0].found.tables.push_back(table(1, 600, {{"Ref", "Action"}, {"1.1", "Done."}}));
        pages[1].number = 2;
        auto next = table(2, 40, {{"1.2", "Audit"}});
        next.col_x[1] += shift;
        pages[0].found.tables[0].ruled = next.ruled = ruled;
        pages[1].found.tables.push_back(next);
        Diagnostics diag;
        return pdf::assemble(pages, 10, diag).size();
    };
    CHECK(run(false, 15) == 1);
    CHECK(run(true, 15) == 2);
    CHECK(run(true, 5) == 1);
    CHECK(run(false, 40) == 2);
}

TEST_CASE("an unruled table continues on the next page whose last column's text ends further left") {
    std::vector<pdf::PageResult> pages(2);
    pages[0].number = 1;
    pages[0].found.tables.push_back(table(1, 600, {{"Ref", "Progress"}, {"1.1", "Done."}}));
    pages[1].number = 2;
    auto next = table(2, 40, {{"1.2", "Not yet"}});
    next.col_x.back() -= 90;  // the right edge is only where the longest line ends
    pages[0].found.tables[0].ruled = next.ruled = false;
    pages[1].found.tables.push_back(next);
    Diagnostics diag;
    auto blocks = pdf::assemble(pages, 10, diag);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].table.rows.size() == 3);
}

TEST_CASE("a row split by a page joins its paragraphs: a sentence running on, a word broken at a hyphen") {
    auto run = [](const std::string& above, std::vector<std::string> below_paragraphs, bool list = false) {
        std::vector<pdf::PageResult> pages(2);
        pages[0].number = 1;
        pages[0].found.tables.push_back(table(1, 600, {{"Ref", "Action"}, {"1.1", above}}));
        pages[1].number = 2;
        auto next = table(2, 40, {{"", "x"}});
        auto& cell = next.table.rows[0].cells[1];
        cell.paragraphs.clear();
        for (const auto& text : below_paragraphs) {
            Paragraph p;
            p.text = text;
            p.page = 2;
            if (list) p.list_label = "•";
            cell.paragraphs.push_back(p);
        }
        pages[1].found.tables.push_back(next);
        Diagnostics diag;
        auto blocks = pdf::assemble(pages, 10, diag);
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].table.rows.size() == 2);
        return blocks[0].table.rows[1].cells[1].paragraphs;
    };
    auto p = run("In conjunction with the London Child Protection", {"Procedures. The CHSCB plans to audit.", "Second."});
    REQUIRE(p.size() == 2);
    CHECK(p[0].text == "In conjunction with the London Child Protection Procedures. The CHSCB plans to audit.");
    CHECK(p[0].page == 1);
    CHECK(p[1].text == "Second.");
    p = run("Set up a multi-", {"agency panel"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].text == "Set up a multi-agency panel");
    // A short label above a capital is the next item's (a lead per item, the page broken between them).
    p = run("Quality Assurance Sub-committee", {"Training and Development Sub-committee"});
    CHECK(p.size() == 2);
    // A list item below a lead-in stays an item of its own.
    p = run("Train staff in", {"schools"}, true);
    CHECK(p.size() == 2);
    CHECK(p[0].text == "Train staff in");
    // A phrase stopped at a small word goes on in capitals ("End of" "September 2015"), and so does a
    // numbered milestone in a cell whose next milestone has its own number.
    p = run("End of", {"September 2015 May 2016"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].text == "End of September 2015 May 2016");
    p = run("4.5 Principal Social", {"Worker", "4.6 Principal Social Worker"});
    REQUIRE(p.size() == 2);
    CHECK(p[0].text == "4.5 Principal Social Worker");
    CHECK(p[1].text == "4.6 Principal Social Worker");
    p = run("4.5 Principal Social Worker", {"4.6 Head of Service"});
    CHECK(p.size() == 2);
}

TEST_CASE("a continued table with a two-row header and a merged first column: both header rows go, the split row joins") {
    std::vector<pdf::PageResult> pages(2);
    pages[0].number = 3;
    auto before = table(3, 400, {{"Priority", "Action"}, {"", "Q1 update"}, {"One", "1. Review the guidance"},
                                 {"", "2. Strengthen the response to young people at risk of"}});
    // the first column of the last row lies under the merged priority cell of the row above
    before.table.rows[2].cells[0].rowspan = 2;
    before.table.rows[3].cells.erase(before.table.rows[3].cells.begin());
    pages[0].found.tables.push_back(before);
    pages[1].number = 4;
    pages[1].found.tables.push_back(table(4, 40, {{"Priority", "Action"}, {"", "Q1 update"}, {"", "radicalisation by schools"},
                                                  {"", "3. Pilot the toolkit"}}));
    Diagnostics diag;
    auto blocks = pdf::assemble(pages, 10, diag);
    REQUIRE(blocks.size() == 1);
    const auto& t = blocks[0].table;
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[3].cells[0].text() == "2. Strengthen the response to young people at risk of radicalisation by schools");
    CHECK(t.rows[4].cells[1].text() == "3. Pilot the toolkit");
    // A new numbered row after a page break, under a first column as blank, stays a row of its own.
    std::vector<pdf::PageResult> again(2);
    again[0] = pages[0];
    again[0].found.tables = {before};
    again[1].number = 4;
    again[1].found.tables.push_back(table(4, 40, {{"", "3. pilot the toolkit"}}));
    auto apart = pdf::assemble(again, 10, diag);
    REQUIRE(apart.size() == 1);
    CHECK(apart[0].table.rows.size() == 5);
}

TEST_CASE("a row split with its label cell: the label's second line and the cells going on in small letters join it") {
    std::vector<pdf::PageResult> pages(2);
    pages[0].number = 2;
    pages[0].found.tables.push_back(table(2, 600, {{"", "Audit"}, {"Priority 4", "Dip-sample referrals to test the quality of"}}));
    pages[1].number = 3;
    pages[1].found.tables.push_back(table(3, 40, {{"online abuse", "information sharing between agencies."},
                                                  {"Priority 5", "Review the threshold."}}));
    Diagnostics diag;
    auto blocks = pdf::assemble(pages, 10, diag);
    REQUIRE(blocks.size() == 1);
    auto g = blocks[0].table.grid_text();
    REQUIRE(g.size() == 3);
    CHECK(g[1] == std::vector<std::string>{"Priority 4 online abuse",
                                           "Dip-sample referrals to test the quality of information sharing between agencies."});
    CHECK(g[2][0] == "Priority 5");
    // One column going on in small letters is not enough with the label cell filled.
    pages[1].found.tables[0] = table(3, 40, {{"Priority 5", "information sharing."}});
    pages[0].found.tables[0] = table(2, 600, {{"", "Audit"}, {"Priority 4", "Dip-sample referrals to test the quality of"}});
    CHECK(pdf::assemble(pages, 10, diag)[0].table.rows.size() == 3);
}
