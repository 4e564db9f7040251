// dates.cpp — timescale text → ISO due date, and plan titles → period (see dates.h).
//
// Both parsers work on a folded, lower-cased copy of the text (en/em dashes → '-', no-break spaces → ' ') and
// scan it left to right: the first date form found wins, whatever follows ("Ongoing from May 2015" → 2015-05,
// "May 2015 for core training, updated during the year" → 2015-05). Forms recognised, at a word start:
//   1. ISO "2016-03-31"                    → kept;
//   2. "31/03/2016", "1/4/16", "31.03.2016" → "YYYY-MM-DD" (day first, as in the UK);
//   3. "Q2 2016/17", "Quarter 2 2016-17"   → last month of that quarter of the April–March financial year
//      (Q1 → YYYY-06, Q2 → YYYY-09, Q3 → YYYY-12, Q4 → (YYYY+1)-03); "Q2 2016" with a bare year is a
//      calendar quarter (Q1 → YYYY-03 … Q4 → YYYY-12);
//   4. "31 March 2016", "1st April 2016"   → "YYYY-MM-DD";
//   5. "Dec 14", "Sept. 2014", "March, 2015", "June/July 2012" → "YYYY-MM" (the first month of a pair).
// A month name must be a whole word and be followed by a year, so "Marchmont" and the verb "may" do not count.
// Two-digit years are 20YY.
#include "model/dates.h"

#include <cstdio>
#include <optional>

#include "model/text.h"

namespace planport {
namespace {

/// The month (1..12) named by a whole word starting at s[i], or 0; `len` gets the word's length.
int month_at(const std::string& s, size_t i, size_t& len) {
    static const struct { const char* name; int month; } names[] = {
        {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
        {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
        {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10},
        {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    };
    size_t e = i;
    while (e < s.size() && is_ascii_alpha(s[e])) ++e;
    std::string_view word(s.data() + i, e - i);
    for (const auto& n : names)
        if (word == n.name) {
            len = word.size();
            return n.month;
        }
    return 0;
}

/// Reads 1..max_digits digits at s[i] not followed by another digit; -1 when there are none or too many.
int number_at(const std::string& s, size_t i, size_t max_digits, size_t& len) {
    size_t e = i;
    while (e < s.size() && is_ascii_digit(s[e])) ++e;
    if (e == i || e - i > max_digits) return -1;
    len = e - i;
    return std::stoi(s.substr(i, len));
}

/// A year at s[i]: four digits 1900..2099, or two digits (→ 20YY) not followed by a letter ("12th" is a day).
int year_at(const std::string& s, size_t i, size_t& len) {
    size_t n = 0;
    int v = number_at(s, i, 4, n);
    if (v < 0) return -1;
    if (n == 4 && v >= 1900 && v <= 2099) {
        len = 4;
        return v;
    }
    if (n == 2 && !(i + 2 < s.size() && is_ascii_alpha(s[i + 2]))) {
        len = 2;
        return 2000 + v;
    }
    return -1;
}

size_t skip_spaces(const std::string& s, size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

bool word_start(const std::string& s, size_t i) { return i == 0 || !is_ascii_alnum(s[i - 1]); }

std::string ym(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::string ymd(int year, int month, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool valid_day(int month, int day) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

// 1. "2016-03-31"
std::optional<std::string> iso_date_at(const std::string& s, size_t i) {
    size_t n1 = 0, n2 = 0, n3 = 0;
    int y = number_at(s, i, 4, n1);
    if (y < 0 || n1 != 4 || i + 4 >= s.size() || s[i + 4] != '-') return std::nullopt;
    int m = number_at(s, i + 5, 2, n2);
    if (m < 0 || n2 != 2 || i + 7 >= s.size() || s[i + 7] != '-') return std::nullopt;
    int d = number_at(s, i + 8, 2, n3);
    if (d < 0 || n3 != 2 || !valid_day(m, d)) return std::nullopt;
    return ymd(y, m, d);
}

// 2. "31/03/2016", "1/4/16", "31.03.2016"
std::optional<std::string> numeric_date_at(const std::string& s, size_t i) {
    size_t n1 = 0, n2 = 0, n3 = 0;
    int d = number_at(s, i, 2, n1);
    if (d < 0) return std::nullopt;
    size_t p = i + n1;
    if (p >= s.size() || (s[p] != '/' && s[p] != '.')) return std::nullopt;
    char sep = s[p];
    int m = number_at(s, p + 1, 2, n2);
    if (m < 0) return std::nullopt;
    p += 1 + n2;
    if (p >= s.size() || s[p] != sep) return std::nullopt;
    int y = number_at(s, p + 1, 4, n3);
    if (y < 0 || (n3 != 2 && n3 != 4)) return std::nullopt;
    if (n3 == 2) y += 2000;
    if (!valid_day(m, d)) return std::nullopt;
    return ymd(y, m, d);
}

// 3. "Q2 2016/17", "quarter 2 2016-17", "Q4 2016"
std::optional<std::string> quarter_at(const std::string& s, size_t i) {
    size_t p;
    if (s.compare(i, 7, "quarter") == 0) p = skip_spaces(s, i + 7);
    else if (s[i] == 'q') p = i + 1;
    else return std::nullopt;
    if (p >= s.size() || s[p] < '1' || s[p] > '4' || (p + 1 < s.size() && is_ascii_alnum(s[p + 1])))
        return std::nullopt;
    int q = s[p] - '0';
    p = skip_spaces(s, p + 1);
    size_t n = 0;
    int y = year_at(s, p, n);
    if (y < 0) return std::nullopt;
    p += n;
    // A second year ("/17", "-17", "/2017") makes it a financial year starting in April of the first.
    bool financial = p + 1 < s.size() && (s[p] == '/' || s[p] == '-') && is_ascii_digit(s[p + 1]);
    if (!financial) return ym(y, q * 3);
    if (q == 4) return ym(y + 1, 3);
    return ym(y, q * 3 + 3);
}

// 4./5. "[31[st]] March[.][,] 2016", "Dec 14", "June/July 2012"
std::optional<std::string> month_year_at(const std::string& s, size_t i) {
    int day = 0;
    size_t p = i;
    size_t n = 0;
    if (is_ascii_digit(s[p])) {  // an optional leading day
        day = number_at(s, p, 2, n);
        if (day < 1) return std::nullopt;
        p += n;
        for (const char* suffix : {"st", "nd", "rd", "th"})
            if (s.compare(p, 2, suffix) == 0) { p += 2; break; }
        if (p >= s.size() || s[p] != ' ') return std::nullopt;
        p = skip_spaces(s, p);
    }
    size_t mlen = 0;
    int month = month_at(s, p, mlen);
    if (month == 0) return std::nullopt;
    p += mlen;
    if (p < s.size() && s[p] == '.') ++p;
    if (p < s.size() && s[p] == ',') ++p;
    size_t q = skip_spaces(s, p);
    if (q < s.size() && s[q] == '\'') q = q + 1;  // "Dec '14"
    int year = (q > p) ? year_at(s, q, n) : -1;
    if (year < 0) {
        // "June/July 2012", "April - June 2016", "Dec/Jan 2016": the first month, with the year of the second
        // (one less when the pair crosses a new year).
        size_t r = skip_spaces(s, p);
        if (r < s.size() && (s[r] == '/' || s[r] == '-')) r = skip_spaces(s, r + 1);
        else if (s.compare(r, 3, "to ") == 0 || s.compare(r, 3, "or ") == 0) r = skip_spaces(s, r + 3);
        else return std::nullopt;
        size_t m2len = 0;
        int month2 = month_at(s, r, m2len);
        if (month2 == 0) return std::nullopt;
        r = skip_spaces(s, r + m2len);
        year = year_at(s, r, n);
        if (year < 0 || r == 0 || s[r - 1] != ' ') return std::nullopt;
        if (month2 < month) --year;
        day = 0;  // a day before a month pair is too unusual to trust
    }
    if (day > 0) return valid_day(month, day) ? std::optional(ymd(year, month, day)) : std::nullopt;
    return ym(year, month);
}

/// The first year 1900..2099 at a word start not glued to other digits, or npos.
size_t find_year(const std::string& s, size_t from, int& year) {
    for (size_t i = from; i + 4 <= s.size(); ++i) {
        if (!is_ascii_digit(s[i]) || (i > 0 && is_ascii_digit(s[i - 1]))) continue;
        size_t n = 0;
        int v = number_at(s, i, 4, n);
        if (n == 4 && v >= 1900 && v <= 2099) {
            year = v;
            return i;
        }
    }
    return std::string::npos;
}

}  // namespace

std::string due_from_timescale(const std::string& timescale) {
    std::string s = ascii_lower(fold_punctuation(timescale));
    for (char& c : s)
        if (is_ascii_space(c)) c = ' ';  // paragraphs of one cell: "March\n2016" is still a month and year
    for (size_t i = 0; i < s.size(); ++i) {
        if (!word_start(s, i) || !is_ascii_alnum(s[i])) continue;
        for (auto parse : {iso_date_at, numeric_date_at, quarter_at, month_year_at})
            if (auto d = parse(s, i)) return *d;
    }
    return "";
}

bool period_from_title(const std::string& title, int& start_year, int& end_year) {
    const std::string s = ascii_lower(fold_punctuation(title));
    int start = 0;
    size_t i = find_year(s, 0, start);
    if (i == std::string::npos) return false;
    int end = start;
    // "2014-15", "2015 – 2017", "2015/17", "2018.21", "2014 to 2015", "2014-5", "April 2015 – March 2017".
    size_t p = skip_spaces(s, i + 4);
    bool sep = false;
    if (p < s.size() && (s[p] == '-' || s[p] == '/' || s[p] == '.')) {
        sep = true;
        ++p;
    } else if (s.compare(p, 3, "to ") == 0) {
        sep = true;
        p += 2;
    }
    if (sep) {
        p = skip_spaces(s, p);
        size_t mlen = 0;
        if (month_at(s, p, mlen) > 0) p = skip_spaces(s, p + mlen);  // "April 2015 – March 2017"
        size_t n = 0;
        int v = number_at(s, p, 4, n);
        int candidate = -1;
        if (n == 4) candidate = v;
        else if (n == 2) candidate = start / 100 * 100 + v + (v < start % 100 ? 100 : 0);
        else if (n == 1) candidate = start / 10 * 10 + v + (v < start % 10 ? 10 : 0);
        // A second year must follow the first within a decade; anything else ("2017-2918") is not a range.
        if (v >= 0 && candidate > start && candidate <= start + 10) end = candidate;
    }
    start_year = start;
    end_year = end;
    return true;
}

}  // namespace planport
