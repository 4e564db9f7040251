// test_layouts.cpp — each layout recogniser on a hand-built Document shaped like one seed plan.
#include <doctest/doctest.h>

#include "importers/recognise/context.h"
#include "importers/recognise/recognise.h"
#include "tests/support/doc_builder.h"

using namespace planport;
using namespace planport::testing;

namespace {
Paragraph heading(const std::string& s) {
    Paragraph p = para(s);
    p.heading_level = 2;
    return p;
}
// The table's rows before `break_at` on page `page`, the rest on the page after it (a PDF's pages).
void print_over_pages(Table& t, int break_at, int page) {
    for (size_t r = 0; r < t.rows.size(); ++r) {
        int p = static_cast<int>(r) < break_at ? page : page + 1;
        t.rows[r].page = p;
        for (auto& c : t.rows[r].cells) c.page = p;
    }
}
}  // namespace

TEST_CASE("PRIORITY n: headings over Outcome | Milestone | Lead | Timescale | Progress tables (City and Hackney 2014-15)") {
    auto header = std::vector<Cell>{text_cell("Outcome"), text_cell("Milestone"), text_cell("Lead"), text_cell("Timescale"), text_cell("Progress")};
    Document doc = document({
        block(para("Business Plan 2014-15")),
        block(para("our vision as the City and Hackney Safeguarding Children Board (CHSCB) is simple")),
        block(heading("PRIORITY 1:  COMMUNICATION and ENGAGEMENT")),
        block(table({header, {text_cell("Effective communication."), cell({"A strategy is agreed.", "\xE2\x80\xA2 Consultation.", "\xE2\x80\xA2 Feedback."}),
                              text_cell("Comms Sub Chair"), text_cell("Dec 14"), cell({}, "#A6A6A6")}})),
        block(heading("PRIORITY 3: Quality of Practice & Service Delivery \xE2\x80\x93 FAITH")),
        block(table({header, {text_cell("Children are protected."), cell({"The FGM strategy is agreed.", "Assurance on other abuse."}),
                              cell({"Director of Public Health", "Community Partnership Advisor"}), Cell{}, cell({}, "#FF0000")}})),
        block(para("Items highlighted in Grey denotes work completed.")),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    CHECK(plan.board == "City and Hackney Safeguarding Children Board");
    CHECK(plan.title == "Business Plan 2014-15");
    CHECK(plan.period() == "2014-2015");
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].ref == "1");
    CHECK(plan.priorities[0].title == "COMMUNICATION and ENGAGEMENT");
    CHECK(plan.priorities[1].title == "Quality of Practice & Service Delivery \xE2\x80\x93 FAITH");
    REQUIRE(plan.priorities[0].actions.size() == 3);
    const Action& a = plan.priorities[0].actions[1];
    CHECK(a.text == "Consultation.");
    CHECK(a.outcome == "Effective communication.");
    CHECK(a.lead == "Comms Sub Chair");
    CHECK(a.due == "2014-12");
    CHECK(a.rag == Rag::Complete);  // grey, by the plan's own key
    REQUIRE(plan.priorities[1].actions.size() == 2);
    CHECK(plan.priorities[1].actions[0].lead == "Director of Public Health");
    CHECK(plan.priorities[1].actions[1].lead == "Community Partnership Advisor");
    CHECK(plan.priorities[1].actions[1].rag == Rag::Red);
    CHECK(diag.cells.cells_total == diag.cells.cells_mapped);
    CHECK(diag.unmapped.empty());
}

TEST_CASE("Theme headings, blank outcomes carried down, a missing heading inferred from refs (West Berkshire)") {
    Paragraph listed = para("The child's voice and journey", "2.");
    Document doc = document({
        block(para("West Berkshire Local Safeguarding Children Board")),
        block(para("BUSINESS PLAN 2015 \xE2\x80\x93 2017")),
        block(para("Early help", "1.")),
        block(listed),
        block(table({{cell({"Theme 1 Early Help"}, "", 6)},
                     {text_cell("Ref"), text_cell("Desired outcome"), text_cell("Action"), text_cell("Lead"), text_cell("Timeframe"), text_cell("Progress")},
                     {text_cell("1.1"), text_cell("Referrals meet thresholds"), text_cell("Carry out an audit"), text_cell("M Evans"), text_cell("May 2015"), Cell{}}})),
        block(table({{text_cell("Ref"), text_cell("Desired outcome"), text_cell("Action"), text_cell("Lead"), text_cell("Timeframe"), text_cell("Progress")},
                     {text_cell("2.1"), text_cell("Children have a positive journey"), text_cell("Audit conferences"), text_cell("L Campion"), text_cell("July 2015"), Cell{}},
                     {text_cell("2.2"), Cell{}, text_cell("Identify young people"), text_cell("C Gill"), text_cell("On-going"), cell({"Done"}, "#92D050")},
                     {text_cell("2.7"), text_cell("GPs attend conferences"), Cell{}, text_cell("D Daly"), Cell{}, Cell{}}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    CHECK(plan.board == "West Berkshire Local Safeguarding Children Board");
    CHECK(plan.period() == "2015-2017");
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].title == "Early Help");
    CHECK(plan.priorities[1].ref == "2");
    CHECK(plan.priorities[1].title == "The child's voice and journey");
    REQUIRE(plan.priorities[1].actions.size() == 3);
    CHECK(plan.priorities[1].actions[1].outcome == "Children have a positive journey");
    CHECK(plan.priorities[1].actions[1].due.empty());
    CHECK(plan.priorities[1].actions[1].rag == Rag::Green);
    CHECK(plan.priorities[1].actions[2].ref == "2.7");
    CHECK(plan.priorities[1].actions[2].text.empty());
    CHECK(plan.priorities[1].actions[2].lead == "D Daly");
}

TEST_CASE("progress report: numbered milestones per cell, rows shifted by page breaks (City and Hackney 2010-11)") {
    auto header = std::vector<std::string>{"No.", "Strategic objective", "Milestones", "Lead person or group", "Timescale for completion", "Progress"};
    Document doc = document({
        block(para("Business Plan 2010-2011 Progress Report")),
        block(table({{text_cell("No."), text_cell("Strategic objective"), text_cell("Milestones"), text_cell("Lead person or group"), text_cell("Timescale for completion"), text_cell("Progress")},
                     {text_cell("2"), text_cell("Service-users views inform all our work"), text_cell("2.1 We make the most of it."), text_cell("QA Sub-committee"), text_cell("March 2011"), text_cell("2.1 In progress \xE2\x80\x93 granted money to the London Child Protection")},
                     {text_cell("3"), text_cell("Training"), cell({"3.1 Training to standard.", "3.2 Sectors understood."}), cell({"T&D", "T&D2"}), cell({"March 2011", "On-going"}), cell({"3.1 In progress.", "3.2 Completed \xE2\x80\x93 done."})}})),
        block(table({{text_cell("No."), text_cell("Strategic objective"), text_cell("Milestones"), text_cell("Lead person or group"), text_cell("Timescale for completion"), text_cell("Progress")},
                     {text_cell("4"), Cell{}, text_cell("3.4 Safer recruitment."), text_cell("All member agencies"), text_cell("March 2011"), cell({"Procedures. The plan continues.", "3.4 In progress"})},
                     {Cell{}, text_cell("Agency representatives are accountable."), text_cell("4.1 Chair meets."), text_cell("Independent Chair"), text_cell("On-going"), text_cell("4.1 On hold")}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 3);
    CHECK(plan.priorities[0].ref == "2");
    CHECK(plan.priorities[1].ref == "3");
    CHECK(plan.priorities[2].ref == "4");
    CHECK(plan.priorities[2].title == "Agency representatives are accountable.");
    REQUIRE(plan.priorities[1].actions.size() == 3);
    const Action& m32 = plan.priorities[1].actions[1];
    CHECK(m32.ref == "3.2");
    CHECK(m32.text == "Sectors understood.");
    CHECK(m32.lead == "T&D2");
    CHECK(m32.due.empty());
    // the unnumbered paragraph at the top of the next page's cell continues the last milestone read (3.2)
    CHECK(m32.progress == "Completed \xE2\x80\x93 done. Procedures. The plan continues.");
    CHECK(m32.rag == Rag::Complete);
    CHECK(plan.priorities[1].actions[2].ref == "3.4");  // its own number decides, not the row's "4"
    CHECK(plan.priorities[0].actions[0].progress == "In progress \xE2\x80\x93 granted money to the London Child Protection");
    CHECK(plan.priorities[1].actions[2].progress == "In progress");
    CHECK(diag.cells.cells_total == diag.cells.cells_mapped);
}

TEST_CASE("matrix: priorities as columns, workstreams as rows, a headerless continuation (Herefordshire)") {
    Document doc = document({
        block(para("HSCB BUSINESS PLAN 2017-19")),
        block(table({{text_cell("Strategic Priorities"), text_cell("NEGLECT: Identification and response."), text_cell("CSE: Prevention.")},
                     {text_cell("Key Outcomes"), text_cell("Neglect is identified early."), text_cell("The pathway is clear.")},
                     {cell({"Communications", "NOTE: link in with the group"}), text_cell("Deliver a launch event."), cell({"Support campaigns.", "Through audit:", "\xE2\x80\xA2 Check findings.", "\xE2\x80\xA2 Understand support."})}})),
        block(para("The Voice of the Child and Family: the board wants assurance.")),
        block(table({{cell({"ALL sub groups as appropriate:", "Voice of the child/family"}), text_cell("Include views."), text_cell("Secure feedback.")}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    CHECK(plan.period() == "2017-2019");
    REQUIRE(plan.priorities.size() == 2);
    CHECK(plan.priorities[0].title == "NEGLECT");
    CHECK(plan.priorities[0].ref.empty());  // no number printed: none invented
    CHECK(plan.priorities[0].description.find("Neglect is identified early.") != std::string::npos);
    REQUIRE(plan.priorities[1].actions.size() == 3);
    CHECK(plan.priorities[1].actions[0].workstream == "Communications");
    CHECK(plan.priorities[1].actions[1].items.size() == 2);
    CHECK(plan.priorities[1].actions[2].workstream == "Voice of the child/family");
    CHECK(plan.priorities[1].actions[2].text == "Secure feedback.");
    CHECK(diag.cells.cells_total == diag.cells.cells_mapped);
}

TEST_CASE("label/value priority blocks above Key action tables, split over pages (Essex)") {
    Document doc = document({
        block(para("Essex Safeguarding Children Board Business Plan 2015 \xE2\x80\x93 2017")),
        block(table({{text_cell("Improvement priority: 1"), cell({"Essex has effective arrangements"}, "", 4)},
                     {text_cell("Lead group"), cell({"PPC Strategic Group"}, "", 4)},
                     {text_cell("What difference do we want to make?"), cell({"Reduce the impact"}, "", 4)},
                     {text_cell("How will we measure our success?"), cell({"Dataset"}, "", 4)},
                     {cell({"The actions we will undertake in order to realise this priority are..."}, "", 5)},
                     {text_cell("Key action"), text_cell("Lead officer/group"), text_cell("Other resources"), text_cell("Timescale"), text_cell("Progress update and impact")},
                     {text_cell("Develop a protocol"), text_cell("ESCB"), text_cell("Board members"), text_cell("October 2015"), cell({}, "#00B050")}})),
        block(table({{text_cell("Key action"), text_cell("Lead officer/group"), text_cell("Other resources"), text_cell("Timescale"), text_cell("Progress update and impact")},
                     {text_cell("Review protocols"), text_cell("PPPD sub-committee"), Cell{}, text_cell("At each meeting as appropriate"), Cell{}}})),
        block(table({{text_cell("Promote the e safety policy"), text_cell("Comms Officer"), text_cell("Leads"), text_cell("From April 2015"), Cell{}}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    CHECK(plan.board == "Essex Safeguarding Children Board");
    REQUIRE(plan.priorities.size() == 1);
    const Priority& p = plan.priorities[0];
    CHECK(p.ref == "1");
    CHECK(p.title == "Essex has effective arrangements");
    CHECK(p.lead_group == "PPC Strategic Group");
    CHECK(p.description == "Reduce the impact");
    CHECK(p.success_measures == "Dataset");
    REQUIRE(p.actions.size() == 3);
    CHECK(p.actions[0].resources == "Board members");
    CHECK(p.actions[0].rag == Rag::Green);
    CHECK(p.actions[1].due.empty());
    CHECK(p.actions[2].text == "Promote the e safety policy");  // headerless table continues the columns
    CHECK(p.actions[2].due.empty());  // an open start ("From April 2015") has no due date
    CHECK(diag.cells.cells_total == diag.cells.cells_mapped);
}

TEST_CASE("a table no layout claims is reported with its number and first row, not dropped") {
    Document doc = document({
        block(para("Business Plan 2015-16")),
        block(simple_table({{"Name", "Telephone"}, {"Jo Bloggs", "01234"}})),
    });
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(diag.unmapped.size() == 1);
    CHECK(diag.unmapped[0].table == 1);
    CHECK(diag.unmapped[0].first_row == "Name | Telephone");
    CHECK(diag.cells.cells_unmapped == 4);
    CHECK(diag.cells.cells_total == 4);
    CHECK(plan.action_count() == 0);
}

TEST_CASE("a document without tables is an error") {
    Document doc = document({block(para("Just a letter"))});
    Diagnostics diag;
    CHECK_THROWS_AS(recognise(doc, diag), ImportError);
}

TEST_CASE("a row split by a page break is joined back to the row above it") {
    auto header = std::vector<Cell>{text_cell("Ref"), text_cell("Desired outcome"), text_cell("Action"), text_cell("Lead"), text_cell("Timeframe"), text_cell("Progress")};
    Table t = table({header,
                     {text_cell("3.3"), text_cell("Relevant staff are trained in Child"), text_cell("Monitor the LSCB CSE"), text_cell("C Gill/ CSE Sub-"), text_cell("January 2015"), Cell{}},
                     {Cell{}, text_cell("Sexual Exploitation (CSE)"), text_cell("e-learning package"), text_cell("Group"), Cell{}, Cell{}},
                     {text_cell("3.4"), Cell{}, text_cell("Develop training"), text_cell("C Gill"), text_cell("July 2015"), Cell{}}});
    print_over_pages(t, 2, 5);
    Document doc = document({block(para("Theme 3 - CSE")), block(t)});
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    REQUIRE(plan.priorities[0].actions.size() == 2);
    const Action& a = plan.priorities[0].actions[0];
    CHECK(a.outcome == "Relevant staff are trained in Child Sexual Exploitation (CSE)");
    CHECK(a.text == "Monitor the LSCB CSE e-learning package");
    CHECK(a.lead == "C Gill/ CSE Sub- Group");
    CHECK(plan.priorities[0].actions[1].outcome == "Relevant staff are trained in Child Sexual Exploitation (CSE)");
}

TEST_CASE("a row of numbered milestones split by a page break: the next milestones are on the new page") {
    // No ref column (the refs prefix the actions); the action goes on in small letters, the lead and target
    // cells carry the next milestone's paragraphs, the status cell one letter per milestone.
    auto header = std::vector<Cell>{text_cell("What will it do?"), text_cell("Responsibility"), text_cell("Target"), text_cell("BRAG")};
    Cell action_rest = text_cell("to foster carers and residential care staff.");
    action_rest.paragraphs.push_back(para("2.2 Seek assurance from each statutory partner."));
    Cell lead_rest = text_cell("2.2 Head of Commissioning");
    Table t = table({header,
                     {text_cell("2.1 Roll out the home conditions assessment checklist"), text_cell("2.1 LADO"), text_cell("End of March"), text_cell("A")},
                     {action_rest, lead_rest, text_cell("2016 June 2015"), text_cell("C")},
                     {text_cell("2.3 Map the support available for families."), text_cell("Head of Service"), text_cell("By March 2017"), text_cell("R")}});
    print_over_pages(t, 2, 2);
    Document doc = document({block(para("Priority 2: Neglect")), block(t)});
    Diagnostics diag;
    Plan plan = recognise(doc, diag);
    REQUIRE(plan.priorities.size() == 1);
    const auto& actions = plan.priorities[0].actions;
    REQUIRE(actions.size() == 3);
    CHECK(actions[0].ref == "2.1");
    CHECK(actions[0].text == "Roll out the home conditions assessment checklist to foster carers and residential care staff.");
    CHECK(actions[0].lead == "LADO");
    CHECK(actions[0].timescale == "End of March 2016");
    CHECK(actions[0].rag == Rag::Amber);
    CHECK(actions[1].ref == "2.2");
    CHECK(actions[1].text == "Seek assurance from each statutory partner.");
    CHECK(actions[1].lead == "Head of Commissioning");
    CHECK(actions[1].timescale == "June 2015");
    CHECK(actions[1].rag == Rag::Complete);
    CHECK(actions[2].ref == "2.3");
    CHECK(diag.cells.cells_total == diag.cells.cells_mapped);
}

TEST_CASE("a borderless table's lead printed once at the top of its group applies to the blank cells below it") {
    auto header = std::vector<Cell>{text_cell("Item"), text_cell("Intended outcome"), text_cell("What we will do"), text_cell("Accountable lead")};
    auto make = [&](bool borderless) {
        Table t = table({header,
                         {text_cell("1"), text_cell("Children are safe at home"), text_cell("Survey pupils in Years 6 and 8."), text_cell("Domestic Abuse Manager")},
                         {text_cell("2"), Cell{}, text_cell("Hold a practitioner conference."), Cell{}},
                         {text_cell("3"), text_cell("Children are heard"), text_cell("Run a campaign for fathers."), Cell{}}});
        t.borderless = borderless;
        Document doc = document({block(para("Priority 1: Domestic abuse")), block(t)});
        Diagnostics diag;
        return recognise(doc, diag);
    };
    Plan plan = make(true);
    REQUIRE(plan.priorities.size() == 1);
    const auto& a = plan.priorities[0].actions;
    REQUIRE(a.size() == 3);
    CHECK(a[1].lead == "Domestic Abuse Manager");
    CHECK(a[2].lead == "");  // another outcome: another group
    // cells with borders: a blank lead cell is a lead not given
    plan = make(false);
    CHECK(plan.priorities[0].actions[1].lead == "");
}

TEST_CASE("open_ended tells a text cut mid-phrase from a finished one") {
    CHECK(open_ended("NOTE: The HSCB link in with the \"One Herefordshire"));
    CHECK(open_ended("disseminated effectively through their"));
    CHECK(open_ended("reducing the risk of children,"));
    CHECK_FALSE(open_ended("Training and Workforce Development"));
    CHECK_FALSE(open_ended("Ensure the actions are embedded."));
}
