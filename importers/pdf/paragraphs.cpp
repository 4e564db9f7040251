// paragraphs.cpp — joins lines into paragraphs and gives body paragraphs a heading level from their font.
#include "importers/pdf/paragraphs.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace planport::pdf {
namespace {


// Strips a bullet glued to the first word ("•Text") and reports whether there was one.
bool take_bullet(std::vector<TextBox>& words) {
    if (words.empty()) return false;
    // A lone dash or "o" is the text itself (a figure not given), not a bullet before nothing.
    if (is_bullet(words[0].text) && words.size() > 1) {
        words.erase(words.begin());
        return true;
    }
    static const char* glued[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xEF\x82\xB7", "\xE2\x96\xAA", "\xE2\x9E\xA2",
                                  "\xE2\x96\xBA"};
    for (const char* g : glued) {
        std::string s = g;
        if (words[0].text.size() > s.size() && words[0].text.compare(0, s.size(), s) == 0) {
            words[0].text.erase(0, s.size());
            words[0].glyph_x1.clear();
            return true;
        }
    }
    return false;
}

int heading_level(double size, bool bold, double body, int lines, size_t chars) {
    if (body <= 0 || size <= 0) return 0;
    double ratio = size / body;
    if (ratio >= 1.5) return 1;
    if (ratio >= 1.25) return 2;
    if (ratio >= 1.1 && (bold || lines == 1)) return 3;
    if (bold && ratio >= 0.95 && lines <= 2 && chars < 120) return 4;
    return 0;
}

}  // namespace

bool starts_numbered(const std::string& text) {
    size_t i = 0;
    bool digits = false, dotted = false;
    while (i < text.size()) {
        if (std::isdigit(static_cast<unsigned char>(text[i]))) digits = true;
        else if ((text[i] == '.' || text[i] == ')') && digits) dotted = true;
        else break;
        ++i;
    }
    return digits && dotted && i < text.size() && text[i] == ' ' && i <= 8;
}

bool starts_in_small_letters(const std::string& s) {
    size_t i = s.find_first_not_of(" \n\t");
    if (i == std::string::npos || !std::islower(static_cast<unsigned char>(s[i]))) return false;
    size_t end = s.find_first_of(" \n\t", i);
    return s.substr(i, end == std::string::npos ? std::string::npos : end - i).find('/') == std::string::npos;
}

bool is_bullet(const std::string& w) {
    static const char* glyphs[] = {"\xE2\x80\xA2",  // •
                                   "\xC2\xB7",      // ·
                                   "-", "o", "*",
                                   "\xEF\x82\xB7",  // Symbol-font bullet (U+F0B7)
                                   "\xEF\x82\xA7",  // Wingdings square (U+F0A7)
                                   "\xEF\x83\x98",  // Wingdings arrow (U+F0D8)
                                   "\xE2\x96\xAA",  // ▪
                                   "\xE2\x96\xA0",  // ■
                                   "\xE2\x80\x93",  // –
                                   "\xE2\x9E\xA2",  // ➢
                                   "\xE2\x96\xBA",  // ►
                                   "\xE2\x9C\x93",  // ✓
                                   "\xE2\x97\x8F",  // ●
                                   "\xE2\x97\xA6"};  // ◦
    for (const char* g : glyphs)
        if (w == g) return true;
    return false;
}

double body_font_size(const std::vector<Line>& lines) {
    std::map<long, size_t> chars;
    for (const auto& l : lines)
        for (const auto& w : l.words) chars[std::lround(word_size(w) * 2)] += w.text.size();
    long best = 0;
    size_t most = 0;
    for (auto [size, n] : chars)
        if (n > most) best = size, most = n;
    return best / 2.0;
}

std::vector<Paragraph> build_paragraphs(const std::vector<Line>& lines, const ParagraphOptions& options) {
    std::vector<Paragraph> out;
    std::vector<int> line_counts;  // per paragraph
    struct Open {
        double x0 = 0, last_y1 = 0, size = 0;
        bool bold = false;
        bool item = false;  // a bulleted or numbered item: its wrapped lines do not start left of it
        double bullet_x = 0;  // where its bullet stands (item and bullet only)
        int lines = 0;
    } cur;
    // How far right the text reaches: a line ending short of it by more than the next line's first word broke
    // by hand, not because the line was full.
    double right = 0;
    for (const auto& l : lines) right = std::max(right, l.x1);
    // The tightest step between consecutive lines of one size is the line spacing; a wider step is a
    // paragraph's spacing (Word puts a few points after each paragraph).
    double line_step = 0;
    for (size_t i = 1; i < lines.size(); ++i) {
        double step = lines[i].y0 - lines[i - 1].y0, size = lines[i].font_size;
        if (std::abs(size - lines[i - 1].font_size) > 0.1 * size || step < 0.8 * size) continue;
        if (line_step == 0 || step < line_step) line_step = step;
    }
    // The step from the line above is taken between the tops of their text, the bullet left out: a bullet
    // glyph from a larger symbol font stands higher than its item's words.
    double above_top = 0;
    const Line *above = nullptr, *prev = nullptr;  // the last line read, and the one before this
    // A bulleted item without a hanging indent wraps under its bullet: its first line was full (the next word
    // would not fit after it) and did not end a sentence. Once the item has a wrapped line aligned with its
    // text, a line at the bullet is a paragraph of its own.
    auto wraps_under_bullet = [&](const std::vector<TextBox>& words) {
        if (!prev || cur.lines != 1 || cur.bullet_x == cur.x0 || std::abs(words.front().x0 - cur.bullet_x) > 2)
            return false;
        const std::string& text = out.back().text;
        if (!text.empty() && std::string(".:;!?").find(text.back()) != std::string::npos) return false;
        double first = words.front().x1 - words.front().x0, space = 0.3 * std::max(1.0, cur.size);
        return prev->x1 + space + first > right - 1;
    };
    for (const auto& line : lines) {
        std::vector<TextBox> words = line.words;
        bool bullet = take_bullet(words);
        if (words.empty()) continue;
        double top = 1e18;
        for (const auto& w : words) top = std::min(top, w.y0);
        bool stepped_wide = above && line_step > 0 && top - above_top > std::max(1.2 * line_step, line_step + 2);
        above_top = top;
        prev = above;
        above = &line;
        std::string text = join_words(words);
        bool numbered = starts_numbered(text);
        double size = line.font_size;
        bool fresh = out.empty() || bullet;
        if (!fresh) {
            double gap = line.y0 - cur.last_y1;
            fresh = gap > 0.45 * std::min(size, cur.size) || line.bold != cur.bold ||
                    std::abs(size - cur.size) > 0.1 * cur.size || (numbered && line.x0 <= cur.x0 + 2) ||
                    gap < -0.5 * size ||  // a line above the previous one: another column
                    stepped_wide ||
                    (cur.item && words.front().x0 < cur.x0 - 2 && !wraps_under_bullet(words));
        }
        if (fresh) {
            Paragraph p;
            p.text = text;
            p.page = options.page;
            p.bold = line.bold;
            p.font_size = size;
            if (bullet) {
                p.list_label = "\xE2\x80\xA2";
                p.list_level = 0;
            }
            out.push_back(std::move(p));
            line_counts.push_back(1);
            // A bulleted item's wrapped lines align with its text, right of the bullet.
            cur = {bullet ? words.front().x0 : line.x0, line.y1, size, line.bold, bullet || numbered, line.x0, 1};
            continue;
        }
        auto& p = out.back();
        bool hyphen = p.text.size() > 1 && p.text.back() == '-' && std::isalpha(static_cast<unsigned char>(
                                                                     p.text[p.text.size() - 2])) &&
                      std::islower(static_cast<unsigned char>(text[0]));
        if (!hyphen) p.text += ' ';
        p.text += text;
        p.font_size = std::max(p.font_size, size);
        cur.last_y1 = line.y1;
        if (cur.item && words.front().x0 < cur.x0 - 2) cur.x0 = words.front().x0;  // no hanging indent
        ++cur.lines;
        ++line_counts.back();
    }
    // Heading levels need the whole paragraph (its lines and length).
    if (options.body_size > 0)
        for (size_t i = 0; i < out.size(); ++i)
            if (!out[i].is_list_item())
                out[i].heading_level =
                    heading_level(out[i].font_size, out[i].bold, options.body_size, line_counts[i], out[i].text.size());
    return out;
}

}  // namespace planport::pdf
