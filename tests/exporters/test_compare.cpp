// test_compare.cpp — cross-board comparison: the long-form CSV counts, overdue rules (due months, complete
// actions, as-of dates), and the HTML page's heat-map, status bars with their text, and overdue list.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>
#include <stdexcept>

#include "exporters/compare.h"

using namespace planport;

namespace {

Action action(const std::string& text, Rag rag, const std::string& due) {
    Action a;
    a.text = text;
    a.rag = rag;
    a.due = due;
    return a;
}

std::vector<Plan> plans() {
    Plan a;
    a.board = "Board A";
    a.title = "Plan 2014-15";
    a.start_year = 2014;
    a.end_year = 2015;
    Priority n;
    n.ref = "1";
    n.title = "Neglect and early help";
    n.themes = {"neglect", "early-help"};
    n.actions.push_back(action("done late", Rag::Complete, "2014-06"));
    n.actions.push_back(action("due end of month", Rag::Green, "2015-03"));     // = 2015-03-31
    n.actions.push_back(action("due day before", Rag::Amber, "2015-03-30"));
    n.actions.push_back(action("no date", Rag::Red, ""));
    a.priorities.push_back(n);
    Priority n2;
    n2.ref = "2";
    n2.title = "More neglect";
    n2.themes = {"neglect"};
    n2.actions.push_back(action("<b>unrated</b>", Rag::Unknown, "2015-01"));
    a.priorities.push_back(n2);
    Priority none;
    none.ref = "3";
    none.title = "Untagged";
    a.priorities.push_back(none);

    Plan b;
    b.board = "=Board B, \"quoted\"";
    b.title = "Plan";
    Priority c;
    c.title = "CSE";
    c.themes = {"cse", "local-theme"};
    c.actions.push_back(action("x", Rag::Red, "2016-02-29"));
    b.priorities.push_back(c);
    return {a, b};
}

std::string csv(const std::vector<Plan>& p, const std::string& as_of) {
    std::ostringstream out;
    CompareOptions o;
    o.as_of = as_of;
    write_compare_csv(out, p, o);
    return out.str();
}

std::string html(const std::vector<Plan>& p, const std::string& as_of) {
    std::ostringstream out;
    CompareOptions o;
    o.as_of = as_of;
    write_compare_html(out, p, o);
    return out.str();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("compare csv: one row per board, plan and theme with counts, themes in taxonomy order") {
    CHECK(csv(plans(), "2015-03-31") ==
          "board,plan,theme,priorities,actions,complete,green,amber,red,unknown,overdue\n"
          "Board A,Plan 2014-15,neglect,2,5,1,1,1,1,1,2\n"
          "Board A,Plan 2014-15,early-help,1,4,1,1,1,1,0,1\n"
          "Board A,Plan 2014-15,other,1,0,0,0,0,0,0,0\n"
          "\"'=Board B, \"\"quoted\"\"\",Plan,cse,1,1,0,0,0,1,0,0\n"
          "\"'=Board B, \"\"quoted\"\"\",Plan,local-theme,1,1,0,0,0,1,0,0\n");
}

TEST_CASE("compare csv: a due month is overdue only after its last day") {
    // On 2015-04-01 the March action is overdue too.
    CHECK(has(csv(plans(), "2015-04-01"), "Board A,Plan 2014-15,neglect,2,5,1,1,1,1,1,3\n"));
    // On 2015-01-31 nothing of January is overdue yet; the complete June 2014 action never is.
    CHECK(has(csv(plans(), "2015-01-31"), "Board A,Plan 2014-15,neglect,2,5,1,1,1,1,1,0\n"));
    CHECK(has(csv(plans(), "2016-03-01"), "Plan,cse,1,1,0,0,0,1,0,1\n"));
}

TEST_CASE("is_overdue: dates, months, leap years, complete and unreadable due dates") {
    CHECK(is_overdue(action("", Rag::Red, "2015-02"), "2015-03-01"));
    CHECK_FALSE(is_overdue(action("", Rag::Red, "2015-02"), "2015-02-28"));
    CHECK_FALSE(is_overdue(action("", Rag::Red, "2016-02"), "2016-02-29"));  // leap year: the 29th is the last day
    CHECK(is_overdue(action("", Rag::Red, "2016-02"), "2016-03-01"));
    CHECK_FALSE(is_overdue(action("", Rag::Complete, "2010-01-01"), "2015-01-01"));
    CHECK(is_overdue(action("", Rag::Unknown, "2010-01-01"), "2015-01-01"));
    CHECK_FALSE(is_overdue(action("", Rag::Red, ""), "2015-01-01"));
    CHECK_FALSE(is_overdue(action("", Rag::Red, "Dec 14"), "2015-01-01"));
    CHECK_FALSE(is_overdue(action("", Rag::Red, "2014-13"), "2015-01-01"));
}

TEST_CASE("compare: a bad as-of date is refused; none means today") {
    CHECK_THROWS_AS(csv(plans(), "2015-02-30"), std::invalid_argument);
    CHECK_THROWS_AS(csv(plans(), "31/03/2015"), std::invalid_argument);
    CHECK_THROWS_AS(csv(plans(), "2015-03"), std::invalid_argument);
    std::string today = today_iso();
    REQUIRE(today.size() == 10);
    CHECK(csv(plans(), "") == csv(plans(), today));
}

TEST_CASE("compare html: heat-map cells hold the numbers as text, shaded by priority count") {
    std::string page = html(plans(), "2015-03-31");
    CHECK(has(page, "<html lang=\"en-GB\">"));
    CHECK(has(page, "<caption>Priorities (and actions) per theme and plan</caption>"));
    CHECK(has(page, "<th scope=\"row\">Neglect</th><td class=\"heat-2\"><span class=\"n\">2</span><span class=\"a\">5 actions</span></td>"
                    "<td class=\"heat-0\"><span class=\"n\">0</span><span class=\"a\">0 actions</span></td></tr>"));
    CHECK(has(page, "<th scope=\"row\">local-theme</th><td class=\"heat-0\">"));
    CHECK(has(page, "<th scope=\"row\">Other</th><td class=\"heat-1\"><span class=\"n\">1</span><span class=\"a\">0 actions</span>"));
    CHECK(has(page, "=Board B, &quot;quoted&quot;"));
}

TEST_CASE("compare html: status bars with numbers, a sentence and a table as text equivalent") {
    std::string page = html(plans(), "2015-03-31");
    CHECK(has(page, "<div class=\"bar\" aria-hidden=\"true\"><span class=\"tag-complete\" style=\"flex: 1 1 0\">1</span>"
                    "<span class=\"tag-green\" style=\"flex: 1 1 0\">1</span><span class=\"tag-amber\" style=\"flex: 1 1 0\">1</span>"
                    "<span class=\"tag-red\" style=\"flex: 1 1 0\">1</span><span class=\"tag-unknown\" style=\"flex: 1 1 0\">1</span></div>"));
    CHECK(has(page, "<p>5 actions: 1 Complete, 1 Green \xE2\x80\x94 on track, 1 Amber, 1 Red, 1 Not rated.</p>"));
    CHECK(has(page, "<p>1 action: 1 Red.</p>"));
    // Board | Plan | Complete | Green | Amber | Red | Not rated | Total | Overdue
    CHECK(has(page, "<tr><th scope=\"row\">Board A</th><td>Plan 2014-15</td><td class=\"num\">1</td><td class=\"num\">1</td>"
                    "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">5</td>"
                    "<td class=\"num\">2</td></tr>"));
}

TEST_CASE("compare html: overdue actions listed with the as-of date, escaped") {
    std::string page = html(plans(), "2015-03-31");
    CHECK(has(page, "status as at 31 March 2015."));
    CHECK(has(page, "<caption>Overdue actions (2)</caption>"));
    CHECK(has(page, "<td class=\"ml\">due day before</td>"));
    CHECK(has(page, "<td class=\"ml\">&lt;b&gt;unrated&lt;/b&gt;</td>"));
    CHECK_FALSE(has(page, "<td class=\"ml\">due end of month</td>"));
    CHECK_FALSE(has(page, "<b>unrated"));
    CHECK(has(html(plans(), "2014-01-01"), "<p>No action was overdue on 1 January 2014.</p>"));
}

TEST_CASE("compare html: headings in order, one h1, self-contained") {
    std::string page = html(plans(), "2015-03-31");
    std::regex h("<h([1-6])[ >]");
    int prev = 0, h1 = 0;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), h); it != std::sregex_iterator(); ++it) {
        int level = std::stoi((*it)[1]);
        CHECK(level <= prev + 1);
        if (level == 1) ++h1;
        prev = level;
    }
    CHECK(h1 == 1);
    CHECK_FALSE(has(page, "http"));
    CHECK_FALSE(has(page, "<script"));
    CHECK_FALSE(has(page, "<link"));
}

TEST_CASE("compare: no plans give a header-only CSV and a page that says so") {
    CHECK(csv({}, "2015-01-01") == "board,plan,theme,priorities,actions,complete,green,amber,red,unknown,overdue\n");
    std::string page = html({}, "2015-01-01");
    CHECK(has(page, "0 plans from 0 boards; status as at 1 January 2015."));
    CHECK(has(page, "<p>No action was overdue on 1 January 2015.</p>"));
}
