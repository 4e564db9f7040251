// text.h — small ASCII-oriented text helpers shared by the model's parsers (dates, RAG words).
//
// Locale-free on purpose: bytes >= 0x80 are never letters, digits or spaces here, so UTF-8 text passes through
// untouched and std::isalpha's locale and sign pitfalls never apply.
#pragma once

#include <string>

namespace planport {

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// ASCII letters lower-cased; every other byte unchanged.
std::string ascii_lower(const std::string& s);

/// Leading and trailing ASCII whitespace removed.
std::string trim(const std::string& s);

/// Folds the Unicode characters plans use as ASCII look-alikes: en dash, em dash, minus sign and
/// non-breaking hyphen → '-', no-break space and narrow no-break space → ' ', curly single quotes → '\''.
/// Whitespace runs are NOT collapsed. Other bytes are unchanged.
std::string fold_punctuation(const std::string& s);

}  // namespace planport
