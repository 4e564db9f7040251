// text.cpp — small UTF-8-aware string helpers the recognisers share.
#include "importers/recognise/text.h"

#include <cctype>

namespace planport::text {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
}  // namespace

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    // U+00A0 (no-break space, C2 A0) at either end counts as space too.
    while (e - b >= 2 && static_cast<unsigned char>(s[b]) == 0xC2 && static_cast<unsigned char>(s[b + 1]) == 0xA0) b += 2;
    while (e - b >= 2 && static_cast<unsigned char>(s[e - 2]) == 0xC2 && static_cast<unsigned char>(s[e - 1]) == 0xA0) e -= 2;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string squash(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (c == '\n') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += '\n';
            space = false;
            continue;
        }
        if (space && !out.empty() && out.back() != '\n') out += ' ';
        space = false;
        out += c;
    }
    return trim(out);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    return lower(s.substr(0, prefix.size())) == lower(prefix);
}

bool contains_ci(std::string_view s, std::string_view needle) {
    return lower(s).find(lower(needle)) != std::string::npos;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

int word_count(std::string_view s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
        if (is_space(c)) in_word = false;
        else if (!in_word) { in_word = true; ++n; }
    }
    return n;
}

bool starts_lower(std::string_view s) {
    for (char c : s) {
        if (c == '"' || c == '\'' || c == '(' || c == ' ') continue;
        return c >= 'a' && c <= 'z';
    }
    return false;
}

bool ends_sentence(std::string_view s) {
    std::string t = trim(s);
    while (!t.empty() && (t.back() == ')' || t.back() == '"' || t.back() == '\'')) t.pop_back();
    if (ends_with(t, "\xE2\x80\x99") || ends_with(t, "\xE2\x80\x9D")) t.resize(t.size() - 3);
    if (t.empty()) return false;
    char c = t.back();
    return c == '.' || c == '!' || c == '?' || c == ':';
}

std::string one_line(std::string_view s) {
    std::string out(s);
    for (auto& ch : out)
        if (ch == '\n') ch = ' ';
    return squash(out);
}

std::string strip_colon(std::string_view s) {
    std::string t = trim(s);
    while (!t.empty() && (t.back() == ':' || t.back() == ';')) t.pop_back();
    return trim(t);
}

}  // namespace planport::text
