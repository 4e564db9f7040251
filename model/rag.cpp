// rag.cpp — RAG status from fills, words and a plan's own key (see rag.h).
//
// Colours are sorted into classes by hue, saturation and lightness (HSL), so that every producer's shades and
// tints of one colour land together ("#C6EFCE" light green with "#00B050", "#FFEB9C" with "#FFC000"):
//   * neutral (chroma below ~0.065): white/near-white (lightness >= 0.94), pale grey (>= 0.875: zebra stripes,
//     Unknown), grey (Complete), black (< 0.2, Unknown — "black" is unknown in BRAG, never complete);
//   * otherwise by hue: red/pink, amber (orange, amber, yellow), green, blue (cyan to blue), purple; a very
//     dark shade (lightness < 0.22, or < 0.3 when muted) is its own class — dark green (#006100, #375623) is
//     not green — and means nothing by default.
// Defaults: grey and blue → Complete, green → Green, amber → Amber, red → Red; white, pale grey, black,
// purple and dark shades → Unknown. A key decides first: the nearest key colour within a small CIE76 ΔE
// (a legend swatch and the cells it describes, a PDF shifting shades slightly), else the nearest key colour
// of the same class (a key's grey covers pale greys too).
//
// Words are matched by hand (no std::regex: its static start-up cost and speed are known complaints).
#include "model/rag.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "model/document.h"
#include "model/text.h"

namespace planport {
namespace {

// ---- colours ----

struct Rgb { double r, g, b; };  // 0..1

std::optional<Rgb> parse_hex(const std::string& hex) {
    std::string h = trim(hex);
    if (!h.empty() && h[0] == '#') h.erase(0, 1);
    if (h.size() != 6) return std::nullopt;
    int v[6];
    for (int i = 0; i < 6; ++i) {
        char c = h[i];
        if (is_ascii_digit(c)) v[i] = c - '0';
        else if (c >= 'a' && c <= 'f') v[i] = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v[i] = c - 'A' + 10;
        else return std::nullopt;
    }
    return Rgb{(v[0] * 16 + v[1]) / 255.0, (v[2] * 16 + v[3]) / 255.0, (v[4] * 16 + v[5]) / 255.0};
}

enum class Family { White, PaleGrey, Grey, Black, Red, Amber, Green, Blue, Purple };

struct Shade {
    Family family;
    bool dark;  // a very dark hue (dark green, navy); never set for neutral families
};

Shade shade_of(const Rgb& c) {
    double mx = std::max({c.r, c.g, c.b}), mn = std::min({c.r, c.g, c.b});
    double l = (mx + mn) / 2, chroma = mx - mn;
    if (chroma < 0.065) {                               // neutral: #F2F2F2, #D9D9D9, #808080, #E4DFEC …
        if (l >= 0.94) return {Family::White, false};   // #FFFFFF, #FAFAFA, #F5F5F5, #F2F2F2
        if (l >= 0.875) return {Family::PaleGrey, false};  // #EEEEEE, #EDEDED: zebra stripes, not "grey"
        if (l < 0.2) return {Family::Black, false};
        return {Family::Grey, false};                   // #E0E0E0 … #333333
    }
    if (l >= 0.95) return {Family::White, false};       // a barely tinted white
    double s = chroma / (1 - std::fabs(2 * l - 1));     // HSL saturation
    double h;
    if (mx == c.r) h = 60 * std::fmod((c.g - c.b) / chroma + 6, 6.0);
    else if (mx == c.g) h = 60 * ((c.b - c.r) / chroma + 2);
    else h = 60 * ((c.r - c.g) / chroma + 4);
    // Sector bounds: pink tints (#FFC7CE 352°) are red; orange (#F79646 27°, #ED7D31 24°) and yellow
    // (#FFFF00 60°) amber; yellow-green (#9BBB59 80°) green; cyan to blue (#00B0F0 196°, #4472C4 219°) blue;
    // violet to magenta (#B4A7D6 257°, #7030A0 274°) purple.
    Family f;
    if (h < 15 || h >= 320) f = Family::Red;
    else if (h < 65) f = Family::Amber;
    else if (h < 170) f = Family::Green;
    else if (h < 250) f = Family::Blue;
    else f = Family::Purple;
    // #006100 (l 0.19), #375623 (l 0.24, s 0.42) are dark green; #008000 (l 0.25, s 1) and #00B050 are green.
    bool dark = l < 0.22 || (l < 0.3 && s < 0.6);
    return {f, dark};
}

Rag default_rag(Shade sh) {
    if (sh.dark) return Rag::Unknown;
    switch (sh.family) {
        case Family::Grey:
        case Family::Blue: return Rag::Complete;
        case Family::Green: return Rag::Green;
        case Family::Amber: return Rag::Amber;
        case Family::Red: return Rag::Red;
        default: return Rag::Unknown;
    }
}

/// Same class for a key: the same family and darkness, pale grey counting as grey.
bool same_class(Shade a, Shade b) {
    auto fam = [](Family f) { return f == Family::PaleGrey ? Family::Grey : f; };
    return fam(a.family) == fam(b.family) && a.dark == b.dark;
}

struct Lab { double l, a, b; };

Lab to_lab(const Rgb& c) {
    auto lin = [](double u) { return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4); };
    double r = lin(c.r), g = lin(c.g), b = lin(c.b);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double delta_e(const Rgb& p, const Rgb& q) {
    Lab a = to_lab(p), b = to_lab(q);
    return std::sqrt((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b));
}

/// A key colour this close (CIE76 ΔE) matches whatever its class: the same swatch, shifted by a PDF renderer.
constexpr double kKeyTolerance = 8.0;
/// A white or near-white fill matches a key colour only when practically equal (zebra stripes stay unrated).
constexpr double kWhiteTolerance = 2.0;

std::optional<Rag> rag_from_key_colours(const Rgb& c, Shade sh, const RagKey& key) {
    const RagKey::ColourEntry* nearest = nullptr;
    const RagKey::ColourEntry* same = nullptr;
    double best = 1e9, best_same = 1e9;
    for (const auto& e : key.colours) {
        auto k = parse_hex(e.hex);
        if (!k) continue;
        double d = delta_e(c, *k);
        if (d < best) best = d, nearest = &e;
        if (same_class(shade_of(*k), sh) && d < best_same) best_same = d, same = &e;
    }
    if (sh.family == Family::White) {
        if (nearest && best <= kWhiteTolerance) return nearest->rag;
        return std::nullopt;
    }
    if (nearest && best <= kKeyTolerance) return nearest->rag;
    if (same) return same->rag;
    return std::nullopt;
}

struct ColourName { const char* name; const char* hex; };
/// Representative swatches for the colour names legends use (Office palette). Longer names first, so that
/// "dark green" is read before "green".
const ColourName kColourNames[] = {
    {"light blue", "#9DC3E6"}, {"dark blue", "#002060"},  {"light green", "#92D050"}, {"dark green", "#375623"},
    {"light grey", "#D9D9D9"}, {"light gray", "#D9D9D9"}, {"dark grey", "#808080"},   {"dark gray", "#808080"},
    {"dark red", "#C00000"},   {"grey", "#A6A6A6"},       {"gray", "#A6A6A6"},        {"blue", "#0070C0"},
    {"purple", "#7030A0"},     {"lilac", "#CCC0DA"},      {"violet", "#B4A7D6"},      {"green", "#00B050"},
    {"amber", "#FFC000"},      {"orange", "#F79646"},     {"yellow", "#FFFF00"},      {"red", "#FF0000"},
    {"pink", "#FFC7CE"},       {"black", "#000000"},      {"white", "#FFFFFF"},
};

const char* colour_hex(const std::string& name) {
    for (const auto& c : kColourNames)
        if (name == c.name) return c.hex;
    return nullptr;
}

std::string canonical_hex(const std::string& hex) {
    std::string h = trim(hex);
    if (!h.empty() && h[0] == '#') h.erase(0, 1);
    for (char& ch : h)
        if (ch >= 'a' && ch <= 'f') ch = static_cast<char>(ch - 'a' + 'A');
    return "#" + h;
}

// ---- words ----

/// Folded (dashes, quotes, no-break spaces), lower-cased, trimmed, each whitespace run collapsed to one space
/// or, when it holds a line break, to one '\n' (a line break ends a status: "1\n2" is code 1 then code 2);
/// curly double quotes become '"' and a leading bullet is dropped.
std::string normalise(const std::string& text) {
    std::string f = fold_punctuation(text);
    std::string out;
    out.reserve(f.size());
    char pending = 0;  // the separator a whitespace run collapses to
    for (size_t i = 0; i < f.size(); ++i) {
        char c = f[i];
        if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < f.size() && static_cast<unsigned char>(f[i + 1]) == 0x80) {
            unsigned char k = static_cast<unsigned char>(f[i + 2]);
            if (k == 0x9C || k == 0x9D) c = '"', i += 2;                  // “ ”
            else if (k == 0xA2 && out.empty()) { i += 2; continue; }     // a leading •
        }
        if (is_ascii_space(c)) {
            if (c == '\n' || c == '\r') pending = '\n';
            else if (!pending) pending = ' ';
            continue;
        }
        if (pending && !out.empty()) out += pending;
        pending = 0;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (out.size() >= 2 && (out[0] == '*' || out[0] == '-') && out[1] == ' ') out.erase(0, 2);  // "- Complete"
    return out;
}

bool is_punct_sep(char c) {
    return c == '\n' || c == '-' || c == ':' || c == ';' || c == ',' || c == '.' || c == '(' || c == ')' ||
           c == '/' || c == '!' || c == '?';
}

size_t skip_spaces(const std::string& s, size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

size_t count_words(const std::string& s) {
    size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool w = c != ' ' && c != '\n';
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

/// True when position `i` of `s` ends a code or word: the end, a space or punctuation — but not the '.' of
/// a milestone number ("1.2 In progress" is milestone 1.2, not code "1").
bool is_word_boundary(const std::string& s, size_t i) {
    if (i >= s.size()) return true;
    if (s[i] == '.' && i + 1 < s.size() && is_ascii_digit(s[i + 1])) return false;
    return !is_ascii_alnum(s[i]);
}

/// `s` has the words `w` at `pos`, a space of `w` matching a line break of `s` (a PDF cell wrapping
/// "Some\nslippage").
bool words_at(const std::string& s, size_t pos, const char* w, size_t n) {
    if (pos + n > s.size()) return false;
    for (size_t i = 0; i < n; ++i)
        if (s[pos + i] != w[i] && !(w[i] == ' ' && s[pos + i] == '\n')) return false;
    return true;
}

bool leads_with_at(const std::string& s, size_t pos, const std::string& w) {
    return !w.empty() && words_at(s, pos, w.c_str(), w.size()) && is_word_boundary(s, pos + w.size());
}

/// A colour word or single letter is a status only alone or before punctuation: "Amber – agreed", "Green.",
/// "amber/green"; not "Green spaces", "Red team".
bool ends_alone(const std::string& s, size_t end) {
    size_t j = skip_spaces(s, end);
    return j >= s.size() || is_punct_sep(s[j]);
}

enum PhraseFlags : unsigned {
    kAlone = 1,      // a colour word: only alone or before punctuation
    kWhole = 2,      // only as the whole text ("Met")
    kQualify = 4,    // says work has started, not how well: a status after it decides ("In progress – on track")
    kNotRated = 8,   // "Not started", "Not yet due": decided, and not rated (Unknown)
};

struct Phrase { const char* text; Rag rag; unsigned flags; };

const Phrase kPhrases[] = {
    // complete
    {"completed", Rag::Complete, 0}, {"complete", Rag::Complete, 0}, {"fully achieved", Rag::Complete, 0},
    {"fully complete", Rag::Complete, 0}, {"fully met", Rag::Complete, 0}, {"achieved", Rag::Complete, 0},
    {"done", Rag::Complete, 0}, {"delivered", Rag::Complete, 0}, {"finished", Rag::Complete, 0},
    {"closed", Rag::Complete, kAlone}, {"met", Rag::Complete, kWhole}, {"blue", Rag::Complete, kAlone},
    {"grey", Rag::Complete, kAlone}, {"gray", Rag::Complete, kAlone},
    // green
    {"green", Rag::Green, kAlone}, {"on track", Rag::Green, 0}, {"on-track", Rag::Green, 0},
    {"on target", Rag::Green, 0}, {"on course", Rag::Green, 0}, {"on schedule", Rag::Green, 0},
    {"good progress", Rag::Green, 0},
    // amber
    {"amber", Rag::Amber, kAlone}, {"yellow", Rag::Amber, kAlone}, {"orange", Rag::Amber, kAlone},
    {"some slippage", Rag::Amber, 0}, {"slight slippage", Rag::Amber, 0}, {"minor slippage", Rag::Amber, 0},
    {"slippage", Rag::Amber, 0}, {"slipped", Rag::Amber, 0}, {"slipping", Rag::Amber, 0}, {"at risk", Rag::Amber, 0},
    {"behind schedule", Rag::Amber, 0}, {"behind target", Rag::Amber, 0}, {"delayed", Rag::Amber, 0},
    {"partially achieved", Rag::Amber, 0}, {"partially complete", Rag::Amber, 0},
    {"partially completed", Rag::Amber, 0}, {"partly achieved", Rag::Amber, 0}, {"within tolerance", Rag::Amber, 0},
    // red
    {"red", Rag::Red, kAlone}, {"off track", Rag::Red, 0}, {"off-track", Rag::Red, 0}, {"off target", Rag::Red, 0},
    {"not achieved", Rag::Red, 0}, {"not met", Rag::Red, 0}, {"not on track", Rag::Red, 0},
    {"not on target", Rag::Red, 0}, {"not delivered", Rag::Red, 0}, {"failing", Rag::Red, 0},
    {"failed", Rag::Red, 0}, {"overdue", Rag::Red, 0}, {"significant concern", Rag::Red, 0},
    {"serious concern", Rag::Red, 0},
    // not rated
    {"not started", Rag::Unknown, kNotRated}, {"not yet started", Rag::Unknown, kNotRated},
    {"not yet due", Rag::Unknown, kNotRated}, {"not due", Rag::Unknown, kNotRated},
    {"not yet rated", Rag::Unknown, kNotRated}, {"not rated", Rag::Unknown, kNotRated},
    {"yet to start", Rag::Unknown, kNotRated}, {"pending", Rag::Unknown, kNotRated},
    {"on hold", Rag::Unknown, kNotRated}, {"deferred", Rag::Unknown, kNotRated},
    {"withdrawn", Rag::Unknown, kNotRated}, {"black", Rag::Unknown, kNotRated | kAlone},
    // started, not rated: the words after decide
    {"in progress", Rag::Unknown, kQualify}, {"work in progress", Rag::Unknown, kQualify},
    {"ongoing", Rag::Unknown, kQualify}, {"on-going", Rag::Unknown, kQualify}, {"on going", Rag::Unknown, kQualify},
    {"underway", Rag::Unknown, kQualify}, {"under way", Rag::Unknown, kQualify},
    {"started", Rag::Unknown, kQualify}, {"progressing", Rag::Unknown, kQualify},
};

const struct { char letter; Rag rag; } kLetters[] = {
    {'g', Rag::Green}, {'a', Rag::Amber}, {'r', Rag::Red}, {'c', Rag::Complete}, {'b', Rag::Complete},
};

bool phrase_fits(const std::string& s, size_t end, unsigned flags) {
    if (end < s.size() && is_ascii_alnum(s[end])) return false;
    if (flags & kWhole) return s.find_first_not_of(" .!", end) == std::string::npos;
    if (flags & kAlone) return ends_alone(s, end);
    return true;
}

/// The longest status phrase at `pos` of `s`, or nullptr.
const Phrase* lead_phrase(const std::string& s, size_t pos, size_t& end) {
    const Phrase* best = nullptr;
    size_t best_len = 0;
    for (const auto& p : kPhrases) {
        size_t n = std::char_traits<char>::length(p.text);
        if (n > best_len && words_at(s, pos, p.text, n) && phrase_fits(s, pos + n, p.flags)) best = &p, best_len = n;
    }
    end = pos + best_len;
    return best;
}

/// A single letter at `pos` counts only alone or before punctuation: "G", "G.", "R: escalated", "G - on track",
/// "G (on track)", "R/A"; not the article in "A review was held", nor "A-level".
bool letter_at(const std::string& s, size_t pos, char letter, size_t& end) {
    if (pos >= s.size() || s[pos] != letter || (pos + 1 < s.size() && is_ascii_alnum(s[pos + 1]))) return false;
    end = pos + 1;
    size_t i = skip_spaces(s, end);
    if (i == s.size()) return true;
    std::string rest = s.substr(i);
    if (rest.find_first_not_of(".:-)") == std::string::npos) return true;  // "G.", "R)"
    if (rest[0] == '(' || rest[0] == '/' || rest[0] == '\n') return true;
    return (rest[0] == ':' || rest[0] == '-') && rest.size() > 1 && rest[1] == ' ';
}

/// What a text says at `pos`: a status (rated or not rated) and where its words end.
struct Status {
    bool found = false;
    Rag rag = Rag::Unknown;
    size_t end = 0;
    bool qualify = false;  // "in progress": found, but says nothing of how well
};

Status status_at(const std::string& s, size_t pos) {
    Status st;
    size_t end = 0;
    if (const Phrase* p = lead_phrase(s, pos, end)) {
        st.found = true;
        st.rag = p->rag;
        st.end = end;
        st.qualify = (p->flags & kQualify) != 0;
        return st;
    }
    for (const auto& l : kLetters)
        if (letter_at(s, pos, l.letter, end)) {
            st.found = true;
            st.rag = l.rag;
            st.end = end;
            return st;
        }
    return st;
}

int severity(Rag r) {
    switch (r) {
        case Rag::Red: return 4;
        case Rag::Amber: return 3;
        case Rag::Green: return 2;
        case Rag::Complete: return 1;
        default: return 0;
    }
}

/// The status `s` leads with: a phrase or letter; the status after "In progress –" / "Ongoing:"; the worse of
/// a compound ("R/A", "Amber/Green"). Not found when nothing leads, or a compound of three ("R/A/G", a header).
Status read_status(const std::string& s) {
    Status a = status_at(s, 0);
    if (!a.found) return a;
    if (a.qualify) {
        size_t j = a.end;
        while (j < s.size() && (s[j] == ' ' || is_punct_sep(s[j]))) ++j;
        Status b = j < s.size() ? status_at(s, j) : Status{};
        if (b.found && !b.qualify) return b;
        return Status{};
    }
    size_t j = skip_spaces(s, a.end);
    if (j < s.size() && s[j] == '/') {
        Status b = status_at(s, skip_spaces(s, j + 1));
        if (!b.found || b.qualify) return a;
        size_t k = skip_spaces(s, b.end);
        if (k < s.size() && s[k] == '/') return Status{};
        if (severity(b.rag) > severity(a.rag)) a.rag = b.rag;
        a.end = b.end;
    }
    return a;
}

bool is_digits_code(const std::string& w) {
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), is_ascii_digit);
}

/// Does `s` lead with the key's code `word`?
bool matches_key_word(const std::string& s, const std::string& word) {
    size_t end = 0;
    if (word.size() == 1 && is_ascii_alpha(word[0])) return letter_at(s, 0, word[0], end);
    if (!leads_with_at(s, 0, word)) return false;
    end = word.size();
    if (colour_hex(word)) return ends_alone(s, end);
    if (is_digits_code(word)) {
        // "1", "1.", "1 - …", "1 Fully achieved"; not "1 of 4 sessions held"
        if (end >= s.size() || s[end] != ' ') return true;
        std::string rest = s.substr(skip_spaces(s, end));
        return read_status(rest).found || count_words(rest) <= 2;
    }
    return true;
}

// ---- key meanings ----

/// `w` occurs in `m` as whole words and is not negated ("not complete", "not yet complete").
bool mentions(const std::string& m, const std::string& w) {
    for (size_t at = m.find(w); at != std::string::npos; at = m.find(w, at + 1)) {
        if (at > 0 && is_ascii_alnum(m[at - 1])) continue;
        if (at + w.size() < m.size() && is_ascii_alnum(m[at + w.size()])) continue;
        std::string before = m.substr(0, at);
        auto ends = [&](const char* t) {
            size_t n = std::char_traits<char>::length(t);
            return before.size() >= n && before.compare(before.size() - n, n, t) == 0;
        };
        if (ends("not ") || ends("not yet ") || ends("no longer ")) continue;
        return true;
    }
    return false;
}

/// What a legend's meaning says: its leading status ("Complete – action delivered", "Off track or at risk",
/// "Not started" → not rated); else the words it contains, negatives first ("action outstanding and requiring
/// urgent attention" → Red, "in progress but in need of attention" → Amber, "action on track" → Green,
/// "work completed" → Complete). A legend listing "in progress" as a state uses it for the not-late state
/// (Green). nullopt when the meaning names no status.
std::optional<Rag> meaning_rag(const std::string& meaning) {
    std::string m = meaning;
    while (!m.empty() && (m[0] == '\'' || m[0] == '"' || m[0] == ' ')) m.erase(0, 1);
    Status st = read_status(m);
    if (st.found) return st.rag;
    struct List { Rag rag; std::initializer_list<const char*> words; };
    static const List lists[] = {
        {Rag::Red, {"not achieved", "not met", "not complete", "not completed", "not delivered", "off track",
                    "off target", "not on track", "not on target", "outstanding", "urgent", "unable", "failing",
                    "failed", "serious risk", "significant concern", "serious concern", "overdue"}},
        {Rag::Unknown, {"not started", "not yet started", "not yet due", "not due", "not yet rated", "not rated",
                        "not yet been rated", "yet to start", "yet to begin", "pending", "on hold"}},
        {Rag::Amber, {"attention", "slippage", "slipped", "slipping", "at risk", "partially", "partly",
                      "within tolerance", "under control", "in question", "delayed", "some progress",
                      "behind schedule", "behind target", "some concern"}},
        {Rag::Green, {"on track", "on target", "on course", "as planned", "on schedule", "good progress",
                      "progressing well", "in progress"}},
        {Rag::Complete, {"complete", "completed", "achieved", "done", "closed", "finished", "delivered", "fully met"}},
    };
    for (const auto& l : lists)
        for (const char* w : l.words)
            if (mentions(m, w)) return l.rag;
    return std::nullopt;
}

/// The status a code means by itself ("amber", "g", "done"), if any.
std::optional<Rag> own_status(const std::string& code) {
    Status st = read_status(code);
    if (st.found && st.end == code.size()) return st.rag;
    return std::nullopt;
}

/// What `meaning` says of `code`. A meaning that only mentions a status ("Amber - mapping has been finished in
/// some localities") must not contradict the code's own status: that is a progress text, not a key. A leading
/// status may redefine it ("Green = Complete").
std::optional<Rag> meaning_for(const std::string& code, const std::string& meaning) {
    if (read_status(meaning).found) return meaning_rag(meaning);
    auto rag = meaning_rag(meaning);
    if (!rag) return std::nullopt;
    if (auto own = own_status(code); own && *own != *rag) return std::nullopt;
    return rag;
}

struct Entry { std::string code; Rag rag; };

/// `s` without surrounding quotes, a trailing '.' or ')' and a leading '(' ("'Done'" → "done", "4." → "4").
std::string strip_code(const std::string& s, bool* quoted = nullptr) {
    std::string c = trim(s);
    bool q = c.size() >= 2 && (c.front() == '\'' || c.front() == '"') && (c.back() == '\'' || c.back() == '"');
    if (q) c = trim(c.substr(1, c.size() - 2));
    if (quoted) *quoted = q;
    while (!c.empty() && (c.back() == '.' || c.back() == ')')) c.pop_back();
    if (!c.empty() && c.front() == '(') c.erase(0, 1);
    return trim(c);
}

/// A short code: a colour name, a single letter or a one- or two-digit number.
bool is_short_code(const std::string& c) {
    return colour_hex(c) || (c.size() == 1 && is_ascii_alpha(c[0])) || is_digits_code(c);
}

/// A code a legend line may define: a short code; in quotes, any short phrase ("'Good progress' means …");
/// a status phrase ("Done = complete") only before '=' or a verb ("means", "denotes"), since "Done: 288 staff
/// trained" and "On track – work under way" are progress texts.
bool is_line_code(const std::string& c, bool quoted, bool strong_sep) {
    if (c.empty()) return false;
    if (is_short_code(c)) return true;
    if (quoted) return count_words(c) <= 5;
    size_t end = 0;
    return strong_sep && lead_phrase(c, 0, end) && end == c.size();
}

/// The colour name `s` leads with (longest first), its length in `len`.
const char* lead_colour(const std::string& s, size_t pos, size_t& len) {
    for (const auto& c : kColourNames) {
        size_t n = std::char_traits<char>::length(c.name);
        if (leads_with_at(s, pos, c.name)) {
            len = n;
            return c.name;
        }
    }
    return nullptr;
}

bool starts_with_word(const std::string& s, size_t pos, const char* w, size_t& end) {
    size_t n = std::char_traits<char>::length(w);
    if (s.compare(pos, n, w) != 0 || (pos + n < s.size() && is_ascii_alnum(s[pos + n]))) return false;
    end = pos + n;
    return true;
}

const char* const kLinkVerbs[] = {"denotes", "denote", "means", "mean", "indicates", "indicate", "shows", "show",
                                  "represents", "represent", "signifies", "signify", "is", "are", "=", "-", ":"};

/// "Items highlighted in Grey denotes work completed", "Cells shaded green mean on track", and the other way
/// round: "Actions that are complete are shaded grey".
std::optional<Entry> highlighted_entry(const std::string& s) {
    for (const char* kw : {"highlighted", "shaded", "coloured", "colored", "marked", "shown", "filled"}) {
        size_t at = s.find(kw);
        if (at == std::string::npos || (at > 0 && is_ascii_alnum(s[at - 1]))) continue;
        size_t j = 0;
        if (!starts_with_word(s, at, kw, j)) continue;
        j = skip_spaces(s, j);
        size_t e = 0;
        for (const char* prep : {"in", "as", "with"})
            if (starts_with_word(s, j, prep, e)) { j = skip_spaces(s, e); break; }
        size_t len = 0;
        const char* colour = lead_colour(s, j, len);
        if (!colour) continue;
        size_t k = skip_spaces(s, j + len);
        std::string after = s.substr(k);
        while (!after.empty() && (after.back() == '.' || after.back() == ')' || after.back() == ' ')) after.pop_back();
        std::optional<Rag> rag;
        if (after.empty()) {
            rag = meaning_rag(s.substr(0, at));
        } else {
            for (const char* v : kLinkVerbs) {
                size_t ve = 0;
                bool word = is_ascii_alpha(v[0]);
                if (word ? starts_with_word(after, 0, v, ve) : after.compare(0, 1, v) == 0) {
                    if (!word) ve = 1;
                    rag = meaning_for(colour, trim(after.substr(ve)));
                    break;
                }
            }
        }
        if (rag) return Entry{colour, *rag};
    }
    return std::nullopt;
}

/// "code <separator> meaning" at one separator occurrence: `left`, `right` already split.
std::optional<Entry> separated_entry(const std::string& left_raw, const std::string& right_raw, bool strong_sep) {
    bool quoted = false;
    std::string left = strip_code(left_raw, &quoted);
    std::string right = trim(right_raw);
    while (!right.empty() && right.back() == '.') right.pop_back();
    std::string right_code = strip_code(right);
    // "Complete = Grey", "On track – green": a status named first, its colour after.
    if (colour_hex(right_code) && !is_short_code(left)) {
        if (auto rag = meaning_rag(left)) return Entry{right_code, *rag};
        return std::nullopt;
    }
    if (!is_line_code(left, quoted, strong_sep) || right.empty()) return std::nullopt;
    if (auto rag = meaning_for(left, right)) return Entry{left, *rag};
    return std::nullopt;
}

/// "code meaning" without a separator: "1 Fully achieved", "2. On track", "Blue Complete", "C Complete – …".
/// The meaning must lead with a status; "1 Complete the audit of neglect cases" is an instruction, not a key.
std::optional<Entry> juxtaposed_entry(const std::string& s) {
    size_t sp = s.find(' ');
    if (sp == std::string::npos) return std::nullopt;
    std::string code = strip_code(s.substr(0, sp));
    std::string rest = trim(s.substr(sp + 1));
    size_t len = 0;
    if (const char* colour = lead_colour(s, 0, len)) {
        if (len < s.size() && s[len] == ' ') {
            code = colour;
            rest = trim(s.substr(len + 1));
        }
    }
    if (rest.empty()) return std::nullopt;
    Status st = read_status(rest);
    bool ends = st.found && ends_alone(rest, st.end);
    bool instruction = rest.compare(0, 9, "complete ") == 0;
    bool leads = st.found && (ends || !instruction);
    if (is_digits_code(code)) {
        if (leads && (ends || count_words(rest) <= 12)) return Entry{code, st.rag};
        if (count_words(rest) <= 3)
            if (auto rag = meaning_rag(rest)) return Entry{code, *rag};  // "1 Work completed"
        return std::nullopt;
    }
    if (colour_hex(code)) {
        if (leads) return Entry{code, st.rag};
        return std::nullopt;
    }
    // A letter and its own status ("C Complete – …", "G On track"): a legend row joined into one line. A letter
    // with another status needs a separator ("A complete review …" is a sentence).
    if (code.size() == 1 && is_ascii_alpha(code[0]) && st.found) {
        Status own = status_at(code, 0);
        if (own.found && own.rag == st.rag) return Entry{code, st.rag};
    }
    return std::nullopt;
}

/// One legend entry, or nullopt when `s` is not one.
std::optional<Entry> parse_key_entry(const std::string& s_raw) {
    std::string s = trim(s_raw);
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    if (s.empty() || s.size() > 300) return std::nullopt;
    if (auto e = highlighted_entry(s)) return e;
    // "Complete (grey)"
    if (s.back() == ')') {
        size_t open = s.rfind('(');
        if (open != std::string::npos && open > 0) {
            std::string colour = trim(s.substr(open + 1, s.size() - open - 2));
            if (colour_hex(colour))
                if (auto rag = meaning_rag(trim(s.substr(0, open)))) return Entry{colour, *rag};
        }
    }
    // "code <sep> meaning" at each separator in turn, the first that reads as an entry.
    for (size_t i = 0; i < s.size(); ++i) {
        size_t seplen = 0;
        bool strong = s[i] != ':' && s[i] != '-';
        if (s[i] == '=' || s[i] == ':' || s[i] == '-') {
            seplen = 1;
        } else if (s[i] == ' ' && i + 1 < s.size() && is_ascii_alpha(s[i + 1])) {
            for (const char* v : kLinkVerbs) {
                size_t e = 0;
                if (is_ascii_alpha(v[0]) && starts_with_word(s, i + 1, v, e) && e < s.size() && s[e] == ' ') {
                    seplen = e - i;
                    break;
                }
            }
        }
        if (!seplen) continue;
        if (auto e = separated_entry(s.substr(0, i), s.substr(i + seplen), strong)) return e;
        i += seplen - 1;
    }
    return juxtaposed_entry(s);
}

/// `s` split at `sep`, pieces trimmed, empty pieces dropped.
std::vector<std::string> split_at(const std::string& s, char sep) {
    std::vector<std::string> out;
    size_t b = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != sep) continue;
        std::string piece = trim(s.substr(b, i - b));
        if (!piece.empty()) out.push_back(piece);
        b = i + 1;
    }
    return out;
}

/// "1 Fully achieved 2 On track 3 Some slippage 4 Not achieved": cut before each number continuing the run.
std::vector<std::string> split_number_run(const std::string& s) {
    std::vector<std::string> out;
    size_t sp = s.find(' ');
    std::string first = strip_code(s.substr(0, sp == std::string::npos ? s.size() : sp));
    if (!is_digits_code(first) || sp == std::string::npos) return out;
    int expect_up = std::stoi(first) + 1, expect_down = std::stoi(first) - 1, dir = 0;
    size_t b = 0;
    for (size_t i = sp; i < s.size(); ++i) {
        if (s[i] != ' ') continue;
        size_t j = i + 1, k = j;
        while (k < s.size() && is_ascii_digit(s[k])) ++k;
        if (k == j || k - j > 2) continue;
        if (k < s.size() && (s[k] == '.' || s[k] == ')')) ++k;
        if (k < s.size() && s[k] != ' ') continue;
        int n = std::stoi(s.substr(j, k - j));
        if ((dir >= 0 && n == expect_up) || (dir <= 0 && n == expect_down)) {
            dir = n == expect_up ? 1 : -1;
            out.push_back(trim(s.substr(b, i - b)));
            b = j;
            expect_up = n + 1, expect_down = n - 1;
        }
    }
    out.push_back(trim(s.substr(b)));
    return out;
}

/// The entries of one stretch of a key line: several separated by ';', ',' or a run of numbers (all of them
/// must be entries, otherwise the separator belongs to one entry's meaning), or one.
std::vector<Entry> entries_of(const std::string& s) {
    auto all = [](const std::vector<std::string>& pieces, std::vector<Entry>& out) {
        if (pieces.size() < 2) return false;
        out.clear();
        for (const auto& p : pieces) {
            auto e = parse_key_entry(p);
            if (!e) return false;
            out.push_back(*e);
        }
        return true;
    };
    std::vector<Entry> out;
    if (all(split_at(s, ';'), out) || all(split_at(s, ','), out) || all(split_number_run(s), out)) return out;
    out.clear();
    if (auto e = parse_key_entry(s)) out.push_back(*e);
    return out;
}

/// Sentences of a key line: cut at ". " after a letter (not "4. Not achieved").
std::vector<std::string> split_sentences(const std::string& s) {
    std::vector<std::string> out;
    size_t b = 0;
    for (size_t i = 1; i + 1 < s.size(); ++i)
        if (s[i] == '.' && s[i + 1] == ' ' && is_ascii_alpha(s[i - 1]) && !(i >= 2 && s[i - 2] == ' ')) {
            out.push_back(s.substr(b, i - b));
            b = i + 2;
        }
    out.push_back(s.substr(b));
    return out;
}

/// Line breaks as spaces: a legend entry wrapped over two lines ("Dark\ngreen").
std::string flatten(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

/// Records code → rag: a colour name adds its representative colour and its word; any other code its word.
void add_entry(RagKey& key, const std::string& code, Rag rag) {
    if (const char* hex = colour_hex(code)) key.add_colour(hex, rag);
    key.add_word(code, rag);
}

}  // namespace

void RagKey::add_colour(const std::string& hex, Rag rag) {
    if (!parse_hex(hex)) return;
    std::string h = canonical_hex(hex);
    for (auto& c : colours)
        if (c.hex == h) { c.rag = rag; return; }  // a later legend line restates: it wins
    colours.push_back({h, rag});
}

void RagKey::add_word(const std::string& word, Rag rag) {
    std::string w = flatten(normalise(word));  // as texts are read: en dash → "-", spaces folded
    if (w.empty()) return;
    for (auto& e : words)
        if (e.word == w) { e.rag = rag; return; }
    words.push_back({w, rag});
}

void RagKey::merge(const RagKey& other) {
    for (const auto& c : other.colours) add_colour(c.hex, c.rag);
    for (const auto& w : other.words) add_word(w.word, w.rag);
}

Rag rag_from_fill(const std::string& hex, const RagKey* key) {
    auto c = parse_hex(hex);
    if (!c) return Rag::Unknown;
    Shade sh = shade_of(*c);
    if (key && !key->colours.empty())
        if (auto r = rag_from_key_colours(*c, sh, *key)) return *r;
    return default_rag(sh);
}

std::string fill_colour_class(const std::string& hex) {
    auto c = parse_hex(hex);
    if (!c) return "";
    Shade sh = shade_of(*c);
    static const char* const names[] = {"white", "pale grey", "grey", "black", "red",
                                        "amber", "green", "blue",  "purple"};
    std::string name = names[static_cast<int>(sh.family)];
    return sh.dark ? "dark " + name : name;
}

std::string colour_name_hex(const std::string& name) {
    const char* hex = colour_hex(normalise(name));
    return hex ? hex : "";
}

Rag rag_from_text(const std::string& text, const RagKey* key) {
    const std::string s = normalise(text);
    if (s.empty()) return Rag::Unknown;
    if (key) {
        const RagKey::WordEntry* best = nullptr;
        for (const auto& w : key->words)
            if ((!best || w.word.size() > best->word.size()) && matches_key_word(s, w.word)) best = &w;
        if (best) return best->rag;
    }
    return read_status(s).rag;
}

bool is_tick(const std::string& text) {
    std::string t = normalise(text);
    for (const char* m : {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91", "\xE2\x98\x92", "\xE2\x9C\x85",
                          "\xE2\x88\x9A", "\xE2\x9C\x97", "\xE2\x9C\x98", "x", "yes", "y", "tick", "ticked"})
        if (t == m) return true;
    return false;
}

bool read_rag_key_line(const std::string& line, RagKey& key) {
    std::string s = flatten(normalise(line));
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    if (s.empty()) return false;
    // A key's entries come first; the first sentence that holds none ends it ("… A blank cell means the action
    // has not yet been rated."), so a status word in later prose is never read as a key.
    std::vector<Entry> entries;
    for (const auto& sentence : split_sentences(s)) {
        auto e = entries_of(sentence);
        // a preamble: "Key: G – on track; …", "The colour of the cell shows progress: Grey = complete; …"
        size_t colon = sentence.find(':');
        if (e.empty() && colon != std::string::npos) e = entries_of(trim(sentence.substr(colon + 1)));
        if (e.empty()) break;
        entries.insert(entries.end(), e.begin(), e.end());
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(), [](const Entry& e) { return e.code.empty(); }),
                  entries.end());
    for (const auto& e : entries) add_entry(key, e.code, e.rag);
    return !entries.empty();
}

RagKey read_rag_key_row(const std::vector<RagKeyCell>& cells) {
    RagKey out;
    size_t n = cells.size();
    std::vector<std::string> text(n);
    std::vector<bool> filled(n);
    for (size_t i = 0; i < n; ++i) {
        text[i] = flatten(normalise(cells[i].text));
        while (!text[i].empty() && text[i].back() == '.') text[i].pop_back();
        filled[i] = parse_hex(cells[i].fill).has_value();
    }
    auto meaning = [&](size_t i) { return text[i].empty() ? std::nullopt : meaning_rag(text[i]); };
    std::string pending;  // a swatch waiting for the meaning after it
    std::optional<Rag> last;
    for (size_t i = 0; i < n; ++i) {
        if (text[i].empty()) {
            if (filled[i]) pending = cells[i].fill;
            continue;
        }
        // a code before its meaning: "1 | Complete", "G | On track", "[grey] Done | Complete – …"
        std::string code = strip_code(text[i]);
        bool short_code = is_short_code(code);
        bool phrase_code = !short_code && count_words(code) <= 5 &&
                           (i + 1 < n && (!filled[i + 1] || cells[i + 1].fill == cells[i].fill));
        if (i + 1 < n && !text[i + 1].empty() && (short_code || phrase_code)) {
            if (auto m = meaning(i + 1)) {
                add_entry(out, code, *m);
                if (filled[i]) out.add_colour(cells[i].fill, *m);
                if (filled[i + 1] && cells[i + 1].fill != cells[i].fill) out.add_colour(cells[i + 1].fill, *m);
                if (!pending.empty()) out.add_colour(pending, *m), pending.clear();
                last = *m;
                ++i;
                continue;
            }
        }
        auto m = meaning(i);
        if (!m) continue;
        last = *m;
        if (!pending.empty()) {
            out.add_colour(pending, *m);  // "[swatch] | Complete"
            pending.clear();
        } else if (filled[i]) {
            out.add_colour(cells[i].fill, *m);  // "[#92D050] On track"
            if (count_words(code) <= 4) out.add_word(code, *m);
        } else if (i + 1 < n && text[i + 1].empty() && filled[i + 1]) {
            out.add_colour(cells[i + 1].fill, *m);  // "Complete | [swatch]"
            ++i;
        }
    }
    if (!pending.empty() && last) out.add_colour(pending, *last);  // "1 | Complete | [swatch]"
    return out;
}

RagKey read_rag_key_row(const Row& row) {
    std::vector<RagKeyCell> cells;
    cells.reserve(row.cells.size());
    for (const auto& c : row.cells) cells.push_back({c.text(), c.fill});
    return read_rag_key_row(cells);
}

}  // namespace planport
