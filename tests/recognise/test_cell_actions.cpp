// test_cell_actions.cpp — a cell's paragraphs → actions (samples/README.md, "Inside one action cell").
#include <doctest/doctest.h>

#include "importers/recognise/cell_actions.h"
#include "tests/support/doc_builder.h"

using namespace planport;
using namespace planport::testing;

TEST_CASE("bullets without a lead-in are one action each; a plain first paragraph is its own action") {
    Cell c = cell({"A strategy is developed and agreed by the Board.", "• The CHSCB operates a programme.",
                   "• The CHSCB collates feedback."});
    auto a = split_cell_actions(c.paragraphs);
    REQUIRE(a.size() == 3);
    CHECK(a[0].text == "A strategy is developed and agreed by the Board.");
    CHECK(a[1].text == "The CHSCB operates a programme.");
    CHECK(a[2].text == "The CHSCB collates feedback.");
    CHECK(a[1].items.empty());
}

TEST_CASE("a lead-in ending in ':' keeps the bullets that follow as its items") {
    Cell c = cell({"The CHSCB develop a Neglect Strategy covering:", "• Awareness of neglect", "• Supporting the workforce"});
    auto a = split_cell_actions(c.paragraphs);
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "The CHSCB develop a Neglect Strategy covering:\n\xE2\x80\xA2 Awareness of neglect\n\xE2\x80\xA2 Supporting the workforce");
    CHECK(a[0].items == std::vector<std::string>{"Awareness of neglect", "Supporting the workforce"});
}

TEST_CASE("a short lead-in such as 'Including:' joins the paragraph before it") {
    Cell c = cell({"The CHSCB implements a revised framework.", "Including:", "• Two datasets", "• An audit map"});
    auto a = split_cell_actions(c.paragraphs);
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "The CHSCB implements a revised framework.\nIncluding:\n\xE2\x80\xA2 Two datasets\n\xE2\x80\xA2 An audit map");
    CHECK(a[0].items.size() == 2);
}

TEST_CASE("typed enumerators after a lead-in are its items, even when the item before ends with 'and'") {
    Cell c = cell({"Local priorities are underpinned by needs assessment i.e.:",
                   "(1) The JSNA addresses the safety of children and", "2) Partner agencies address safeguarding."});
    auto a = split_cell_actions(c.paragraphs);
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "Local priorities are underpinned by needs assessment i.e.:\n(1) The JSNA addresses the safety of "
                       "children and\n2) Partner agencies address safeguarding.");
}

TEST_CASE("a paragraph continues the one before when that ends with ', and' or it starts in lower case") {
    Cell c = cell({"Develop and implement a Childhood Neglect strategy", "Particular focus on a tool (GCP2), and",
                   "GCP2 links with the Threshold Guidance.", "then something in lower case."});
    auto a = split_cell_actions(c.paragraphs);
    REQUIRE(a.size() == 2);
    CHECK(a[0].text == "Develop and implement a Childhood Neglect strategy");
    CHECK(a[1].text == "Particular focus on a tool (GCP2), and GCP2 links with the Threshold Guidance. then something in lower case.");
}

TEST_CASE("share_out gives paragraph i to action i only when the counts agree") {
    std::vector<std::string> leads{"Director of Public Health", "Community Partnership Advisor"};
    CHECK(share_out(leads, 0, 2) == "Director of Public Health");
    CHECK(share_out(leads, 1, 2) == "Community Partnership Advisor");
    CHECK(share_out(leads, 0, 3) == "Director of Public Health\nCommunity Partnership Advisor");
    CHECK(share_out({"Dec 14"}, 4, 7) == "Dec 14");
    CHECK(share_out({}, 0, 1).empty());
}

TEST_CASE("a timescale cell naming one date per action is split among them (a PDF joins its lines)") {
    CHECK(split_timescales({"March 2011 March 2011 On-going"}, 3) == std::vector<std::string>{"March 2011", "March 2011", "On-going"});
    CHECK(split_timescales({"July 2010 March 2011"}, 2) == std::vector<std::string>{"July 2010", "March 2011"});
    // other words in between, or a different count: left as printed
    CHECK(split_timescales({"April 2015 onwards with a review March 2016"}, 2) ==
          std::vector<std::string>{"April 2015 onwards with a review March 2016"});
    CHECK(split_timescales({"March 2011 March 2011"}, 3) == std::vector<std::string>{"March 2011 March 2011"});
    CHECK(split_timescales({"March 2011"}, 1) == std::vector<std::string>{"March 2011"});
}

TEST_CASE("timescales written as sentences and run together are split where one ends at a date") {
    CHECK(split_timescales({"Audit findings reported to the Board by February 2014 Protocol signed off by June 2013 "
                            "Briefings to be delivered across financial year 2013/14"}, 3) ==
          std::vector<std::string>{"Audit findings reported to the Board by February 2014", "Protocol signed off by June 2013",
                                   "Briefings to be delivered across financial year 2013/14"});
    CHECK(split_timescales({"Annually Strategy agreed and in place by March 2014"}, 2) ==
          std::vector<std::string>{"Annually", "Strategy agreed and in place by March 2014"});
    // a range, or a count that does not match: as printed
    CHECK(split_timescales({"April 2014 March 2015"}, 3) == std::vector<std::string>{"April 2014 March 2015"});
    CHECK(split_timescales({"Report by June 2013 to the Board"}, 2) == std::vector<std::string>{"Report by June 2013 to the Board"});
}
