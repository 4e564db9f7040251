// test_readings.cpp — the readings one by one on hand-built Documents: which one wins, and what it reads.
#include <doctest/doctest.h>

#include "importers/recognise/context.h"
#include "importers/recognise/recognise.h"
#include "tests/support/doc_builder.h"

using namespace planport;
using namespace planport::testing;

namespace {

Paragraph heading(const std::string& text, int level) {
    Paragraph p = para(text);
    p.heading_level = level;
    return p;
}

}  // namespace

TEST_CASE("numbered priority headings in their printed forms; versions, milestones and dates are none") {
    struct Case { const char* text; const char* ref; const char* title; };
    const Case yes[] = {
        {"Priority 1: Neglect", "1", "Neglect"},
        {"Strategic Priority One \xE2\x80\x93 Neglect", "One", "Neglect"},
        {"PRIORITY 2 - CSE", "2", "CSE"},
        {"Objective 3: Early help", "3", "Early help"},
        {"Theme A: Voice of the child", "A", "Voice of the child"},
        {"SP1 Early help", "SP1", "Early help"},
        {"P4 Tackling neglect", "P4", "Tackling neglect"},
        {"PRIORITY 1a - CHILDREN MISSING", "1a", "CHILDREN MISSING"},
        {"IV. Governance", "IV", "Governance"},
        {"1 A skilled and confident workforce", "1", "A skilled and confident workforce"},
        {"Improvement priority: 1", "1", ""},
    };
    for (const auto& c : yes) {
        CAPTURE(c.text);
        std::string ref, title;
        REQUIRE(parse_priority_heading(c.text, ref, title));
        CHECK(ref == c.ref);
        CHECK(title == c.title);
    }
    for (const char* no : {"0.1", "1.2 Review the audit", "2016 \xE2\x80\x93 2017", "12 schools were visited", "Introduction",
                           "A safer city for children"}) {
        CAPTURE(no);
        std::string ref, title;
        CHECK_FALSE((parse_priority_heading(no, ref, title) && !title.empty()));
    }
}

TEST_CASE("refs printed at the start of the action text") {
    struct Case { const char* text; bool strict; const char* ref; const char* rest; };
    const Case yes[] = {
        {"1.1 Launch the strategy", true, "1.1", "Launch the strategy"},
        {"1.1. Launch the strategy", true, "1.1", "Launch the strategy"},
        {"1.2a Audit files", true, "1.2a", "Audit files"},
        {"a) Audit files", true, "a", "Audit files"},
        {"(iv) Audit files", true, "iv", "Audit files"},
        {"A2 \xE2\x80\x93 Audit files", true, "A2", "Audit files"},
        {"3 Audit files", false, "3", "Audit files"},
    };
    for (const auto& c : yes) {
        CAPTURE(c.text);
        std::string ref, rest;
        REQUIRE(split_ref_prefix(c.text, ref, rest, c.strict));
        CHECK(ref == c.ref);
        CHECK(rest == c.rest);
    }
    std::string ref, rest;
    CHECK_FALSE(split_ref_prefix("3 Audit files", ref, rest, true));     // a bare number needs other evidence
    CHECK_FALSE(split_ref_prefix("12 schools will be visited", ref, rest, false));  // a quantity, not a ref
    CHECK_FALSE(split_ref_prefix("Audit files", ref, rest, false));
}

TEST_CASE("a card per action under a numbered list heading and an outcome paragraph") {
    Paragraph h = para("Early intervention", "1.");
    Document doc = document({
        block(para("Business Plan 2015-2017")),
        block(h),
        block(para("Outcome: Families get help early")),
        block(simple_table({{"#", "1.1"}, {"Milestone", "Hold a multi-agency workshop"}, {"Who", "Head of Service"},
                            {"By when", "March 2016"}, {"Progress", "Workshop held in May"}}, 1)),
        block(simple_table({{"#", "1.2"}, {"Milestone", "Audit early help files"}, {"Who", "QA Officer"},
                            {"By when", "Q2 2016/17"}, {"Progress", ""}}, 2)),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    CHECK(plan.priorities[0].ref == "1");
    CHECK(plan.priorities[0].title == "Early intervention");
    REQUIRE(plan.priorities[0].actions.size() == 2);
    const Action& a = plan.priorities[0].actions[1];
    CHECK(a.ref == "1.2");
    CHECK(a.text == "Audit early help files");
    CHECK(a.lead == "QA Officer");
    CHECK(a.due == "2016-09");
    CHECK(a.outcome == "Families get help early");  // the paragraph applies to both cards
    CHECK(diag.claims[0].layout == "card");
}

TEST_CASE("a matrix with priorities as rows: the labels that match the plan's list are the priorities") {
    Document doc = document({
        block(para("Business Plan 2014-2017")),
        block(para("Domestic abuse", "1.")),
        block(para("Missing children", "2.")),
        block(table({{Cell{}, text_cell("Policy and procedures"), text_cell("Learning from reviews")},
                     {text_cell("Domestic abuse"), cell({"Draw up a protocol with the police", "Review the pathway for referrals"}),
                      text_cell("\xE2\x80\x93")},
                     {text_cell("Missing children"), text_cell("Publish the missing protocol for carers"),
                      text_cell("Audit return home interviews this year")}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].title == "Domestic abuse");
    CHECK(plan.priorities[0].ref.empty());  // unnumbered in the matrix: no ref
    REQUIRE(plan.priorities[0].actions.size() == 2);  // the lone dash is no action
    CHECK(plan.priorities[0].actions[1].workstream == "Policy and procedures");
    REQUIRE(plan.priorities[1].actions.size() == 2);
    CHECK(plan.priorities[1].actions[1].workstream == "Learning from reviews");
}

TEST_CASE("a matrix with priorities as rows, the plan's list of them unnumbered lines under a priorities heading") {
    Document doc = document({
        block(para("Business Plan 2014-2017")),
        block(heading("Our priorities for 2014 - 2017", 2)),
        block(para("Domestic abuse")),
        block(para("Missing children")),
        block(heading("Action plan", 1)),
        block(table({{Cell{}, text_cell("Policy and procedures"), text_cell("Learning from reviews")},
                     {text_cell("Domestic abuse"), text_cell("Draw up a protocol with the police"),
                      text_cell("Review the pathway for referrals")},
                     {text_cell("Missing children"), text_cell("Publish the missing protocol for carers"),
                      text_cell("Audit return home interviews this year")}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].title == "Domestic abuse");
    CHECK(plan.priorities[1].title == "Missing children");
    REQUIRE(plan.priorities[1].actions.size() == 2);
    CHECK(plan.priorities[1].actions[0].workstream == "Policy and procedures");
    CHECK(plan.priorities[1].actions[1].workstream == "Learning from reviews");
}

TEST_CASE("a listed priority heading one column among role headers is a row table's action column, no matrix") {
    Document doc = document({
        block(para("Business Plan 2014-2016")),
        block(heading("Our priorities", 2)),
        block(para("Domestic abuse")),
        block(para("Missing children")),
        block(simple_table({{"Responsibility", "Domestic abuse", "Progress to date"},
                            {"Head of Safeguarding", "Review the domestic abuse protocol with the police", "A draft went to the Board in May"},
                            {"Domestic Abuse Coordinator", "Train every locality team on the risk checklist", "Not started: the trainer left"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    CHECK(plan.priorities[0].title == "Domestic abuse");
    REQUIRE(plan.priorities[0].actions.size() == 2);
    CHECK(plan.priorities[0].actions[0].text == "Review the domestic abuse protocol with the police");
    CHECK(plan.priorities[0].actions[0].lead == "Head of Safeguarding");
    CHECK(plan.priorities[0].actions[1].progress == "Not started: the trainer left");
}

TEST_CASE("a row table under a Word heading: columns typed by contents when the header is in no list") {
    Document doc = document({
        block(para("Business Plan 2016-2017")),
        block(heading("Introduction", 1)),
        block(heading("P1 Workforce", 3)),
        block(simple_table({{"Our commitment", "Champion", "Deadline", "Where are we now?"},
                            {"Review the competency framework with partners", "Head of Learning", "March 2017", "Draft agreed"},
                            {"Test the framework against the audit of supervision", "LSCB Manager", "June 2017", ""}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    CHECK(plan.priorities[0].ref == "P1");
    CHECK(plan.priorities[0].title == "Workforce");
    REQUIRE(plan.priorities[0].actions.size() == 2);
    const Action& a = plan.priorities[0].actions[0];
    CHECK(a.text == "Review the competency framework with partners");  // the longest texts: the actions
    CHECK(a.lead == "Head of Learning");                               // "Champion" is a lead word
    CHECK(a.due == "2017-03");
}

TEST_CASE("non-action tables are named, never read as actions; an unknown one is unmapped") {
    Document doc = document({
        block(para("Business Plan 2016-2017")),
        block(simple_table({{"Version", "Date", "Author", "Changes"}, {"0.1", "19/03/2016", "Jo Bloggs", "First draft"}}, 1)),
        block(simple_table({{"Term", "Meaning"}, {"CSE", "Child sexual exploitation"}}, 2)),
        block(simple_table({{"Ref", "Action", "Lead"}, {"1.1", "Audit the files of children in need", "QA Officer"}}, 3)),
        block(simple_table({{"Name", "Telephone"}, {"Jo Bloggs", "01234 567890"}}, 4)),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    CHECK(plan.action_count() == 1);
    REQUIRE(diag.claims.size() == 4);
    CHECK(diag.claims[0].layout == "not an action table");
    CHECK(diag.claims[1].layout == "not an action table");
    CHECK(diag.claims[2].layout == "rows");
    CHECK(diag.claims[3].layout == "unmapped");
    REQUIRE(diag.unmapped.size() == 1);
    CHECK(diag.unmapped[0].table == 4);
}

TEST_CASE("quarterly status columns: the latest non-empty decides; tick columns give the status they name") {
    Document doc = document({
        block(para("Business Plan 2016-2017")),
        block(simple_table({{"Action", "Q1 RAG", "Q2 RAG", "Q3 RAG"},
                            {"Audit the files of children in need", "A", "G", ""},
                            {"Publish the revised neglect strategy", "R", "", ""}}, 1)),
        block(simple_table({{"Action", "Achieved", "On target", "Not achieved"},
                            {"Train every designated safeguarding lead", "", "\xE2\x9C\x93", ""},
                            {"Run the annual conference for partners", "\xE2\x9C\x93", "", ""}}, 2)),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.action_count() == 4);
    const auto& acts = plan.priorities[0].actions;
    CHECK(acts[0].rag == Rag::Green);
    CHECK(acts[1].rag == Rag::Red);
    CHECK(acts[2].rag == Rag::Green);
    CHECK(acts[3].rag == Rag::Complete);
}

TEST_CASE("the priority in the action column's header cell, under a section heading followed by prose") {
    Document doc = document({
        block(para("Business Plan 2016-2017")),
        block(heading("How to read this plan", 2)),
        block(para("Each table below is one priority; the colour of the progress cell shows how far it has got.")),
        block(simple_table({{"Responsibility", "Domestic violence and abuse", "Progress to date"},
                            {"LSCB Manager", "a) Review the domestic abuse pathway with partners", "Draft agreed in May"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    CHECK(plan.priorities[0].title == "Domestic violence and abuse");
    REQUIRE(plan.priorities[0].actions.size() == 1);
    CHECK(plan.priorities[0].actions[0].ref == "a");
    CHECK(plan.priorities[0].actions[0].text == "Review the domestic abuse pathway with partners");
    CHECK(plan.priorities[0].actions[0].progress == "Draft agreed in May");
}

TEST_CASE("cards stacked in one table (a PDF joins cards that touch): one action per card") {
    Document doc = document({
        block(para("Business Plan 2016-2017")),
        block(heading("P2 Children living with neglect", 1)),
        block(heading("Position at December", 4)),  // a label that fell out of its card: no priority
        block(simple_table({{"#", "5"}, {"Actions to be taken", "Roll out the home conditions checklist"},
                            {"By whom", "Head of Service"}, {"Position at June", "Training planned"},
                            {"Position at September", "First teams using it"}, {"Position at December", ""},
                            {"#", "6"}, {"Actions to be taken", "Review the neglect guidance"}, {"By whom", "Chair, Neglect Group"},
                            {"Position at June", "Draft circulated"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    CHECK(plan.priorities[0].ref == "P2");
    REQUIRE(plan.priorities[0].actions.size() == 2);
    CHECK(plan.priorities[0].actions[0].ref == "5");
    CHECK(plan.priorities[0].actions[0].progress == "First teams using it");  // the latest written position
    CHECK(plan.priorities[0].actions[1].ref == "6");
    CHECK(plan.priorities[0].actions[1].lead == "Chair, Neglect Group");
}

TEST_CASE("a label/value block stacked with the cards (a PDF joins it to the card before) opens the next priority") {
    Document doc = document({
        block(para("Business Plan 2015-16")),
        block(simple_table({{"SP1", "Online abuse"}, {"Lead group", "Communications Sub-group"}})),
        block(simple_table({{"Action", "Re-issue the sexting guidance to schools"}, {"Completion date", "Q4 15/16"},
                            {"Progress", "Delivered in July"},
                            {"SP2", "Safeguarding babies"}, {"Lead group", "Quality Assurance Sub-group"},
                            {"Outcome we want", "Babies sleep safely"},
                            {"Action", "Evaluate the safe sleep guidance"}, {"Completion date", "Q2 15/16"},
                            {"Progress", "Interviews under way"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].ref == "SP1");
    REQUIRE(plan.priorities[0].actions.size() == 1);
    CHECK(plan.priorities[0].actions[0].text == "Re-issue the sexting guidance to schools");
    CHECK(plan.priorities[1].ref == "SP2");
    CHECK(plan.priorities[1].title == "Safeguarding babies");
    CHECK(plan.priorities[1].lead_group == "Quality Assurance Sub-group");
    REQUIRE(plan.priorities[1].actions.size() == 1);
    CHECK(plan.priorities[1].actions[0].text == "Evaluate the safe sleep guidance");
    CHECK(plan.priorities[1].actions[0].lead.empty());  // the block's lead group is the priority's, not the card's
    CHECK(plan.priorities[1].actions[0].outcome == "Babies sleep safely");
}

TEST_CASE("cards that name their priority: a priority row opens it; the cards of one priority stay together") {
    Document doc = document({
        block(para("Business Plan 2015-16")),
        block(simple_table({{"Priority", "Neglect"}, {"Action", "Roll out the neglect toolkit"}, {"Lead", "Head of Service"}})),
        block(simple_table({{"Priority", "Neglect"}, {"Action", "Audit neglect cases"}, {"Lead", "QA Officer"}})),
        block(simple_table({{"Ref", "2.1"}, {"Priority", "Early help"}, {"Action", "Map the early help offer"},
                            {"Lead", "Early Help Manager"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() >= 1);
    CHECK(plan.priorities[0].title == "Neglect");
    REQUIRE(plan.priorities[0].actions.size() >= 2);
    CHECK(plan.priorities[0].actions[1].text == "Audit neglect cases");
    // a priority row between a card's ref and its action belongs to the card: its ref is kept
    const Action& last = plan.priorities.back().actions.back();
    CHECK(last.text == "Map the early help offer");
    CHECK(last.ref == "2.1");
}
