// plan_header.cpp — step 1: the plan's title, board, period and version, from its opening paragraphs.
#include <vector>

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"
#include "model/dates.h"

namespace planport {

namespace {

bool capitalised(const std::string& w) {
    return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w == "&");
}

// "Safeguarding Children Board", "safeguarding children's partnership" (any case, any spaces between):
// where it starts and how long it is. A hand matcher: a std::regex costs every process its compiling.
bool find_board_phrase(const std::string& s, size_t& at, size_t& len) {
    std::string l = text::lower(s);
    for (size_t from = 0; (from = l.find("safeguarding", from)) != std::string::npos; ++from) {
        size_t i = from + 12;
        auto spaces = [&] { size_t n = 0; while (i < l.size() && (l[i] == ' ' || l[i] == '\n' || l[i] == '\t')) ++i, ++n; return n; };
        if (!spaces() || l.compare(i, 8, "children") != 0) continue;
        i += 8;
        if (l.compare(i, 2, "'s") == 0) i += 2;
        else if (l.compare(i, 4, "\xE2\x80\x99s") == 0) i += 4;
        if (!spaces()) continue;
        for (const char* w : {"board", "partnership"}) {
            size_t n = std::string(w).size();
            if (l.compare(i, n, w) == 0) {
                at = from;
                len = i + n - from;
                return true;
            }
        }
    }
    return false;
}

// "… as the City and Hackney Safeguarding Children Board (CHSCB) …" → "City and Hackney Safeguarding
// Children Board": walk back from "Safeguarding Children Board" over capitalised words (and "and", "of").
std::string board_in(const std::string& s) {
    size_t at = 0, len = 0;
    if (!find_board_phrase(s, at, len)) return "";
    std::string before = s.substr(0, at);
    std::vector<std::string> words;
    std::string w;
    for (char c : before) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!w.empty()) words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    if (!w.empty()) words.push_back(w);
    std::vector<std::string> name;
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        if (capitalised(*it) || ((*it == "and" || *it == "of") && !name.empty())) name.insert(name.begin(), *it);
        else break;
    }
    while (!name.empty() && (name.front() == "and" || name.front() == "of" || name.front() == "The")) name.erase(name.begin());
    if (name.empty()) return "";
    std::string out = text::join(name, " ") + " " + s.substr(at, len);
    // Title-case a name printed in capitals ("ESSEX SAFEGUARDING CHILDREN BOARD") is left as printed.
    return out;
}

std::vector<std::string> all_texts(const Document& doc, bool tables) {
    std::vector<std::string> out;
    for (const auto& b : doc.blocks) {
        if (b.kind == Block::Kind::Paragraph) {
            if (!b.paragraph.text.empty()) out.push_back(b.paragraph.text);
        } else if (tables) {
            for (const auto& row : b.table.rows)
                for (const auto& cell : row.cells)
                    for (const auto& p : cell.paragraphs)
                        if (!p.text.empty()) out.push_back(p.text);
        }
    }
    return out;
}

}  // namespace

void read_plan_header(Context& ctx) {
    Plan& plan = ctx.plan;
    plan.source = ctx.doc->source;
    plan.format = ctx.doc->format;
    auto paragraphs = all_texts(*ctx.doc, false);

    for (const auto& p : paragraphs) {
        if (p.size() <= 160 && text::contains_ci(p, "business plan")) {
            plan.title = text::squash(p);
            break;
        }
    }
    if (plan.title.empty() && !ctx.doc->title.empty()) plan.title = ctx.doc->title;
    if (plan.title.empty()) {
        for (const auto& b : ctx.doc->blocks)
            if (b.kind == Block::Kind::Paragraph && b.paragraph.heading_level > 0 && !b.paragraph.text.empty()) {
                plan.title = b.paragraph.text;
                break;
            }
    }
    if (!period_from_title(plan.title, plan.start_year, plan.end_year)) {
        for (const auto& p : paragraphs)
            if (p.size() <= 160 && (text::contains_ci(p, "plan") || text::contains_ci(p, "report")) &&
                period_from_title(p, plan.start_year, plan.end_year))
                break;
    }

    for (const auto& p : paragraphs) {
        std::string b = board_in(p);
        if (!b.empty()) { plan.board = b; break; }
    }
    if (plan.board.empty())
        for (const auto& p : all_texts(*ctx.doc, true)) {
            std::string b = board_in(p);
            if (!b.empty()) { plan.board = b; break; }
        }

    // "Version 3 – November 2014"
    for (const auto& p : paragraphs)
        if (p.size() < 80 && p.find('\n') == std::string::npos && text::starts_with_ci(p, "version") && p.size() > 8 &&
            (p[7] == ' ' || p[7] == '\t') && !text::trim(p.substr(8)).empty()) {
            plan.version = p;
            break;
        }
}

}  // namespace planport
