// rag.cpp — RAG status from fills, words and a plan's own key (see rag.h).
//
// Colours are sorted into families by hue, saturation and value (HSV): plans shade cells with a handful of Office
// palette colours and their tints, and a tint keeps its hue while losing saturation, so hue sectors place
// "#C6EFCE" (light green) with "#00B050" where an RGB distance would not. Families map to statuses:
// grey and blue → Complete, green → Green, yellow/amber/orange → Amber, red/pink → Red; white and near-white,
// black/very dark and unparsable fills → Unknown. A key is consulted first: its nearest colour within a small
// CIE76 ΔE (exact legend swatches), else its entry of the same family ("Grey denotes work completed").
#include "model/rag.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <regex>
#include <utility>

#include "model/text.h"

namespace planport {
namespace {

struct Rgb { double r, g, b; };  // 0..1

enum class Family { None, White, Dark, Grey, Blue, Green, Amber, Red };

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

Family family_of(const Rgb& c) {
    double mx = std::max({c.r, c.g, c.b}), mn = std::min({c.r, c.g, c.b});
    double v = mx, s = mx > 0 ? (mx - mn) / mx : 0;
    if (v >= 0.94 && s < 0.08) return Family::White;  // #FFFFFF, #FEFEFE, #F2F2F2 (Office "white, darker 5%")
    if (v < 0.2) return Family::Dark;                   // black is "unknown" in BRAG, never "complete"
    if (s < 0.12) return Family::Grey;                  // #D9D9D9 … #808080; #C6EFCE (s 0.17) stays a green
    double d = mx - mn, h;
    if (mx == c.r) h = 60 * std::fmod((c.g - c.b) / d + 6, 6.0);
    else if (mx == c.g) h = 60 * ((c.b - c.r) / d + 2);
    else h = 60 * ((c.r - c.g) / d + 4);
    // Sector bounds: orange (#F79646 27°, #F4B084 24°) and yellow (#FFFF00 60°) are amber; pink tints
    // (#FFC7CE 352°) are red; cyan to violet (#00B0F0 196°, #0070C0 205°) is blue.
    if (h < 15 || h >= 300) return Family::Red;
    if (h < 65) return Family::Amber;
    if (h < 170) return Family::Green;
    return Family::Blue;
}

Rag default_rag(Family f) {
    switch (f) {
        case Family::Grey:
        case Family::Blue: return Rag::Complete;
        case Family::Green: return Rag::Green;
        case Family::Amber: return Rag::Amber;
        case Family::Red: return Rag::Red;
        default: return Rag::Unknown;
    }
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

/// Key colours closer than this (CIE76 ΔE) match outright: a legend swatch and the cells it describes.
constexpr double kKeyTolerance = 12.0;

std::optional<Rag> rag_from_key_colours(const Rgb& c, Family fam, const RagKey& key) {
    const RagKey::ColourEntry* nearest = nullptr;
    const RagKey::ColourEntry* same_family = nullptr;
    double best = 1e9, best_family = 1e9;
    for (const auto& e : key.colours) {
        auto k = parse_hex(e.hex);
        if (!k) continue;
        double d = delta_e(c, *k);
        if (d < best) { best = d; nearest = &e; }
        if (family_of(*k) == fam && d < best_family) { best_family = d; same_family = &e; }
    }
    if (nearest && best <= kKeyTolerance) return nearest->rag;
    if (same_family) return same_family->rag;
    return std::nullopt;
}

// ---- words ----

/// Folded, lower-cased, trimmed text with a final full stop removed.
std::string normalise(const std::string& text) {
    std::string s = trim(ascii_lower(fold_punctuation(text)));
    return s;
}

bool is_word_boundary(const std::string& s, size_t i) {
    // "1.2 In progress" is a milestone number, not code "1" followed by a full stop.
    if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) return false;
    return i >= s.size() || s[i] == ' ' || s[i] == '-' || s[i] == ':' || s[i] == '.' || s[i] == ',' ||
           s[i] == ';' || s[i] == ')' || s[i] == '\t' || s[i] == '\n';
}

/// True when `s` starts with the word or phrase `w` followed by a boundary (end, ' ', '-', ':', '.' …).
bool leads_with(const std::string& s, const std::string& w) {
    return !w.empty() && s.compare(0, w.size(), w) == 0 && is_word_boundary(s, w.size());
}

/// A single letter may be a status only as the whole text ("G", "G.") or before ':'/'-' and a space
/// ("G - on track"), so that the article "A" in "A review was held" and "A-level" stay Unknown.
bool letter_code(const std::string& s, char letter) {
    if (s.empty() || s[0] != letter || (s.size() > 1 && is_ascii_alnum(s[1]))) return false;
    size_t i = 1;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i == s.size()) return true;
    std::string rest = s.substr(i);
    if (rest.find_first_not_of(".:-)") == std::string::npos) return true;  // "G.", "R)"
    return (rest[0] == ':' || rest[0] == '-') && rest.size() > 1 && rest[1] == ' ';
}

bool matches_key_word(const std::string& s, const std::string& word) {
    if (word.size() == 1 && is_ascii_alpha(word[0])) return letter_code(s, word[0]);
    return leads_with(s, word);
}

struct Vocab { const char* word; Rag rag; };
const Vocab kWords[] = {
    {"completed", Rag::Complete}, {"complete", Rag::Complete}, {"fully achieved", Rag::Complete},
    {"achieved", Rag::Complete}, {"done", Rag::Complete}, {"closed", Rag::Complete},
    {"blue", Rag::Complete}, {"grey", Rag::Complete}, {"gray", Rag::Complete},
    {"green", Rag::Green}, {"on track", Rag::Green}, {"on-track", Rag::Green}, {"amber", Rag::Amber}, {"red", Rag::Red},
};
const struct { char letter; Rag rag; } kLetters[] = {
    {'g', Rag::Green}, {'a', Rag::Amber}, {'r', Rag::Red}, {'c', Rag::Complete}, {'b', Rag::Complete},
};

// ---- key lines ----

struct ColourName { const char* name; const char* hex; };
/// Canonical swatches for colour names a legend uses (Office palette); families decide for other tints.
const ColourName kColourNames[] = {
    {"grey", "#A6A6A6"}, {"gray", "#A6A6A6"}, {"blue", "#0070C0"}, {"green", "#00B050"},
    {"amber", "#FFC000"}, {"yellow", "#FFFF00"}, {"orange", "#F79646"}, {"red", "#FF0000"},
};

const char* colour_hex(const std::string& name) {
    for (const auto& c : kColourNames)
        if (name == c.name) return c.hex;
    return nullptr;
}

/// What a legend's meaning says. Order matters: negatives ("not achieved", "urgent") before amber
/// ("in need of attention", "slippage") before green ("on track") before complete ("completed", "achieved").
Rag meaning_rag(const std::string& m) {
    auto has = [&](const char* w) { return m.find(w) != std::string::npos; };
    for (const char* w : {"not achieved", "not met", "off track", "off target", "not on track", "outstanding",
                          "urgent", "unable", "failing", "behind schedule", "serious risk", "not started"})
        if (has(w)) return Rag::Red;
    for (const char* w : {"attention", "slippage", "at risk", "partially", "within tolerance", "under control",
                          "in question", "delayed", "some progress"})
        if (has(w)) return Rag::Amber;
    for (const char* w : {"on track", "on target", "on course", "as planned", "on schedule"})
        if (has(w)) return Rag::Green;
    for (const char* w : {"complete", "achieved", "done", "closed", "finished"})
        if (has(w)) return Rag::Complete;
    // "G = Green", "R - Red": a meaning that is itself a status colour.
    for (const auto& v : kWords)
        if (leads_with(m, v.word) && colour_hex(v.word)) return v.rag;
    return Rag::Unknown;
}

void add_word(RagKey& key, const std::string& word, Rag rag) {
    for (auto& w : key.words)
        if (w.word == word) { w.rag = rag; return; }  // a later legend line restates: it wins
    key.words.push_back({word, rag});
}

void add_colour(RagKey& key, const std::string& hex, Rag rag) {
    for (auto& c : key.colours)
        if (c.hex == hex) { c.rag = rag; return; }
    key.colours.push_back({hex, rag});
}

/// Records code → rag: a colour name adds its swatch and its word; a letter or number adds the word.
void add_entry(RagKey& key, const std::string& code, Rag rag) {
    if (const char* hex = colour_hex(code)) add_colour(key, hex, rag);
    add_word(key, code, rag);
}

bool is_code(const std::string& code) {
    if (colour_hex(code)) return true;
    if (code.size() == 1 && is_ascii_alpha(code[0])) return true;
    return !code.empty() && code.size() <= 2 && std::all_of(code.begin(), code.end(), is_ascii_digit);
}

}  // namespace

Rag rag_from_fill(const std::string& hex, const RagKey* key) {
    auto c = parse_hex(hex);
    if (!c) return Rag::Unknown;
    Family fam = family_of(*c);
    if (fam == Family::White) return Rag::Unknown;
    if (key && !key->colours.empty())
        if (auto r = rag_from_key_colours(*c, fam, *key)) return *r;
    return default_rag(fam);
}

Rag rag_from_text(const std::string& text, const RagKey* key) {
    const std::string s = normalise(text);
    if (s.empty()) return Rag::Unknown;
    if (key)
        for (const auto& w : key->words)
            if (matches_key_word(s, ascii_lower(w.word))) return w.rag;
    for (const auto& v : kWords)
        if (leads_with(s, v.word)) return v.rag;
    for (const auto& l : kLetters)
        if (letter_code(s, l.letter)) return l.rag;
    return Rag::Unknown;
}

namespace {

/// One legend entry "code meaning" → (code, rag); nullopt when `s` is not one.
std::optional<std::pair<std::string, Rag>> parse_key_entry(const std::string& s) {
    std::smatch m;
    // "Items highlighted in Grey denotes work completed", "Cells shaded green mean on track".
    static const std::regex highlighted(
        R"((?:highlighted|shaded|coloured|colored|marked)\s+(?:in\s+)?([a-z]+)\s+(?:denotes?|means?|indicates?|shows?|=|-|:)\s*(.+))");
    // "Blue = complete", "B - Completed", "G: on track", "3 - Some slippage", "Green<TAB>On track".
    static const std::regex code_sep(R"(^([a-z]+|[0-9]{1,2})(?:\s*[=:\-]\s*|\t\s*)(.+)$)");
    // "1 Fully achieved", "2. On track", "4) Not achieved".
    static const std::regex numbered(R"(^([0-9]{1,2})[.)]?\s+(.+)$)");
    std::string code, meaning;
    if (std::regex_search(s, m, highlighted) && colour_hex(m[1].str())) {
        code = m[1].str();
        meaning = m[2].str();
    } else if (std::regex_match(s, m, code_sep) && is_code(m[1].str())) {
        code = m[1].str();
        meaning = m[2].str();
    } else if (std::regex_match(s, m, numbered)) {
        code = m[1].str();
        meaning = m[2].str();
    } else {
        return std::nullopt;
    }
    Rag rag = meaning_rag(meaning);
    if (rag == Rag::Unknown) return std::nullopt;
    return std::make_pair(code, rag);
}

/// `s` split at ',' ';' and '|', pieces trimmed, empty pieces dropped.
std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    size_t b = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ',' && s[i] != ';' && s[i] != '|') continue;
        std::string piece = trim(s.substr(b, i - b));
        while (!piece.empty() && piece.back() == '.') piece.pop_back();
        if (!piece.empty()) out.push_back(piece);
        b = i + 1;
    }
    return out;
}

}  // namespace

bool read_rag_key_line(const std::string& line, RagKey& key) {
    std::string s = normalise(line);
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    // A whole key on one line ("1 Fully achieved, 2 On track, 3 Some slippage, 4 Not achieved") counts only
    // when every piece is an entry; otherwise a comma is part of one entry's meaning.
    auto pieces = split_list(s);
    if (pieces.size() > 1) {
        std::vector<std::pair<std::string, Rag>> entries;
        for (const auto& p : pieces)
            if (auto e = parse_key_entry(p)) entries.push_back(*e);
        if (entries.size() == pieces.size()) {
            for (const auto& [code, rag] : entries) add_entry(key, code, rag);
            return true;
        }
    }
    auto e = parse_key_entry(s);
    if (!e) return false;
    add_entry(key, e->first, e->second);
    return true;
}

}  // namespace planport
