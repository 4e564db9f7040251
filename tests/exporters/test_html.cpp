// test_html.cpp — the appendix page: escaping, line breaks, status words, counts, structure that WCAG needs
// (lang, captions, scoped headers, landmarks, heading order, skip link), print rules, no external requests,
// and the user's template directory.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "exporters/html.h"

using namespace planport;

namespace {

Action action(const std::string& text, Rag rag, const std::string& progress = "") {
    Action a;
    a.text = text;
    a.rag = rag;
    a.progress = progress;
    return a;
}

std::vector<Plan> plans() {
    Plan ch;
    ch.board = "City and Hackney Safeguarding Children Board";
    ch.title = "Business Plan 2014-15";
    ch.start_year = 2014;
    ch.end_year = 2015;
    ch.source = "city-and-hackney-2014-15.docx";
    Priority p1;
    p1.ref = "1";
    p1.title = "COMMUNICATION and ENGAGEMENT";
    p1.themes = {"communication"};
    Action a = action("A CHSCB Communication and Engagement Strategy is developed", Rag::Complete,
                      "Strategy agreed.\nAction plan launched.");
    a.outcome = "Effective communication & engagement";
    a.lead = "Comms & Engagement Sub Chair";
    a.timescale = "Dec 14";
    a.due = "2014-12";
    p1.actions.push_back(a);
    p1.actions.push_back(action("<script>alert(1)</script>", Rag::Amber, "\"quoted\" & 'single'"));
    p1.actions.push_back(action("Third", Rag::Amber));
    ch.priorities.push_back(p1);
    Priority p2;
    p2.ref = "2";
    p2.title = "Quality of Practice \xE2\x80\x93 NEGLECT";
    p2.themes = {"neglect", "early-help"};
    p2.actions.push_back(action("Neglect strategy", Rag::Red));
    p2.actions.push_back(action("Unrated", Rag::Unknown));
    ch.priorities.push_back(p2);
    Priority p3;
    p3.ref = "3";
    p3.title = "Empty";
    ch.priorities.push_back(p3);

    Plan es;
    es.board = "Essex Safeguarding Children Board";
    es.title = "Business Plan 2015 \xE2\x80\x93 2017";
    es.start_year = 2015;
    es.end_year = 2017;
    es.source = "essex-2015-17.pdf";
    Priority e;
    e.ref = "1";
    e.title = "Domestic Abuse";
    Action g = action("Green one", Rag::Green);
    g.where.file = "/home/someone/plans/essex-2015-17.pdf";
    g.where.page = 4;
    e.actions.push_back(g);
    es.priorities.push_back(e);
    return {ch, es};
}

std::string render(const std::vector<Plan>& p, const HtmlOptions& o = {}) {
    std::ostringstream out;
    write_appendix_html(out, p, o);
    return out.str();
}

bool has(const std::string& html, const std::string& s) { return html.find(s) != std::string::npos; }

int count(const std::string& html, const std::string& s) {
    int n = 0;
    for (size_t at = html.find(s); at != std::string::npos; at = html.find(s, at + 1)) ++n;
    return n;
}

/// The text of the table row that contains `needle`, tags removed, cells separated by '|'.
std::string row_text(const std::string& html, const std::string& needle) {
    size_t at = html.find(needle);
    if (at == std::string::npos) return "";
    size_t b = html.rfind("<tr>", at), e = html.find("</tr>", at);
    std::string row = html.substr(b, e - b);
    row = std::regex_replace(row, std::regex("</t[hd]>"), "|");
    return std::regex_replace(row, std::regex("<[^>]*>"), "");
}

/// The header cells of the first row after `needle` (a caption), as row_text gives them.
std::string header_after(const std::string& html, const std::string& needle) {
    size_t at = html.find(needle);
    if (at == std::string::npos) return "";
    size_t b = html.find("<tr>", at);
    std::string rest = html.substr(b, html.find("</tr>", b) + 5 - b);
    return row_text(rest, "<tr>");
}

}  // namespace

TEST_CASE("appendix: document text is escaped, never markup") {
    std::string html = render(plans());
    CHECK_FALSE(has(html, "<script>alert(1)</script>"));
    CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(has(html, "&quot;quoted&quot; &amp; &#39;single&#39;"));
    CHECK(has(html, "Comms &amp; Engagement Sub Chair"));
    CHECK_FALSE(has(html, "<script"));
}

TEST_CASE("appendix: line breaks of multi-line cells are kept in a pre-line cell") {
    std::string html = render(plans());
    CHECK(has(html, "<td class=\"ml\">Strategy agreed.\nAction plan launched.</td>"));
    CHECK(has(html, ".ml { white-space: pre-line; }"));
}

TEST_CASE("appendix: status is a tag with words and a colour class") {
    std::string html = render(plans());
    CHECK(has(html, "<strong class=\"tag tag-complete\">Complete</strong>"));
    CHECK(has(html, "<strong class=\"tag tag-green\">Green \xE2\x80\x94 on track</strong>"));
    CHECK(count(html, "<strong class=\"tag tag-amber\">Amber</strong>") == 2);
    CHECK(has(html, "<strong class=\"tag tag-red\">Red</strong>"));
    CHECK(has(html, "<strong class=\"tag tag-unknown\">Not rated</strong>"));
}

TEST_CASE("appendix: summary counts per board and per priority") {
    std::string html = render(plans());
    // Complete | Green | Amber | Red | Not rated | Total
    CHECK(row_text(html, ">City and Hackney Safeguarding Children Board</a></th>") ==
          "City and Hackney Safeguarding Children Board|Business Plan 2014-15|1|0|2|1|1|5|");
    CHECK(row_text(html, ">Essex Safeguarding Children Board</a></th>") ==
          "Essex Safeguarding Children Board|Business Plan 2015 \xE2\x80\x93 2017|0|1|0|0|0|1|");
    CHECK(row_text(html, "href=\"#plan-1-priority-2\"") == "Priority 2: Quality of Practice \xE2\x80\x93 NEGLECT|0|0|0|1|1|2|");
    CHECK(row_text(html, "href=\"#plan-1-priority-3\"") == "Priority 3: Empty|0|0|0|0|0|0|");
    CHECK(has(html, "No actions are listed under this priority."));
}

TEST_CASE("appendix: action rows carry ref, outcome, lead, timescale, due, progress and source with page") {
    std::string html = render(plans());
    CHECK(row_text(html, "A CHSCB Communication") ==
          "Effective communication &amp; engagement|A CHSCB Communication and Engagement Strategy is developed|"
          "Comms &amp; Engagement Sub Chair|Dec 14|2014-12|Complete|Strategy agreed.\nAction plan launched.|"
          "city-and-hackney-2014-15.docx|");
    CHECK(has(html, "<td class=\"src\">essex-2015-17.pdf, page 4</td>"));
    CHECK(has(html, "Themes: Neglect, Early help and thresholds"));
}

TEST_CASE("appendix: a column that no action of the table fills is left out") {
    std::string html = render(plans());
    // Priority 1 has outcomes, leads, timescales, due dates and progress but no refs.
    CHECK(header_after(html, "<caption class=\"vh\">Actions under Priority 1") ==
          "Outcome|Action|Lead|Timescale|Due|Status|Progress|Source|");
    // Priority 2 has only actions and statuses.
    CHECK(header_after(html, "<caption class=\"vh\">Actions under Priority 2") ==
          "Action|Status|Source|");
    CHECK(row_text(html, ">Neglect strategy<") == "Neglect strategy|Red|city-and-hackney-2014-15.docx|");
}

TEST_CASE("appendix: title, period, language and landmarks") {
    std::string html = render(plans());
    CHECK(has(html, "<html lang=\"en-GB\">"));
    CHECK(has(html, "<title>Business plan progress</title>"));
    CHECK(has(html, "<h1>Business plan progress</h1>"));
    CHECK(has(html, "Period: 2014 to 2017"));
    CHECK(has(html, "2 plans from 2 boards, 6 actions."));
    CHECK(count(html, "<header>") == 1);
    CHECK(count(html, "<main id=\"main\"") == 1);
    CHECK(count(html, "<footer>") == 1);
    CHECK(has(html, "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"));
    CHECK(has(html, "<nav aria-label=\"Boards and plans\">"));
    CHECK(has(html, "<li><a href=\"#plan-1\">City and Hackney Safeguarding Children Board</a></li>"));
    CHECK(has(html, "<li><a href=\"#plan-2\">Essex Safeguarding Children Board</a></li>"));
    CHECK(has(html, "<h2 id=\"plan-2\">Essex Safeguarding Children Board: Business Plan 2015 \xE2\x80\x93 2017</h2>"));

    HtmlOptions o;
    o.title = "Annual report 2014 to 2015: appendix B";
    CHECK(has(render(plans(), o), "<h1>Annual report 2014 to 2015: appendix B</h1>"));
    CHECK(has(render({plans()[1]}), "<title>Essex Safeguarding Children Board: Business Plan 2015 \xE2\x80\x93 2017</title>"));
}

TEST_CASE("appendix: two plans of one board are told apart in the navigation") {
    auto p = plans();
    p[1].board = p[0].board;
    std::string html = render(p);
    CHECK(has(html, "<a href=\"#plan-1\">City and Hackney Safeguarding Children Board (Business Plan 2014-15)</a>"));
    CHECK(has(html, "2 plans from 1 board, 6 actions."));
}

TEST_CASE("appendix: every table has a caption and scoped header cells") {
    std::string html = render(plans());
    int tables = count(html, "<table>");
    CHECK(tables == 6);  // summary, 2 priority summaries, 3 action tables (the empty priority has none)
    CHECK(count(html, "<caption") == tables);
    CHECK(count(html, "<caption class=\"vh\">Actions under ") == 3);  // the h3 above shows the same words
    CHECK(count(html, "<th>") == 0);
    CHECK(count(html, "<th ") == count(html, "<th scope="));
}

TEST_CASE("appendix: headings go h1, h2, h3 without skipping a level") {
    std::string html = render(plans());
    std::regex h("<h([1-6])[ >]");
    int prev = 0, h1 = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h); it != std::sregex_iterator(); ++it) {
        int level = std::stoi((*it)[1]);
        CHECK(level <= prev + 1);
        if (level == 1) ++h1;
        prev = level;
    }
    CHECK(h1 == 1);
    CHECK(prev == 3);
}

TEST_CASE("appendix: self-contained, with print rules") {
    std::string html = render(plans());
    CHECK_FALSE(has(html, "<link"));
    CHECK_FALSE(has(html, "src="));
    CHECK_FALSE(has(html, "http:"));
    CHECK_FALSE(has(html, "https:"));
    CHECK_FALSE(has(html, "@import"));
    CHECK_FALSE(has(html, "url("));
    CHECK(has(html, "@media print {"));
    CHECK(has(html, "thead { display: table-header-group; }"));
    CHECK(has(html, "tr { break-inside: avoid; page-break-inside: avoid; }"));
    CHECK(has(html, "h2, h3 { break-inside: avoid; page-break-inside: avoid; }"));
    CHECK(has(html, "nav, .skip-link { display: none; }"));
}

TEST_CASE("appendix: a user's template directory is used, and a missing template is an error") {
    std::string dir = "/tmp/planport_test_tpl_" + std::to_string(::getpid());
    ::mkdir(dir.c_str(), 0700);
    {
        std::ofstream f(dir + "/appendix.tpl");
        f << "{{TITLE:h}}|{{#PLAN}}{{BOARD:h}};{{/PLAN}}";
    }
    HtmlOptions o;
    o.template_dir = dir;
    o.title = "A & B";
    CHECK(render(plans(), o) == "A &amp; B|City and Hackney Safeguarding Children Board;Essex Safeguarding Children Board;");
    {
        std::ofstream f(dir + "/appendix.tpl");
        f << "{{>MISSING_INCLUDE}}{{#PLAN}}";  // an unclosed section
    }
    CHECK_THROWS_WITH_AS(render(plans(), o), (dir + "/appendix.tpl: cannot load or expand the template").c_str(),
                         std::runtime_error);
    std::remove((dir + "/appendix.tpl").c_str());
    CHECK_THROWS_WITH_AS(render(plans(), o), (dir + "/appendix.tpl: no such template").c_str(), std::runtime_error);
    ::rmdir(dir.c_str());
}

TEST_CASE("appendix: status words and period words") {
    CHECK(std::string(status_label(Rag::Unknown)) == "Not rated");
    CHECK(std::string(status_class(Rag::Unknown)) == "unknown");
    CHECK(period_words(2014, 2015) == "2014 to 2015");
    CHECK(period_words(2016, 2016) == "2016");
    CHECK(period_words(0, 2016).empty());
}

TEST_CASE("appendix: no plans still makes a valid page") {
    std::string html = render({});
    CHECK(has(html, "<h1>Business plan progress</h1>"));
    CHECK(has(html, "0 plans from 0 boards, 0 actions."));
    CHECK_FALSE(has(html, "Period:"));
    CHECK(has(html, "</html>"));
}
