// text.h — small UTF-8-aware string helpers the recognisers share (trim, case folding of ASCII, prefixes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace planport::text {

std::string trim(std::string_view s);
/// ASCII lower case (UTF-8 bytes ≥ 0x80 untouched).
std::string lower(std::string_view s);
/// Collapses runs of spaces and tabs into one space and trims each line.
std::string squash(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool contains_ci(std::string_view s, std::string_view needle);
bool ends_with(std::string_view s, std::string_view suffix);
/// Joins non-empty parts with `sep`.
std::string join(const std::vector<std::string>& parts, std::string_view sep);
/// Number of space-separated words.
int word_count(std::string_view s);
/// True when the first letter (skipping quotes and brackets) is an ASCII lower-case letter.
bool starts_lower(std::string_view s);
/// True when the text ends a sentence or a lead-in ('.', '!', '?', ':' possibly followed by a closing quote/bracket).
bool ends_sentence(std::string_view s);
/// The text on one line: line breaks as spaces, then squashed (a cell's paragraphs joined for comparing).
std::string one_line(std::string_view s);
/// Removes trailing ':' and surrounding spaces.
std::string strip_colon(std::string_view s);

}  // namespace planport::text
