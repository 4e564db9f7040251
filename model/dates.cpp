// dates.cpp — timescale text → ISO due date, and plan titles → period (see dates.h).
//
// due_from_timescale works in three steps on a folded, lower-cased copy of the text (dashes → '-', odd spaces →
// ' ', curly quotes and primes → '\''):
//   1. Tokens: runs of letters, runs of digits, and single other characters, each knowing whether a space came
//      before it ("Mar-16" is mar, -, 16 glued together; "Mar 16" is the same with a space).
//   2. Points: at each token, the date forms below are tried; each gives a year, month and perhaps a day, or a
//      month or season without a year (then it can only start a range: "April – June 2016").
//        ISO "2016-03-31", "2016/03/31"; "31/03/2016", "31.03.16", "1-4-16" (day first); "03/2016";
//        "31 March 2016", "31st of March 2016", "31-Mar-16"; "March 31, 2016";
//        "March 2016", "Mar-16", "Mar 16", "March '16", "Sept. 2014", "March, 2015";
//        financial years "2015/16", "2015-16", "2015/2016", "15/16", "FY15/16" (→ March of the second year;
//        "academic year 2015/16" → July); "Q2 2016/17", "Q2 16/17", "Quarter 2 2016-17", "second quarter of
//        2016/17" (Q1 → June … Q4 → March of the second year); "Q2 2016" (a bare year: calendar quarter);
//        "Q2", "End of Q2" without a year (the plan's first financial year, when known); seasons "Spring 2016"
//        (May), "Summer" (August), "Autumn" (November), "Winter 2016" (February 2017: December to February);
//        school terms "Autumn term 2016" (December), "Spring term 2017" (April), "Summer term 2017" (July), and
//        with an academic year ("Spring term 2016/17" → 2017-04); "end of 2016" (December); "end of the
//        financial year" (March ending the plan's first financial year, when known).
//   3. Choice, left to right: a point followed by a range connector (-, /, to, until, through; and, or after a
//      month without a year or after "between") and another point gives way to the last of them ("Jan-Mar
//      2016", "April 2016 – March 2017", "June/July 2017"); an open start ("From April 2016", "Starting May
//      2016", "April 2016 onwards", "May 2015 – ongoing") is passed over; the first remaining point with a year
//      decides ("Strategy agreed and in place by April 2012", "December 2015 and March 2016" → 2015-12).
// Month names are whole words (full, three letters, "sept"), so "Marchmont" does not count. Two-digit years are
// 20YY, and not when a letter, '%' or another digit group follows ("May 12th"). A bare year ("2016", "2015-17")
// cannot be placed in a month and gives no due.
#include "model/dates.h"

#include <optional>
#include <string_view>
#include <vector>

#include "model/text.h"

namespace planport {
namespace {

/// The month (1..12) a lower-case word names in full, in three letters or as "sept", or 0.
int month_named(std::string_view word) {
    static const struct { std::string_view name; int month; } names[] = {
        {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
        {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
        {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10},
        {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    };
    if (word.size() < 3 || word.size() > 9) return 0;
    for (const auto& n : names)
        if (word == n.name) return n.month;
    return 0;
}

/// The month (1..12) named by a whole word starting at s[i], or 0; `len` gets the word's length.
int month_at(const std::string& s, size_t i, size_t& len) {
    size_t e = i;
    while (e < s.size() && is_ascii_alpha(s[e])) ++e;
    int m = month_named(std::string_view(s).substr(i, e - i));
    if (m > 0) len = e - i;
    return m;
}

/// Reads 1..max_digits digits at s[i] not followed by another digit; -1 when there are none or too many.
int number_at(const std::string& s, size_t i, size_t max_digits, size_t& len) {
    size_t e = i;
    while (e < s.size() && is_ascii_digit(s[e])) ++e;
    if (e == i || e - i > max_digits) return -1;
    len = e - i;
    return std::stoi(s.substr(i, len));
}

size_t skip_spaces(const std::string& s, size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

/// "YYYY-MM" or "YYYY-MM-DD" (day 0: none); the year is 1900..2100 and the month and day valid by then.
std::string iso(int year, int month, int day = 0) {
    auto two = [](int v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; };
    std::string out = std::to_string(year) + "-" + two(month);
    if (day > 0) out += "-" + two(day);
    return out;
}

bool valid_day(int month, int day) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
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

// ---- 1. Tokens ------------------------------------------------------------------------------------------------

/// Lower-cased, with the Unicode look-alikes of fold_punctuation and a few more (figure dash, horizontal bar,
/// fraction and division slash, thin/figure/en/em/zero-width spaces, byte-order mark, prime, acute accent,
/// grave accent) made ASCII, and every ASCII space character a plain space.
std::string fold_timescale(const std::string& text) {
    struct Fold { std::string_view utf8; char ascii; };
    static const Fold more[] = {
        {"\xE2\x80\x92", '-'}, {"\xE2\x80\x95", '-'}, {"\xE2\x81\x84", '/'}, {"\xE2\x88\x95", '/'},
        {"\xE2\x80\x82", ' '}, {"\xE2\x80\x83", ' '}, {"\xE2\x80\x87", ' '}, {"\xE2\x80\x89", ' '},
        {"\xE2\x80\x8B", ' '}, {"\xEF\xBB\xBF", ' '}, {"\xE2\x80\xB2", '\''}, {"\xC2\xB4", '\''}, {"`", '\''},
    };
    const std::string s = fold_punctuation(text);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80 || c == '`') {
            bool folded = false;
            for (const auto& f : more)
                if (s.compare(i, f.utf8.size(), f.utf8) == 0) {
                    out += f.ascii;
                    i += f.utf8.size();
                    folded = true;
                    break;
                }
            if (folded) continue;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out += is_ascii_space(c) ? ' ' : c;
        ++i;
    }
    return out;
}

enum class Kind { Word, Number, Symbol };

struct Token {
    Kind kind;
    std::string_view text;
    bool spaced;  // a space (or the start of the text) comes before it
};

/// Splits folded text into words, numbers and single symbols (a whole UTF-8 sequence is one symbol).
std::vector<Token> tokenise(const std::string& s) {
    std::vector<Token> tokens;
    bool spaced = true;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == ' ') {
            spaced = true;
            ++i;
            continue;
        }
        size_t e = i + 1;
        Kind kind = Kind::Symbol;
        if (is_ascii_alpha(s[i])) {
            kind = Kind::Word;
            while (e < s.size() && is_ascii_alpha(s[e])) ++e;
        } else if (is_ascii_digit(s[i])) {
            kind = Kind::Number;
            while (e < s.size() && is_ascii_digit(s[e])) ++e;
        } else if (static_cast<unsigned char>(s[i]) >= 0xC0) {
            while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
        }
        tokens.push_back({kind, std::string_view(s).substr(i, e - i), spaced});
        spaced = false;
        i = e;
    }
    return tokens;
}

// ---- 2. Points ------------------------------------------------------------------------------------------------

/// A date found in the text. Year 0: none that can be placed (a month or season alone, which can only start a
/// range; "30 February 2016"; "Summer 2016/17").
struct Point {
    int year = 0, month = 0, day = 0;
    bool stated = true;       // the year is printed, not taken from the plan's period
    bool month_only = false;  // a month name without a year ("April" of "April – June 2016")
    size_t end = 0;           // the token after it
};

/// The last month of quarter q of the financial year starting in April of `year`.
Point fiscal_quarter(int q, int year, bool stated, size_t end) {
    return q == 4 ? Point{year + 1, 3, 0, stated, false, end} : Point{year, q * 3 + 3, 0, stated, false, end};
}

/// A year found at a token: the year and the token after it.
struct Year {
    int year;
    size_t end;
};

class Reader {
public:
    Reader(const std::vector<Token>& tokens, int plan_start_year) : t_(tokens), plan_(plan_start_year) {}

    std::string due() const;

private:
    const std::vector<Token>& t_;
    int plan_;

    bool word(size_t i, std::string_view w) const {
        return i < t_.size() && t_[i].kind == Kind::Word && t_[i].text == w;
    }
    bool symbol(size_t i, char c) const {
        return i < t_.size() && t_[i].kind == Kind::Symbol && t_[i].text.size() == 1 && t_[i].text[0] == c;
    }
    bool glued(size_t i) const { return i < t_.size() && !t_[i].spaced; }
    /// The value of a number token of min..max digits at i, or -1.
    int number(size_t i, size_t min_digits, size_t max_digits) const {
        if (i >= t_.size() || t_[i].kind != Kind::Number) return -1;
        size_t n = t_[i].text.size();
        if (n < min_digits || n > max_digits) return -1;
        int v = 0;
        for (char c : t_[i].text) v = v * 10 + (c - '0');
        return v;
    }
    /// True when the token at i is glued to what follows it in a way a year cannot be ("12th", "10%", "15/16").
    bool glued_tail(size_t i) const {
        if (!glued(i + 1)) return false;
        const Token& n = t_[i + 1];
        if (n.kind != Kind::Symbol) return true;
        if (n.text == "%") return true;
        return (n.text == "/" || n.text == ".") && glued(i + 2) && t_[i + 2].kind == Kind::Number;
    }
    int month_of(size_t i) const { return i < t_.size() && t_[i].kind == Kind::Word ? month_named(t_[i].text) : 0; }
    bool ordinal_suffix(size_t i) const {
        return glued(i) && (word(i, "st") || word(i, "nd") || word(i, "rd") || word(i, "th"));
    }

    std::optional<Year> year_at(size_t i) const;
    int quarter_number(size_t i, size_t& end) const;
    std::optional<Year> financial_year_at(size_t i) const;
    std::optional<Point> point(size_t i) const;
    std::optional<Point> iso_date(size_t i) const;
    std::optional<Point> numeric_date(size_t i) const;
    std::optional<Point> day_month_year(size_t i) const;
    std::optional<Point> month_first(size_t i) const;
    std::optional<Point> financial_year(size_t i) const;
    std::optional<Point> quarter(size_t i) const;
    std::optional<Point> season(size_t i) const;
    std::optional<Point> end_of(size_t i) const;

    bool can_start(size_t i) const;
    size_t connector(size_t e, const Point& last, bool between) const;
    bool open_word(size_t i) const;
    bool open_before(size_t i) const;
    bool open_after(size_t e) const;
};

/// "2016", "16" (→ 2016, not "16th"/"16%"), "'16".
std::optional<Year> Reader::year_at(size_t i) const {
    if (symbol(i, '\'') && glued(i + 1)) {
        int v = number(i + 1, 2, 2);
        if (v >= 0 && !glued_tail(i + 1)) return Year{2000 + v, i + 2};
        return std::nullopt;
    }
    if (int v = number(i, 4, 4); v >= 1900 && v <= 2099 && !glued_tail(i)) return Year{v, i + 1};
    if (int v = number(i, 2, 2); v >= 0 && !glued_tail(i)) return Year{2000 + v, i + 1};
    return std::nullopt;
}

/// A financial (or academic) year as its first calendar year: "2015/16", "2015-16", "2015 – 2016", "15/16".
/// The second year must follow the first; "2015-17" is a span, not one year.
std::optional<Year> Reader::financial_year_at(size_t i) const {
    if (int y = number(i, 4, 4); y >= 1900 && y <= 2099) {
        if (!(symbol(i + 1, '/') || symbol(i + 1, '-'))) return std::nullopt;
        int second = number(i + 2, 2, 4);
        size_t digits = i + 2 < t_.size() ? t_[i + 2].text.size() : 0;
        if (glued_tail(i + 2) || !((digits == 2 && second == (y + 1) % 100) || (digits == 4 && second == y + 1)))
            return std::nullopt;
        return Year{y, i + 3};
    }
    int a = number(i, 2, 2);
    if (a < 0 || !symbol(i + 1, '/') || !glued(i + 1) || !glued(i + 2)) return std::nullopt;
    int b = number(i + 2, 2, 2);
    if (b != (a + 1) % 100 || glued_tail(i + 2)) return std::nullopt;
    return Year{2000 + a, i + 3};
}

// "2016-03-31", "2016/03/31"
std::optional<Point> Reader::iso_date(size_t i) const {
    int y = number(i, 4, 4);
    if (y < 1900 || y > 2099 || !(symbol(i + 1, '-') || symbol(i + 1, '/')) || !glued(i + 1) || !glued(i + 2))
        return std::nullopt;
    int m = number(i + 2, 1, 2);
    if (m < 0 || t_.size() <= i + 3 || t_[i + 3].text != t_[i + 1].text || !glued(i + 3) || !glued(i + 4))
        return std::nullopt;
    int d = number(i + 4, 1, 2);
    if (!valid_day(m, d) || glued_tail(i + 4)) return std::nullopt;
    return Point{y, m, d, true, false, i + 5};
}

// "31/03/2016", "1/4/16", "31.03.16", "1-4-16" (day first, one separator throughout); "03/2016".
std::optional<Point> Reader::numeric_date(size_t i) const {
    int d = number(i, 1, 2);
    if (d < 0 || !glued(i + 1) || !glued(i + 2) || i + 1 >= t_.size()) return std::nullopt;
    std::string_view sep = t_[i + 1].text;
    if (sep != "/" && sep != "." && sep != "-") return std::nullopt;
    if (int y = number(i + 2, 4, 4); sep == "/" && y >= 1900 && y <= 2099 && !glued_tail(i + 2))
        return (d >= 1 && d <= 12) ? std::optional(Point{y, d, 0, true, false, i + 3}) : std::nullopt;  // "03/2016"
    int m = number(i + 2, 1, 2);
    if (m < 0 || !glued(i + 3) || !glued(i + 4) || t_[i + 3].text != sep) return std::nullopt;
    int y = number(i + 4, 2, 4);
    size_t digits = i + 4 < t_.size() ? t_[i + 4].text.size() : 0;
    if (y < 0 || digits == 3 || glued_tail(i + 4)) return std::nullopt;
    if (digits == 2) y += 2000;
    if (y < 1900 || y > 2099 || !valid_day(m, d)) return std::nullopt;
    return Point{y, m, d, true, false, i + 5};
}

// "31 March 2016", "31st March 2016", "31st of March, 2016", "31-Mar-16", "1 Sept. 16"
std::optional<Point> Reader::day_month_year(size_t i) const {
    int d = number(i, 1, 2);
    if (d < 1) return std::nullopt;
    size_t k = i + 1;
    if (ordinal_suffix(k)) ++k;
    if ((symbol(k, '-') || symbol(k, '/') || symbol(k, '.')) && glued(k) && glued(k + 1)) ++k;
    else if (word(k, "of")) ++k;
    int m = month_of(k);
    if (m == 0) return std::nullopt;
    ++k;
    if (symbol(k, '.') && glued(k)) ++k;
    if (symbol(k, '-') || symbol(k, '/') || symbol(k, ',') || symbol(k, '.')) ++k;
    auto y = year_at(k);
    if (!y) return std::nullopt;
    if (!valid_day(m, d)) return Point{0, 0, 0, false, false, y->end};  // "30 February 2016": no such day, no due
    return Point{y->year, m, d, true, false, y->end};
}

// "March 2016", "Mar-16", "Mar 16", "March '16", "Sept. 2014", "March, 2015", "March 31, 2016"; "April" alone.
std::optional<Point> Reader::month_first(size_t i) const {
    int m = month_of(i);
    if (m == 0) return std::nullopt;
    size_t j = i + 1;
    if (symbol(j, '.') && glued(j)) ++j;
    // "March 31, 2016", "March 31st 2016": a day, then a four-digit year.
    size_t k = symbol(j, ',') ? j + 1 : j;
    if (int d = number(k, 1, 2); d >= 1) {
        size_t r = k + 1;
        if (ordinal_suffix(r)) ++r;
        if (symbol(r, ',')) ++r;
        if (int y = number(r, 4, 4); y >= 1900 && y <= 2099 && !glued_tail(r) && valid_day(m, d))
            return Point{y, m, d, true, false, r + 1};
    }
    k = (symbol(j, ',') || symbol(j, '-') || symbol(j, '/')) ? j + 1 : j;
    if (auto y = year_at(k)) return Point{y->year, m, 0, true, false, y->end};
    return Point{0, m, 0, false, true, j};
}

// "2015/16", "financial year 2012/13", "FY15/16" → March of the second year; "academic year 2015/16" → July;
// "2016/17 Q2" → that quarter.
std::optional<Point> Reader::financial_year(size_t i) const {
    auto fy = financial_year_at(i);
    if (!fy) return std::nullopt;
    size_t k = fy->end;
    if (int q = quarter_number(k, k)) return fiscal_quarter(q, fy->year, true, k);
    bool academic = i >= 2 && word(i - 1, "year") && (word(i - 2, "academic") || word(i - 2, "school"));
    return Point{fy->year + 1, academic ? 7 : 3, 0, true, false, fy->end};
}

/// The quarter (1..4) named at i ("Q2", "Q 2", "Quarter 2", "Qtr 2", "second quarter", "2nd quarter"), or 0;
/// `end` gets the token after it.
int Reader::quarter_number(size_t i, size_t& end) const {
    if (word(i, "q") || word(i, "quarter") || word(i, "qtr")) {
        int q = number(i + 1, 1, 1);
        if (q < 1 || q > 4 || (glued(i + 2) && t_[i + 2].kind != Kind::Symbol)) return 0;  // not "Q2a"
        end = i + 2;
        return q;
    }
    static const char* ordinals[] = {"first", "second", "third", "fourth"};
    int q = 0;
    size_t k = i + 1;
    for (int n = 0; n < 4; ++n)
        if (word(i, ordinals[n])) q = n + 1;
    if (q == 0 && ordinal_suffix(i + 1)) {
        q = number(i, 1, 1);
        ++k;
    }
    if (q < 1 || q > 4 || !word(k, "quarter")) return 0;
    end = k + 1;
    return q;
}

// "Q2 2016/17", "Q2 16/17", "Quarter 2 of 2016-17", "second quarter 2016/17", "Q2 2016" (calendar), "End of Q2".
std::optional<Point> Reader::quarter(size_t i) const {
    size_t k = i;
    int q = quarter_number(i, k);
    if (q == 0) return std::nullopt;
    size_t end = k;
    while (symbol(k, ',') || word(k, "of") || word(k, "in") || word(k, "the") || word(k, "fy") ||
           word(k, "financial") || word(k, "fiscal") || word(k, "year"))
        ++k;
    if (auto fy = financial_year_at(k)) return fiscal_quarter(q, fy->year, true, fy->end);
    if (auto y = year_at(k)) return Point{y->year, q * 3, 0, true, false, y->end};
    if (plan_ > 0) return fiscal_quarter(q, plan_, false, end);
    return Point{0, 0, 0, false, false, end};
}

// "Spring 2016" → May, "Summer" → August, "Autumn" → November, "Winter 2016" → February 2017; school terms
// "Autumn term 2016" → December, "Spring term" → April, "Summer term" → July; with an academic year
// ("Spring term 2016/17") a term, spring or winter falls in its second calendar year. "Summer 2016/17" has no
// due: summer 2016 in the financial year, summer 2017 in the academic one.
std::optional<Point> Reader::season(size_t i) const {
    static const char* names[] = {"spring", "summer", "autumn", "winter"};
    int s = -1;
    for (int n = 0; n < 4; ++n)
        if (word(i, names[n])) s = n;
    if (s < 0) return std::nullopt;
    size_t k = i + 1;
    bool term = word(k, "term");
    if (term) {
        if (s == 3) return std::nullopt;  // no school term is called winter everywhere
        ++k;
    }
    size_t end = k;
    while (symbol(k, ',') || word(k, "of")) ++k;
    static const int season_month[] = {5, 8, 11, 2}, term_month[] = {4, 7, 12, 0};
    int month = term ? term_month[s] : season_month[s];
    // Years after the first calendar year of the printed year: spring, summer term and winter fall in the next.
    if (auto fy = financial_year_at(k)) {
        if (!term && s == 1) return Point{0, 0, 0, false, false, fy->end};
        int y = fy->year + ((s == 0 || s == 3 || (term && s == 1)) ? 1 : 0);
        return Point{y, month, 0, true, false, fy->end};
    }
    if (auto y = year_at(k)) return Point{y->year + (!term && s == 3 ? 1 : 0), month, 0, true, false, y->end};
    return Point{0, month, 0, false, false, end};
}

// "end of 2016", "end 2016" → December; "end of the financial year" → the plan's first one, when known.
std::optional<Point> Reader::end_of(size_t i) const {
    if (!word(i, "end")) return std::nullopt;
    size_t k = i + 1;
    if (word(k, "of")) ++k;
    if (word(k, "the")) ++k;
    if ((word(k, "financial") || word(k, "fiscal")) && word(k + 1, "year")) {
        if (plan_ <= 0 || financial_year_at(k + 2) || year_at(k + 2)) return std::nullopt;
        return Point{plan_ + 1, 3, 0, false, false, k + 2};
    }
    int y = number(k, 4, 4);
    if (y < 1900 || y > 2099 || glued_tail(k) || financial_year_at(k)) return std::nullopt;
    return Point{y, 12, 0, true, false, k + 1};
}

std::optional<Point> Reader::point(size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    if (t_[i].kind == Kind::Number)
        for (auto form : {&Reader::iso_date, &Reader::numeric_date, &Reader::financial_year, &Reader::quarter,
                          &Reader::day_month_year})
            if (auto p = (this->*form)(i)) return p;
    if (t_[i].kind == Kind::Word)
        for (auto form : {&Reader::quarter, &Reader::season, &Reader::end_of, &Reader::month_first})
            if (auto p = (this->*form)(i)) return p;
    return std::nullopt;
}

/// Whether a date may start at token i: not inside a group of digits ("02/2016" of "31/02/2016") and not in a
/// word ("ab12/13"), except after "fy" ("FY15/16").
bool Reader::can_start(size_t i) const {
    if (i == 0 || !glued(i) || t_[i].kind != Kind::Number) return true;
    const Token& prev = t_[i - 1];
    if (prev.kind == Kind::Word) return prev.text == "fy";
    if (prev.kind == Kind::Number) return false;
    bool in_digits = (prev.text == "/" || prev.text == ".") && glued(i - 1) && i >= 2 &&
                     t_[i - 2].kind == Kind::Number;
    return !in_digits;
}

/// The token after a range connector at e ("-", "/", "to", "until", "through"; "and", "or", "&" after a point
/// without a printed year or after "between"), or npos.
size_t Reader::connector(size_t e, const Point& last, bool between) const {
    if (symbol(e, '-') || symbol(e, '/')) return e + 1;
    for (const char* w : {"to", "until", "till", "til", "through", "thru"})
        if (word(e, w)) return e + 1;
    if ((!last.stated || between) && (word(e, "and") || word(e, "or") || symbol(e, '&'))) return e + 1;
    return std::string::npos;
}

/// "onwards", "ongoing", "on-going", "beyond", "present": a range or sentence with no end.
bool Reader::open_word(size_t i) const {
    for (const char* w : {"onwards", "onward", "ongoing", "beyond", "present"})
        if (word(i, w)) return true;
    return word(i, "on") && (word(i + 1, "going") || word(i + 1, "wards") ||
                             (symbol(i + 1, '-') && (word(i + 2, "going") || word(i + 2, "wards"))));
}

/// "From April 2016", "Ongoing from May 2015", "Starting in May 2016", "from the end of April 2016",
/// "commencing", "since", "wef"; "start"/"beginning" only right before the date ("by the start of April 2016"
/// is a deadline).
bool Reader::open_before(size_t i) const {
    bool passed_of = false;
    for (size_t j = i; j-- > 0;) {
        if (t_[j].kind == Kind::Symbol) {
            if (t_[j].text == "-" && glued(j + 1)) continue;  // "mid-April"
            return false;
        }
        std::string_view w = t_[j].text;
        for (const char* open : {"from", "since", "starting", "commencing", "commences", "commence", "starts",
                                 "wef"})
            if (w == open) return true;
        if (w == "start" || w == "beginning" || w == "begin" || w == "begins") {
            if (!passed_of) return true;
            continue;
        }
        if (w == "of") {
            passed_of = true;
            continue;
        }
        bool filler = false;
        for (const char* f : {"the", "in", "early", "mid", "late", "end", "around"})
            if (w == f) filler = true;
        if (!filler) return false;
    }
    return false;
}

/// "April 2016 onwards", "May 2015 – ongoing", "June 2015 and ongoing", "April 2016 (onwards)".
bool Reader::open_after(size_t e) const {
    if (open_word(e)) return true;
    bool joined = symbol(e, '-') || symbol(e, '/') || symbol(e, ',') || symbol(e, '(') || word(e, "and") ||
                  word(e, "then") || word(e, "to") || word(e, "until");
    return joined && open_word(e + 1);
}

// ---- 3. Choice ------------------------------------------------------------------------------------------------

std::string Reader::due() const {
    for (size_t i = 0; i < t_.size(); ++i) {
        if (!can_start(i)) continue;
        auto first = point(i);
        if (!first) continue;
        // A range: the last point of "A – B – C" decides; a month without a year takes the year of the one
        // before it ("April 2016 – June" → 2016-06, "November 2016 – January" → 2017-01).
        Point last = *first, best = *first;
        bool ranged = false, between = i > 0 && word(i - 1, "between");
        for (size_t c; (c = connector(last.end, last, between)) != std::string::npos;) {
            if (!can_start(c)) break;
            auto next = point(c);
            if (!next) break;
            if (next->month_only && last.year > 0 && last.month > 0) {
                next->year = last.year + (next->month < last.month ? 1 : 0);
                next->stated = last.stated;
            }
            last = *next;
            ranged = true;
            if (last.year > 0) best = last;
        }
        bool open = open_after(last.end) || (!ranged && open_before(i));
        if (!open && best.year > 0) return iso(best.year, best.month, best.day);
        i = last.end - 1;  // passed over: an open start, or a month or season without a year
    }
    return "";
}

}  // namespace

std::string due_from_timescale(const std::string& timescale, int plan_start_year) {
    if (plan_start_year < 1900 || plan_start_year > 2099) plan_start_year = 0;
    // Without a digit only the forms that take their year from the plan ("second quarter") can give a due.
    bool digit = false;
    for (char c : timescale) digit = digit || is_ascii_digit(c);
    if (!digit && plan_start_year == 0) return "";
    const std::string s = fold_timescale(timescale);
    const std::vector<Token> tokens = tokenise(s);
    return Reader(tokens, plan_start_year).due();
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
