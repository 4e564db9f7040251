// text.cpp — small ASCII-oriented text helpers (see text.h).
#include "model/text.h"

#include <string_view>

namespace planport {

std::string ascii_lower(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && is_ascii_space(s[b])) ++b;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string fold_punctuation(const std::string& s) {
    // UTF-8 sequences (without the replacement) and the ASCII character that stands for them.
    struct Fold { const char* utf8; char ascii; };
    static const Fold folds[] = {
        {"\xE2\x80\x93", '-'},   // U+2013 en dash
        {"\xE2\x80\x94", '-'},   // U+2014 em dash
        {"\xE2\x88\x92", '-'},   // U+2212 minus sign
        {"\xE2\x80\x91", '-'},   // U+2011 non-breaking hyphen
        {"\xE2\x80\x90", '-'},   // U+2010 hyphen
        {"\xC2\xA0", ' '},       // U+00A0 no-break space
        {"\xE2\x80\xAF", ' '},   // U+202F narrow no-break space
        {"\xE2\x80\x98", '\''},  // U+2018 left single quote
        {"\xE2\x80\x99", '\''},  // U+2019 right single quote
    };
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        bool folded = false;
        if (static_cast<unsigned char>(s[i]) >= 0x80) {
            for (const auto& f : folds) {
                std::string_view u(f.utf8);
                if (s.compare(i, u.size(), u) == 0) {
                    out += f.ascii;
                    i += u.size();
                    folded = true;
                    break;
                }
            }
        }
        if (!folded) out += s[i++];
    }
    return out;
}

}  // namespace planport
