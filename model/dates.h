// dates.h — timescale text → due date, and plan titles → period.
#pragma once

#include <string>

namespace planport {

/// Normalises a timescale as printed into an ISO due date, "YYYY-MM" or "YYYY-MM-DD", or "" when it has none:
///   a month → "YYYY-MM" ("March 2016", "Mar-16", "Mar 16", "March '16", "By/End of March 2016", "Sept 14");
///   a full date → "YYYY-MM-DD" ("31/03/2016", "31.03.16", "31st March 2016", "2016-03-31", "31-Mar-16");
///   "Q2 2016/17", "Q2 16/17" → the quarter's last month in that April–March financial year (Q1 → 2016-06 …
///   Q4 → 2017-03); "End of Q2", "Q2" without a year → that quarter of the financial year starting in April of
///   `plan_start_year` (0 = unknown → ""); "2015/16", "2015-16", "financial year 2015/16" → "2016-03";
///   "Spring 2016" → "2016-05", "Summer" 08, "Autumn" 11, "Winter 2016" → "2017-02" (December to February);
///   "Autumn term 2016" → "2016-12", "Spring term 2017" → "2017-04", "Summer term 2017" → "2017-07";
///   a range's end decides ("April – June 2016", "June/July 2017", "April 2016 – March 2017");
///   an open start has no due ("From April 2016", "April 2016 onwards", "Starting May 2016");
///   in a sentence the first date that is not an open start decides ("Strategy in place by April 2012");
///   "Ongoing", "Annually", "TBC", "To be confirmed", a bare year ("2016", "2015-17") → "".
/// Two-digit years are 20YY; month names are whole words in any case; dashes and odd spaces are folded.
std::string due_from_timescale(const std::string& timescale, int plan_start_year = 0);

/// Reads a plan period from a title: "2014-15" → 2014, 2015; "2015 – 2017"; "2017-19"; "2010-2011";
/// "2015/17". A single year gives start == end. Returns false (years untouched) when there is none.
bool period_from_title(const std::string& title, int& start_year, int& end_year);

}  // namespace planport
