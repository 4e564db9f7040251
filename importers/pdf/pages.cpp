// pages.cpp — running text removal, tables joined across pages, and blocks in reading order.
#include "importers/pdf/pages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "importers/pdf/paragraphs.h"

namespace planport::pdf {
namespace {

// Digits stand for any digits, so that "Page 3 of 9" on one page matches "Page 4 of 9" on the next.
std::string running_key(const std::string& text) {
    std::string k;
    for (unsigned char c : text) {
        if (std::isdigit(c)) {
            if (k.empty() || k.back() != '#') k += '#';
        } else if (!std::isspace(c)) {
            k += char(std::tolower(c));
        }
    }
    return k;
}

bool page_number_text(const std::string& text) {
    std::string k = running_key(text);
    static const char* forms[] = {"#", "page#", "p.#", "#of#", "page#of#", "-#-", "#/#", "page#/#", "[#]", "(#)"};
    for (const char* f : forms)
        if (k == f) return true;
    return false;
}

bool ends_sentence(const std::string& s) {
    size_t e = s.find_last_not_of(" \n\t");
    if (e == std::string::npos) return true;
    char c = s[e];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

std::string norm(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isspace(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += char(std::tolower(c));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> row_texts(const Table& t, size_t r) {
    std::vector<std::string> out(t.columns);
    for (const auto& c : t.rows[r].cells)
        if (c.col < t.columns) out[c.col] = norm(c.text());
    return out;
}

bool same_columns(const FoundTable& a, const FoundTable& b) {
    if (a.table.columns != b.table.columns || a.col_x.size() != b.col_x.size()) return false;
    // Rules sit where they sat; edges found from text alignment move with the text of each page, and the
    // right edge of such a table is only where its longest line ends.
    bool ruled = a.ruled && b.ruled;
    double tolerance = ruled ? 8 : 20;
    for (size_t i = 0; i + (ruled ? 0 : 1) < a.col_x.size(); ++i)
        if (std::abs(a.col_x[i] - b.col_x[i]) > tolerance) return false;
    return true;
}

// A first row on the new page whose first cell is empty while the last row's is not, and whose text above
// does not end a sentence, is the rest of that row.
// The cell of a row at a grid column, or null when a cell from a row above spans over it.
const Cell* cell_at(const Row& row, int col) {
    for (const auto& c : row.cells)
        if (c.col == col) return &c;
    return nullptr;
}

bool starts_digit(const std::string& s) {
    size_t i = s.find_first_not_of(" \n\t");
    return i != std::string::npos && std::isdigit(static_cast<unsigned char>(s[i]));
}

bool continues_row(const Table& t, const Table& next) {
    if (t.rows.empty() || next.rows.empty()) return false;
    const Row& last = t.rows.back();
    const Row& first = next.rows.front();
    if (first.cells.size() != size_t(next.columns)) return false;
    for (const auto& c : first.cells)
        if (c.rowspan != 1 || c.colspan != 1) return false;
    for (const auto& c : last.cells)
        if (c.colspan != 1) return false;
    // A column of the last row covered by a merged cell from above (a priority printed once for its rows)
    // takes no text from the first row.
    for (int c = 0; c < t.columns; ++c)
        if (!cell_at(last, c) && !first.cells[size_t(c)].empty()) return false;
    const Cell* last_first = cell_at(last, 0);
    bool first_col_blank = !last_first || last_first->empty();
    bool open_text = false, any = false, lower = false, numbered = false;
    int lower_open = 0;  // columns whose text goes on in small letters from an open sentence above
    for (int c = 0; c < t.columns; ++c) {
        const Cell& f = first.cells[size_t(c)];
        if (f.empty()) continue;
        const Cell* l = cell_at(last, c);
        bool open = l && !l->empty() && !ends_sentence(l->text());
        numbered = numbered || starts_digit(f.text());
        lower_open += open && starts_in_small_letters(f.text());
        if (c == 0) continue;
        any = true;
        open_text = open_text || open;
        lower = lower || starts_in_small_letters(f.text());
    }
    // A row split with its label cell too (the label's second line on the new page): two columns or more
    // go on in small letters, none numbered.
    if (!first.cells[0].empty()) return lower_open >= 2 && !numbered;
    // With the first column blank in both (merged or carried down), a new row would look the same: the
    // rest of a row goes on in small letters somewhere and opens no numbered cell.
    if (first_col_blank) return any && open_text && lower && !numbered;
    return any && open_text;
}

// A paragraph ends at . ! ? or : (closing quotes and brackets after it aside).
bool ends_paragraph(const std::string& s) {
    std::string t = s;
    for (bool more = true; more;) {
        more = false;
        while (!t.empty() && std::string(" \n\t\")')]").find(t.back()) != std::string::npos) t.pop_back(), more = true;
        for (const char* closer : {"\u2019", "\u201d"})
            if (t.size() >= 3 && t.compare(t.size() - 3, 3, closer) == 0) t.resize(t.size() - 3), more = true;
    }
    if (t.empty()) return true;
    char c = t.back();
    return c == '.' || c == '!' || c == '?' || c == ':';
}

size_t word_count(const std::string& s) {
    size_t n = 0;
    bool in_word = false;
    for (unsigned char c : s) {
        bool space = std::isspace(c);
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

// The paragraph ends in a word in small letters ("End of", "Head of"): a phrase stopped short.
bool ends_in_small_word(const std::string& s) {
    size_t end = s.find_last_not_of(" \n\t");
    if (end == std::string::npos) return false;
    size_t start = s.find_last_of(" \n\t", end);
    start = start == std::string::npos ? 0 : start + 1;
    for (size_t i = start; i <= end; ++i)
        if (!std::islower(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

// The first paragraph of a cell's rest on the next page goes on the paragraph it breaks off from unless
// that one ends (. ! ? :) or it is a list item or numbered milestone of its own. Text starting with a capital goes on only a
// sentence (six words or more: "…the London Child" "Protection Procedures."), a phrase stopped at a small
// word ("End of" "September 2015") or a numbered milestone it is not one of ("4.5 Principal Social"
// "Worker": each milestone's paragraph starts with its number), not a label ("Quality Assurance
// Sub-committee" above "Training and Development Sub-committee", the next item's lead). A word broken at a
// hyphen ("multi-" "agency") joins without a space. The joined paragraph keeps its own page.
void append_cell(Cell& into, Cell&& more) {
    bool first = true;
    for (auto& p : more.paragraphs) {
        const std::string* above = into.paragraphs.empty() ? nullptr : &into.paragraphs.back().text;
        if (first && above && !p.is_list_item() && !p.text.empty() && !ends_paragraph(*above) && !starts_numbered(p.text) &&
            (!std::isupper(static_cast<unsigned char>(p.text[0])) || word_count(*above) >= 6 ||
             ends_in_small_word(*above) || (starts_numbered(*above) && !starts_numbered(p.text)))) {
            std::string& text = into.paragraphs.back().text;
            size_t n = text.size();
            bool hyphen = n >= 2 && text[n - 1] == '-' && std::isalpha(static_cast<unsigned char>(text[n - 2]));
            text += (hyphen ? "" : " ") + p.text;
            first = false;
            continue;
        }
        first = false;
        into.paragraphs.push_back(std::move(p));
    }
    if (into.fill.empty()) into.fill = more.fill;
}

void join_table(FoundTable& into, FoundTable&& next) {
    Table& t = into.table;
    Table& u = next.table;
    t.borderless = t.borderless && u.borderless;
    // The header repeated on the new page: the same texts as one of the table's first rows (a table may
    // open with title or label rows above its column headers).
    // A header of several rows comes back whole: every leading row that repeats one is dropped.
    for (bool dropped = true; dropped && !u.rows.empty();) {
        dropped = false;
        auto first = row_texts(u, 0);
        bool blank = std::all_of(first.begin(), first.end(), [](const std::string& s) { return s.empty(); });
        for (size_t r = 0; r < t.rows.size() && r < 8 && !blank; ++r)
            if (row_texts(t, r) == first) {
                t.rows[r].is_header = true;
                u.rows.erase(u.rows.begin());
                dropped = true;
                break;
            }
    }
    size_t start = 0;
    if (continues_row(t, u)) {
        for (auto& c : t.rows.back().cells)
            if (c.col < u.columns) append_cell(c, std::move(u.rows.front().cells[size_t(c.col)]));
        start = 1;
    }
    for (size_t r = start; r < u.rows.size(); ++r) {
        Row row = std::move(u.rows[r]);
        row.page_break_before = r == start;
        for (auto& c : row.cells) c.row = int(t.rows.size());
        t.rows.push_back(std::move(row));
    }
}

struct Placed {
    Block block;
    FoundTable table;  // when block.kind == Table: the table with its column edges (block.table filled at the end)
};

// For each page, for each of its boxes, whether it is running text (strip_running_text in pages.h).
std::vector<std::vector<char>> running_text(const std::vector<PageContent>& pages,
                                            const std::vector<std::vector<BBox>>& keep) {
    struct Candidate {
        std::string key;
        double x0, y0, x1, y1;
        size_t line;       // index of its line on the page
        bool number;       // a page number ("7", "Page 7 of 9")
        bool beside;       // with other text on its line
    };
    std::vector<std::vector<Candidate>> cands(pages.size());
    std::map<std::string, std::set<size_t>> seen;  // key + edge + rounded distance from it → pages
    for (size_t i = 0; i < pages.size(); ++i) {
        const auto& p = pages[i];
        double band = 0.1 * p.height;
        auto lines = build_lines(p.boxes);
        for (size_t li = 0; li < lines.size(); ++li) {
            // A header's title and its page number are apart on one line: each chunk is a candidate.
            auto chunks = split_chunks(lines[li], 2.0);
            if (chunks.size() >= 3) continue;  // a table's header row, not a running header
            for (const auto& l : chunks) {
                bool top = l.y1 <= band, bottom = l.y0 >= p.height - band;
                if (!top && !bottom) continue;
                bool kept = false;
                if (i < keep.size())
                    for (const auto& k : keep[i])
                        if (l.x0 >= k.x0 - 1 && l.x1 <= k.x1 + 1 && l.y0 >= k.y0 - 1 && l.y1 <= k.y1 + 1) kept = true;
                if (kept) continue;
                std::string text = l.text();
                Candidate c{running_key(text), l.x0, l.y0, l.x1, l.y1, li, page_number_text(text), chunks.size() > 1};
                // Measured from its edge: portrait and landscape pages put a footer at the same distance.
                double from_edge = top ? l.y0 : p.height - l.y1;
                c.key += (top ? "@top" : "@bottom") + std::to_string(std::lround(from_edge / 6));
                seen[c.key].insert(i);
                cands[i].push_back(c);
            }
        }
    }
    std::vector<std::vector<char>> out(pages.size());
    size_t need = std::max<size_t>(2, (pages.size() + 1) / 2);
    for (size_t i = 0; i < pages.size(); ++i) {
        auto& cs = cands[i];
        std::vector<char> drop(cs.size(), 0);
        for (size_t k = 0; k < cs.size(); ++k)
            drop[k] = (cs[k].number && !cs[k].beside) || (pages.size() >= 2 && seen[cs[k].key].size() >= need);
        // A number beside other text goes when that text is running text ("Annual Plan    7"), and stays as
        // a figure when it is not (a table row "Total    12" near the bottom).
        for (size_t k = 0; k < cs.size(); ++k) {
            if (!cs[k].number || !cs[k].beside || drop[k]) continue;
            bool others_running = true;
            for (size_t j = 0; j < cs.size(); ++j)
                if (j != k && cs[j].line == cs[k].line && !drop[j]) others_running = false;
            drop[k] = others_running || running_key(cs[k].key).rfind("page", 0) == 0;
        }
        for (const auto& b : pages[i].boxes) {
            double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
            bool gone = false;
            for (size_t k = 0; k < cs.size(); ++k)
                if (drop[k] && cx >= cs[k].x0 - 0.5 && cx <= cs[k].x1 + 0.5 && cy >= cs[k].y0 - 0.5 && cy <= cs[k].y1 + 0.5)
                    gone = true;
            out[i].push_back(gone);
        }
    }
    return out;
}

}  // namespace

std::vector<std::vector<TextBox>> strip_running_text(const std::vector<PageContent>& pages,
                                                     const std::vector<std::vector<BBox>>& keep) {
    auto gone = running_text(pages, keep);
    std::vector<std::vector<TextBox>> out(pages.size());
    for (size_t i = 0; i < pages.size(); ++i)
        for (size_t k = 0; k < pages[i].boxes.size(); ++k)
            if (!gone[i][k]) out[i].push_back(pages[i].boxes[k]);
    return out;
}

std::vector<std::vector<TextBox>> take_without_running_text(std::vector<PageContent>& pages,
                                                            const std::vector<std::vector<BBox>>& keep) {
    auto gone = running_text(pages, keep);
    std::vector<std::vector<TextBox>> out(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        auto& boxes = pages[i].boxes;
        size_t kept = 0;
        for (size_t k = 0; k < boxes.size(); ++k) {
            if (gone[i][k]) continue;
            if (kept != k) boxes[kept] = std::move(boxes[k]);  // a string moved onto itself may empty
            ++kept;
        }
        boxes.resize(kept);
        boxes.shrink_to_fit();
        out[i] = std::move(boxes);
    }
    return out;
}

std::vector<Block> assemble(std::vector<PageResult>& pages, double body_size, Diagnostics& diag) {
    std::vector<std::vector<Placed>> placed(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        auto& pr = pages[i];
        // Lines between two table tops form one group of paragraphs, placed before the lower table, so that
        // paragraph grouping never runs across a table.
        std::vector<double> cuts;
        for (const auto& ft : pr.found.tables) cuts.push_back(ft.table.bbox ? ft.table.bbox->y0 : 0);
        std::vector<std::vector<Line>> groups(cuts.size() + 1);
        for (auto& l : pr.found.other_lines) {
            size_t g = size_t(std::upper_bound(cuts.begin(), cuts.end(), l.y0) - cuts.begin());
            groups[g].push_back(std::move(l));
        }
        for (size_t g = 0; g < groups.size(); ++g) {
            for (auto& para : build_paragraphs(groups[g], {body_size, pr.number})) {
                Placed p;
                p.block.kind = Block::Kind::Paragraph;
                p.block.paragraph = std::move(para);
                placed[i].push_back(std::move(p));
            }
            if (g < pr.found.tables.size()) {
                Placed p;
                p.block.kind = Block::Kind::Table;
                p.table = std::move(pr.found.tables[g]);
                placed[i].push_back(std::move(p));
            }
        }
    }

    std::vector<Placed> all;
    for (size_t i = 0; i < placed.size(); ++i) {
        for (size_t k = 0; k < placed[i].size(); ++k) {
            auto& p = placed[i][k];
            bool first_on_page = k == 0 && i > 0;
            // A table opening this page with the columns of the table that closed the previous one continues it.
            if (first_on_page && p.block.kind == Block::Kind::Table && !all.empty() &&
                all.back().block.kind == Block::Kind::Table && same_columns(all.back().table, p.table)) {
                join_table(all.back().table, std::move(p.table));
                continue;
            }
            if (first_on_page && p.block.kind == Block::Kind::Table && !all.empty() &&
                all.back().block.kind == Block::Kind::Table && all.back().table.table.columns != p.table.table.columns &&
                all.back().table.table.page == pages[i - 1].number)
                diag.warn("page " + std::to_string(pages[i].number) + ": the table opening the page has " +
                          std::to_string(p.table.table.columns) + " columns, the one closing page " +
                          std::to_string(pages[i - 1].number) + " has " +
                          std::to_string(all.back().table.table.columns) + ": not joined");
            if (first_on_page) {
                if (p.block.kind == Block::Kind::Table) p.table.table.page_break_before = true;
                else p.block.paragraph.page_break_before = true;
            }
            all.push_back(std::move(p));
        }
    }
    std::vector<Block> blocks;
    int index = 0;
    for (auto& p : all) {
        if (p.block.kind == Block::Kind::Table) {
            p.block.table = std::move(p.table.table);
            p.block.table.index = ++index;
        }
        blocks.push_back(std::move(p.block));
    }
    return blocks;
}

}  // namespace planport::pdf
