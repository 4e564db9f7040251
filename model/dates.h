// dates.h — timescale text → due date, and plan titles → period.
#pragma once

#include <string>

namespace planport {

/// Normalises a timescale as printed into an ISO due date:
///   "Dec 14" → "2014-12"; "Sept 14" → "2014-09"; "May 2015", "From April 2016", "April 2015 onwards",
///   "Delivery of conference November 2015" → the first month-year named; "Q2 2016/17" → "2016-09" (end of the
///   quarter of the UK April–March financial year); "31/03/2016" → "2016-03-31"; "On-going", "Annually",
///   "At each meeting as appropriate", "" → "" (no date).
std::string due_from_timescale(const std::string& timescale);

/// Reads a plan period from a title: "2014-15" → 2014, 2015; "2015 – 2017"; "2017-19"; "2010-2011";
/// "2015/17". A single year gives start == end. Returns false (years untouched) when there is none.
bool period_from_title(const std::string& title, int& start_year, int& end_year);

}  // namespace planport
