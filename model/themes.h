// themes.h — the cross-board theme taxonomy: a table of synonyms (model/themes.tsv) and the assignment of
// theme ids to priorities, so that boards can be compared theme by theme.
//
// Matching works on words: text and synonyms are cut into ASCII letter/digit runs, and a synonym matches a run
// of consecutive words of the text. Synonyms are case-insensitive unless marked case-sensitive (abbreviations
// that are also ordinary words: DA, CSE, FGM, Prevent); the last word of a synonym may be a prefix ("radicalis*").
// An exception ("adult mental health" for mental-health) hides the words it covers from its theme's synonyms.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

/// One line of the table: a synonym (or exception) of a theme.
struct ThemeRule {
    std::string id;
    std::vector<std::string> words;  ///< the synonym cut into words (lower-cased unless case_sensitive)
    bool case_sensitive = false;
    bool prefix = false;     ///< the last word matches any word that starts with it
    bool exception = false;  ///< words covered by this phrase never count for `id`
};

struct ThemeTable {
    std::vector<std::string> ids;  ///< every id, taxonomy order first, then new ids in file order; never "other"
    std::vector<ThemeRule> rules;
};

/// The fixed taxonomy ids, in order (without "other").
const std::vector<std::string>& taxonomy_theme_ids();

/// A human label for an id ("early-help" → "Early help and thresholds"); an unknown id is returned as is.
std::string theme_label(const std::string& id);

/// Reads a table file: `id<TAB>synonym` lines, '#' comments and blank lines ignored (syntax in themes.tsv).
/// Throws std::runtime_error("<path>: line N: <what>") on a malformed line and "<path>: cannot open" when
/// the file cannot be read.
ThemeTable load_theme_table(const std::string& path);

/// Parses table text (the same syntax); `name` prefixes error messages.
ThemeTable parse_theme_table(const std::string& text, const std::string& name);

/// The project's table: themes.tsv of planport's data folder (find_data_file; model/themes.tsv in the source
/// tree). Throws std::runtime_error when it cannot be found or read.
ThemeTable default_theme_table();

/// The theme ids of a priority, in table order: from its title and description; when those match nothing,
/// from its actions (outcome, text, items; not the workstream, a matrix row label every priority shares);
/// {"other"} when nothing matches at all.
std::vector<std::string> assign_themes(const Priority& priority, const ThemeTable& table);

/// Sets Priority::themes of every priority of every plan.
void assign_themes(std::vector<Plan>& plans, const ThemeTable& table);

/// The ids that occur in `text`, in table order (no "other").
std::vector<std::string> match_themes(const std::string& text, const ThemeTable& table);

}  // namespace planport
