// test_dates.cpp — due_from_timescale on every timescale form of the due contract (shared/corpus/practice/README.md,
// shared/docs/layouts.md §7), expectations written from the rules; period_from_title on the titles plans print.
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
    CHECK(due_from_timescale("Delivery of conference November 2015") == "2015-11");
    CHECK(due_from_timescale("May 2015 for core ESCB training programme, updated during the year as needs arise") ==
          "2015-05");
    CHECK(due_from_timescale("June 2015 and annually thereafter") == "2015-06");
    CHECK(due_from_timescale("January 2011") == "2011-01");
    CHECK(due_from_timescale("end of March 2016") == "2016-03");
    CHECK(due_from_timescale("December 2015 and March 2016") == "2015-12");  // two deadlines, not a range
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

TEST_CASE("due_from_timescale: the month forms of the contract") {
    CHECK(due_from_timescale("March 2016") == "2016-03");
    CHECK(due_from_timescale("Mar-16") == "2016-03");
    CHECK(due_from_timescale("Mar 16") == "2016-03");
    CHECK(due_from_timescale("March '16") == "2016-03");
    CHECK(due_from_timescale("March \xE2\x80\x99" "16") == "2016-03");  // curly apostrophe
    CHECK(due_from_timescale("By March 2016") == "2016-03");
    CHECK(due_from_timescale("End of March 2016") == "2016-03");
    CHECK(due_from_timescale("Sept 14") == "2014-09");
    CHECK(due_from_timescale("Apr-13") == "2013-04");
    CHECK(due_from_timescale("Sept14") == "2014-09");
    CHECK(due_from_timescale("03/2016") == "2016-03");
}

TEST_CASE("due_from_timescale: the full-date forms of the contract") {
    CHECK(due_from_timescale("31/03/2016") == "2016-03-31");
    CHECK(due_from_timescale("31.03.16") == "2016-03-31");
    CHECK(due_from_timescale("31st March 2016") == "2016-03-31");
    CHECK(due_from_timescale("2016-03-31") == "2016-03-31");
    CHECK(due_from_timescale("2016/03/31") == "2016-03-31");
    CHECK(due_from_timescale("31-Mar-16") == "2016-03-31");
    CHECK(due_from_timescale("2nd May 2017") == "2017-05-02");
    CHECK(due_from_timescale("3rd June 2017") == "2017-06-03");
    CHECK(due_from_timescale("4th July 2017") == "2017-07-04");
    CHECK(due_from_timescale("22nd Sept 2017") == "2017-09-22");
    CHECK(due_from_timescale("1st of April 2016") == "2016-04-01");
    CHECK(due_from_timescale("March 31, 2016") == "2016-03-31");
    CHECK(due_from_timescale("1-4-16") == "2016-04-01");
    CHECK(due_from_timescale("30 February 2016") == "");  // no such day
}

TEST_CASE("due_from_timescale: quarters and financial years") {
    CHECK(due_from_timescale("Q4 2015/16") == "2016-03");
    CHECK(due_from_timescale("Q4 15/16") == "2016-03");
    CHECK(due_from_timescale("Q1 15/16") == "2015-06");
    CHECK(due_from_timescale("Q3 2014/15") == "2014-12");
    CHECK(due_from_timescale("Q2 2016/2017") == "2016-09");
    CHECK(due_from_timescale("Quarter 3 of 2016-17") == "2016-12");
    CHECK(due_from_timescale("Second quarter 2016/17") == "2016-09");
    CHECK(due_from_timescale("2016/17 Q2") == "2016-09");
    CHECK(due_from_timescale("1st quarter 2016/17") == "2016-06");
    CHECK(due_from_timescale("2015/16") == "2016-03");
    CHECK(due_from_timescale("2015-16") == "2016-03");
    CHECK(due_from_timescale("2015/2016") == "2016-03");
    CHECK(due_from_timescale("FY15/16") == "2016-03");
    CHECK(due_from_timescale("Training programme to run across financial year 2012/13") == "2013-03");
    CHECK(due_from_timescale("Academic year 2016/17") == "2017-07");
    CHECK(due_from_timescale("2015-17") == "");  // two years: a span that names no month
    CHECK(due_from_timescale("2016") == "");
}

TEST_CASE("due_from_timescale: a quarter without a year is one of the plan's first financial year") {
    CHECK(due_from_timescale("End of Q2") == "");  // the plan's period unknown
    CHECK(due_from_timescale("End of Q2", 0) == "");
    CHECK(due_from_timescale("End of Q1", 2016) == "2016-06");
    CHECK(due_from_timescale("End of Q2", 2016) == "2016-09");
    CHECK(due_from_timescale("End of Q3", 2016) == "2016-12");
    CHECK(due_from_timescale("End of Q4", 2016) == "2017-03");
    CHECK(due_from_timescale("By Q3", 2015) == "2015-12");
    CHECK(due_from_timescale("Q2 2018/19", 2016) == "2018-09");  // a printed year wins over the plan's
    CHECK(due_from_timescale("End of the financial year", 2016) == "2017-03");
    CHECK(due_from_timescale("End of the financial year") == "");
}

TEST_CASE("due_from_timescale: seasons and school terms") {
    CHECK(due_from_timescale("Spring 2016") == "2016-05");
    CHECK(due_from_timescale("Summer 2015") == "2015-08");
    CHECK(due_from_timescale("Autumn 2015") == "2015-11");
    CHECK(due_from_timescale("Winter 2016") == "2017-02");  // December 2016 to February 2017
    CHECK(due_from_timescale("Winter 2016/17") == "2017-02");
    CHECK(due_from_timescale("Spring '17") == "2017-05");
    CHECK(due_from_timescale("Autumn term 2016") == "2016-12");
    CHECK(due_from_timescale("Spring term 2017") == "2017-04");
    CHECK(due_from_timescale("Summer term 2018") == "2018-07");
    CHECK(due_from_timescale("SUMMER TERM 2018") == "2018-07");
    CHECK(due_from_timescale("Spring term 2016/17") == "2017-04");  // the academic year's second calendar year
    CHECK(due_from_timescale("Autumn term 2016/17") == "2016-12");
    CHECK(due_from_timescale("Summer term") == "");     // no year
    CHECK(due_from_timescale("Summer 2016/17") == "");  // summer 2016 or 2017: cannot be placed
    CHECK(due_from_timescale("By the end of the summer term 2017") == "2017-07");
}

TEST_CASE("due_from_timescale: a range's end decides") {
    CHECK(due_from_timescale("April \xE2\x80\x93 June 2016") == "2016-06");
    CHECK(due_from_timescale("April - June 2016") == "2016-06");
    CHECK(due_from_timescale("June/July 2017") == "2017-07");
    CHECK(due_from_timescale("June/July 2012") == "2012-07");
    CHECK(due_from_timescale("Jan-Mar 2016") == "2016-03");
    CHECK(due_from_timescale("April 2016 - March 2017") == "2017-03");
    CHECK(due_from_timescale("April 2016 \xE2\x80\x94 March 2017") == "2017-03");  // em dash
    CHECK(due_from_timescale("April to June 2016") == "2016-06");
    CHECK(due_from_timescale("From April 2016 to March 2017") == "2017-03");
    CHECK(due_from_timescale("Between April and June 2016") == "2016-06");
    CHECK(due_from_timescale("Dec/Jan 2016") == "2016-01");
    CHECK(due_from_timescale("Nov 2016 - Jan") == "2017-01");  // the end month takes the start's year, or the next
    CHECK(due_from_timescale("Q1-Q2 2016/17") == "2016-09");
    CHECK(due_from_timescale("Spring/Summer 2016") == "2016-08");
    CHECK(due_from_timescale("2015/16 - 2016/17") == "2017-03");
    CHECK(due_from_timescale("April - June") == "");  // no year anywhere
}

TEST_CASE("due_from_timescale: an open start has no due") {
    CHECK(due_from_timescale("From April 2016") == "");
    CHECK(due_from_timescale("from april 2016") == "");
    CHECK(due_from_timescale("April 2016 onwards") == "");
    CHECK(due_from_timescale("Starting May 2016") == "");
    CHECK(due_from_timescale("Commencing September 2016") == "");
    CHECK(due_from_timescale("Ongoing from May 2015") == "");
    CHECK(due_from_timescale("From mid-April 2016") == "");
    CHECK(due_from_timescale("May 2015 - ongoing") == "");
    CHECK(due_from_timescale("May 2015 \xE2\x80\x93 on-going") == "");
    CHECK(due_from_timescale("April 2015 onwards \xE2\x80\x93 development days 6 monthly") == "");
    CHECK(due_from_timescale("From April 2016, review by March 2017") == "2017-03");  // a later deadline counts
    CHECK(due_from_timescale("By the start of April 2016") == "2016-04");             // a deadline, not a start
}

TEST_CASE("due_from_timescale: words that name no date") {
    for (const char* s : {"Ongoing", "On-going", "On going", "Annually", "Quarterly", "Termly", "Monthly",
                          "Six-monthly", "TBC", "To be confirmed", "As per strategy and action plan",
                          "Ongoing depending on meeting dates", "At each meeting as appropriate", ""})
        CHECK_MESSAGE(due_from_timescale(s) == "", s);
}

TEST_CASE("due_from_timescale: sentences that hold a date") {
    CHECK(due_from_timescale("Strategy agreed and in place by April 2012") == "2012-04");
    CHECK(due_from_timescale("March 2015 as per training strategy") == "2015-03");
    CHECK(due_from_timescale("September 2014 (website permitting)") == "2014-09");
    CHECK(due_from_timescale("Audit findings reported to the Board by February 2014") == "2014-02");
    CHECK(due_from_timescale("Review completed and reported by 31st January 2016") == "2016-01-31");
}

TEST_CASE("due_from_timescale: case, dashes and spaces as printed") {
    CHECK(due_from_timescale("SEPT 2014") == "2014-09");
    CHECK(due_from_timescale("Sep 2014") == "2014-09");
    CHECK(due_from_timescale("sept 2014") == "2014-09");
    CHECK(due_from_timescale("March\xC2\xA0" "2016") == "2016-03");               // no-break space
    CHECK(due_from_timescale("31\xC2\xA0March\xC2\xA0" "2016") == "2016-03-31");
    CHECK(due_from_timescale("Jan\xE2\x80\x93Mar 2016") == "2016-03");            // en dash
    CHECK(due_from_timescale("Mar\xE2\x80\x94" "16") == "2016-03");               // em dash
    CHECK(due_from_timescale("  March   2016  ") == "2016-03");
}

TEST_CASE("due_from_timescale: month names only as whole words followed by a year") {
    CHECK(due_from_timescale("Marchmont 2015") == "");
    CHECK(due_from_timescale("Schools may wish to attend") == "");
    CHECK(due_from_timescale("Review in March") == "");
    CHECK(due_from_timescale("Decision 2015") == "");
    CHECK(due_from_timescale("May 12th review") == "");
    CHECK(due_from_timescale("Numbers may rise 10%") == "");
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
    CHECK(due_from_timescale("31/02/2016") == "");  // no such day, and no month-year inside it
    CHECK(due_from_timescale("2016-02-30") == "");
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
        std::string d = due_from_timescale(s, n % 2 ? 2016 : 0);
        bool ok = d.empty() || (d.size() == 7 && d[4] == '-') || (d.size() == 10 && d[4] == '-' && d[7] == '-');
        CHECK_MESSAGE(ok, "input: ", s, " gave: ", d);
        int a = 0, b = 0;
        if (period_from_title(s, a, b)) {
            CHECK(a >= 1900);
            CHECK(b >= a);
        }
    }
}
