// test_dates.cpp — due_from_timescale and period_from_title on the timescales and titles the seed plans print.
#include <doctest/doctest.h>

#include "model/dates.h"

using planport::due_from_timescale;
using planport::period_from_title;

TEST_CASE("due_from_timescale: month and two-digit year") {
    CHECK(due_from_timescale("Dec 14") == "2014-12");
    CHECK(due_from_timescale("Sept 14") == "2014-09");
    CHECK(due_from_timescale("March 15") == "2015-03");
    CHECK(due_from_timescale("Sep 16") == "2016-09");
}

TEST_CASE("due_from_timescale: month and four-digit year anywhere, first wins") {
    CHECK(due_from_timescale("May 2015") == "2015-05");
    CHECK(due_from_timescale("From April 2016") == "2016-04");
    CHECK(due_from_timescale("April 2015 onwards") == "2015-04");
    CHECK(due_from_timescale("Delivery of conference November 2015") == "2015-11");
    CHECK(due_from_timescale("Ongoing from May 2015") == "2015-05");
    CHECK(due_from_timescale("May 2015 for core ESCB training programme, updated during the year as needs arise") ==
          "2015-05");
    CHECK(due_from_timescale("June 2015 and annually thereafter") == "2015-06");
    CHECK(due_from_timescale("April 2015 onwards \xE2\x80\x93 development days 6 monthly") == "2015-04");
    CHECK(due_from_timescale("January 2011") == "2011-01");
    CHECK(due_from_timescale("end of March 2016") == "2016-03");
    CHECK(due_from_timescale("December 2015 and March 2016") == "2015-12");
    CHECK(due_from_timescale("March\n2016") == "2016-03");
    CHECK(due_from_timescale("Ongoing\nJuly 2010") == "2010-07");
}

TEST_CASE("due_from_timescale: every month name, full and abbreviated, any case") {
    CHECK(due_from_timescale("Jan 15") == "2015-01");
    CHECK(due_from_timescale("Feb 15") == "2015-02");
    CHECK(due_from_timescale("Mar 15") == "2015-03");
    CHECK(due_from_timescale("Apr 15") == "2015-04");
    CHECK(due_from_timescale("Jun 15") == "2015-06");
    CHECK(due_from_timescale("Jul 15") == "2015-07");
    CHECK(due_from_timescale("Aug 15") == "2015-08");
    CHECK(due_from_timescale("Sep 15") == "2015-09");
    CHECK(due_from_timescale("Oct 15") == "2015-10");
    CHECK(due_from_timescale("Nov 15") == "2015-11");
    CHECK(due_from_timescale("Dec 15") == "2015-12");
    CHECK(due_from_timescale("FEBRUARY 2016") == "2016-02");
    CHECK(due_from_timescale("august 2016") == "2016-08");
    CHECK(due_from_timescale("Sept. 2014") == "2014-09");
    CHECK(due_from_timescale("March, 2015") == "2015-03");
}

TEST_CASE("due_from_timescale: month names only as whole words followed by a year") {
    CHECK(due_from_timescale("Marchmont 2015") == "");
    CHECK(due_from_timescale("Schools may wish to attend") == "");
    CHECK(due_from_timescale("Review in March") == "");
    CHECK(due_from_timescale("Decision 2015") == "");
    CHECK(due_from_timescale("May 12th review") == "");
}

TEST_CASE("due_from_timescale: quarters of the April-March financial year") {
    CHECK(due_from_timescale("Q1 2016/17") == "2016-06");
    CHECK(due_from_timescale("Q2 2016/17") == "2016-09");
    CHECK(due_from_timescale("Q3 2016/17") == "2016-12");
    CHECK(due_from_timescale("Q4 2016/17") == "2017-03");
    CHECK(due_from_timescale("Q4 2016-17") == "2017-03");
    CHECK(due_from_timescale("by Quarter 2 2015/16") == "2015-09");
    CHECK(due_from_timescale("Q2 2016") == "2016-06");  // bare year: calendar quarter
}

TEST_CASE("due_from_timescale: numeric and ISO dates") {
    CHECK(due_from_timescale("31/03/2016") == "2016-03-31");
    CHECK(due_from_timescale("1/4/16") == "2016-04-01");
    CHECK(due_from_timescale("19/11/2014") == "2014-11-19");
    CHECK(due_from_timescale("2016-03-31") == "2016-03-31");
    CHECK(due_from_timescale("31 March 2016") == "2016-03-31");
    CHECK(due_from_timescale("1st April 2016") == "2016-04-01");
    CHECK(due_from_timescale("31/02/2016") == "");  // no such day
    CHECK(due_from_timescale("2014-15") == "");     // a period, not a date
}

TEST_CASE("due_from_timescale: month pairs take the first month") {
    CHECK(due_from_timescale("June/July 2012") == "2012-06");
    CHECK(due_from_timescale("April - June 2016") == "2016-04");
    CHECK(due_from_timescale("Dec/Jan 2016") == "2015-12");
}

TEST_CASE("due_from_timescale: no date") {
    CHECK(due_from_timescale("On-going") == "");
    CHECK(due_from_timescale("Ongoing") == "");
    CHECK(due_from_timescale("Annually") == "");
    CHECK(due_from_timescale("At each meeting as appropriate") == "");
    CHECK(due_from_timescale("") == "");
    CHECK(due_from_timescale("TBC") == "");
}

TEST_CASE("period_from_title: ranges in their printed forms") {
    int s = 0, e = 0;
    CHECK(period_from_title("Business Plan 2014-15", s, e));
    CHECK(s == 2014);
    CHECK(e == 2015);
    CHECK(period_from_title("BUSINESS PLAN 2015 \xE2\x80\x93 2017", s, e));
    CHECK(s == 2015);
    CHECK(e == 2017);
    CHECK(period_from_title("HSCB BUSINESS PLAN 2017-19", s, e));
    CHECK(s == 2017);
    CHECK(e == 2019);
    CHECK(period_from_title("Business Plan 2010-2011 Progress Report", s, e));
    CHECK(s == 2010);
    CHECK(e == 2011);
    CHECK(period_from_title("2015/17", s, e));
    CHECK(s == 2015);
    CHECK(e == 2017);
    CHECK(period_from_title("Plan 2016\xE2\x80\x94" "2018", s, e));  // em dash, no spaces
    CHECK(s == 2016);
    CHECK(e == 2018);
    CHECK(period_from_title("Plan 2019-20", s, e));
    CHECK(s == 2019);
    CHECK(e == 2020);
    CHECK(period_from_title("Plan April 2015 \xE2\x80\x93 March 2017", s, e));
    CHECK(s == 2015);
    CHECK(e == 2017);
    CHECK(period_from_title("Financial year 2014 to 2015", s, e));
    CHECK(s == 2014);
    CHECK(e == 2015);
    CHECK(period_from_title("Plan 2014-5", s, e));
    CHECK(s == 2014);
    CHECK(e == 2015);
    CHECK(period_from_title("Plan 2099 - 00", s, e) == true);
    CHECK(e == 2100 - 0 - 0);  // wraps the century rather than going backwards
}

TEST_CASE("period_from_title: a single year, and none") {
    int s = 7, e = 7;
    CHECK(period_from_title("Annual Report 2016", s, e));
    CHECK(s == 2016);
    CHECK(e == 2016);
    s = 7;
    e = 8;
    CHECK_FALSE(period_from_title("Business Plan", s, e));
    CHECK(s == 7);
    CHECK(e == 8);
    CHECK(period_from_title("Business Plan 2017-2918", s, e));  // typo: not a range
    CHECK(s == 2017);
    CHECK(e == 2017);
}

TEST_CASE("due_from_timescale: any input gives \"\", YYYY-MM or YYYY-MM-DD") {
    // Fixed-seed generator over the characters the parsers care about, so a failure reproduces.
    const std::string alphabet = "0123456789/.-' qQjanfebmrpyulgsoctvdMAYDec\xE2\x80\x93\xC2\xA0\n";
    unsigned state = 12345;
    auto next = [&] { return state = state * 1103515245u + 12345u; };
    for (int n = 0; n < 3000; ++n) {
        std::string s;
        size_t len = next() % 24;
        for (size_t i = 0; i < len; ++i) s += alphabet[(next() >> 8) % alphabet.size()];
        std::string d = due_from_timescale(s);
        bool ok = d.empty() || (d.size() == 7 && d[4] == '-') || (d.size() == 10 && d[4] == '-' && d[7] == '-');
        CHECK_MESSAGE(ok, "input: ", s, " gave: ", d);
        int a = 0, b = 0;
        if (period_from_title(s, a, b)) {
            CHECK(a >= 1900);
            CHECK(b >= a);
        }
    }
}
