// test_csv.cpp — RFC 4180 quoting, formula neutralising, excel mode and the actions table's columns.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "exporters/csv.h"

using namespace planport;

namespace {

Plan sample_plan() {
    Plan plan;
    plan.board = "Essex Safeguarding Children Board";
    plan.title = "BUSINESS PLAN 2015 \xE2\x80\x93 2017";
    plan.start_year = 2015;
    plan.end_year = 2017;
    plan.source = "essex-2015-17.docx";
    Priority pr;
    pr.ref = "1";
    pr.title = "Neglect";
    pr.themes = {"neglect", "early_help"};
    Action a;
    a.ref = "1.1";
    a.outcome = "Children are safe";
    a.text = "Launch the neglect strategy";
    a.lead = "Chair, Sub-group";
    a.timescale = "Dec 14";
    a.due = "2014-12";
    a.rag = Rag::Green;
    a.progress = "Draft \"agreed\"\nLaunch in May";
    pr.actions.push_back(a);
    Action b;
    b.text = "Caf\xC3\xA9 sessions for young people \xE2\x80\x93 \xC2\xA3" "500";
    b.where.file = "essex.pdf";
    b.where.page = 4;
    b.workstream = "Communications";
    pr.actions.push_back(b);
    plan.priorities.push_back(pr);
    return plan;
}

std::string actions_csv(const std::vector<Plan>& plans, const CsvOptions& o = {}) {
    std::ostringstream out;
    write_actions_csv(out, plans, o);
    return out.str();
}

}  // namespace

TEST_CASE("csv_field: plain fields are unchanged") {
    CHECK(csv_field("") == "");
    CHECK(csv_field("Dec 14") == "Dec 14");
    CHECK(csv_field("Caf\xC3\xA9") == "Caf\xC3\xA9");
}

TEST_CASE("csv_field: quoting per RFC 4180") {
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("line 1\nline 2") == "\"line 1\nline 2\"");
    CHECK(csv_field("line 1\r\nline 2") == "\"line 1\r\nline 2\"");
    CHECK(csv_field(" leading") == "\" leading\"");
    CHECK(csv_field("trailing ") == "\"trailing \"");
    CHECK(csv_field("\"") == "\"\"\"\"");
}

TEST_CASE("csv_neutralise: formula starters get a leading quote") {
    CHECK(csv_neutralise("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    CHECK(csv_neutralise("+1") == "'+1");
    CHECK(csv_neutralise("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_neutralise("-1+2") == "'-1+2");
    CHECK(csv_neutralise("-SUM(A1:A2)") == "'-SUM(A1:A2)");
    CHECK(csv_neutralise("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0");
    CHECK(csv_neutralise("--1") == "'--1");
    CHECK(csv_neutralise("\tx") == "'\tx");
    CHECK(csv_neutralise("\rx") == "'\rx");
}

TEST_CASE("csv_neutralise: dash bullets and ordinary text stay as printed") {
    CHECK(csv_neutralise("- Working with partners") == "- Working with partners");
    CHECK(csv_neutralise("- bullet text") == "- bullet text");
    CHECK(csv_neutralise("-based approach") == "-based approach");
    CHECK(csv_neutralise("Workforce confidence = improved outcomes") == "Workforce confidence = improved outcomes");
    CHECK(csv_neutralise("") == "");
    CHECK(csv_neutralise("-") == "-");
}

TEST_CASE("write_csv_row: neutralises then quotes, as OWASP's example") {
    std::ostringstream out;
    write_csv_row(out, {"=1+2\";=1+2", "ok"});
    CHECK(out.str() == "\"'=1+2\"\";=1+2\",ok\n");
}

TEST_CASE("write_csv_row: neutralising can be switched off") {
    std::ostringstream out;
    CsvOptions o;
    o.neutralise_formulas = false;
    write_csv_row(out, {"=1+2", "+3"}, o);
    CHECK(out.str() == "=1+2,+3\n");
}

TEST_CASE("write_actions_csv: header and column order") {
    std::string csv = actions_csv({});
    CHECK(csv ==
          "board,plan,period,priority_ref,priority,theme,outcome,action_ref,action,lead,timescale,due,rag,progress,"
          "source,page,workstream\n");
}

TEST_CASE("write_actions_csv: one row per action in model order") {
    std::string csv = actions_csv({sample_plan()});
    std::string expected =
        "board,plan,period,priority_ref,priority,theme,outcome,action_ref,action,lead,timescale,due,rag,progress,"
        "source,page,workstream\n"
        "Essex Safeguarding Children Board,BUSINESS PLAN 2015 \xE2\x80\x93 2017,2015-2017,1,Neglect,"
        "neglect;early_help,Children are safe,1.1,Launch the neglect strategy,\"Chair, Sub-group\",Dec 14,2014-12,"
        "green,\"Draft \"\"agreed\"\"\nLaunch in May\",essex-2015-17.docx,,\n"
        "Essex Safeguarding Children Board,BUSINESS PLAN 2015 \xE2\x80\x93 2017,2015-2017,1,Neglect,"
        "neglect;early_help,,,Caf\xC3\xA9 sessions for young people \xE2\x80\x93 \xC2\xA3" "500,,,,,,essex.pdf,4,"
        "Communications\n";
    CHECK(csv == expected);
}

TEST_CASE("write_actions_csv: actions of several plans follow each other") {
    Plan second = sample_plan();
    second.board = "Second Board";
    std::string csv = actions_csv({sample_plan(), second});
    size_t first = csv.find("Essex Safeguarding");
    size_t other = csv.find("Second Board");
    REQUIRE(first != std::string::npos);
    REQUIRE(other != std::string::npos);
    CHECK(first < other);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 4 + 2);  // header, 4 rows, 2 in-cell breaks
}

TEST_CASE("write_actions_csv: excel mode writes a BOM and CRLF between records only") {
    CsvOptions o;
    o.excel = true;
    std::string csv = actions_csv({sample_plan()}, o);
    REQUIRE(csv.size() > 3);
    CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(csv.find("workstream\r\n") != std::string::npos);
    CHECK(csv.find("\"Draft \"\"agreed\"\"\nLaunch in May\"") != std::string::npos);  // in-cell break stays LF
    CHECK(csv.substr(csv.size() - 16) == "Communications\r\n");
    CHECK(actions_csv({sample_plan()}).substr(0, 5) == "board");  // no BOM by default
}

TEST_CASE("write_actions_csv: formula-looking text is neutralised, bullets are not") {
    Plan plan = sample_plan();
    plan.priorities[0].actions[0].text = "=HYPERLINK(\"http://x\")";
    plan.priorities[0].actions[0].progress = "- Working with partners";
    std::string csv = actions_csv({plan});
    CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\",") != std::string::npos);
    CHECK(csv.find(",- Working with partners,") != std::string::npos);
}
