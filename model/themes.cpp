// themes.cpp — theme table loading and word-based synonym matching (see themes.h).
#include "model/themes.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "model/data_dir.h"
#include "model/text.h"

namespace planport {
namespace {

struct Label { const char* id; const char* label; };
// Taxonomy order: topics of harm first, then practice, then the board's own business.
const Label kLabels[] = {
    {"neglect", "Neglect"},
    {"early-help", "Early help and thresholds"},
    {"child-protection", "Child protection practice"},
    {"cse", "Child sexual exploitation"},
    {"criminal-exploitation", "Criminal exploitation and gangs"},
    {"missing", "Missing children"},
    {"domestic-abuse", "Domestic abuse"},
    {"parental-risk", "Parental mental health and substance misuse"},
    {"harmful-practices", "FGM and harmful practices"},
    {"sexual-abuse", "Child sexual abuse"},
    {"physical-abuse-infants", "Physical abuse and infants"},
    {"mental-health", "Mental health and wellbeing"},
    {"online-safety", "Online safety"},
    {"radicalisation", "Radicalisation and Prevent"},
    {"vulnerable-groups", "Vulnerable groups"},
    {"voice-of-child", "Voice of the child"},
    {"learning-from-reviews", "Learning from reviews"},
    {"workforce", "Workforce and training"},
    {"quality-assurance", "Quality assurance and audit"},
    {"governance", "Governance and leadership"},
    {"communication", "Communication and engagement"},
};

/// ASCII letter/digit runs of `s` after folding dashes and quotes; other bytes separate words.
std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : fold_punctuation(s)) {
        if (is_ascii_alnum(c)) {
            cur += c;
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

bool word_matches(const std::string& pattern, const std::string& word, bool prefix) {
    if (prefix) return word.compare(0, pattern.size(), pattern) == 0;
    return word == pattern;
}

/// Does `rule` match the words starting at i? (`lower` is `raw` lower-cased.)
bool matches_at(const ThemeRule& rule, const std::vector<std::string>& raw, const std::vector<std::string>& lower,
                size_t i) {
    if (rule.words.empty() || i + rule.words.size() > raw.size()) return false;
    const auto& text = rule.case_sensitive ? raw : lower;
    for (size_t k = 0; k < rule.words.size(); ++k) {
        bool last = k + 1 == rule.words.size();
        if (!word_matches(rule.words[k], text[i + k], rule.prefix && last)) return false;
    }
    return true;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

const std::vector<std::string>& taxonomy_theme_ids() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> v;
        for (const auto& l : kLabels) v.push_back(l.id);
        return v;
    }();
    return ids;
}

std::string theme_label(const std::string& id) {
    for (const auto& l : kLabels)
        if (id == l.id) return l.label;
    if (id == "other") return "Other";
    return id;
}

ThemeTable parse_theme_table(const std::string& text, const std::string& name) {
    ThemeTable table;
    table.ids = taxonomy_theme_ids();
    std::istringstream in(text);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        auto where = [&](const std::string& what) {
            return std::runtime_error(name + ": line " + std::to_string(n) + ": " + what);
        };
        auto tab = line.find('\t');
        if (tab == std::string::npos) throw where("no tab between theme id and synonym");
        ThemeRule rule;
        rule.id = trim(line.substr(0, tab));
        std::string syn = trim(line.substr(tab + 1));
        if (rule.id.empty()) throw where("empty theme id");
        if (rule.id == "other") throw where("'other' is given to priorities that match nothing; it takes no synonyms");
        for (char c : rule.id)
            if (!(is_ascii_digit(c) || (c >= 'a' && c <= 'z') || c == '-' || c == '_'))
                throw where("theme id '" + rule.id + "' may hold only a-z, 0-9, '-' and '_'");
        // Markers, in any order: '-' exception, '=' case-sensitive; a final '*' makes the last word a prefix.
        for (; !syn.empty() && (syn[0] == '-' || syn[0] == '='); syn.erase(0, 1)) {
            if (syn[0] == '-') rule.exception = true;
            else rule.case_sensitive = true;
        }
        if (!syn.empty() && syn.back() == '*') {
            rule.prefix = true;
            syn.pop_back();
        }
        rule.words = words_of(syn);
        if (rule.words.empty()) throw where("synonym has no letters or digits");
        if (!rule.case_sensitive)
            for (auto& w : rule.words) w = ascii_lower(w);
        add_unique(table.ids, rule.id);
        table.rules.push_back(std::move(rule));
    }
    return table;
}

ThemeTable load_theme_table(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_theme_table(ss.str(), path);
}

ThemeTable default_theme_table() { return load_theme_table(find_data_file("themes.tsv")); }

std::vector<std::string> match_themes(const std::string& text, const ThemeTable& table) {
    std::vector<std::string> raw = words_of(text);
    std::vector<std::string> lower;
    for (const auto& w : raw) lower.push_back(ascii_lower(w));
    // A rule whose first word is whole (not a prefix) can match only if the text has that word: most rules
    // are passed over with one look-up instead of a try at every word.
    std::unordered_set<std::string> present(raw.begin(), raw.end());
    present.insert(lower.begin(), lower.end());
    auto may_match = [&](const ThemeRule& r) {
        if (r.words.empty()) return false;
        if (r.prefix && r.words.size() == 1) return true;
        return present.count(r.words[0]) > 0;
    };

    // Words hidden from each id by its exceptions.
    std::map<std::string, std::vector<bool>> hidden;
    for (const auto& r : table.rules) {
        if (!r.exception || !may_match(r)) continue;
        auto& h = hidden[r.id];
        h.resize(raw.size());
        for (size_t i = 0; i < raw.size(); ++i)
            if (matches_at(r, raw, lower, i))
                for (size_t k = 0; k < r.words.size(); ++k) h[i + k] = true;
    }
    std::set<std::string> found;
    for (const auto& r : table.rules) {
        if (r.exception || found.count(r.id) || !may_match(r)) continue;
        auto h = hidden.find(r.id);
        for (size_t i = 0; i < raw.size(); ++i) {
            if (!matches_at(r, raw, lower, i)) continue;
            bool all_hidden = h != hidden.end();
            for (size_t k = 0; all_hidden && k < r.words.size(); ++k) all_hidden = h->second[i + k];
            if (!all_hidden) {
                found.insert(r.id);
                break;
            }
        }
    }
    std::vector<std::string> out;
    for (const auto& id : table.ids)
        if (found.count(id)) out.push_back(id);
    return out;
}

std::vector<std::string> assign_themes(const Priority& priority, const ThemeTable& table) {
    auto merge = [&](std::vector<std::string>& acc, const std::string& text) {
        for (const auto& id : match_themes(text, table)) add_unique(acc, id);
    };
    // Title and description are matched apart so that words of the two never join into one phrase.
    std::vector<std::string> ids;
    merge(ids, priority.title);
    merge(ids, priority.description);
    if (ids.empty()) {
        for (const auto& a : priority.actions) {
            merge(ids, a.outcome);
            merge(ids, a.text);
            for (const auto& item : a.items) merge(ids, item);
        }
    }
    if (ids.empty()) return {"other"};
    std::vector<std::string> ordered;
    for (const auto& id : table.ids)
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) ordered.push_back(id);
    return ordered;
}

void assign_themes(std::vector<Plan>& plans, const ThemeTable& table) {
    for (auto& plan : plans)
        for (auto& pr : plan.priorities) pr.themes = assign_themes(pr, table);
}

}  // namespace planport
